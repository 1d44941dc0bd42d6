// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/lexicon.h"

#include "extract/gazetteerdata.h"
#include "extract/keyfilter.h"
#include "extract/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>
#include <utility>
#include <vector>

namespace parley {

namespace {

constexpr std::array<const char*, std::size_t(Cue::Count)> kCueNames = {
    "meeting-verb", "meeting-noun", "hold-verb", "phone-word", "video-word", "determiner",
    "previous-cue", "passive-aux", "split-verb", "split-cue", "party-word", "clause-cut",
    "name-link", "clause-continuer", "modal-before-to", "travel-word", "cancel-cue", "denial-cue", "negation",
    "future-cue", "delegation-noun", "member-verb", "state-group-noun", "group-number",
    "future-aux", "refusal-cue", "call-on-cue", "audience-verb", "received-thing",
    "attendee-cue", "person-noun", "place-cue", "venue-head", "venue", "city", "gathering-word",
    "novelty-cue", "time-unit", "generic-venue", "modal-after-noun", "tenure-word", "office-noun", "encounter-before",
    "encounter-after", "accompany-word", "encounter-word", "date-boundary",
    "event-frame", "place-before", "side-noun", "portfolio-word", "body-portfolio",
    "contrast-word", "private-group", "other-event", "object-follower", "side-meeting",
    "leader-group", "deputy-word", "noun-predicate", "event-relative", "list-intro", "speech-verb", "host-by",
    "topic-before", "sequence-opener", "place-particle",
    "perfect-aux", "conjunction", "place-relative", "scope-limiter",
    "partner-word", "government-word", "agent-word", "relative-word", "article", "list-opener",
    "visitor-word", "clause-opener", "district", "seat",
    "body-head", "thing-head", "function-word", "delegation-list",
    "group-head", "possessive-pronoun", "venue-preposition",
    "reported-opener", "deictic-day",
    "name-stop", "acronym-stop", "name-particle", "parent-particle", "name-suffix",
    "region-word", "demonym-thing", "arrival-word", "ceremony-verb", "region-name",
    "gathering-venue", "ordinal", "town-noun", "research-body", "brief-encounter", "currency-word",
    "water-word", "body-seat", "place-suffix", "nonstate-group", "additive-word", "generic-meeting-noun",
    "companion-cue", "delegation-member", "host-verb", "territory", "opposition-word",
    "crowd-noun", "appositive-lead", "non-office-modifier", "body-modifier", "other-side-noun", "political-word",
    "field-noun", "given-name-rank", "brief-verb", "topic-opener", "topic-link", "side-head", "nonstate-prefix",
    "side-group", "comparison-word", "absence-verb", "appeal-verb", "pro-verb",
    "state-possessive", "time-span", "question-opener", "dated-event", "office-verb",
    "charge-phrase", "former-holder",
    "org-head-noun", "reaction-verb", "near-word", "relative-day", "body-bound-office",
    "field-bound-office", "subordinator", "object-preposition", "distributive-object",
    "seat-level", "leg-noun", "voice-office", "role-noun", "journey-verb",
    "start-verb", "hearsay-noun", "dismissal-word", "present-verb", "signed-apart",
    "mention-verb", "proxy-noun", "attendee-frame", "state-company", "monarchy",
    "leader-seat", "video-modifier", "among-list", "attribution-verb", "office-scope", "party-tag", "heading-other",
    "time-frame", "presence-word", "region-demonym", "exchange-topic", "departure-verb", "private-role", "left-office",
    "region-homonym", "place-label", "stance-word", "posted-title", "area-noun", "measure-noun",
    "organisation-short-form", "mediation-word", "state-own-name"};

/// The index of the set named `name` in kCueNames, or kCueNames.size(). By hash: comparing
/// each line's set with every name in turn was a third of the time of loading the lexicon.
std::size_t cueIndex(const QString& name)
{
    static const QHash<QString, std::size_t> byName = [] {
        QHash<QString, std::size_t> names;
        for (std::size_t i = 0; i < kCueNames.size(); ++i)
            names.insert(QString::fromLatin1(kCueNames[i]), i);
        return names;
    }();
    return byName.value(name, kCueNames.size());
}

quint64 newLexiconId()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

/// A key's classes with its value and its phrases in each class it is in: what a token key
/// classified by the lexicon points to, so that value() and phrases() of a token read them
/// beside its bits (a vector of one or two) instead of hashing the key into the table of each
/// class asked (a cache miss into one of 149 tables each time).
struct KeyEntry : KeyClasses
{
    std::vector<std::pair<int, QString>> values;
    std::vector<std::pair<int, const std::vector<LexiconPhrase>*>> phrases;
};

/// The entries of a lexicon's content, built once, when a key is first classified (the
/// shipped lexicon is five files: built after each, they cost more than they saved on a
/// megabyte). A copy of the content (addText() fills one) builds its own.
struct LazyEntries
{
    LazyEntries() = default;
    ~LazyEntries() = default;
    LazyEntries(const LazyEntries&) {}
    LazyEntries& operator=(const LazyEntries&) = delete;
    LazyEntries(LazyEntries&&) = delete;
    LazyEntries& operator=(LazyEntries&&) = delete;
    std::once_flag built;
    QHash<HashedKey, KeyEntry> table;
};

// Out of line, so that the filter's "no" (nearly every answer) costs no register saves.
template <typename Table>
Q_NEVER_INLINE bool inTable(const Table& table, const QString& key)
{
    return table.contains(key);
}

} // namespace

class LexiconData
{
public:
    /// Per class: folded single word -> value. Multi-word phrases also go in `phrases`.
    std::array<QHash<HashedKey, QString>, std::size_t(Cue::Count)> words;
    std::array<QHash<HashedKey, std::vector<LexiconPhrase>>, std::size_t(Cue::Count)> phrases;
    /// Per class: the keys of `words` and the first keys of `phrases`.
    std::array<KeyFilter<>, std::size_t(Cue::Count)> wordFilter;
    std::array<KeyFilter<>, std::size_t(Cue::Count)> phraseFilter;
    /// Every key of `words` and first key of `phrases`, with its classes.
    QHash<HashedKey, KeyClasses> classes;
    KeyFilter<4096> classFilter;
    /// `classes` with each key's values and phrases, built from the finished tables by the
    /// first classify() (buildEntries()): what it points a token key to.
    LazyEntries entries;
    /// Lexicon::withPhraseIndex(): every key of it has an entry with its bucket.
    const PhraseIndex* phraseIndex = nullptr;
};

namespace {

// The entries of `d`'s keys, once its tables are complete. They point into the tables, which
// are never changed afterwards (addText() fills a copy, which builds its own entries).
void buildEntries(LexiconData& d)
{
    QHash<HashedKey, KeyEntry> entries;
    entries.reserve(d.classes.size());
    for (auto it = d.classes.cbegin(); it != d.classes.cend(); ++it)
        static_cast<KeyClasses&>(entries[it.key()]) = it.value();
    for (std::size_t c = 0; c < d.words.size(); ++c) {
        if (!inTokenBits(Cue(c)))
            continue;
        const auto& words = std::as_const(d.words[c]);
        for (auto it = words.cbegin(); it != words.cend(); ++it)
            entries[it.key()].values.emplace_back(int(c), it.value());
        const auto& phrases = std::as_const(d.phrases[c]);
        for (auto it = phrases.cbegin(); it != phrases.cend(); ++it)
            entries[it.key()].phrases.emplace_back(int(c), &it.value());
    }
    if (d.phraseIndex) {
        for (auto it = d.phraseIndex->cbegin(); it != d.phraseIndex->cend(); ++it) {
            KeyClasses& classes = entries[it.key()];
            const std::vector<Phrase>& bucket = it.value();
            classes.indexBucket = &bucket;
            // the longer phrases come first; should a bucket not be sorted so, nothing is skipped
            std::size_t firstShort = 0;
            while (firstShort < bucket.size() && bucket[firstShort].keys.size() >= 2)
                ++firstShort;
            bool sorted = true;
            for (std::size_t k = firstShort; k < bucket.size(); ++k)
                sorted = sorted && bucket[k].keys.size() < 2;
            classes.indexFirstShort = sorted ? int(firstShort) : 0;
            for (std::size_t k = 0; k < firstShort; ++k)
                classes.indexSecondPrints |= quint64(1) << KeyClasses::printBit(bucket[k].secondPrint);
        }
    }
    d.entries.table = std::move(entries);
}

} // namespace

Lexicon::Lexicon() : m_data(std::make_shared<LexiconData>()), m_id(newLexiconId()) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(const Lexicon&) = default;
Lexicon& Lexicon::operator=(const Lexicon&) = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

QString Lexicon::cueName(Cue cue)
{
    const auto i = std::size_t(cue);
    return i < kCueNames.size() ? QString::fromLatin1(kCueNames[i]) : QString();
}

namespace {

// The lines of one lexicon file read into `d`: the work of addText() (which reads into a copy,
// so that a file with an error changes nothing) and of builtin().
Status readLexiconText(LexiconData& d, const QString& content, const QString& name)
{
    // Lines and columns are views of `content`, found as they are read: lists of copies (and
    // then of views) per line cost a third of reading the shipped lexicon, which every run of
    // parley-cli does before its first word.
    const QStringView all(content);
    bool header = true;
    int lineNo = 0;
    for (qsizetype from = 0; from <= all.size();) {
        qsizetype lineEnd = all.indexOf(u'\n', from);
        if (lineEnd < 0)
            lineEnd = all.size();
        QStringView line = all.mid(from, lineEnd - from);
        from = lineEnd + 1;
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        // column k of the line, empty past the last (as QStringList::value() gave it)
        const auto column = [line](int k) {
            qsizetype begin = 0;
            for (int i = 0; i < k; ++i) {
                const qsizetype tab = line.indexOf(u'\t', begin);
                if (tab < 0)
                    return QStringView();
                begin = tab + 1;
            }
            const qsizetype tab = line.indexOf(u'\t', begin);
            return line.mid(begin, (tab < 0 ? line.size() : tab) - begin);
        };
        if (header) {
            header = false;
            if (column(0) != QLatin1String("set") || column(1) != QLatin1String("phrase"))
                return Status::failure(Error{name, QStringLiteral("the header must start with the columns set, phrase"), lineNo});
            continue;
        }
        const std::size_t cue = cueIndex(column(0).trimmed().toString());
        if (cue == kCueNames.size())
            return Status::failure(Error{name, QStringLiteral("unknown set '%1'").arg(column(0)), lineNo});
        const QStringView text = column(1).trimmed();
        if (text.isEmpty())
            return Status::failure(Error{name, QStringLiteral("empty phrase"), lineNo});
        const QString value = column(2).trimmed().toString();
        if ((Cue(cue) == Cue::Venue || Cue(cue) == Cue::City || Cue(cue) == Cue::GenericVenue ||
             Cue(cue) == Cue::District || Cue(cue) == Cue::Seat) && value.isEmpty())
            return Status::failure(Error{name, QStringLiteral("a %1 needs a value").arg(QLatin1String(kCueNames[cue])), lineNo});
        LexiconPhrase phrase;
        // A word is one key, as written ("n't", "'s", "Jr."); a place name, a phrase of several
        // words and a word with a hyphen inside are keyed as the tokenizer splits running text
        // ("Mar-a-Lago" is five tokens, "SPLM-IO" two), so that they match token by token and
        // the data can be written as the text writes it.
        const bool place = Cue(cue) == Cue::Venue || Cue(cue) == Cue::City || Cue(cue) == Cue::GenericVenue ||
             Cue(cue) == Cue::District || Cue(cue) == Cue::Seat;
        const auto isInnerHyphen = [](QChar c) {
            return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
        };
        const bool hyphenated = text.size() > 2 && std::any_of(text.begin() + 1, text.end() - 1, isInnerHyphen);
        if (!place && !hyphenated && !text.contains(QLatin1Char(' '))) {
            phrase.keys.push_back(foldKey(text));
        } else {
            for (const Token& t : shortTokens(text))
                phrase.keys.push_back(t.key);
        }
        phrase.value = value;
        KeyClasses& classes = d.classes[phrase.keys.front()];
        d.classFilter.add(phrase.keys.front());
        if (phrase.keys.size() == 1) {
            d.words[cue].insert(phrase.keys.front(), value);
            d.wordFilter[cue].add(phrase.keys.front());
            if (inTokenBits(Cue(cue)))
                classes.words.set(cue);
        }
        d.phraseFilter[cue].add(phrase.keys.front());
        if (inTokenBits(Cue(cue)))
            classes.phraseStarts.set(cue);
        std::vector<LexiconPhrase>& bucket = d.phrases[cue][phrase.keys.front()];
        // A later file corrects an earlier one: the same phrase is replaced.
        const auto same = std::find_if(bucket.begin(), bucket.end(),
                                       [&](const LexiconPhrase& p) { return p.keys == phrase.keys; });
        if (same != bucket.end())
            *same = std::move(phrase);
        else
            bucket.push_back(std::move(phrase));
        std::stable_sort(bucket.begin(), bucket.end(), [](const LexiconPhrase& a, const LexiconPhrase& b) {
            return a.keys.size() > b.keys.size();
        });
    }
    if (header)
        return Status::failure(Error{name, QStringLiteral("no header line (set, phrase, value)"), 0});
    return Status::success();
}

} // namespace

Result<Lexicon> Lexicon::builtin()
{
    // Read once: every Extractor of the process shares the parsed data.
    static const Result<Lexicon> shipped = [] {
        Lexicon lex;
        const QDir dir(QStringLiteral(":/parley/lexicon"));
        const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            return Result<Lexicon>(Error{dir.path(), QStringLiteral("no shipped lexicon was compiled in"), 0});
        // All files into one data, as addFile() one after the other would read them, without
        // the copy of everything read so far that each addFile() makes (and then frees).
        auto data = std::make_shared<LexiconData>(*lex.m_data);
        for (const QString& f : files) {
            QString content;
            Status s = readDataFile(dir.filePath(f), content);
            if (s.ok())
                s = readLexiconText(*data, content, dir.filePath(f));
            if (!s.ok())
                return Result<Lexicon>(s.error);
        }
        lex.m_data = std::move(data);
        lex.m_id = newLexiconId();
        return Result<Lexicon>(std::move(lex));
    }();
    return shipped;
}

Status Lexicon::addFile(const QString& path)
{
    QString content;
    Status s = readDataFile(path, content);
    if (!s.ok())
        return s;
    return addText(content, path);
}

Status Lexicon::addText(const QString& content, const QString& name)
{
    // Copy on write: other copies (and running extractors) keep their data.
    auto copy = std::make_shared<LexiconData>(*m_data);
    Status s = readLexiconText(*copy, content, name);
    if (!s.ok())
        return s;
    m_data = std::move(copy);
    m_id = newLexiconId();
    return Status::success();
}

QString Lexicon::userLexiconDirectory()
{
    // Beside the user dictionaries (Gazetteer::userDictionaryDirectory()), for both programs.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/parley/lexicon");
}

std::vector<Error> Lexicon::addUserLexicons(const QString& directory)
{
    std::vector<Error> errors;
    const QDir dir(directory.isEmpty() ? userLexiconDirectory() : directory);
    if (!dir.exists())
        return errors;
    for (const QString& f : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        const Status s = addFile(dir.filePath(f));
        if (!s.ok())
            errors.push_back(s.error);
    }
    return errors;
}

bool Lexicon::has(Cue cue, const QString& key) const
{
    const auto c = std::size_t(cue);
    return m_data->wordFilter[c].mayHave(key) && inTable(m_data->words[c], key);
}

void Lexicon::classify(TokenKey& key) const
{
    // The key points into the entries, which are never changed once built (addText() changes
    // a copy): they stay where they are as long as this content lives.
    LexiconData& d = *m_data;
    std::call_once(d.entries.built, [&d] { buildEntries(d); });
    const KeyClasses* classes = TokenKey::noClasses();
    if (d.classFilter.mayHave(key)) {
        const auto it = d.entries.table.constFind(key);
        if (it != d.entries.table.constEnd())
            classes = &*it;
    }
    key.setClasses(m_id, classes);
}

Lexicon Lexicon::withPhraseIndex(const PhraseIndex* index) const
{
    Lexicon out(*this);
    auto copy = std::make_shared<LexiconData>(*m_data);
    copy->phraseIndex = index;
    if (index) {
        for (auto it = index->cbegin(); it != index->cend(); ++it)
            copy->classFilter.add(it.key());
    }
    out.m_data = std::move(copy);
    out.m_id = newLexiconId();
    out.m_phraseIndex = index;
    return out;
}

QString Lexicon::value(Cue cue, const QString& key) const
{
    return m_data->words[std::size_t(cue)].value(key);
}

QString Lexicon::classifiedValue(Cue cue, const TokenKey& key) const
{
    // a key with a class's bit has an entry (noClasses() has no bit)
    const auto* entry = static_cast<const KeyEntry*>(key.classes()); // NOLINT(cppcoreguidelines-pro-type-static-cast-downcast): classify() gives keys only KeyEntry classes
    for (const auto& [c, v] : entry->values) {
        if (c == int(cue))
            return v;
    }
    return value(cue, key.text());
}

const std::vector<LexiconPhrase>& Lexicon::classifiedPhrases(Cue cue, const TokenKey& firstKey) const
{
    const auto* entry = static_cast<const KeyEntry*>(firstKey.classes()); // NOLINT(cppcoreguidelines-pro-type-static-cast-downcast): classify() gives keys only KeyEntry classes
    for (const auto& [c, p] : entry->phrases) {
        if (c == int(cue))
            return *p;
    }
    return phrases(cue, firstKey.text());
}

QStringList Lexicon::words(Cue cue) const
{
    QStringList out;
    for (const auto& bucket : m_data->phrases[std::size_t(cue)]) {
        for (const LexiconPhrase& p : bucket) {
            QStringList keys;
            for (const QString& k : p.keys)
                keys << k;
            out << keys.join(QLatin1Char(' '));
        }
    }
    out.sort();
    return out;
}

const std::vector<LexiconPhrase>& Lexicon::phrases(Cue cue, const QString& firstKey) const
{
    if (!m_data->phraseFilter[std::size_t(cue)].mayHave(firstKey))
        return kNoPhrases;
    const auto& table = m_data->phrases[std::size_t(cue)];
    const auto it = table.constFind(firstKey);
    return it == table.constEnd() ? kNoPhrases : *it;
}

} // namespace parley
