// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/htmltext.h"

#include "text/textdate.h"
#include "text/textdecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace parley {

namespace {

// Latin-1 named references, in code point order from U+00A0.
constexpr std::array<const char*, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedRef
{
    const char* name;
    char16_t ch;
};

constexpr std::array<NamedRef, 47> kOtherNames = {
    {{"amp", u'&'},      {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},
     {"apos", u'\''},    {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009},
     {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
     {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},
     {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"hellip", 0x2026}, {"bull", 0x2022},
     {"dagger", 0x2020}, {"Dagger", 0x2021}, {"permil", 0x2030}, {"prime", 0x2032},
     {"Prime", 0x2033},  {"euro", 0x20AC},   {"trade", 0x2122},  {"OElig", 0x0152},
     {"oelig", 0x0153},  {"Scaron", 0x0160}, {"scaron", 0x0161}, {"Yuml", 0x0178},
     {"Zcaron", 0x017D}, {"zcaron", 0x017E}, {"fnof", 0x0192},   {"circ", 0x02C6},
     {"tilde", 0x02DC},  {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},
     {"rlm", 0x200F},    {"minus", 0x2212},  {"larr", 0x2190},   {"rarr", 0x2192},
     {"Ccaron", 0x010C}, {"ccaron", 0x010D}, {"nbhy", 0x2011}}};

// Every named reference the reader knows, sorted by name for a search by halves (a page of
// entities looks one up per '&', so no string is built for it).
const std::vector<NamedRef>& namedReferences()
{
    static const std::vector<NamedRef> table = [] {
        std::vector<NamedRef> t(kOtherNames.begin(), kOtherNames.end());
        for (std::size_t k = 0; k < kLatin1Names.size(); ++k)
            t.push_back({kLatin1Names[k], char16_t(0xA0 + k)});
        std::sort(t.begin(), t.end(), [](const NamedRef& x, const NamedRef& y) {
            return std::string_view(x.name) < std::string_view(y.name);
        });
        return t;
    }();
    return table;
}

// Without the semicolon only these legacy names are recognised, as browsers do; that keeps
// "AT&T" and URLs with "&copy=" from turning into symbols more often than a browser would.
bool legacyWithoutSemicolon(QStringView name)
{
    return name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"nbsp" ||
           name == u"copy" || name == u"reg";
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// Decodes the reference starting at s[i] == '&'. Returns how many characters it used (0 when
// it is not a reference) and appends the decoded text to `out`. Look-ahead is bounded.
qsizetype decodeReference(QStringView s, qsizetype i, QString& out)
{
    const qsizetype n = s.size();
    qsizetype j = i + 1;
    if (j < n && s[j] == u'#') {
        ++j;
        const bool hex = j < n && (s[j] == u'x' || s[j] == u'X');
        if (hex)
            ++j;
        const qsizetype digitsFrom = j;
        char32_t value = 0;
        bool overflow = false;
        while (j < n && j - digitsFrom < 16) {
            const char16_t c = s[j].unicode();
            int d = -1;
            if (c >= u'0' && c <= u'9')
                d = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                d = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                d = c - u'A' + 10;
            if (d < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(d);
            if (value > 0x10FFFF)
                overflow = true, value = 0x110000;
            ++j;
        }
        if (j == digitsFrom)
            return 0;
        if (j < n && s[j] == u';')
            ++j;
        if (overflow || value == 0 || (value >= 0xD800 && value <= 0xDFFF))
            out += QChar(QChar::ReplacementCharacter);
        else if (value >= 0x80 && value <= 0x9F)
            out += QChar(windows1252High(static_cast<unsigned char>(value)));
        else
            out += QString::fromUcs4(&value, 1);
        return j - i;
    }
    const qsizetype nameFrom = j;
    while (j < n && j - nameFrom < 32 && isAsciiAlnum(s[j]))
        ++j;
    const QStringView name = s.mid(nameFrom, j - nameFrom);
    if (name.isEmpty())
        return 0;
    const bool semicolon = j < n && s[j] == u';';
    if (!semicolon && !legacyWithoutSemicolon(name))
        return 0;
    std::array<char, 32> ascii{}; // the name is at most 32 ASCII letters and digits
    for (qsizetype k = 0; k < name.size(); ++k)
        ascii[std::size_t(k)] = char(name[k].unicode());
    const std::string_view key(ascii.data(), std::size_t(name.size()));
    const auto& table = namedReferences();
    const auto it = std::lower_bound(
        table.begin(), table.end(), key,
        [](const NamedRef& r, std::string_view k) { return std::string_view(r.name) < k; });
    if (it == table.end() || std::string_view(it->name) != key)
        return 0;
    if (it->ch != 0x00AD) // a soft hyphen is invisible in running text
        out += QChar(it->ch);
    return j - i + (semicolon ? 1 : 0);
}

// Element names the reader acts on, each list sorted so that it can be searched by halves. A
// tag name is looked up once per tag, and pages of deeply nested markup have hundreds of
// thousands of tags, so the lists are plain arrays of ASCII names rather than hashed strings.
using ElementNames = std::string_view;

template <std::size_t N>
bool listed(const std::array<ElementNames, N>& sorted, std::string_view name)
{
    return std::binary_search(sorted.begin(), sorted.end(), name);
}

// The list's own copy of `name` (static, so it outlives the tag it was read from), or empty.
template <std::size_t N>
std::string_view listEntry(const std::array<ElementNames, N>& sorted, std::string_view name)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), name);
    return it != sorted.end() && *it == name ? *it : std::string_view();
}

// Elements that end a paragraph of text where they open or close.
constexpr std::array<ElementNames, 47> kBlockElements = {
    "address", "article", "aside",    "blockquote", "body",   "caption", "center", "dd",
    "details", "dialog",  "dir",      "div",        "dl",     "dt",      "fieldset",
    "figcaption", "figure", "footer", "form",       "h1",     "h2",      "h3",     "h4",
    "h5",      "h6",      "head",     "header",     "hgroup", "hr",      "html",   "legend",
    "li",      "main",    "menu",     "nav",        "ol",     "option",  "p",      "pre",
    "section", "summary", "table",    "tbody",      "tfoot",  "thead",   "tr",     "ul"};

// Elements whose contents are not text for a browser either (script, style) or that only
// carry embedded or fallback content. Their contents are skipped as raw text up to the
// matching end tag, exactly as an HTML parser does for script.
constexpr std::array<ElementNames, 9> kRawSkipElements = {
    "iframe", "noembed", "noframes", "noscript", "script", "style", "template", "textarea", "xmp"};

// Foreign or embedded content that nests its own elements; skipped up to the balancing end.
constexpr std::array<ElementNames, 8> kNestedSkipElements = {
    "audio", "button", "canvas", "math", "object", "select", "svg", "video"};

// A tag's name folded to ASCII lower case, held without allocating. A name longer than the
// buffer, or with a character outside ASCII, is no element the reader knows; it is kept as
// the empty name, which every list misses.
class TagName
{
public:
    explicit TagName(QStringView raw)
    {
        if (raw.size() > qsizetype(m_chars.size()))
            return;
        for (const QChar c : raw) {
            const char16_t u = c.unicode();
            if (u >= 0x80) {
                m_size = 0;
                return;
            }
            m_chars[m_size++] = char(u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u);
        }
    }

