// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/tokenizer.h"

#include "extract/keyfilter.h"
#include "extract/lexicon.h"

#include <QHash>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace parley {

namespace {

// The word tables registered as token classes. Tables are added while the passes' constants
// are built (before main()); the first classified key seals the list, so that every key
// carries the bits of every table that has one.
struct TableRegistry
{
    std::mutex mutex;
    std::vector<WordSet> tables; ///< plain copies (no bit): looked up once per key and thread
    std::atomic<bool> sealed{false};
};

TableRegistry& tableRegistry()
{
    static TableRegistry registry;
    return registry;
}

} // namespace

int WordTables::add(const QSet<HashedKey>& words)
{
    TableRegistry& r = tableRegistry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    if (r.sealed.load(std::memory_order_relaxed) || int(r.tables.size()) >= TokenKey::kMaxTables)
        return -1;
    WordSet table;
    for (const QString& w : words)
        table.insert(w);
    r.tables.push_back(std::move(table));
    return int(r.tables.size()) - 1;
}

quint64 WordTables::classify(const QString& key)
{
    TableRegistry& r = tableRegistry();
    if (!r.sealed.load(std::memory_order_acquire)) {
        const std::lock_guard<std::mutex> lock(r.mutex);
        r.sealed.store(true, std::memory_order_release);
    }
    quint64 bits = 0;
    for (std::size_t t = 0; t < r.tables.size(); ++t) {
        if (r.tables[t].contains(key))
            bits |= quint64(1) << t;
    }
    return bits;
}

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

Q_NEVER_INLINE bool isNonAsciiWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// The first index from j on whose unit is no ASCII letter or digit (at most n), eight units
// a step: a word of text is one or two steps, not a compare chain per character. What stops
// it, the caller reads as before.
inline qsizetype skipAsciiAlnum(const char16_t* s, qsizetype j, qsizetype n)
{
#if defined(__SSE2__)
    const __m128i caseBit = _mm_set1_epi16(0x20);
    const __m128i beforeA = _mm_set1_epi16(u'a' - 1);
    const __m128i afterZ = _mm_set1_epi16(u'z' + 1);
    const __m128i before0 = _mm_set1_epi16(u'0' - 1);
    const __m128i after9 = _mm_set1_epi16(u'9' + 1);
    while (j + 8 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + j)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD load
        const __m128i lower = _mm_or_si128(v, caseBit); // 'A'-'Z' onto 'a'-'z'; nothing else lands there
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(lower, beforeA), _mm_cmplt_epi16(lower, afterZ));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(v, before0), _mm_cmplt_epi16(v, after9));
        const unsigned mask = ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit))) & 0xFFFFU;
        if (mask != 0)
            return j + qsizetype(std::countr_zero(mask) / 2);
        j += 8;
    }
#endif
    while (j < n) {
        const char16_t u = s[j];
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')))
            break;
        ++j;
    }
    return j;
}

inline bool isWordChar(QChar c)
{
    // ASCII inline (a million calls per MB of text); the category() lookup only past it.
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return isNonAsciiWordChar(c);
}

const auto kDottedAbbreviationWords = std::to_array<QString>({
    QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),
    QStringLiteral("dr"),   QStringLiteral("gen"),  QStringLiteral("jr"),
    QStringLiteral("sr"),   QStringLiteral("st"),   QStringLiteral("lt"),
    QStringLiteral("col"),  QStringLiteral("maj"),  QStringLiteral("capt"),
    QStringLiteral("sgt"),  QStringLiteral("adm"),  QStringLiteral("prof"),
    QStringLiteral("sen"),  QStringLiteral("rep"),  QStringLiteral("gov"),
    QStringLiteral("amb"),  QStringLiteral("hon"),  QStringLiteral("rt"),
    QStringLiteral("brig"), QStringLiteral("mt"),   QStringLiteral("ft"),
    QStringLiteral("jan"),  QStringLiteral("feb"),  QStringLiteral("mar"),
    QStringLiteral("apr"),  QStringLiteral("aug"),  QStringLiteral("sep"),
    QStringLiteral("sept"), QStringLiteral("oct"),  QStringLiteral("nov"),
    QStringLiteral("dec"),  QStringLiteral("engr"), QStringLiteral("barr"),
    QStringLiteral("eng"),
});

