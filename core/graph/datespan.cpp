// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/datespan.h"

#include <QLocale>

namespace parley {

namespace {

// The number of `digits` ASCII digits at `pos`, or -1.
int number(QStringView s, qsizetype pos, int digits)
{
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const QChar c = s[pos + i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

DateSpan DateSpan::ofDay(const QDate& day)
{
    if (!day.isValid())
        return {};
    return {day, day, DatePrecision::Day};
}

DateSpan DateSpan::parse(const QString& iso)
{
    // Day dates go through Qt exactly as every reader of meeting dates did before partial
    // dates existed, so nothing that parsed then parses differently now.
    if (iso.size() >= 10)
        return ofDay(QDate::fromString(iso, Qt::ISODate));
    const int year = iso.size() == 4 || iso.size() == 7 ? number(iso, 0, 4) : -1;
    if (year < 1)
        return {};
    if (iso.size() == 4)
        return {QDate(year, 1, 1), QDate(year, 12, 31), DatePrecision::Year};
    const int month = iso[4] == QLatin1Char('-') ? number(iso, 5, 2) : -1;
    if (month < 1 || month > 12)
        return {};
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1), DatePrecision::Month};
}

bool DateSpan::within(const QDate& from, const QDate& to) const
{
    return isValid() && (!from.isValid() || first >= from) && (!to.isValid() || last <= to);
}

bool DateSpan::overlaps(const QDate& from, const QDate& to) const
{
    return isValid() && (!from.isValid() || last >= from) && (!to.isValid() || first <= to);
}

void DateSpan::widen(QDate& lo, QDate& hi) const
{
    if (!isValid())
        return;
    if (!lo.isValid() || first < lo)
        lo = first;
    if (!hi.isValid() || last > hi)
        hi = last;
}

QString DateSpan::toIso() const
{
    switch (precision) {
    case DatePrecision::Day:
        return first.toString(Qt::ISODate);
    case DatePrecision::Month:
        return first.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Year:
        return first.toString(QStringLiteral("yyyy"));
    case DatePrecision::None:
        break;
    }
    return {};
}

QString DateSpan::toDisplay() const
{
    const QLocale c = QLocale::c();
    switch (precision) {
    case DatePrecision::Day:
        return c.toString(first, QStringLiteral("d MMM yyyy"));
    case DatePrecision::Month:
        return c.toString(first, QStringLiteral("MMM yyyy"));
    case DatePrecision::Year:
        return c.toString(first, QStringLiteral("yyyy"));
    case DatePrecision::None:
        break;
    }
    return {};
}

} // namespace parley
