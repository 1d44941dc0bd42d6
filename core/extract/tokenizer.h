// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace parley {

class Lexicon;

/// One bit per lexicon class (Cue), for the first CueBits::kBits classes.
struct CueBits
{
    static constexpr int kBits = 256;
    std::array<quint64, kBits / 64> w{};
    bool test(int cue) const { return ((w[std::size_t(cue) >> 6] >> (cue & 63)) & 1U) != 0; }
    void set(int cue) { w[std::size_t(cue) >> 6] |= quint64(1) << (cue & 63); }
};

/// The classes of one key in a lexicon: bit c set when it is a word (a phrase start) of Cue c.
/// The lexicon keeps one per key it knows (Lexicon::classify()); a token key points to it.
struct KeyClasses
{
    CueBits words;
    CueBits phraseStarts;
    /// Its bucket in the gazetteer's phrase index, when the lexicon was given one
    /// (Lexicon::withPhraseIndex(); a `const std::vector<Phrase>*`), else null.
    const void* indexBucket = nullptr;
    /// Of that bucket (longest phrase first): bit printBit(p.secondPrint) for every phrase p of
    /// two keys or more, and the place of its first one-key phrase. A token whose next key's
    /// print has no bit here matches none of the longer phrases, which are passed over at once.
    quint64 indexSecondPrints = 0;
    int indexFirstShort = 0;
    static constexpr int printBit(quint64 print)
    {
        return int((print ^ (print >> 16) ^ (print >> 32) ^ (print >> 48)) & 63U);
    }
};

/// A token's folded key (a QString: it compares, hashes and converts as one) that can also
/// carry the lexicon classes of the word, read once per token when its sentence is prepared
/// (Lexicon::classify()). The passes ask about a dozen classes of every token ("a negation?
/// a meeting verb? does a venue start here?"); Lexicon::has(Cue, const TokenKey&) then
/// answers from a bit instead of hashing the key again. Keys no lexicon classified, or
/// another lexicon did, are looked up as any QString. A copy into a QString drops the classes
/// on purpose; write it `key.text()` (clang-tidy's slicing check asks for it to be explicit).
class TokenKey : public QString
{
public:
    TokenKey() = default;
    ~TokenKey() = default;
    TokenKey(const TokenKey&) = default;
    TokenKey(TokenKey&&) noexcept = default;
    TokenKey& operator=(TokenKey&&) noexcept = default;
    /// Copy and swap: inline, where QString's copy assignment is an out-of-line call (every
    /// token takes its key by assignment from the tokenizer's table: 1.4% of the CPU time).
    TokenKey& operator=(const TokenKey& other)
    {
        if (this == &other)
            return *this;
        QString copy(other.text());
        QString::swap(copy);
        m_lexicon = other.m_lexicon;
        m_classes = other.m_classes;
        m_tables = other.m_tables;
        return *this;
    }
    TokenKey& operator=(const QString& key)
    {
        QString copy(key);
        QString::swap(copy);
        m_lexicon = 0;
        m_tables = 0;
        return *this;
    }
    TokenKey& operator=(QString&& key) noexcept
    {
        QString::operator=(std::move(key));
        m_lexicon = 0;
        m_tables = 0;
        return *this;
    }
    /// Records the classes of this key in the lexicon with id `lexicon`, which keeps them
    /// (`classes`, never null) as long as it lives; a key with none points to noClasses().
    /// The bits sit behind a pointer, not in the key: a Token is 72 bytes, not 96, and every
    /// Cue has its bit.
    void setClasses(quint64 lexicon, const KeyClasses* classes)
    {
        m_lexicon = lexicon;
        m_classes = classes;
    }
    static const KeyClasses* noClasses() { return &kNoClasses; }
    /// The classes setClasses() recorded (noClasses() before).
    const KeyClasses* classes() const { return m_classes; }
    /// The key as a plain QString (a copy of it keeps no classes).
    const QString& text() const { return *this; }
    /// Whether the lexicon with id `lexicon` classified this key.
    bool classifiedBy(quint64 lexicon) const { return m_lexicon == lexicon; }
    /// Asked only of a key classifiedBy() the lexicon asking (whose data the bits point into).
    bool isWordOf(int cue) const { return m_classes->words.test(cue); }
    bool startsPhraseOf(int cue) const { return m_classes->phraseStarts.test(cue); }

