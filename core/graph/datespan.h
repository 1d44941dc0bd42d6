// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace parley {

/// How precisely the text dates a meeting.
enum class DatePrecision { None, Year, Month, Day };

/// The days a meeting's date (NodeData::date, ExtractedMeeting::date) can stand for. The
/// extractor writes a day ("2025-10-14") when the text names one, a month ("2025-10") for
/// "in October" or "last month", a year ("2024") for "last year" or "in 2024", and nothing
/// when it cannot tell. A month or a year is a span, not its first day: every date filter,
/// the timeline, Play and the roles an official held read meeting dates through this one
/// type, so that "in October" is never taken for 1 October nor lost as undated.
///
/// A span with precision None is undated; `first` and `last` are then invalid.
/// Value type; thread-safe.
struct DateSpan
{
    QDate first; ///< first day the date can mean
    QDate last;  ///< last day the date can mean (== first for a day)
    DatePrecision precision = DatePrecision::None;

    /// Reads "yyyy-MM-dd" (as QDate::fromString(.., Qt::ISODate)), "yyyy-MM" or "yyyy"
    /// (years 1 to 9999). Anything else, the empty string included, is undated.
    static DateSpan parse(const QString& iso);
    /// The span of one day; undated when `day` is invalid.
    static DateSpan ofDay(const QDate& day);

    bool isValid() const { return precision != DatePrecision::None; }
    /// True for a month or a year: the text does not tell the day.
    bool isPartial() const
    {
        return precision == DatePrecision::Month || precision == DatePrecision::Year;
    }
    /// True when every day of the span is within [from, to]; an invalid bound is open.
    /// False for an undated span.
    bool within(const QDate& from, const QDate& to) const;
    /// True when some day of the span is within [from, to]; an invalid bound is open.
    /// False for an undated span.
    bool overlaps(const QDate& from, const QDate& to) const;
    /// Stretches [lo, hi] (invalid = empty so far) to hold every day of the span; leaves them
    /// as they are for an undated span.
    void widen(QDate& lo, QDate& hi) const;
    /// The date as the extractor writes it: "2025-10-14", "2025-10", "2024", or "".
    QString toIso() const;
    /// For people: "14 Oct 2025", "Oct 2025", "2024", or "" (C locale).
    QString toDisplay() const;

    bool operator==(const DateSpan&) const = default;
};

} // namespace parley
