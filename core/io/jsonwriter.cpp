// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonwriter.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parley {

JsonWriter::JsonWriter(QByteArray& out, bool pretty)
    : m_out(out), m_pretty(pretty), m_block(std::make_unique_for_overwrite<char[]>(BlockSize))
{
}

JsonWriter::~JsonWriter() { flush(); }

void JsonWriter::flush()
{
    if (m_used == 0)
        return;
    m_out.append(m_block.get(), static_cast<qsizetype>(m_used));
    m_used = 0;
    ++m_flushes;
}

void JsonWriter::put(const char* s, std::size_t n)
{
    while (n > 0) {
        if (m_used == BlockSize)
            flush();
        const std::size_t part = std::min(n, BlockSize - m_used);
        std::memcpy(m_block.get() + m_used, s, part);
        m_used += part;
        s += part;
        n -= part;
    }
}

void JsonWriter::prefix()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.empty())
        return;
    if (m_hasItems.back() != 0)
        put(',');
    m_hasItems.back() = 1;
    if (m_pretty)
        newline(m_hasItems.size());
}

void JsonWriter::newline(std::size_t depth)
{
    // One block write instead of a put() per space: pretty output is a third indentation.
    const std::size_t indent = depth * 2;
    if (indent + 1 >= BlockSize) {
        put('\n');
        for (std::size_t i = 0; i < indent; ++i)
            put(' ');
        return;
    }
    char* p = room(indent + 1);
    *p = '\n';
    std::memset(p + 1, ' ', indent);
    m_used += indent + 1;
}

void JsonWriter::open(char c)
{
    prefix();
    put(c);
    m_hasItems.push_back(0);
}

void JsonWriter::close(char c)
{
    const bool hadItems = m_hasItems.back() != 0;
    m_hasItems.pop_back();
    if (m_pretty && hadItems)
        newline(m_hasItems.size());
    put(c);
    settle();
}

void JsonWriter::beginObject() { open('{'); }
void JsonWriter::endObject() { close('}'); }
void JsonWriter::beginArray() { open('['); }
void JsonWriter::endArray() { close(']'); }

namespace {

// Whether `c` goes into a JSON string as it is: printable ASCII other than '"' and '\\'.
constexpr std::array<bool, 256> kPlainKeyByte = [] {
    std::array<bool, 256> t{};
    for (std::size_t c = 0x20; c < 0x7F; ++c)
        t[c] = c != '"' && c != '\\';
    return t;
}();

bool isPlainKey(std::string_view name)
{
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return kPlainKeyByte[static_cast<unsigned char>(c)]; });
}

} // namespace