    std::string_view view() const { return {m_chars.data(), m_size}; }

private:
    std::array<char, 16> m_chars{};
    std::size_t m_size = 0;
};

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

QString collapseSpaces(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (const QChar c : s) {
        if (c.isSpace()) {
            space = !out.isEmpty();
        } else {
            if (space)
                out += u' ';
            space = false;
            out += c;
        }
    }
    return out;
}

bool isDateMeta(QStringView key)
{
    static const std::array<const char*, 12> keys = {"article:published_time",
                                                     "og:published_time",
                                                     "date",
                                                     "pubdate",
                                                     "publishdate",
                                                     "publish-date",
                                                     "dc.date",
                                                     "dc.date.issued",
                                                     "dcterms.created",
                                                     "dcterms.date",
                                                     "parsely-pub-date",
                                                     "datepublished"};
    for (const char* k : keys) {
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The first "datePublished" in a JSON-LD block (schema.org NewsArticle and the like), which
// may sit at the top, in an array of objects, or in an "@graph". Walked with a stack rather
// than recursion, so a deeply nested block cannot exhaust the call stack.
QDate jsonLdDate(QStringView json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    std::vector<QJsonValue> stack;
    if (doc.isObject())
        stack.emplace_back(doc.object());
    else if (doc.isArray())
        stack.emplace_back(doc.array());
    while (!stack.empty()) {
        const QJsonValue v = std::move(stack.back());
        stack.pop_back();
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (auto it = a.end(); it != a.begin();) // reversed: the first comes off first
                stack.push_back(*--it);
            continue;
        }
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        const QDate date = parseNewsDate(o.value(QLatin1String("datePublished")).toString());
        if (date.isValid())
            return date;
        for (const QJsonValue child : o) {
            if (child.isObject() || child.isArray())
                stack.push_back(child);
        }
    }
    return {};
}

// What a page says about itself in its markup, collected while it is read. Sources of a date
// rank as the list in the header: a <meta> date, then JSON-LD, then the first <time>.
struct PageFacts
{
    QDate metaDate;
    QDate jsonLdDate;
    QDate timeDate;
    QString ogTitle;

    QDate date() const
    {
        if (metaDate.isValid())
            return metaDate;
        return jsonLdDate.isValid() ? jsonLdDate : timeDate;
    }
};

// The attributes of one tag that PageFacts cares about.
struct TagAttributes
{
    QString key;      // name=, property= or itemprop=
    QString content;  // content=
    QString datetime; // datetime=
    QString type;     // type=
};

class HtmlReader
{
public:
    explicit HtmlReader(QStringView s) : m_s(s), m_n(s.size()) { m_out.reserve(s.size() / 2); }

    HtmlText run()
    {
        while (m_i < m_n) {
            const QChar c = m_s[m_i];
            if (c == u'<') {
                readMarkup();
            } else if (c == u'&') {
                m_scratch.clear();
                const qsizetype used = decodeReference(m_s, m_i, m_scratch);
                if (used == 0) {
                    put(c);
                    ++m_i;
                } else {
                    for (const QChar d : std::as_const(m_scratch))
                        put(d);
                    m_i += used;
                }
            } else {
                put(c);
                ++m_i;
            }
        }
        QString title = m_facts.ogTitle.isEmpty() ? std::move(m_title) : m_facts.ogTitle;
        return {std::move(m_out), std::move(title), m_facts.date()};
    }

private:
    void put(QChar c)
    {
        if (m_skipDepth > 0)
            return;
        if (c.isSpace()) {
            m_pendingSpace = true;
            return;
        }
        if (!m_out.isEmpty()) {
            if (m_pendingBreak >= 2)
                m_out += QLatin1String("\n\n");
            else if (m_pendingBreak == 1)
                m_out += u'\n';
            else if (m_pendingSpace)
                m_out += u' ';
        }
        m_pendingBreak = 0;
        m_pendingSpace = false;
        m_out += c;
    }

    void lineBreak(int level)
    {
        if (m_skipDepth > 0)
            return;
        m_pendingBreak = std::max(m_pendingBreak, level);
    }

    // Skips past the first occurrence of `what` (ASCII, matched case-insensitively) at or after
    // m_i; returns the position where it starts, or -1 and moves to the end when it is absent.
    qsizetype skipPast(QLatin1String what)
    {
        const qsizetype at = m_s.indexOf(what, m_i, Qt::CaseInsensitive);
        if (at < 0) {
            m_i = m_n;
            return -1;
        }
        m_i = at + what.size();
        return at;
    }

    void readMarkup()
    {
        const qsizetype lt = m_i;
        if (lt + 1 >= m_n) {
            put(u'<');
            ++m_i;
            return;
        }
        const QChar next = m_s[lt + 1];
        if (next == u'!') {
            if (m_s.mid(lt, 4) == u"<!--") {
                m_i = lt + 4;
                skipPast(QLatin1String("-->"));
            } else if (m_s.mid(lt, 9) == u"<![CDATA[") {
                m_i = lt + 9;
                const qsizetype from = m_i;
                const qsizetype at = skipPast(QLatin1String("]]>"));
                const qsizetype to = at < 0 ? m_n : at;
                for (qsizetype k = from; k < to; ++k)
                    put(m_s[k]);
            } else {
                m_i = lt + 2;
                skipPast(QLatin1String(">"));
            }
            return;
        }
        if (next == u'?') {
            m_i = lt + 2;
            skipPast(QLatin1String(">"));
            return;
        }
        const bool endTag = next == u'/';
        const qsizetype nameFrom = lt + (endTag ? 2 : 1);
        if (nameFrom >= m_n || !isAsciiAlpha(m_s[nameFrom])) {
            if (endTag) { // "</ >" and the like are bogus comments
                m_i = lt + 2;
                skipPast(QLatin1String(">"));
            } else {
                put(u'<');
                ++m_i;
            }
            return;
        }
        qsizetype j = nameFrom;
        while (j < m_n && !isHtmlSpace(m_s[j]) && m_s[j] != u'/' && m_s[j] != u'>')
            ++j;
        const TagName tag(m_s.mid(nameFrom, j - nameFrom));
        const std::string_view name = tag.view();
        m_i = j;
        const bool collect = !endTag && (name == "meta" || name == "time" || name == "script");
        TagAttributes attrs;
        const bool selfClosing = readAttributes(collect ? &attrs : nullptr);
        if (endTag) {
            handleEndTag(name);
            return;
        }
        if (collect)
            notice(name, attrs);
        handleStartTag(name, selfClosing);
    }

    // Takes what a <meta>, <time> or JSON-LD <script> start tag says about the page.
    void notice(std::string_view name, const TagAttributes& a)
    {
        if (m_skipDepth > 0)
            return;
        if (name == "meta") {
            if (isDateMeta(a.key) && !m_facts.metaDate.isValid())
                m_facts.metaDate = parseNewsDate(decodeHtmlEntities(a.content));
            else if (a.key.compare(QLatin1String("og:title"), Qt::CaseInsensitive) == 0 &&
                     m_facts.ogTitle.isEmpty())
                m_facts.ogTitle = collapseSpaces(decodeHtmlEntities(a.content));
        } else if (name == "time") {
            if (!m_facts.timeDate.isValid())
                m_facts.timeDate = parseNewsDate(decodeHtmlEntities(a.datetime));
        } else if (a.type.compare(QLatin1String("application/ld+json"), Qt::CaseInsensitive) ==
                       0 &&
                   !m_facts.jsonLdDate.isValid()) {
            // The script's text is skipped as raw text next; read it here first.
            const qsizetype end = m_s.indexOf(QLatin1String("</script"), m_i, Qt::CaseInsensitive);
            m_facts.jsonLdDate = jsonLdDate(m_s.mid(m_i, (end < 0 ? m_n : end) - m_i));
        }
    }

    // Reads attributes up to and past '>'. Quoted values may contain '>'. Collects them only
    // when asked (for <meta>, <time> and <script>). At the end of input inside a tag, the rest
    // is dropped, as a browser does; that also keeps "<a<a<a..." linear.
    bool readAttributes(TagAttributes* collect)
    {
        bool selfClosing = false;
        while (m_i < m_n) {
            const QChar c = m_s[m_i];
            if (c == u'>') {
                ++m_i;
                return selfClosing;
            }
            if (isHtmlSpace(c)) {
                ++m_i;
                continue;
            }
            if (c == u'/') {
                selfClosing = true;
                ++m_i;
                continue;
            }
            selfClosing = false;
            const qsizetype nameFrom = m_i;
            while (m_i < m_n && !isHtmlSpace(m_s[m_i]) && m_s[m_i] != u'=' && m_s[m_i] != u'>' &&
                   m_s[m_i] != u'/')
                ++m_i;
            if (m_i == nameFrom)
                ++m_i; // a stray character such as a quote; step over it
            const QStringView attr = m_s.mid(nameFrom, m_i - nameFrom);
            while (m_i < m_n && isHtmlSpace(m_s[m_i]))
                ++m_i;
            if (m_i >= m_n || m_s[m_i] != u'=')
                continue;
            ++m_i;
            while (m_i < m_n && isHtmlSpace(m_s[m_i]))
                ++m_i;
            if (m_i >= m_n)
                break;
            QStringView value;
            const QChar quote = m_s[m_i];
            if (quote == u'"' || quote == u'\'') {
                const qsizetype close = m_s.indexOf(quote, m_i + 1);
                if (close < 0)
                    break;
                value = m_s.mid(m_i + 1, close - m_i - 1);
                m_i = close + 1;
            } else {
                const qsizetype from = m_i;
                while (m_i < m_n && !isHtmlSpace(m_s[m_i]) && m_s[m_i] != u'>')
                    ++m_i;
                value = m_s.mid(from, m_i - from);
            }
            if (collect) {
                const auto is = [attr](const char* a) {
                    return attr.compare(QLatin1String(a), Qt::CaseInsensitive) == 0;
                };
                if (is("content"))
                    collect->content = value.toString();
                else if (is("name") || is("property") || is("itemprop"))
                    collect->key = value.toString();
                else if (is("datetime"))
                    collect->datetime = value.toString();
                else if (is("type"))
                    collect->type = value.toString().trimmed();
            }
        }
        m_i = m_n;
        return false;
    }

    void handleStartTag(std::string_view name, bool selfClosing)
    {
        if (m_skipDepth > 0) {
            if (name == m_skipName && !selfClosing)
                ++m_skipDepth;
            else if (listed(kRawSkipElements, name))
                skipRawText(name);
            return;
        }
        if (name == "title") {
            const qsizetype from = m_i;
            const qsizetype at = skipPast(QLatin1String("</title"));
            skipPast(QLatin1String(">"));
            if (m_title.isEmpty())
                m_title =
                    collapseSpaces(decodeHtmlEntities(m_s.mid(from, (at < 0 ? m_n : at) - from)));
            return;
        }
        if (listed(kRawSkipElements, name)) {
            skipRawText(name);
            return;
        }
        if (const std::string_view nested = listEntry(kNestedSkipElements, name);
            !nested.empty()) {
            if (!selfClosing) {
                m_skipName = nested;
                m_skipDepth = 1;
            }
            return;
        }
        breakAround(name);
    }

    // Opening and closing tags separate text alike: a line break, a cell gap, a paragraph.
    void breakAround(std::string_view name)
    {
        if (name == "br")
            lineBreak(1);
        else if (name == "td" || name == "th")
            m_pendingSpace = true;
        else if (listed(kBlockElements, name))
            lineBreak(2);
    }

    void handleEndTag(std::string_view name)
    {
        if (m_skipDepth > 0) {
            if (name == m_skipName)
                --m_skipDepth;
            return;
        }
        breakAround(name);
    }

    void skipRawText(std::string_view name)
    {
        const QString end = QLatin1String("</") + QLatin1String(name.data(), qsizetype(name.size()));
        const qsizetype at = m_s.indexOf(end, m_i, Qt::CaseInsensitive);
        if (at < 0) {
            m_i = m_n;
            return;
        }
        m_i = at + end.size();
        skipPast(QLatin1String(">"));
    }

    QStringView m_s;
    qsizetype m_n;
    qsizetype m_i = 0;
    QString m_out;
    QString m_title;
    PageFacts m_facts;
    QString m_scratch;
    std::string_view m_skipName; // one of kNestedSkipElements
    int m_skipDepth = 0;
    int m_pendingBreak = 0;
    bool m_pendingSpace = false;
};

} // namespace

QString decodeHtmlEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            const qsizetype used = decodeReference(text, i, out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

HtmlText htmlToText(QStringView html)
{
    return HtmlReader(html).run();
}

} // namespace parley
