// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonwriter.h"

#include <QLocale>

#include <cmath>

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
    appendString(m_out, QString::fromUtf8(name));
    m_out += m_pretty ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::value(const QString& s)
{
    prefix();
    appendString(m_out, s);
}

void JsonWriter::value(const char* s) { value(QString::fromUtf8(s)); }

void JsonWriter::value(qint64 n)
{
    prefix();
    m_out += QByteArray::number(n);
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
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype plainStart = 0;
    auto flush = [&](qsizetype upTo) {
        if (upTo > plainStart)
            out += s.mid(plainStart, upTo - plainStart).toUtf8();
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const char* esc = nullptr;
        switch (c) {
        case u'"': esc = "\\\""; break;
        case u'\\': esc = "\\\\"; break;
        case u'\n': esc = "\\n"; break;
        case u'\r': esc = "\\r"; break;
        case u'\t': esc = "\\t"; break;
        case u'\b': esc = "\\b"; break;
        case u'\f': esc = "\\f"; break;
        default: break;
        }
        // Lone surrogates cannot be encoded in UTF-8; they become U+FFFD rather than
        // producing bytes that strict readers reject.
        const bool high = QChar::isHighSurrogate(c);
        const bool low = QChar::isLowSurrogate(c);
        const bool pairedHigh = high && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode());
        const bool pairedLow = low && i > 0 && QChar::isHighSurrogate(s[i - 1].unicode());
        const bool lone = (high && !pairedHigh) || (low && !pairedLow);
        if (!esc && c >= 0x20 && c != 0x2028 && c != 0x2029 && !lone)
            continue;
        flush(i);
        plainStart = i + 1;
        if (esc) {
            out += esc;
        } else if (lone) {
            out += "\\ufffd";
        } else {
            out += "\\u";
            out += hex[(c >> 12) & 0xF];
            out += hex[(c >> 8) & 0xF];
            out += hex[(c >> 4) & 0xF];
            out += hex[c & 0xF];
        }
    }
    flush(s.size());
    out += '"';
}

} // namespace parley
