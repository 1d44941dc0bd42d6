// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/projection.h"

#include <QDate>

#include <vector>

namespace parley {

/// Width of one bar of the timeline and one step of Play.
enum class TimeBucket { Day, Week, Month, Year };

/// First day of the bucket holding `date`: the day itself, the Monday of its ISO week, the
/// 1st of its month or 1 January of its year. Invalid in, invalid out.
QDate bucketStart(const QDate& date, TimeBucket bucket);

/// `start` (a bucket's first day) moved by `n` buckets (n may be negative).
QDate addBuckets(const QDate& start, TimeBucket bucket, int n);

/// The date windows Play steps through: each `width` buckets wide (>= 1), the first starting
/// at the bucket of the earliest day any dated meeting of `graph` can mean, each next one
/// `advance` buckets (>= 1) later, up to the window that reaches the bucket of the latest
/// such day. A meeting dated only to a month or a year (DateSpan) counts with all its days,
/// so Play covers the time the timeline shows; a window keeps such a meeting only when it
/// holds the whole month or year (DateRange). Every window keeps or drops undated meetings by
/// `undated`. Empty when no meeting has a date. O(nodes). Thread-safe (reads only).
std::vector<DateRange> playWindows(const CorpusGraph& graph, TimeBucket bucket, int width,
                                   int advance, bool undated = false);

} // namespace parley
