// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/projection.h"

#include <QDate>

#include <vector>

namespace parley {

/// Width of one bar of the timeline and one step of Play.
enum class TimeBucket { Day, Week, Month };

/// First day of the bucket holding `date`: the day itself, the Monday of its ISO week, or the
/// 1st of its month. Invalid in, invalid out.
QDate bucketStart(const QDate& date, TimeBucket bucket);

/// `start` (a bucket's first day) moved by `n` buckets (n may be negative).
QDate addBuckets(const QDate& start, TimeBucket bucket, int n);

/// The date windows Play steps through: each `width` buckets wide (>= 1), the first starting
/// at the bucket of the earliest dated meeting of `graph`, each next one `advance` buckets
/// (>= 1) later, up to the window that reaches the latest dated meeting's bucket. Every window
/// keeps or drops undated meetings by `undated`. Empty when no meeting has a date. O(nodes).
/// Thread-safe (reads only).
std::vector<DateRange> playWindows(const CorpusGraph& graph, TimeBucket bucket, int width,
                                   int advance, bool undated = false);

} // namespace parley