const WordSet kDottedAbbreviations = [] {
    WordSet set;
    for (const QString& w : kDottedAbbreviationWords)
        set.insert(w);
    return set;
}();

// The longest of them: a plain ASCII word longer than this (its key is as long as it) is none.
const qsizetype kLongestDottedAbbreviation = [] {
    qsizetype longest = 0;
    for (const QString& w : kDottedAbbreviationWords)
        longest = std::max(longest, w.size());
    return longest;
}();

// Abbreviations whose full stop belongs to the word (honorifics, ranks, suffixes).
const WordSet& dottedAbbreviations()
{
    return kDottedAbbreviations;
}

// Whether `word` (a word before a dot, no dot in it) may fold to a dotted abbreviation: not
// when it is plain ASCII and longer than all of them, as most words ending a sentence are,
// which are then neither folded nor looked up. (A word past ASCII may fold shorter.)
bool mayBeDottedAbbreviation(QStringView word)
{
    if (word.size() <= kLongestDottedAbbreviation)
        return true;
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.unicode() >= 0x80; });
}

// Keys longer than this are folded into their own string, not looked up.
constexpr qsizetype kInternedKeyLength = 32;

// The key table's hash of a folded key: four UTF-16 units at a step, the last four padded
// with zeros (FNV-1a, a multiply per character, was a fifth of folding a word).
inline quint64 keyHashStep(quint64 h, quint64 units)
{
    h = (h ^ units) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
}

inline quint32 keyHashEnd(quint64 h)
{
    h *= 0xD6E8FEB86659FD93ULL;
    return quint32(h ^ (h >> 32));
}

inline quint64 keyHashStart(qsizetype size)
{
    return 0x9E3779B97F4A7C15ULL ^ quint64(size);
}

quint32 keyHash(const char16_t* chars, qsizetype size)
{
    quint64 h = keyHashStart(size);
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        quint64 w = 0;
        std::memcpy(&w, chars + i, sizeof w);
        h = keyHashStep(h, w);
    }
    if (i < size) {
        quint64 w = 0;
        for (qsizetype k = 0; i + k < size; ++k)
            w |= quint64(chars[i + k]) << (16 * k);
        h = keyHashStep(h, w);
    }
    return keyHashEnd(h);
}

// The characters of interned keys, in blocks that are never moved or freed: a key is a
// QString::fromRawData() view of them. A copy of such a key (every Token copy makes one)
// touches no reference count, where a key on the heap had its count, in a cache line of its
// own, incremented and decremented by every copy: a cache miss per token on large texts.
class KeyArena
{
public:
    const QChar* store(const char16_t* chars, qsizetype size)
    {
        const auto n = std::size_t(size) + 1; // and a terminating 0, as a heap QString has
        if (n > m_left) {
            m_blocks.push_back(std::make_unique<QChar[]>(std::max(n, kBlockChars)));
            m_next = m_blocks.back().get();
            m_left = std::max(n, kBlockChars);
        }
        QChar* out = m_next;
        std::copy_n(chars, size, out);
        out[size] = QChar(0);
        m_next += n;
        m_left -= n;
        return out;
    }

private:
    static constexpr std::size_t kBlockChars = std::size_t(1) << 15;
    std::vector<std::unique_ptr<QChar[]>> m_blocks;
    QChar* m_next = nullptr;
    std::size_t m_left = 0;
};

// A per-thread table of folded keys: a new key costs an allocation and later a free
// (together a fifth of all extraction), a known one a copy of its slot. Per thread, so
// nothing is locked or shared between extractor threads; bounded, so a long run over ever
// new names does not grow it without end. Open addressing with the hash computed during
// folding: QHash would hash every key a second time. Its keys view its arena, so a table is
// never destroyed (keys outlive the thread that made them, in results and in the constant
// tables built at start): keyTable() hands it to the next thread instead.
class KeyTable
{
public:
    /// The key of `chars`, with its classes in `lexicon` when one is given: they are read once
    /// per key and thread and then kept in the slot, where a lookup per token cost as much as
    /// the rest of the tokenizer.
    TokenKey intern(const char16_t* chars, qsizetype size, quint32 hash, const Lexicon* lexicon)
    {
        TokenKey key;
        internInto(key, chars, size, hash, lexicon);
        return key;
    }

