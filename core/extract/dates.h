// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    bool valid() const { return begin >= 0; }
};

/// True if the token is a weekday or month name (used to keep them out of person names).
bool isCalendarWord(const Token& token);
/// True if the token is a capitalised month name or abbreviation ("Apr", "Sept.").
bool isMonthWord(const Token& token);

/// The first date expression in tokens [from, to). `text` is the whole document text (the
/// tokens' offsets point into it); `documentDate` may be invalid; `future` picks the next
/// weekday rather than the last one ("will meet on Monday").
DateExpression findDate(const std::vector<Token>& tokens, int from, int to, QStringView text,
                        const QDate& documentDate, bool future);

} // namespace parley
