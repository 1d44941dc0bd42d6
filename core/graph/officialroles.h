// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/gazetteer.h"
#include "graph/corpusgraph.h"
#include "graph/datespan.h"

#include <QDate>
#include <QString>

#include <vector>

namespace parley {

/// One office an official held, from the people dictionary's dated rows.
struct OfficeTerm
{
    QString title;
    QString state;        ///< the state's dictionary name; may be empty
    QString organization; ///< for officials of international organisations; may be empty
    QDate from;           ///< invalid when the dictionary gives no start
    QDate to;             ///< invalid while the office is held
};

/// The title an official carried at one meeting.
struct MeetingTitle
{
    NodeId meeting = -1;
    /// The meeting's day; for a meeting the text dates only to a month or a year, the first
    /// day of that month or year; for an undated meeting, its first article's date; may be
    /// invalid.
    QDate date;
    /// How much of `date` is known: Day for the meeting's or the article's day, Month or Year
    /// when the text gives no more, None when `date` is invalid.
    DatePrecision precision = DatePrecision::None;
    bool articleDate = false; ///< `date` is the article's, the meeting's own date being unknown
    QString title;         ///< the office held on `date`, else the title the text gave
    bool fromDictionary = false; ///< `title` is the dictionary's office on `date`
};

/// The offices of the official node `official` in the people dictionary (by name, then
/// aliases; transliterations as the extractor finds them), oldest first. Empty for a node
/// that is no official or a person the dictionary does not know.
/// Thread-safe for concurrent reads.
std::vector<OfficeTerm> officialRoles(const CorpusGraph& graph, NodeId official,
                                      const Gazetteer& gazetteer);

/// For each meeting `official` attended (in node order), the title held on that day: the
/// dictionary's office valid on the meeting's date (or, when the meeting has none, on its
/// article's date); the title the text gave when the dictionary has no office that day.
/// A meeting dated only to a month or a year takes the office held over all of it, and the
/// title the text gave when the dictionary's offices of the person change within it (an
/// office starts or ends inside the span) or none covers it whole: the article's date is no
/// better guess there, since the text says the meeting was at another time.
std::vector<MeetingTitle> titlesAtMeetings(const CorpusGraph& graph, NodeId official,
                                           const Gazetteer& gazetteer);

} // namespace parley