    /// As intern(), into `key`: a token's key is assigned from the table's slot, with no
    /// temporary key to copy, move and destroy on the way (one per token).
    void internInto(TokenKey& key, const char16_t* chars, qsizetype size, quint32 hash, const Lexicon* lexicon)
    {
        if (m_slots.empty())
            m_slots.resize(kInitialSlots);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot slot = m_slots[i];
            if (slot.key == 0) {
                insertInto(key, i, hash, chars, size, lexicon);
                return;
            }
            if (slot.hash != hash)
                continue;
            TokenKey& known = m_keys[slot.key - 1];
            if (known.size() == size && sameChars(chars, known.constData(), size)) {
                if (lexicon && !lexicon->classified(known))
                    lexicon->classify(known);
                key = known;
                return;
            }
        }
    }

private:
    static constexpr std::size_t kInitialSlots = 4096;

    // memcmp() of a word's few characters, inline: the library call (one per token, nearly
    // always a match once the hashes agree) cost more than the comparison.
    static bool sameChars(const char16_t* a, const QChar* b, qsizetype size)
    {
        constexpr qsizetype kUnits = sizeof(quint64) / sizeof(char16_t);
        qsizetype i = 0;
        for (; i + kUnits <= size; i += kUnits) {
            quint64 x = 0;
            quint64 y = 0;
            std::memcpy(&x, a + i, sizeof x);
            std::memcpy(&y, b + i, sizeof y);
            if (x != y)
                return false;
        }
        for (; i < size; ++i) {
            if (a[i] != b[i].unicode())
                return false;
        }
        return true;
    }
    static constexpr std::size_t kMaxKeys = 1 << 16;

    // A probe reads the key's hash and its place in m_keys; 0 marks an empty slot.
    struct Slot
    {
        quint32 hash = 0;
        quint32 key = 0; ///< index in m_keys + 1
    };

    // A new key, out of line: inlined, its frame (a TokenKey, a vector that may grow) was set up
    // and torn down at every lookup, where nearly every one finds its key.
    Q_NEVER_INLINE void insertInto(TokenKey& key, std::size_t slot, quint32 hash, const char16_t* chars, qsizetype size,
                                   const Lexicon* lexicon)
    {
        key = insert(slot, hash, chars, size, lexicon);
    }

    TokenKey insert(std::size_t slot, quint32 hash, const char16_t* chars, qsizetype size, const Lexicon* lexicon)
    {
        TokenKey owned;
        if (m_keys.size() >= kMaxKeys)
            owned = QStringView(chars, size).toString();
        else
            owned = QString::fromRawData(m_arena.store(chars, size), size);
        owned.setTables(WordTables::classify(owned));
        if (lexicon)
            lexicon->classify(owned);
        if (m_keys.size() >= kMaxKeys)
            return owned;
        m_keys.push_back(owned);
        m_slots[slot] = Slot{hash, quint32(m_keys.size())};
        // At most half full, so probes stay short and always end at an empty slot.
        if (2 * m_keys.size() > m_slots.size())
            grow();
        return owned;
    }

    void grow()
    {
        std::vector<Slot> old(2 * m_slots.size());
        old.swap(m_slots);
        const std::size_t mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.key == 0)
                continue;
            std::size_t i = slot.hash & mask;
            while (m_slots[i].key != 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    /// The open-addressed index: 8 bytes a slot, so that a probe touches no key.
    std::vector<Slot> m_slots;
    /// The keys in the order they came: the frequent words come first and share cache lines,
    /// where keys stored in the slots were spread over a table twice the size, a cache miss
    /// per token once the table outgrew the cache.
    std::vector<TokenKey> m_keys;
    KeyArena m_arena;
};

// The key tables of threads that ended, for the next threads to take over: never freed (see
// KeyTable), and at most one per thread that ran at the same time.
struct KeyTablePool
{
    std::mutex mutex;
    std::vector<KeyTable*> idle;
};

KeyTablePool& keyTablePool()
{
    // never destroyed: thread exits may come after static destruction
    static auto* pool = new KeyTablePool; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)
    return *pool;
}

