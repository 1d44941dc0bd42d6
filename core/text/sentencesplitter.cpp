// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencesplitter.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <string>
#include <string_view>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parley {

namespace {

// A sentence never grows past this many UTF-16 units; a longer run without a boundary (a
// table dump, a hostile file) is cut at white space so later stages see bounded input.
constexpr qsizetype kMaxSentence = 2000;
// Look-ahead and look-behind over words is bounded so the pass stays linear.
constexpr qsizetype kMaxWord = 64;
/// A headline that a mixed-case dateline line may follow (isCityDateline), in characters
constexpr qsizetype kMaxHeadline = 160;

// A fixed set of lower-case ASCII words, looked up without allocating: the splitter checks a
// word at every full stop, and text made only of abbreviations must stay fast.
class WordSet
{
public:
    explicit WordSet(std::vector<std::u16string> words) : m_words(std::move(words))
    {
        std::sort(m_words.begin(), m_words.end());
        for (const auto& w : m_words)
            m_lengths |= 1u << std::min<std::size_t>(w.size(), 31);
    }
    bool contains(std::u16string_view word) const
    {
        if ((m_lengths & (1u << std::min<std::size_t>(word.size(), 31))) == 0)
            return false;
        return std::binary_search(m_words.begin(), m_words.end(), word,
                                  [](const auto& a, const auto& b) {
                                      return std::u16string_view(a) < std::u16string_view(b);
                                  });
    }

private:
    std::vector<std::u16string> m_words;
    unsigned m_lengths = 0;
};

// A word lower-cased into a fixed buffer, with the typographic apostrophe made plain. Words
// longer than any listed word get an empty key, which matches nothing.
class Key
{
public:
    static constexpr qsizetype kMaxSize = 24;
    explicit Key(QStringView word)
    {
        if (word.size() > qsizetype(m_buffer.size()))
            return;
        m_size = word.size();
        for (qsizetype k = 0; k < m_size; ++k) {
            const char16_t c = word[k].unicode();
            char16_t lower = c;
            if (c >= u'A' && c <= u'Z')
                lower = char16_t(c + 32);
            else if (c == 0x2019)
                lower = u'\'';
            else if (c >= 0x80)
                lower = QChar::toLower(c);
            m_buffer[std::size_t(k)] = lower;
        }
    }
    std::u16string_view view() const { return {m_buffer.data(), std::size_t(m_size)}; }
    std::u16string_view left(qsizetype n) const { return view().substr(0, std::size_t(n)); }
    qsizetype indexOf(char16_t c) const
    {
        const auto at = view().find(c);
        return at == std::u16string_view::npos ? -1 : qsizetype(at);
    }

private:
    std::array<char16_t, kMaxSize> m_buffer{};
    qsizetype m_size = 0;
};

// The words that decide whether a full stop or a line break ends a sentence, one set per
// row kind of resources/text/splitter.tsv (compiled in; the sets in docs/lexicon.md).
struct SplitterWords {
    WordSet titleAbbreviations;    // "Gen. Smith", "vs. Brazil": a capital after them starts no sentence
    WordSet endingAbbreviations;   // "Apple Inc. The ...": may end a sentence; the next word decides
    WordSet dottedPlaces;          // "U.S.", "D.C.": dotted capitals naming a place, not initials
    WordSet continuingWords;       // "talks with\nNATO": a line ending so continues the sentence
    WordSet bylineWords;           // "By Kim Han-joo"
    WordSet numberAbbreviations;   // "Jan. 5", "No. 10": stay joined to a following number
    WordSet sentenceStarters;      // "in the U.S. The talks": opens a new sentence
    WordSet abbreviationFollowers; // "U.S. President": the abbreviation does not end the sentence
};

// Reads the word sets once. The file is compiled in, so a failure is a broken build: it is
// reported with the file and line, and the splitter goes on with the sets it could read.
const SplitterWords& splitterWords()
{
    static const SplitterWords words = [] {
        const QString path = QStringLiteral(":/parley/text/splitter.tsv");
        std::map<QString, std::vector<std::u16string>, std::less<>> sets{
            {QStringLiteral("title-abbreviation"), {}}, {QStringLiteral("ending-abbreviation"), {}},
            {QStringLiteral("dotted-place"), {}},       {QStringLiteral("continuing-word"), {}},
            {QStringLiteral("byline-word"), {}},        {QStringLiteral("number-abbreviation"), {}},
            {QStringLiteral("sentence-starter"), {}},   {QStringLiteral("abbreviation-follower"), {}}};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qCritical("%s: cannot be read: %s", qPrintable(path), qPrintable(file.errorString()));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (qsizetype n = 0; n < lines.size(); ++n) {
            const QString& line = lines[n];
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("set\t")))
                continue;
            const QStringList columns = line.split(QLatin1Char('\t'));
            const auto set = sets.find(columns.front());
            const QString word = columns.size() > 1 ? columns[1].trimmed() : QString();
            if (set == sets.end() || word.isEmpty() || word.size() > Key::kMaxSize || word != word.toLower()) {
                qCritical("%s:%lld: not a known set and a lower-case word of at most %lld characters",
                          qPrintable(path), static_cast<long long>(n + 1), static_cast<long long>(Key::kMaxSize));
                continue;
            }
            set->second.emplace_back(word.toStdU16String());
        }
        return SplitterWords{WordSet(sets[QStringLiteral("title-abbreviation")]),
                             WordSet(sets[QStringLiteral("ending-abbreviation")]),
                             WordSet(sets[QStringLiteral("dotted-place")]),
                             WordSet(sets[QStringLiteral("continuing-word")]),
                             WordSet(sets[QStringLiteral("byline-word")]),
                             WordSet(sets[QStringLiteral("number-abbreviation")]),
                             WordSet(sets[QStringLiteral("sentence-starter")]),
                             WordSet(sets[QStringLiteral("abbreviation-follower")])};
    }();
    return words;
}

