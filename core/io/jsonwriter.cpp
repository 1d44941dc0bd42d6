// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonwriter.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>

namespace parley {

JsonWriter::JsonWriter(QByteArray& out, bool pretty) : m_out(out), m_pretty(pretty) {}

void JsonWriter::prefix()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.empty())
        return;
    if (m_hasItems.back())
        m_out += ',';
    m_hasItems.back() = true;
    if (m_pretty) {
        m_out += '\n';
        m_out.append(static_cast<qsizetype>(m_hasItems.size() * 2), ' ');
    }
}

void JsonWriter::open(char c)
{
    prefix();
    m_out += c;
    m_hasItems.push_back(false);
}

void JsonWriter::close(char c)
{
    const bool hadItems = m_hasItems.back();
    m_hasItems.pop_back();
    if (m_pretty && hadItems) {
        m_out += '\n';
        m_out.append(static_cast<qsizetype>(m_hasItems.size() * 2), ' ');
    }
    m_out += c;
}

void JsonWriter::beginObject() { open('{'); }
void JsonWriter::endObject() { close('}'); }
void JsonWriter::beginArray() { open('['); }
void JsonWriter::endArray() { close(']'); }

void JsonWriter::key(const char* name)
{
    prefix();
    // Keys are literals of the format, plain ASCII that needs no escaping; anything else
    // takes the general path.
    const std::size_t length = std::strlen(name);
    const bool plain = std::all_of(name, name + length, [](char c) {
        return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
    });
    if (plain) {
        m_out += '"';
        m_out.append(name, static_cast<qsizetype>(length));
        m_out += '"';
    } else {
        appendString(m_out, QString::fromUtf8(name));
    }
    m_out += m_pretty ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::value(const QString& s)
{
    prefix();
    appendString(m_out, s);
}

void JsonWriter::value(QStringView s)
{
    prefix();
    appendString(m_out, s);
}

void JsonWriter::value(const char* s) { value(QString::fromUtf8(s)); }

void JsonWriter::value(qint64 n)
{
    prefix();
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
    m_out.append(digits, static_cast<qsizetype>(end - digits));
}

void JsonWriter::value(double d)
{
    prefix();
    if (!std::isfinite(d)) {
        m_out += "null";
        return;
    }
    // Shortest form that reads back to the same double, independent of the C locale.
    m_out += QString::number(d, 'g', QLocale::FloatingPointShortest).toLatin1();
}

void JsonWriter::value(bool b)
{
    prefix();
    m_out += b ? "true" : "false";
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
    m_out += "null";
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
    // Encodes straight into a small buffer instead of through toUtf8() of each plain run:
    // the JSON of a large corpus is mostly short ASCII strings, and a temporary QByteArray per
    // string was a good part of the export time. Bytes are those QString::toUtf8() gives.
    static const char hex[] = "0123456789abcdef";
    char buf[1024];
    std::size_t n = 0;
    const auto put = [&](char c) { buf[n++] = c; };
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
        if (n + 8 > sizeof buf) {
            out.append(buf, static_cast<qsizetype>(n));
            n = 0;
        }
        const char16_t c = s[i].unicode();
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
    out.append(buf, static_cast<qsizetype>(n));
}

} // namespace parley