// A thread's hold on one key table, given back to the pool when the thread ends.
class KeyTableLease
{
public:
    KeyTableLease()
    {
        KeyTablePool& pool = keyTablePool();
        const std::lock_guard<std::mutex> lock(pool.mutex);
        if (pool.idle.empty()) {
            m_table = new KeyTable; // NOLINT(cppcoreguidelines-owning-memory): kept for good
        } else {
            m_table = pool.idle.back();
            pool.idle.pop_back();
        }
    }
    ~KeyTableLease()
    {
        KeyTablePool& pool = keyTablePool();
        const std::lock_guard<std::mutex> lock(pool.mutex);
        pool.idle.push_back(m_table);
    }
    KeyTableLease(const KeyTableLease&) = delete;
    KeyTableLease& operator=(const KeyTableLease&) = delete;
    KeyTable& table() const { return *m_table; }

private:
    KeyTable* m_table = nullptr;
};

KeyTable& keyTable()
{
    thread_local KeyTableLease lease;
    return lease.table();
}

// A word token that is short ASCII (nearly every one): its key folded and its case read in
// one pass over the characters, where foldKey() and the case loop of tokenize() took two.
// The key is the one foldKey() gives. False (and `t` untouched) for any other word.
bool foldAsciiWord(QStringView surface, Token& t, const Lexicon* lexicon, KeyTable& table)
{
    const qsizetype n = surface.size();
    if (n > kInternedKeyLength)
        return false;
    const char16_t* in = surface.utf16();
    std::array<char16_t, kInternedKeyLength> buf{};
#if defined(__SSE2__)
    // Sixteen units or fewer (nearly every word: "government", "presidential" too), no dot and
    // plain ASCII: folded and its case read eight units at a time; the loop below gives the same.
    // The word is copied with two overlapping moves (the units past it stay 0, which is plain,
    // no dot and no letter), where a loop of a unit at a time cost as much as the folding.
    if (n <= 16) {
        char16_t* b = buf.data();
        if (n >= 8) {
            std::memcpy(b, in, 8 * sizeof(char16_t));
            std::memcpy(b + n - 8, in + n - 8, 8 * sizeof(char16_t));
        } else if (n >= 4) {
            std::memcpy(b, in, 4 * sizeof(char16_t));
            std::memcpy(b + n - 4, in + n - 4, 4 * sizeof(char16_t));
        } else {
            for (qsizetype i = 0; i < n; ++i)
                b[i] = in[i];
        }
        const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b));     // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD load
        const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + 8)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD load
        const __m128i zero = _mm_setzero_si128();
        const __m128i dot = _mm_set1_epi16('.');
        const int plain = _mm_movemask_epi8(
            _mm_cmpeq_epi16(_mm_and_si128(_mm_or_si128(v0, v1), _mm_set1_epi16(short(0xFF80))), zero));
        const int dots = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(v0, dot), _mm_cmpeq_epi16(v1, dot)));
        if (plain == 0xFFFF && dots == 0) {
            const auto fold = [&](__m128i v, char16_t* out, unsigned& upperBits, unsigned& letterBits) {
                const __m128i upper = _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16('A' - 1)),
                                                    _mm_cmplt_epi16(v, _mm_set1_epi16('Z' + 1)));
                const __m128i lower = _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16('a' - 1)),
                                                    _mm_cmplt_epi16(v, _mm_set1_epi16('z' + 1)));
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out), // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD store
                                 _mm_add_epi16(v, _mm_and_si128(upper, _mm_set1_epi16(0x20))));
                upperBits = unsigned(_mm_movemask_epi8(upper));
                letterBits = upperBits | unsigned(_mm_movemask_epi8(lower));
            };
            unsigned upperBits = 0;
            unsigned letterBits = 0;
            fold(v0, b, upperBits, letterBits);
            if (n > 8) {
                unsigned upperHigh = 0;
                unsigned letterHigh = 0;
                fold(v1, b + 8, upperHigh, letterHigh);
                upperBits |= upperHigh << 16;
                letterBits |= letterHigh << 16;
            }
            table.internInto(t.key, b, n, keyHash(b, n), lexicon);
            // the first letter upper case; every letter upper case
            t.cap = letterBits != 0 && (upperBits & (letterBits & (0U - letterBits))) != 0;
            t.allCaps = letterBits != 0 && letterBits == upperBits;
            return true;
        }
    }