bool isTerminal(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // nearly every character: three comparisons, not eleven
        return u == u'.' || u == u'!' || u == u'?';
    return u == 0x2026 || u == 0x203C || u == 0x2047 || u == 0x2048 || u == 0x2049 ||
           u == 0x3002 || u == 0xFF01 || u == 0xFF1F;
}

// Whether c is neither white space nor terminal punctuation, the only two kinds that can
// move a boundary: nearly every character of a text, so the splitter skips runs of them with
// one table look-up per ASCII character instead of the calls of QChar::isSpace() and
// isTerminal().
constexpr std::array<bool, 128> kPlainAscii = [] {
    std::array<bool, 128> plain{};
    for (std::size_t c = 0; c < plain.size(); ++c)
        plain[c] = !(c == ' ' || (c >= '\t' && c <= '\r') || c == '.' || c == '!' || c == '?');
    return plain;
}();

bool isPlain(char16_t u)
{
    if (u < kPlainAscii.size())
        return kPlainAscii[u];
    return !QChar::isSpace(u) && !isTerminal(QChar(u));
}

// The first index in [i, limit) that is neither plain nor a single blank before a plain
// character (or limit): the words of a sentence and the blanks between them, eight UTF-16
// units at a time while they are printable ASCII, one call per run of words instead of one
// per word. `blank` is set to the last blank passed, and left as it is when none was.
qsizetype skipWords(const char16_t* s, qsizetype i, qsizetype limit, qsizetype& blank)
{
    for (;;) {
#if defined(__SSE2__)
        const __m128i below = _mm_set1_epi16(0x22); // controls, space and '!'
        const __m128i above = _mm_set1_epi16(0x7F); // non-ASCII (signed: units >= 0x8000 are below)
        const __m128i dot = _mm_set1_epi16(u'.');
        const __m128i question = _mm_set1_epi16(u'?');
        const __m128i space = _mm_set1_epi16(u' ');
        const auto notPlain = [&](__m128i v) {
            return _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(v, below), _mm_cmpgt_epi16(v, above)),
                                _mm_or_si128(_mm_cmpeq_epi16(v, dot), _mm_cmpeq_epi16(v, question)));
        };
        // Lane k looks at the unit after it too (k + 1 <= 8 < limit - i): a blank is passed
        // only before a plain unit, as the scalar step below passes it.
        while (i + 9 <= limit) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));     // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD load
            const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 1)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD load
            const __m128i blanks = _mm_cmpeq_epi16(v, space);
            const __m128i stop = _mm_or_si128(_mm_andnot_si128(blanks, notPlain(v)), _mm_and_si128(blanks, notPlain(w)));
            const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
            unsigned passed = static_cast<unsigned>(_mm_movemask_epi8(blanks));
            if (mask != 0)
                passed &= (1U << std::countr_zero(mask)) - 1U;
            if (passed != 0)
                blank = i + qsizetype((31 - std::countl_zero(passed)) / 2);
            if (mask != 0) {
                i += qsizetype(std::countr_zero(mask) / 2);
                break;
            }
            i += 8;
        }
