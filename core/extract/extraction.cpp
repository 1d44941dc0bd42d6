// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extraction.h"

#include <algorithm>

namespace parley {

namespace {

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// slugify() of ASCII text: the same rules, written into a buffer of the text's size with no
// call per character (QString::append and QChar::toLower are out of line; ids are slugs of
// every node and mention, about 2% of the CLI's instructions).
QString slugifyAscii(QStringView text)
{
    // Never longer than the text: a hyphen stands for at least one character not copied.
    QString slug(text.size(), Qt::Uninitialized);
    QChar* out = slug.data();
    qsizetype len = 0;
    bool pendingHyphen = false;
    for (const QChar qc : text) {
        char16_t c = qc.unicode();
        if (c == u'\'')
            continue; // apostrophes join: "O'Brien" -> "obrien"
        const bool upper = c >= u'A' && c <= u'Z';
        if (upper || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingHyphen && len > 0)
                out[len++] = QLatin1Char('-');
            pendingHyphen = false;
            out[len++] = QChar(upper ? char16_t(c + (u'a' - u'A')) : c);
        } else {
            pendingHyphen = true;
        }
    }
    slug.truncate(len);
    return slug;
}

} // namespace

QString slugify(QStringView text)
{
    if (!text.isEmpty() && isAscii(text))
        return slugifyAscii(text);
    // NFKD splits accented letters into base + combining mark, which we then drop;
    // a few letters have no decomposition and are folded by hand. ASCII (nearly every name)
    // is its own NFKD and has no marks: it skips the copy and the normalization.
    const bool ascii = isAscii(text);
    const QString decomposed = ascii ? QString() : text.toString().normalized(QString::NormalizationForm_KD);
    const QStringView chars = ascii ? text : QStringView(decomposed);
    QString slug;
    slug.reserve(chars.size());
    bool pendingHyphen = false;
    for (QChar c : chars) {
        if (!ascii && c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x0131: c = QLatin1Char('i'); break; // dotless i
        case 0x0142: case 0x0141: c = QLatin1Char('l'); break; // Polish l with stroke
        case 0x00F8: case 0x00D8: c = QLatin1Char('o'); break;
        case 0x00DF: slug += QStringLiteral("ss"); continue;
        case 0x2019: case 0x0027: continue; // apostrophes join: "O'Brien" -> "obrien"
        default: break;
        }
        if (c.isLetterOrNumber()) {
            if (pendingHyphen && !slug.isEmpty())
                slug += QLatin1Char('-');
            pendingHyphen = false;
            slug += c.toLower();
        } else {
            pendingHyphen = true;
        }
    }
    return slug;
}

} // namespace parley