void JsonWriter::key(std::string_view name)
{
    prefix();
    // Keys are literals of the format, plain ASCII that needs no escaping: copied in one
    // block with the quotes, ':' and ' '. Anything else (or a key too long for the block)
    // takes the general path.
    constexpr std::size_t framing = 4; // the quotes, ':' and ' '
    if (name.size() + framing < BlockSize && isPlainKey(name)) {
        char* p = room(name.size() + framing);
        *p++ = '"';
        std::memcpy(p, name.data(), name.size());
        p += name.size();
        *p++ = '"';
        *p++ = ':';
        if (m_pretty)
            *p++ = ' ';
        m_used = static_cast<std::size_t>(p - m_block.get());
    } else {
        putString(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        put(':');
        if (m_pretty)
            put(' ');
    }
    m_afterKey = true;
}

void JsonWriter::object(std::initializer_list<Member> members)
{
    constexpr std::size_t kMaxIndent = 64;
    const std::size_t depth = m_hasItems.size() + 1; // the members' nesting
    const std::size_t indent = m_pretty ? 2 * depth : 0;
    if (indent > kMaxIndent) {
        beginObject();
        for (const Member& m : members) {
            key(m.key);
            if (m.isText)
                value(m.text);
            else
                value(m.number);
        }
        endObject();
        return;
    }
    static constexpr char kSpaces[kMaxIndent + 1] = "                                                                ";
    prefix();
    put('{');
    bool first = true;
    for (const Member& m : members) {
        Q_ASSERT(isPlainKey(m.key) && m.key.size() + 8 < BlockSize);
        // ",", the line break and indentation, the quoted key, ':' and ' ' (as prefix() and key());
        // the indentation is copied as kMaxIndent spaces, a copy of a known size (inline, where
        // one of `indent` bytes was a library call per member), and the key overwrites the rest
        char* p = room(2 + kMaxIndent + m.key.size() + 4);
        if (!first)
            *p++ = ',';
        if (m_pretty) {
            *p++ = '\n';
            std::memcpy(p, kSpaces, kMaxIndent);
            p += indent;
        }
        *p++ = '"';
        std::memcpy(p, m.key.data(), m.key.size());
        p += m.key.size();
        *p++ = '"';
        *p++ = ':';
        if (m_pretty)
            *p++ = ' ';
        m_used = static_cast<std::size_t>(p - m_block.get());
        if (m.isText) {
            if (m.memo)
                putString(m.text, *m.memo);
            else
                putString(m.text);
        } else {
            constexpr std::size_t maxDigits = 24;
            char* q = room(maxDigits);
            m_used += static_cast<std::size_t>(std::to_chars(q, q + maxDigits, m.number).ptr - q);
        }
        first = false;
    }
    // as close(): an object with members ends on a line of its own
    if (m_pretty && !first)
        newline(depth - 1);
    put('}');
    settle();
}

void JsonWriter::value(const QString& s) { value(QStringView(s)); }

void JsonWriter::value(QStringView s)
{
    prefix();
    putString(s);
    settle();
}

void JsonWriter::value(const char* s) { value(QString::fromUtf8(s)); }

void JsonWriter::value(qint64 n)
{
    prefix();
    constexpr std::size_t maxDigits = 24;
    char* p = room(maxDigits);
    m_used += static_cast<std::size_t>(std::to_chars(p, p + maxDigits, n).ptr - p);
    settle();
}

void JsonWriter::value(double d)
{
    prefix();
    if (!std::isfinite(d)) {
        put("null", 4);
    } else {
        // Shortest form that reads back to the same double, independent of the C locale.
        const QByteArray digits = QString::number(d, 'g', QLocale::FloatingPointShortest).toLatin1();
        put(digits.constData(), static_cast<std::size_t>(digits.size()));
    }
    settle();
}

void JsonWriter::value(bool b)
{
    prefix();
    if (b)
        put("true", 4);
    else
        put("false", 5);
    settle();
}

void JsonWriter::value(const QStringList& list)
{
    beginArray();
    for (const QString& s : list)
        value(s);
    endArray();
}

void JsonWriter::null()
{
    prefix();
    put("null", 4);
    settle();
}

void JsonWriter::stringOrNull(const QString& s)
{
    if (s.isEmpty())
        null();
    else
        value(s);
}

void JsonWriter::appendString(QByteArray& out, QStringView s)
{
    JsonWriter w(out);
    w.putString(s);
}

namespace {

// Copies the plain ASCII characters of in[from, stop) (printable, no quote, no backslash)
// to `out` eight at a time while they last; returns where it stopped, at a character that
// needs a look or fewer than eight from `stop`. Article text is mostly such characters.
qsizetype copyPlainAscii(const char16_t* in, qsizetype from, qsizetype stop, char*& out)
{
    qsizetype j = from;
#if defined(__SSE2__)
    const __m128i below = _mm_set1_epi16(0x20);
    const __m128i above = _mm_set1_epi16(0x7F);
    const __m128i quote = _mm_set1_epi16('"');
    const __m128i backslash = _mm_set1_epi16('\\');
    for (; j + 8 <= stop; j += 8) {
        // Signed compares: a unit of 0x8000 or more is negative, so "below" catches it too.
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + j)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): an unaligned SIMD load
        const __m128i special = _mm_or_si128(
            _mm_or_si128(_mm_cmplt_epi16(units, below), _mm_cmpgt_epi16(units, above)),
            _mm_or_si128(_mm_cmpeq_epi16(units, quote), _mm_cmpeq_epi16(units, backslash)));
        if (_mm_movemask_epi8(special) != 0)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(units, units)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): an unaligned SIMD store
        out += 8;
    }