#endif
    qsizetype len = 0;
    bool anyLetter = false;
    bool allUpper = true;
    bool cap = false;
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = in[i];
        if (c >= 0x80)
            return false;
        if (c == u'.')
            continue;
        if (c >= u'A' && c <= u'Z') {
            cap = cap || !anyLetter;
            anyLetter = true;
            c = static_cast<char16_t>(c + (u'a' - u'A'));
        } else if (c >= u'a' && c <= u'z') {
            anyLetter = true;
            allUpper = false;
        }
        buf[std::size_t(len++)] = c;
    }
    table.internInto(t.key, buf.data(), len, keyHash(buf.data(), len), lexicon);
    t.cap = cap;
    t.allCaps = anyLetter && allUpper;
    return true;
}

// The key of a word with a letter past ASCII: decomposed (NFKD), marks and dots dropped,
// a few letters NFKD keeps read as their base letter, lower case.
QString foldDecomposed(QStringView word)
{
    QString out;
    out.reserve(word.size());
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('.'))
            continue;
        switch (c.unicode()) {
        case 0x0131: c = QLatin1Char('i'); break;
        case 0x0142: case 0x0141: c = QLatin1Char('l'); break;
        case 0x00F8: case 0x00D8: c = QLatin1Char('o'); break;
        case 0x2019: c = QLatin1Char('\''); break;
        default: break;
        }
        out += c.toLower();
    }
    return out;
}

// Per thread, the keys of the non-ASCII words already folded: the same names ("Erdoğan",
// "Çavuşoğlu", "São Paulo") come back sentence after sentence, and the decomposition costs
// about ten times the lookup. Bounded like the key table.
constexpr qsizetype kMaxFoldedWords = 1 << 14;

QString foldNonAscii(QStringView word)
{
    thread_local QHash<HashedKey, QString> folded;
    // The lookup key borrows the word's characters; only a new entry copies them.
    const QString borrowed = QString::fromRawData(word.data(), word.size());
    const auto it = folded.constFind(borrowed);
    if (it != folded.cend())
        return *it;
    QString key = foldDecomposed(word);
    if (folded.size() >= kMaxFoldedWords)
        folded.clear();
    folded.insert(word.toString(), key);
    return key;
}

} // namespace

namespace {

// `in` folded as foldKey() folds plain ASCII (dots dropped, A-Z lower case) into `out`, which
// has room for n units: the folded length, or -1 (out half written) when a unit is past ASCII.
// Eight units a step where SSE2 is there; a block with a dot, one unit at a time.
qsizetype foldAsciiKey(const char16_t* in, qsizetype n, char16_t* out)
{
    qsizetype len = 0;
    qsizetype i = 0;
#if defined(__SSE2__)
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD load
        const __m128i zero = _mm_setzero_si128();
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(short(0xFF80))), zero)) != 0xFFFF)
            return -1;
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(v, _mm_set1_epi16('.'))) != 0)
            break; // the dot is dropped below, one unit at a time
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16('A' - 1)),
                                            _mm_cmplt_epi16(v, _mm_set1_epi16('Z' + 1)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + len), // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD store
                         _mm_add_epi16(v, _mm_and_si128(upper, _mm_set1_epi16(0x20))));
        len += 8;
    }
#endif
    for (; i < n; ++i) {
        char16_t c = in[i];
        if (c >= 0x80)
            return -1;
        if (c == u'.')
            continue;
        if (c >= u'A' && c <= u'Z')
            c = static_cast<char16_t>(c + (u'a' - u'A'));
        out[len++] = c;
    }
    return len;
}

} // namespace

QString foldKey(QStringView word)
{
    const qsizetype n = word.size();
    const char16_t* in = word.utf16();
    if (n <= kInternedKeyLength) {
        // Nearly every token is a short ASCII word: fold it on the stack and take the key
        // from the thread's table of keys already seen, so that no token allocates.
        std::array<char16_t, kInternedKeyLength> buf{};
        const qsizetype len = foldAsciiKey(in, n, buf.data());
        if (len >= 0)
            return keyTable().intern(buf.data(), len, keyHash(buf.data(), len), nullptr).text();
    } else {
        QString out(n, Qt::Uninitialized);
        const qsizetype len = foldAsciiKey(in, n, reinterpret_cast<char16_t*>(out.data())); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): QChar is a char16_t
        if (len >= 0) {
            out.truncate(len);
            return out;
        }
    }
    return foldNonAscii(word);
}