#endif
        // The rest of a run the eight-unit steps stopped in (at a non-ASCII letter), then a
        // blank before a plain unit, else the end.
        while (i < limit && isPlain(s[i]))
            ++i;
        if (i + 1 >= limit || s[i] != u' ' || !isPlain(s[i + 1]))
            return i;
        blank = i;
        i += 2;
    }
}

bool isClosing(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == u'\'' || u == u')' || u == u']' || u == 0x2019 || u == 0x201D ||
           u == 0x00BB || u == 0x203A || u == 0x300D || u == 0x300F;
}

bool isOpening(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == u'\'' || u == u'(' || u == u'[' || u == 0x2018 || u == 0x201C ||
           u == 0x00AB || u == 0x2039 || u == 0x300C || u == 0x300E || u == 0x201E;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'-' || c == u'\'' || c == QChar(0x2019);
}

// How many line ends a run of white space holds; two or more make a paragraph break.
int lineEnds(QStringView ws)
{
    int count = 0;
    for (qsizetype k = 0; k < ws.size(); ++k) {
        const char16_t u = ws[k].unicode();
        // CR LF is one line end, counted at the LF.
        if (u == u'\n' || u == 0x2028 || u == 0x85 ||
            (u == u'\r' && (k + 1 >= ws.size() || ws[k + 1] != u'\n')))
            ++count;
        else if (u == 0x2029 || u == u'\f')
            count += 2;
    }
    return count;
}

enum class Kind { Ordinary, Title, Ending, Dotted, Initial, Ellipsis, Exclaim };

class Splitter
{
public:
    explicit Splitter(QStringView text) : m_s(text), m_n(text.size()) {}

    std::vector<Sentence> run()
    {
        qsizetype i = 0;
        while (i < m_n) {
            const QChar c = m_s[i];
            if (c.isSpace()) {
                qsizetype j = i + 1;
                while (j < m_n && m_s[j].isSpace())
                    ++j;
                if (m_start >= 0) {
                    // One blank between two words, nearly every white space, ends no line.
                    const int ends = j == i + 1 && c == u' ' ? 0 : lineEnds(m_s.mid(i, j - i));
                    if (ends >= 2 || (ends == 1 && (headingEnds(i, j) || lineListEnds(i, j)))) {
                        finish(i);
                    } else {
                        m_lastSpace = i;
                        m_lastSpaceEnd = j;
                        m_wrapped = m_wrapped || ends > 0;
                    }
                }
                i = j;
                continue;
            }
            if (m_start < 0) {
                m_start = i;
                m_lastSpace = -1;
                qsizetype p = i;
                while (p > 0 && m_s[p - 1].isSpace())
                    --p;
                m_atLine = !m_out.empty() && lineEnds(m_s.mid(p, i - p)) > 0 && p > 0 &&
                           (isTerminal(m_s[p - 1]) || (p > 1 && isClosing(m_s[p - 1]) && isTerminal(m_s[p - 2])));
            } else if (i - m_start >= kMaxSentence) {
                cutLong(i);
                if (m_start < 0)
                    m_start = i;
            }
            if (!isPlain(c.unicode())) { // not white space (above): terminal punctuation
                i = terminal(i);
                continue;
            }
            // Most characters are neither white space nor terminal and change nothing: skip
            // the run of them, up to where the sentence reaches kMaxSentence (cut above).
            const qsizetype limit = std::min(m_n, m_start + kMaxSentence);
            const char16_t* const s = m_s.utf16();
            // One blank between two words, nearly every white space: it ends no line and the
            // word after it is plain, so take it here, as the white-space branch above would
            // (the limit keeps the next word from reaching kMaxSentence).
            qsizetype blank = -1;
            i = skipWords(s, i + 1, limit, blank);
            if (blank >= 0) {
                m_lastSpace = blank;
                m_lastSpaceEnd = blank + 1;
            }
        }
        if (m_start >= 0)
            finish(m_n);
        return std::move(m_out);
    }

private:
    void finish(qsizetype end)
    {
        qsizetype e = end;
        while (e > m_start && m_s[e - 1].isSpace())
            --e;
        if (e > m_start)
            m_out.push_back({m_start, e});
        m_start = -1;
        m_lastSpace = -1;
        m_wrapped = false;
    }

