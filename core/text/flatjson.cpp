// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/flatjson.h"

#include <algorithm>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parley {

FlatJsonObject::Member* FlatJsonObject::find(QLatin1StringView key)
{
    const auto it = std::find_if(members.begin(), members.end(),
                                 [key](const Member& m) { return m.key == key; });
    return it == members.end() ? nullptr : &*it;
}

QString FlatJsonObject::string(QLatin1StringView key) const
{
    for (const Member& m : members) {
        if (m.key == key)
            return m.type == QJsonValue::String ? m.string : QString();
    }
    return {};
}

QJsonObject FlatJsonObject::toJsonObject() const
{
    QJsonObject o;
    for (const Member& m : members) {
        if (m.type == QJsonValue::String)
            o.insert(m.key, m.string);
        else if (m.type == QJsonValue::Bool)
            o.insert(m.key, m.boolean);
        else
            o.insert(m.key, QJsonValue::Null);
    }
    return o;
}

FlatJsonObject FlatJsonObject::fromJsonObject(const QJsonObject& object)
{
    FlatJsonObject o;
    o.members.reserve(static_cast<std::size_t>(object.size()));
    for (auto it = object.begin(); it != object.end(); ++it) {
        Member m;
        m.key = it.key();
        m.type = it->type();
        if (m.type == QJsonValue::String)
            m.string = it->toString();
        else if (m.type == QJsonValue::Bool)
            m.boolean = it->toBool();
        o.members.push_back(std::move(m));
    }
    return o;
}

namespace {

class FlatParser
{
public:
    // Every string of the line decodes into m_scratch first (never more UTF-16 units than the
    // line has bytes), then into a QString of its own size: one allocation per line and one
    // per member, and no member keeps the capacity of the whole line.
    explicit FlatParser(QByteArrayView s)
        : m_p(s.data()), m_end(s.data() + s.size()), m_scratch(static_cast<std::size_t>(s.size()))
    {
    }

    std::optional<FlatJsonObject> object()
    {
        FlatJsonObject o;
        skipSpace();
        if (!eat('{'))
            return std::nullopt;
        skipSpace();
        if (!eat('}')) {
            do {
                skipSpace();
                FlatJsonObject::Member member;
                if (!string(member.key))
                    return std::nullopt;
                skipSpace();
                if (!eat(':') || hasKey(o, member.key))
                    return std::nullopt;
                skipSpace();
                if (!value(member))
                    return std::nullopt;
                o.members.push_back(std::move(member));
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
    static bool hasKey(const FlatJsonObject& o, const QString& key)
    {
        return std::any_of(o.members.begin(), o.members.end(),
                           [&key](const FlatJsonObject::Member& m) { return m.key == key; });
    }

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

    bool value(FlatJsonObject::Member& member)
    {
        if (m_p < m_end && *m_p == '"') {
            member.type = QJsonValue::String;
            return string(member.string);
        }
        member.type = QJsonValue::Bool;
        if (eatWord("true")) {
            member.boolean = true;
            return true;
        }
        if (eatWord("false"))
            return true;
        member.type = QJsonValue::Null;
        return eatWord("null");
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

    // Widens the plain ASCII bytes at m_p (printable, no quote, no backslash) to q sixteen at
    // a time while they last; article text is mostly such bytes. Stops at a byte that needs a
    // look or fewer than sixteen from the end.
    void copyPlainAscii(char16_t*& q)
    {
#if defined(__SSE2__)
        const __m128i below = _mm_set1_epi8(0x20);
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i zero = _mm_setzero_si128();
        while (m_end - m_p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m_p)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): an unaligned SIMD load
            // Signed compare: bytes of 0x80 and above are negative, so "below" catches them.
            const __m128i special =
                _mm_or_si128(_mm_cmplt_epi8(bytes, below),
                             _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
            const int mask = _mm_movemask_epi8(special);
            // All sixteen are widened even when fewer are plain: m_scratch has room, since
            // q never runs ahead of m_p, and only the plain ones are kept.
            _mm_storeu_si128(reinterpret_cast<__m128i*>(q), _mm_unpacklo_epi8(bytes, zero)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): an unaligned SIMD store
            _mm_storeu_si128(reinterpret_cast<__m128i*>(q + 8), _mm_unpackhi_epi8(bytes, zero)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): an unaligned SIMD store
            const int plain = mask == 0 ? 16 : __builtin_ctz(static_cast<unsigned>(mask));
            q += plain;
            m_p += plain;
            if (plain < 16)
                return;
        }
#else
        Q_UNUSED(q);
#endif
    }

    // A quoted string, decoded into UTF-16.
    bool string(QString& out)
    {
        if (!eat('"'))
            return false;
        char16_t* const base = m_scratch.data();
        char16_t* q = base;
        while (m_p < m_end) {
            copyPlainAscii(q);
            if (m_p == m_end)
                break;
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                out = QString(reinterpret_cast<const QChar*>(base), q - base); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): QChar is one UTF-16 unit
                return true;
            }
            if (c < 0x20)
                return false;
            if (c < 0x80) {
                if (c != '\\') {
                    *q++ = c;
                    ++m_p;
                    continue;
                }
                if (m_end - m_p < 2)
                    return false;
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
                        return false;
                    int u = 0;
                    for (int k = 0; k < 4; ++k) {
                        const int h = hexDigit(m_p[k]);
                        if (h < 0)
                            return false;
                        u = u * 16 + h;
                    }
                    if (u >= 0xD800 && u <= 0xDFFF)
                        return false; // pairs and lone halves: left to Qt's parser
                    m_p += 4;
                    *q++ = static_cast<char16_t>(u);
                    break;
                }
                default:
                    return false;
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
                return false;
            }
            if (m_end - m_p <= extra)
                return false;
            for (int k = 1; k <= extra; ++k) {
                const auto t = static_cast<unsigned char>(m_p[k]);
                if ((t & 0xC0) != 0x80)
                    return false;
                cp = (cp << 6) | (t & 0x3F);
            }
            if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
                return false;
            m_p += extra + 1;
            if (cp >= 0x10000) {
                *q++ = QChar::highSurrogate(cp);
                *q++ = QChar::lowSurrogate(cp);
            } else {
                *q++ = static_cast<char16_t>(cp);
            }
        }
        return false; // unterminated
    }

    const char* m_p;
    const char* m_end;
    std::vector<char16_t> m_scratch;
};

} // namespace

std::optional<FlatJsonObject> parseFlatJsonObject(QByteArrayView line)
{
    return FlatParser(line).object();
}

} // namespace parley
