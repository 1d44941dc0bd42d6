// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extraction.h"

#include <algorithm>

namespace parley {

namespace {

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QString slugify(QStringView text)
{
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
