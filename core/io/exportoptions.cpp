// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/exportoptions.h"

namespace parley {

QString defaultColor(const QString& kind)
{
    if (kind == QLatin1String("state"))
        return QStringLiteral("#4e79a7");
    if (kind == QLatin1String("official"))
        return QStringLiteral("#f28e2b");
    if (kind == QLatin1String("meeting"))
        return QStringLiteral("#59a14f");
    return QStringLiteral("#9c9c9c");
}

double defaultSize(const QString& kind)
{
    if (kind == QLatin1String("state"))
        return 24;
    if (kind == QLatin1String("official"))
        return 16;
    return 12;
}

} // namespace parley
