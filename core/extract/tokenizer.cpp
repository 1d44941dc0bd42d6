// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/tokenizer.h"

#include <QHash>
#include <QSet>

#include <array>

namespace parley {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

const QSet<QString> kDottedAbbreviations = {
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
    QStringLiteral("dec"),
};

// Abbreviations whose full stop belongs to the word (honorifics, ranks, suffixes).
const QSet<QString>& dottedAbbreviations()
{
    return kDottedAbbreviations;
}

// One-character keys of ASCII punctuation point into this constant table: a punctuation mark
// is every fifth token, and QString::fromRawData shares the table instead of allocating.
constexpr std::array<QChar, 128> asciiTable = [] {
    std::array<QChar, 128> t{};
    for (std::size_t i = 0; i < t.size(); ++i)
        t[i] = QChar(static_cast<char16_t>(i));
    return t;
}();

QString punctKey(QStringView surface)
{
    if (surface.size() == 1 && surface.front().unicode() < asciiTable.size())
        return QString::fromRawData(&asciiTable[surface.front().unicode()], 1);
    return surface.toString();
}

// Keys longer than this are folded into their own string, not looked up.
constexpr qsizetype kInternedKeyLength = 32;

// A per-thread table of folded keys. A copy of a QString costs one uncontended atomic
// increment where a new one costs an allocation and later a free (together a fifth of all
// extraction). Per thread, so nothing is locked or shared between extractor threads; bounded,
// so a long run over ever new names does not grow it without end.
QString internedKey(QStringView key)
{
    constexpr qsizetype maxKeys = 1 << 16;
    // The views point into the strings they map to, which are never modified.
    thread_local QHash<QStringView, QString> keys;
    const auto it = keys.constFind(key);
    if (it != keys.cend())
        return *it;
    QString owned = key.toString();
    if (keys.size() < maxKeys)
        keys.insert(QStringView(owned), owned);
    return owned;
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
        qsizetype len = 0;
        qsizetype i = 0;
        for (; i < n && in[i] < 0x80; ++i) {
            char16_t c = in[i];
            if (c == u'.')
                continue;
            if (c >= u'A' && c <= u'Z')
                c = static_cast<char16_t>(c + (u'a' - u'A'));
            buf[std::size_t(len++)] = c;
        }
        if (i == n)
            return internedKey(QStringView(buf.data(), len));
    } else {
        qsizetype ascii = 0;
        while (ascii < n && in[ascii] < 0x80)
            ++ascii;
        if (ascii == n) {
            QString out(n, Qt::Uninitialized);
            QChar* o = out.data();
            qsizetype len = 0;
            for (qsizetype i = 0; i < n; ++i) {
                char16_t c = in[i];
                if (c == u'.')
                    continue;
                if (c >= u'A' && c <= u'Z')
                    c = static_cast<char16_t>(c + (u'a' - u'A'));
                o[len++] = QChar(c);
            }
            out.truncate(len);
            return out;
        }
    }
    QString out;
    out.reserve(n);
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

std::vector<Token> tokenize(QStringView text, qsizetype base)
{
    std::vector<Token> out;
    out.reserve(static_cast<std::size_t>(text.size() / 5 + 4));
    const qsizetype n = text.size();
    bool space = true;
    bool hyphen = false;
    qsizetype i = 0;
    auto emit = [&](qsizetype s, qsizetype e, Token::Kind kind) {
        Token t;
        t.start = base + s;
        t.end = base + e;
        t.kind = kind;
        t.spaceBefore = space;
        t.hyphenBefore = hyphen;
        const QStringView surface = text.mid(s, e - s);
        if (kind == Token::Punct) {
            t.punct = surface.front();
            t.key = punctKey(surface);
        } else {
            t.key = foldKey(surface);
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
        out.push_back(std::move(t));
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
                } else if (dottedAbbreviations().contains(foldKey(text.mid(i, j - i)))) {
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
            out.back().key = QStringLiteral("'s");
            out.back().cap = false;
            out.back().allCaps = false;
            i += 2;
            continue;
        }
        emit(i, i + 1, Token::Punct);
        ++i;
    }
    return out;
}

} // namespace parley