    // A single line break at [i, j) ends a sentence that is one line with no full stop of its
    // own -- a headline or a byline -- when the byline or the dateline follows: "Xi meets
    // Egyptian premier\nBEIJING, May 28 (Xinhua) --", "... blackout\nBy Ciarán Giles",
    // "By Kim Han-joo\nSEOUL, Jan. 13". A wrapped paragraph ("met his counterpart\nin Seoul",
    // "talks with\nNATO, the EU") stays whole.
    bool headingEnds(qsizetype i, qsizetype j)
    {
        if (m_wrapped)
            return false;
        const QChar last = m_s[i - 1];
        if (!(last.isLetterOrNumber() || isClosing(last)))
            return false; // "Minister Sergey,\n", "talks -\n"
        qsizetype b = i;
        while (b > m_start && i - b < kMaxWord && isWordChar(m_s[b - 1]))
            --b;
        if (splitterWords().continuingWords.contains(Key(m_s.mid(b, i - b)).view()))
            return false;
        return isByline(j) || isByline(m_start) || isDateline(j) || isSubheading(i, j) ||
               (m_out.empty() && i - m_start <= kMaxHeadline && isCityDateline(j));
    }

    // "Brazil presses Portugal as Vieira visits Lisbon\nLisbon – Brazil's ...", "...\nLisbon,
    // March 3 – ...": under the document's first line, a dateline in mixed case: one to three
    // capitalised words, then a dash between spaces or a comma, a month and a day.
    bool isCityDateline(qsizetype at) const
    {
        qsizetype w = at;
        for (int words = 0; words < 3; ++words) {
            if (w >= m_n || !m_s[w].isUpper())
                return false;
            qsizetype e = w + 1;
            while (e < m_n && e - w < kMaxWord && (m_s[e].isLower() || m_s[e] == u'-'))
                ++e;
            if (e - w < 3 || e + 2 >= m_n)
                return false;
            const char16_t c = m_s[e + 1].unicode();
            if (m_s[e] == u' ' && (c == u'-' || c == 0x2013 || c == 0x2014) && m_s[e + 2] == u' ')
                return true; // "Lisbon – "
            if (m_s[e] == u',' && m_s[e + 1] == u' ' && m_s[e + 2].isUpper()) {
                qsizetype d = e + 3;
                while (d < m_n && d - e < kMaxWord && m_s[d].isLetter())
                    ++d;
                return d + 1 < m_n && m_s[d] == u' ' && m_s[d + 1].isDigit(); // "Lisbon, March 3"
            }
            if (m_s[e] != u' ')
                return false;
            w = e + 1;
        }
        return false;
    }

