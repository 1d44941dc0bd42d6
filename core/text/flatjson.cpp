// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/flatjson.h"

#include <QJsonValue>
#include <QString>

namespace parley {

namespace {

class FlatParser
{
public:
    explicit FlatParser(QByteArrayView s) : m_p(s.data()), m_end(s.data() + s.size()) {}

    std::optional<QJsonObject> object()
    {
        QJsonObject o;
        skipSpace();
        if (!eat('{'))
            return std::nullopt;
        skipSpace();
        if (!eat('}')) {
            do {
                skipSpace();
                std::optional<QString> key = string();
                skipSpace();
                if (!key || !eat(':') || o.contains(*key))
                    return std::nullopt;
                skipSpace();
                std::optional<QJsonValue> v = value();
                if (!v)
                    return std::nullopt;
                o.insert(*key, *v);
                skipSpace();
            } while (eat(','));
            if (!eat('}'))
                return std::nullopt;
        }
        skipSpace();
        if (m_p != m_end)
            return std::nullopt;
        return o;
    }

private:
    bool eat(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool eatWord(QByteArrayView word)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    std::optional<QJsonValue> value()
    {
        if (m_p < m_end && *m_p == '"') {
            std::optional<QString> s = string();
            if (!s)
                return std::nullopt;
            return QJsonValue(*s);
        }
        if (eatWord("true"))
            return QJsonValue(true);
        if (eatWord("false"))
            return QJsonValue(false);
        if (eatWord("null"))
            return QJsonValue(QJsonValue::Null);
        return std::nullopt;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // A quoted string, decoded into UTF-16 (never longer than its UTF-8 bytes).
    std::optional<QString> string()
    {
        if (!eat('"'))
            return std::nullopt;
        QString out(m_end - m_p, Qt::Uninitialized);
        char16_t* const base = reinterpret_cast<char16_t*>(out.data()); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): QChar is one UTF-16 unit
        char16_t* q = base;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                out.truncate(q - base);
                return out;
            }
            if (c < 0x20)
                return std::nullopt;
            if (c < 0x80) {
                if (c != '\\') {
                    *q++ = c;
                    ++m_p;
                    continue;
                }
                if (m_end - m_p < 2)
                    return std::nullopt;
                const char e = m_p[1];
                m_p += 2;
                switch (e) {
                case '"': *q++ = u'"'; break;
                case '\\': *q++ = u'\\'; break;
                case '/': *q++ = u'/'; break;
                case 'b': *q++ = u'\b'; break;
                case 'f': *q++ = u'\f'; break;
                case 'n': *q++ = u'\n'; break;
                case 'r': *q++ = u'\r'; break;
                case 't': *q++ = u'\t'; break;
                case 'u': {
                    if (m_end - m_p < 4)
                        return std::nullopt;
                    int u = 0;
                    for (int k = 0; k < 4; ++k) {
                        const int h = hexDigit(m_p[k]);
                        if (h < 0)
                            return std::nullopt;
                        u = u * 16 + h;
                    }
                    if (u >= 0xD800 && u <= 0xDFFF)
                        return std::nullopt; // pairs and lone halves: left to Qt's parser
                    m_p += 4;
                    *q++ = static_cast<char16_t>(u);
                    break;
                }
                default:
                    return std::nullopt;
                }
                continue;
            }
            // Multi-byte UTF-8: strict (no overlong forms, no surrogates, at most U+10FFFF).
            int extra = 0;
            char32_t cp = 0;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                cp = c & 0x07;
            } else {
                return std::nullopt;
            }
            if (m_end - m_p <= extra)
                return std::nullopt;
            for (int k = 1; k <= extra; ++k) {
                const auto t = static_cast<unsigned char>(m_p[k]);
                if ((t & 0xC0) != 0x80)
                    return std::nullopt;
                cp = (cp << 6) | (t & 0x3F);
            }
            if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
                return std::nullopt;
            m_p += extra + 1;
            if (cp >= 0x10000) {
                *q++ = QChar::highSurrogate(cp);
                *q++ = QChar::lowSurrogate(cp);
            } else {
                *q++ = static_cast<char16_t>(cp);
            }
        }
        return std::nullopt; // unterminated
    }

    const char* m_p;
    const char* m_end;
};

} // namespace

std::optional<QJsonObject> parseFlatJsonObject(QByteArrayView line)
{
    return FlatParser(line).object();
}

} // namespace parley