    /// The constant word tables of the passes (WordSet::tokenClass()) hold at most this many.
    static constexpr int kMaxTables = 63;
    /// Records the word tables this key is in: bit t for table t (WordTables::classify()).
    void setTables(quint64 tables) { m_tables = tables | kTablesKnown; }
    /// Whether setTables() was called; else WordSet asks its table.
    bool tablesKnown() const { return (m_tables & kTablesKnown) != 0; }
    bool inTable(int table) const { return ((m_tables >> table) & 1U) != 0; }

private:
    static constexpr quint64 kTablesKnown = quint64(1) << kMaxTables;
    static constexpr KeyClasses kNoClasses{};
    quint64 m_lexicon = 0; ///< 0: not classified
    const KeyClasses* m_classes = &kNoClasses;
    quint64 m_tables = 0; ///< 0: not classified
};

/// One token of a sentence. Hyphens inside words are not tokens: "al-Shaibani" gives "al" and
/// "Shaibani" with `hyphenBefore` set on the second, so dictionary phrases match whether the
/// text writes "Secretary-General" or "Secretary General", and names keep their exact span.
struct Token
{
    enum Kind : quint8 { Word, Number, Punct };
    qsizetype start = 0; ///< offset into the text given to tokenize() plus `base`
    qsizetype end = 0;
    TokenKey key;        ///< lower case, accents and dots folded: "U.S." -> "us"
    Kind kind = Word;
    bool cap = false;          ///< first letter upper case
    bool allCaps = false;      ///< every letter upper case (and at least one letter)
    bool hyphenBefore = false; ///< joined to the previous token by a hyphen
    bool spaceBefore = true;   ///< white space between this and the previous token
    QChar punct;               ///< for Punct: the character
};

/// A hyphen, en dash or em dash: what closes a dateline ("ANKARA (Reuters) -", "SEOUL –").
/// ",": the punctuation most clause and list rules turn on.
inline bool isComma(const Token& t)
{
    return t.kind == Token::Punct && t.punct == QLatin1Char(',');
}

inline bool isDash(const Token& t)
{
    return t.kind == Token::Punct &&
           (t.punct == QLatin1Char('-') || t.punct == QChar(0x2013) || t.punct == QChar(0x2014));
}

/// Folds a word for dictionary lookup: lower case, accents dropped, dots removed.
QString foldKey(QStringView word);

/// A looser key for a person's name, so that transliterations of one name meet: foldKey, then
/// per word doubled letters single ("Mohammed" = "Mohamed") and a final y/ey/iy/yy/ii read as i
/// ("Sergey" = "Sergei", "Zelenskyy" = "Zelensky" = "Zelenskiy", "Dmitry" = "Dmitri").
QString looseNameKey(QStringView name);

/// Splits `text` into tokens; offsets are `base` + index into `text`. Linear time. With a
/// `lexicon`, every key carries its classes there (Lexicon::classify()).
std::vector<Token> tokenize(QStringView text, qsizetype base = 0, const Lexicon* lexicon = nullptr);
/// tokenize() into `out` (its tokens replaced), whose storage is reused: a sentence's tokens
/// are written over the previous document's instead of into a fresh vector.
void tokenizeInto(std::vector<Token>& out, QStringView text, qsizetype base = 0, const Lexicon* lexicon = nullptr);

/// The tokens of one text, read-only and shared (shortTokens()): the vector lives while a
/// handle to it does, so a later call that empties the memo leaves it valid.
class SharedTokens
{
public:
    explicit SharedTokens(std::shared_ptr<const std::vector<Token>> toks) : m_toks(std::move(toks)) {}
    /// No tokens, with no allocation and no count to keep (a handle that owns nothing).
    SharedTokens() : m_toks(std::shared_ptr<void>(), &kNone) {}
    const std::vector<Token>& tokens() const { return *m_toks; }
    std::vector<Token>::const_iterator begin() const { return m_toks->begin(); }
    std::vector<Token>::const_iterator end() const { return m_toks->end(); }
    std::size_t size() const { return m_toks->size(); }
    bool empty() const { return m_toks->empty(); }
    const Token& front() const { return m_toks->front(); }
    const Token& operator[](std::size_t i) const { return (*m_toks)[i]; }

private:
    static inline const std::vector<Token> kNone{};
    std::shared_ptr<const std::vector<Token>> m_toks;
};

/// tokenize(text) (no lexicon, offsets from 0) without the copy: a short text's tokens are
/// handed out from the per-thread memo tokenize() keeps. For the passes' constants and the
/// names, titles, places and days they tokenize again and again (a few hundred texts asked
/// tens of thousands of times a megabyte, where copying the tokens cost more than the lookup).
SharedTokens shortTokens(QStringView text);

} // namespace parley

/// QStringBuilder ("a" + token.key + "b") takes a TokenKey as the QString it is.
template <>
struct QConcatenable<parley::TokenKey> : QConcatenable<QString>
{
};