QString looseNameKey(QStringView name)
{
    const QString folded = foldKey(name);
    const qsizetype n = folded.size();
    // Written into a buffer of the folded size (the key is never longer): appending a QChar at
    // a time was an out-of-line call per character.
    QString out(n, Qt::Uninitialized);
    QChar* o = out.data();
    qsizetype len = 0;
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber(); };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = folded.at(i);
        if (!isWordChar(c)) {
            o[len++] = c == QLatin1Char('-') ? QLatin1Char(' ') : c;
            continue;
        }
        if (len == 0 || o[len - 1] != c) // a doubled letter is written once
            o[len++] = c;
        const bool wordEnds = i + 1 >= n || !isWordChar(folded.at(i + 1));
        if (!wordEnds || len < 3)
            continue;
        // final "y", "ey", "iy", "yy", "ii" (the doubled ones are single by now) -> "i"
        if (c == QLatin1Char('y')) {
            --len;
            if (len > 0 && (o[len - 1] == QLatin1Char('i') || o[len - 1] == QLatin1Char('e')))
                --len;
            o[len++] = QLatin1Char('i');
        } else if (c == QLatin1Char('i') && len >= 2 && o[len - 2] == QLatin1Char('e')) {
            o[len - 2] = o[len - 1];
            --len;
        }
    }
    out.truncate(len);
    return out;
}

namespace {

void tokenizeText(std::vector<Token>& out, QStringView text, qsizetype base, const Lexicon* lexicon)
{
    out.clear();
    out.reserve(static_cast<std::size_t>(text.size() / 5 + 4));
    const qsizetype n = text.size();
    bool space = true;
    bool hyphen = false;
    qsizetype i = 0;
    // The thread's table, found once per text: a thread_local with a constructor is reached
    // through a call that checks its initialisation, once per word otherwise.
    KeyTable& table = keyTable();
    auto emit = [&](qsizetype s, qsizetype e, Token::Kind kind) {
        // built in place: a Token is 96 bytes, and a local one was moved in and destroyed
        Token& t = out.emplace_back();
        t.start = base + s;
        t.end = base + e;
        t.kind = kind;
        t.spaceBefore = space;
        t.hyphenBefore = hyphen;
        const QStringView surface = text.mid(s, e - s);
        if (kind == Token::Punct) {
            // A punctuation mark (every fifth token) is a key of the table like a word: classified
            // once per thread, where a key of its own was classified again at every token (and a
            // mark past ASCII, a dash or a curly quote, was a new string each time).
            t.punct = surface.front();
            table.internInto(t.key, surface.utf16(), 1, keyHash(surface.utf16(), 1), lexicon);
        } else if (!foldAsciiWord(surface, t, lexicon, table)) {
            t.key = foldKey(surface);
            // (the table's keys above come classified: only a key folded here needs it)
            if (lexicon && !lexicon->classified(t.key))
                lexicon->classify(t.key);
            bool anyLetter = false;
            bool allUpper = true;
            for (QChar c : surface) {
                if (!c.isLetter())
                    continue;
                if (!anyLetter)
                    t.cap = c.isUpper() || c.isTitleCase();
                anyLetter = true;
                if (!c.isUpper())
                    allUpper = false;
            }
            t.allCaps = anyLetter && allUpper;
        }
        space = false;
        hyphen = false;
    };
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        if (isHyphen(c) && !space && !out.empty() && out.back().kind != Token::Punct &&
            i + 1 < n && isWordChar(text[i + 1])) {
            hyphen = true;
            ++i;
            continue;
        }
        if (c.isLetter()) {
            qsizetype j = i;
            while (j < n) {
                j = skipAsciiAlnum(text.utf16(), j, n);
                if (j >= n)
                    break;
                const QChar d = text[j];
                if (isWordChar(d)) {
                    ++j;
                } else if (isApostrophe(d) && j + 1 < n && text[j + 1].isLetter()) {
                    // "'s" followed by a non-letter is a possessive, kept apart.
                    const bool possessive = (text[j + 1] == QLatin1Char('s') ||
                                             text[j + 1] == QLatin1Char('S')) &&
                                            (j + 2 >= n || !text[j + 2].isLetter());
                    if (possessive)
                        break;
                    ++j;
                } else {
                    break;
                }
            }
            if (j < n && text[j] == QLatin1Char('.')) {
                if (j - i == 1 && c.isUpper()) {
                    // Initials and dotted abbreviations: "R.", "U.S.", "U.S-Bahrain".
                    ++j;
                    while (j < n && text[j].isLetter() && text[j].isUpper() &&
                           (j + 1 >= n || !text[j + 1].isLetter())) {
                        ++j;
                        if (j < n && text[j] == QLatin1Char('.'))
                            ++j;
                    }
                } else if (mayBeDottedAbbreviation(text.mid(i, j - i)) &&
                           dottedAbbreviations().contains(foldKey(text.mid(i, j - i)))) {
                    ++j;
                }
            }
            emit(i, j, Token::Word);
            i = j;
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n) {
                if (text[j].isDigit()) {
                    ++j;
                } else if ((text[j] == QLatin1Char('.') || text[j] == QLatin1Char(',') ||
                            text[j] == QLatin1Char(':')) &&
                           j + 1 < n && text[j + 1].isDigit()) {
                    j += 2;
                } else {
                    break;
                }
            }
            // Ordinals and suffixes stay with the number: "200th", "5th".
            while (j < n && text[j].isLetter())
                ++j;
            emit(i, j, Token::Number);
            i = j;
            continue;
        }
        if (isApostrophe(c) && i + 1 < n && !out.empty() && !space &&
            (text[i + 1] == QLatin1Char('s') || text[i + 1] == QLatin1Char('S')) &&
            (i + 2 >= n || !text[i + 2].isLetter())) {
            emit(i, i + 2, Token::Word);
            constexpr char16_t possessive[] = u"'s";
            table.internInto(out.back().key, possessive, 2, keyHash(possessive, 2), lexicon);
            out.back().cap = false;
            out.back().allCaps = false;
            i += 2;
            continue;
        }
        emit(i, i + 1, Token::Punct);
        ++i;
    }
}