    // "Secretary A and Foreign Minister B were joined by:\nUnited States\nDeputy Secretary C\n
    // Indonesia\nVice Minister D\nFollowing the meeting, C hosted D for a working lunch.": a list
    // of one item a line after a line that ends in a colon, none of its lines ending in a full
    // stop, ends at the line break before a line of running text that does (a capital first, a
    // lowercase word, a full stop last). A paragraph wrapped after a colon ("told reporters:\n"we
    // are ready\nto talk."") has lines that open in lower case, and stays whole.
    bool lineListEnds(qsizetype i, qsizetype j) const
    {
        constexpr qsizetype maxLine = 120;
        if (j >= m_n || !m_s[j].isUpper())
            return false;
        // the colon that ends a line of the sentence, and the list's lines after it
        qsizetype lineStart = -1;
        for (qsizetype k = m_start; k < i; ++k) {
            if (m_s[k] != u':')
                continue;
            qsizetype e = k + 1;
            while (e < i && (m_s[e] == u' ' || m_s[e] == u'\t'))
                ++e;
            if (e < i && m_s[e] == u'\n')
                lineStart = e + 1;
        }
        // ("The below is attributable to Spokesperson S:\nSecretary A met B today in Rome. The
        // two discussed ...": a line that ends in the colon, the lead of a paragraph of two
        // sentences or more after it; not "Present were:\nMinister C and Minister D.")
        qsizetype c = i;
        while (c > m_start && (m_s[c - 1] == u' ' || m_s[c - 1] == u'\t'))
            --c;
        if (c > m_start && m_s[c - 1] == u':' && paragraphAfter(j))
            return true;
        if (lineStart < 0 || lineStart >= i)
            return false;
        for (qsizetype b = lineStart; b < i;) {
            qsizetype e = b;
            while (e < i && m_s[e] != u'\n')
                ++e;
            qsizetype last = e;
            while (last > b && m_s[last - 1].isSpace())
                --last;
            if (last == b || !m_s[b].isUpper() || last - b > maxLine || isTerminal(m_s[last - 1]))
                return false;
            b = e + 1;
        }
        // the line after: running text that ends in a full stop
        qsizetype e = j;
        bool lower = false;
        while (e < m_n && m_s[e] != u'\n') {
            lower = lower || (m_s[e].isLower() && e > j && m_s[e - 1] == u' ');
            ++e;
        }
        while (e > j && m_s[e - 1].isSpace())
            --e;
        return lower && e > j &&
               (isTerminal(m_s[e - 1]) ||
                (e - 1 > j && isClosing(m_s[e - 1]) && isTerminal(m_s[e - 2])));
    }

    // Whether the line that starts at j is a paragraph of running text: a full stop, a blank
    // and a capital inside it (two sentences at least), or more than 200 characters.
    bool paragraphAfter(qsizetype j) const
    {
        constexpr qsizetype longLine = 200;
        qsizetype e = j;
        bool twoSentences = false;
        while (e < m_n && m_s[e] != u'\n') {
            twoSentences =
                twoSentences || (e + 2 < m_n && isTerminal(m_s[e]) && m_s[e + 1] == u' ' &&
                                 m_s[e + 2].isUpper() && e > j && m_s[e - 1].isLower());
            ++e;
        }
        return twoSentences || e - j > longLine;
    }

    // "... the presidency said.\nLunch at the Elysee\nBefore the summit, Macron hosted ...": a
    // short line of a few words in sentence case, between a line that ended in a full stop and a
    // line that opens with a capital, is a section heading of the body, no part of the sentence
    // after it. Not the document's first lines ("Talks on trade\nBegin in Madrid", a byline's
    // "Tham Yuen-C\nSenior Correspondent" after the headline), nor a line
    // in capitals (a dateline on a line of its own: "ANKARA\nThe minister ..."), nor one of a
    // wrapped paragraph (a longer line, or a line that starts mid-sentence).
    bool isSubheading(qsizetype i, qsizetype j) const
    {
        constexpr qsizetype maxChars = 60;
        constexpr int maxWords = 8;
        if (!m_atLine || i - m_start > maxChars || j >= m_n || !m_s[j].isUpper() || !m_s[m_start].isUpper())
            return false;
        int words = 1;
        bool lower = false;
        for (qsizetype k = m_start; k < i; ++k) {
            words += m_s[k] == u' ' ? 1 : 0;
            lower = lower || m_s[k].isLower();
        }
        return lower && words <= maxWords;
    }

    // "By Kim Han-joo": the byline word, one space, a capitalised word.
    bool isByline(qsizetype at) const
    {
        qsizetype e = at;
        while (e < m_n && e - at < kMaxWord && m_s[e].isLetter())
            ++e;
        return e > at && e + 1 < m_n && m_s[e] == u' ' && m_s[e + 1].isUpper() &&
               splitterWords().bylineWords.contains(Key(m_s.mid(at, e - at)).view());
    }

