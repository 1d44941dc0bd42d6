// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/lexicon.h"
#include "extract/tokenizer.h"

#include <QDate>
#include <QString>

#include <vector>

namespace parley {

/// A date expression found in a sentence: its token span, its text, and the ISO date it
/// resolves to against the article's date (empty when it cannot be resolved).
struct DateExpression
{
    int begin = -1; ///< token index
    int end = -1;
    QString text;
    QString iso;
    bool relative = false; ///< "today", "yesterday", "last week": vague without the article date
    bool period = false;   ///< "in July", "in 2024", "last month": a month or a year, no one day
    QString periodIso;     ///< that month or year, "2025-07", "2024", when the article's date places it
    bool valid() const { return begin >= 0; }
};

/// True if the token is a weekday or month name (used to keep them out of person names).
bool isCalendarWord(const Token& token);
/// True if the token is a capitalised month name or abbreviation ("Apr", "Sept.").
bool isMonthWord(const Token& token);
/// The month (1-12) a capitalised month name or abbreviation names, else 0.
int monthOfWord(const Token& token);
/// True if tokens i and i + 1 are a month word in any form and a day's number (1-31), in either
/// order: "December 6", "Dec. 6", "May 6", "6 May". Where isCalendarWord() leaves out "May" and
/// the abbreviations because they are also names, this reads them as the month beside a day.
bool dayOfMonthAt(const std::vector<Token>& tokens, int i);

/// The first date expression in tokens [from, to). `text` is the whole document text (the
/// tokens' offsets point into it); `documentDate` may be invalid; `future` picks the next
/// weekday, or the next "March 3", rather than the last one ("will meet on Monday").
/// With a `lexicon`, dates that are not the clause's event day are passed over: after a
/// date-boundary word ("since March 3"), possessive ("Tuesday's statement"), or naming
/// another event ("the March 3 election"). Spans ("last week") keep their text but no day.
DateExpression findDate(const std::vector<Token>& tokens, int from, int to, QStringView text,
                        const QDate& documentDate, bool future, const Lexicon* lexicon = nullptr);

/// The date of a dateline ("ANKARA, May 5 (Reuters) -", "MOSCOW, June 10. /TASS/."): month,
/// day, the year when written, and `end`, the token after the date and the agency.
struct DatelineDate
{
    int end = -1;
    int month = 0;
    int day = 0;
    int year = 0;
    bool valid() const { return end >= 0; }
};
/// Reads a dateline's date starting at token `from` (the token after the dateline's city).
DatelineDate readDatelineDate(const std::vector<Token>& tokens, int from);
/// The full dates written in tokens ("July 26, 2023", "2023-07-26"), in text order.
std::vector<QDate> writtenDates(const std::vector<Token>& tokens, QStringView text);
/// The dateline's day as a date: its own year, else the year of a full date the article
/// writes within 31 days before it; invalid when the year stays unknown or is contradicted.
QDate datelineAnchor(const DatelineDate& dateline, const std::vector<QDate>& written);
/// `date.toString(Qt::ISODate)` ("2026-03-05"; empty for an invalid date or a year outside 0
/// to 9999) without Qt's calendar and printf, which cost about 5,000 instructions a date.
QString isoDate(const QDate& date);

} // namespace parley