#else
    Q_UNUSED(in);
    Q_UNUSED(stop);
    Q_UNUSED(out);
#endif
    return j;
}

} // namespace

void JsonWriter::putString(QStringView s, StringMemo& memo)
{
    if (s.data() == memo.data && s.size() == memo.size) {
        put(memo.bytes.data(), memo.bytes.size());
        return;
    }
    const std::size_t start = m_used;
    const std::size_t flushes = m_flushes;
    putString(s);
    // kept when its bytes sit whole in the block (no flush on the way)
    if (m_flushes == flushes) {
        memo.bytes.assign(m_block.get() + start, m_used - start);
        memo.data = s.data();
        memo.size = s.size();
    } else {
        memo.size = -1;
    }
}

void JsonWriter::putString(QStringView s)
{
    // Encodes straight into the block instead of through toUtf8() of each plain run: the
    // JSON of a large corpus is mostly short ASCII strings, and a temporary QByteArray per
    // string was a good part of the export time. Bytes are those QString::toUtf8() gives.
    static const char hex[] = "0123456789abcdef";
    constexpr std::size_t widest = 12; // one escaped character and the closing quote
    char* const base = m_block.get();
    char* p = room(widest);
    const auto put = [&p](char c) { *p++ = c; };
    const auto escapeU = [&](char16_t c) {
        put('\\');
        put('u');
        put(hex[(c >> 12) & 0xF]);
        put(hex[(c >> 8) & 0xF]);
        put(hex[(c >> 4) & 0xF]);
        put(hex[c & 0xF]);
    };
    put('"');
    const qsizetype size = s.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (static_cast<std::size_t>(p - base) + widest > BlockSize) {
            m_used = static_cast<std::size_t>(p - base);
            flush();
            p = base;
        }
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            // A run of plain ASCII (most of any text) is copied without the checks below,
            // in one go as far as the block has room.
            const qsizetype room = static_cast<qsizetype>(BlockSize - widest) - (p - base);
            const qsizetype stop = std::min(size, i + std::max<qsizetype>(room, 1));
            const char16_t* in = s.utf16();
            qsizetype j = copyPlainAscii(in, i, stop, p);
            while (j < stop) {
                const char16_t d = in[j];
                if (d < 0x20 || d >= 0x80 || d == u'"' || d == u'\\')
                    break;
                *p++ = static_cast<char>(d);
                ++j;
            }
            i = j - 1;
            continue;
        }
        if (c < 0x80) {
            switch (c) {
            case u'"': put('\\'); put('"'); break;
            case u'\\': put('\\'); put('\\'); break;
            case u'\n': put('\\'); put('n'); break;
            case u'\r': put('\\'); put('r'); break;
            case u'\t': put('\\'); put('t'); break;
            case u'\b': put('\\'); put('b'); break;
            case u'\f': put('\\'); put('f'); break;
            default:
                if (c < 0x20)
                    escapeU(c);
                else
                    put(static_cast<char>(c));
            }
        } else if (c < 0x800) {
            put(static_cast<char>(0xC0 | (c >> 6)));
            put(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (QChar::isHighSurrogate(c) && i + 1 < size &&
                   QChar::isLowSurrogate(s[i + 1].unicode())) {
            const char32_t cp = QChar::surrogateToUcs4(c, s[i + 1].unicode());
            ++i;
            put(static_cast<char>(0xF0 | (cp >> 18)));
            put(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            put(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            put(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate cannot be encoded in UTF-8; it becomes U+FFFD rather than
            // producing bytes that strict readers reject. (A low surrogate that follows a
            // high one was consumed with it above.)
            escapeU(0xFFFD);
        } else if (c == 0x2028 || c == 0x2029) {
            // Valid JSON, but not valid JavaScript when raw.
            escapeU(c);
        } else {
            put(static_cast<char>(0xE0 | (c >> 12)));
            put(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            put(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    put('"');
    m_used = static_cast<std::size_t>(p - base);
}

} // namespace parley