    // "SEOUL, Jan. 13", "MADRID (AP) —", "NEW DELHI —", "RIYADH:": one to four words in
    // capitals, one of three letters or more, then a comma, colon, bracket or dash.
    bool isDateline(qsizetype at) const
    {
        qsizetype w = at;
        bool longWord = false;
        for (int words = 0; words < 4; ++words) {
            qsizetype e = w;
            while (e < m_n && e - w < kMaxWord && (m_s[e].isUpper() || m_s[e] == u'-' || m_s[e] == u'.'))
                ++e;
            if (e - w < 2 || (e < m_n && m_s[e].isLetter()))
                return false;
            longWord = longWord || e - w >= 3;
            w = e;
            if (w + 1 < m_n && m_s[w] == u' ' && m_s[w + 1].isUpper() && w + 2 < m_n && m_s[w + 2].isUpper())
                ++w; // "NEW DELHI"
            else
                break;
        }
        if (!longWord || w >= m_n)
            return false;
        if (m_s[w] == u' ' && w + 1 < m_n)
            ++w;
        const char16_t c = m_s[w].unicode();
        return c == u',' || c == u':' || c == u'(' || c == u'-' || c == 0x2013 || c == 0x2014;
    }

    // The sentence has reached kMaxSentence at i: end it at the last white space, or right
    // here when there is none (never between the halves of a surrogate pair).
    void cutLong(qsizetype i)
    {
        if (m_lastSpace > m_start) {
            const qsizetype resume = m_lastSpaceEnd;
            finish(m_lastSpace);
            m_start = resume;
            return;
        }
        qsizetype cut = i;
        if (m_s[cut].isLowSurrogate() && cut - 1 > m_start)
            --cut;
        finish(cut);
        m_start = cut;
    }

    // Handles a run of terminal punctuation starting at i; returns where to continue.
    qsizetype terminal(qsizetype i)
    {
        // Runs are read in bounded chunks that never take the sentence past kMaxSentence.
        const qsizetype limit = std::min(m_start + kMaxSentence, m_n);
        qsizetype j = i;
        bool bang = false, ellipsisChar = false;
        while (j < limit && j - i < kMaxWord && isTerminal(m_s[j])) {
            const char16_t u = m_s[j].unicode();
            ellipsisChar = ellipsisChar || u == 0x2026;
            bang = bang || (u != u'.' && u != 0x2026 && u != 0x3002);
            ++j;
        }
        qsizetype k = j;
        while (k < limit && k - j < kMaxWord && isClosing(m_s[k]))
            ++k;
        if (k >= m_n) {
            finish(k);
            return k;
        }
        if (!m_s[k].isSpace())
            return k; // "3.5", "U.S.-led", "e.g.," : no boundary inside a token
        qsizetype m = k;
        while (m < m_n && m_s[m].isSpace())
            ++m;
        if (m >= m_n || lineEnds(m_s.mid(k, m - k)) >= 2) {
            finish(k);
            return m;
        }

        Kind kind = Kind::Ordinary;
        const qsizetype runLength = j - i;
        if (bang)
            kind = Kind::Exclaim;
        else if (ellipsisChar || runLength >= 2)
            kind = Kind::Ellipsis;
        else
            kind = classifyWordBefore(i);

        if (boundary(kind, m)) {
            finish(k);
            return m;
        }
        return k;
    }