std::vector<Token> tokenizeText(QStringView text, qsizetype base, const Lexicon* lexicon)
{
    std::vector<Token> out;
    tokenizeText(out, text, base, lexicon);
    return out;
}

// Short texts tokenized on their own (no lexicon, offsets from 0) are the passes' constants and
// the names of the dictionaries and the article: titles, honorifics, place cues, name forms,
// the same few hundred strings asked again sentence after sentence. Their tokens are kept
// per thread and shared (shortTokens()), so that emptying the memo frees only what no caller
// holds. Bounded like the key table.
constexpr qsizetype kMemoTextLength = 96;
constexpr qsizetype kMaxMemoTexts = 1 << 12;

using TokensPtr = std::shared_ptr<const std::vector<Token>>;

TokensPtr tokenizeMemo(QStringView text)
{
    thread_local QHash<HashedKey, TokensPtr> memo;
    // The lookup key borrows the text's characters; only a new entry copies them.
    const QString borrowed = QString::fromRawData(text.data(), text.size());
    const auto it = memo.constFind(borrowed);
    if (it != memo.cend())
        return *it;
    TokensPtr toks = std::make_shared<const std::vector<Token>>(tokenizeText(text, 0, nullptr));
    if (memo.size() >= kMaxMemoTexts)
        memo.clear();
    memo.insert(text.toString(), toks);
    return toks;
}

} // namespace

std::vector<Token> tokenize(QStringView text, qsizetype base, const Lexicon* lexicon)
{
    if (!lexicon && base == 0 && text.size() <= kMemoTextLength)
        return *tokenizeMemo(text);
    return tokenizeText(text, base, lexicon);
}

void tokenizeInto(std::vector<Token>& out, QStringView text, qsizetype base, const Lexicon* lexicon)
{
    if (!lexicon && base == 0 && text.size() <= kMemoTextLength) {
        out = *tokenizeMemo(text);
        return;
    }
    tokenizeText(out, text, base, lexicon);
}

SharedTokens shortTokens(QStringView text)
{
    if (text.size() <= kMemoTextLength)
        return SharedTokens(tokenizeMemo(text));
    return SharedTokens(std::make_shared<const std::vector<Token>>(tokenizeText(text, 0, nullptr)));
}

} // namespace parley