    // Looks at the word before the full stop at `dot`.
    Kind classifyWordBefore(qsizetype dot)
    {
        qsizetype b = dot;
        while (b > m_start && dot - b < kMaxWord && !m_s[b - 1].isSpace())
            --b;
        QStringView word = m_s.mid(b, dot - b);
        while (!word.isEmpty() && (isOpening(word.front()) || word.front() == u'-'))
            word = word.mid(1);
        while (!word.isEmpty() && isClosing(word.back()))
            word.chop(1);
        if (word.isEmpty())
            return Kind::Ordinary;
        if (word.contains(u'.')) {
            // "J.D. Vance", "M.K. Stalin": two or three initials, not a place's letters
            const bool initials = word.size() <= 5 && word.size() % 2 == 1 &&
                                  std::all_of(word.begin(), word.end(), [&](const QChar& c) {
                                      return (&c - word.begin()) % 2 == 0 ? c.isUpper() : c == u'.';
                                  });
            if (initials && !splitterWords().dottedPlaces.contains(Key(word).view()))
                return Kind::Initial;
            return Kind::Dotted; // U.S. U.K. e.g. a.m. Ph.D.
        }
        if (word.size() == 1 && word[0].isUpper())
            return Kind::Initial;
        // "Also present were: 1. A; 2. B", an item number on a line of its own: a list's
        // number after a colon, a semicolon or a line break takes its full stop as a mark
        if (word.size() <= 2 && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); })) {
            qsizetype p = b;
            while (p > 0 && m_s[p - 1].isSpace() && m_s[p - 1] != u'\n')
                --p;
            if (p == 0 || m_s[p - 1] == u'\n' || m_s[p - 1] == u':' || m_s[p - 1] == u';')
                return Kind::Title;
        }
        m_word = Key(word);
        if (splitterWords().titleAbbreviations.contains(m_word.view()))
            return Kind::Title;
        if (splitterWords().endingAbbreviations.contains(m_word.view()))
            return Kind::Ending;
        return Kind::Ordinary;
    }

    // Decides whether the text resuming at m (after white space) starts a new sentence.
    bool boundary(Kind kind, qsizetype m)
    {
        qsizetype w = m;
        bool opened = false;
        while (w < m_n && w - m < 4 && isOpening(m_s[w])) {
            opened = true;
            ++w;
        }
        if (w >= m_n)
            return true;
        const QChar first = m_s[w];
        if (first.isLower())
            return false; // "e.g. the", "etc. and", "?" he asked
        qsizetype we = w;
        while (we < m_n && we - w < kMaxWord && isWordChar(m_s[we]))
            ++we;
        const QStringView next = m_s.mid(w, we - w);
        const bool capital = first.isUpper() || first.isTitleCase();

        switch (kind) {
        case Kind::Exclaim:
        case Kind::Ordinary:
            return true;
        case Kind::Title:
            return false;
        case Kind::Initial:
            return capital && isStarter(next);
        case Kind::Ending:
            if (first.isDigit())
                return !splitterWords().numberAbbreviations.contains(m_word.view());
            if (opened)
                return true;
            return capital && startsSentence(next, we);
        case Kind::Dotted:
        case Kind::Ellipsis:
            if (opened)
                return true;
            if (first.isDigit())
                return kind == Kind::Ellipsis;
            if (!capital)
                return true; // a dash or a bullet after the full stop
            return startsSentence(next, we);
        }
        return true;
    }

    static bool isStarter(QStringView word)
    {
        return splitterWords().sentenceStarters.contains(Key(word).view());
    }

    // A capitalised word after an abbreviation or ellipsis opens a sentence when it is a
    // typical sentence opener, or when it is a lone capitalised word followed by a lower-case
    // one ("Officials said"); a title or a name ("President Joe") continues.
    bool startsSentence(QStringView next, qsizetype nextEnd) const
    {
        if (isStarter(next))
            return true;
        const Key k(next);
        if (splitterWords().abbreviationFollowers.contains(k.view()))
            return false;
        const qsizetype hyphen = k.indexOf(u'-');
        if (hyphen > 0 && splitterWords().abbreviationFollowers.contains(k.left(hyphen)))
            return false;
        qsizetype a = nextEnd;
        while (a < m_n && a - nextEnd < kMaxWord && m_s[a] == u' ')
            ++a;
        if (a == nextEnd || a >= m_n)
            return false;
        return m_s[a].isLower();
    }

    QStringView m_s;
    qsizetype m_n;
    qsizetype m_start = -1;
    qsizetype m_lastSpace = -1;
    qsizetype m_lastSpaceEnd = -1;
    bool m_wrapped = false; ///< the sentence already runs over a line break
    bool m_atLine = false;  ///< the sentence opens a line, after one that ended in a full stop
    Key m_word{QStringView()};
    std::vector<Sentence> m_out;
};

} // namespace

std::vector<Sentence> splitSentences(QStringView text)
{
    return Splitter(text).run();
}

} // namespace parley
