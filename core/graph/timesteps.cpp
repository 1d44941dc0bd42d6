// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/timesteps.h"

#include <algorithm>

namespace parley {

QDate bucketStart(const QDate& date, TimeBucket bucket)
{
    if (!date.isValid())
        return {};
    switch (bucket) {
    case TimeBucket::Day:
        return date;
    case TimeBucket::Week:
        return date.addDays(1 - date.dayOfWeek());
    case TimeBucket::Month:
        return {date.year(), date.month(), 1};
    case TimeBucket::Year:
        return {date.year(), 1, 1};
    }
    return date;
}

QDate addBuckets(const QDate& start, TimeBucket bucket, int n)
{
    switch (bucket) {
    case TimeBucket::Day:
        return start.addDays(n);
    case TimeBucket::Week:
        return start.addDays(7LL * n);
    case TimeBucket::Month:
        return start.addMonths(n);
    case TimeBucket::Year:
        return start.addYears(n);
    }
    return start;
}

std::vector<DateRange> playWindows(const CorpusGraph& graph, TimeBucket bucket, int width,
                                   int advance, bool undated)
{
    QDate first;
    QDate last;
    for (NodeId v = 0; v < graph.nodeCount(); ++v) {
        const NodeData& d = graph.node(v);
        if (d.kind != NodeKind::Meeting)
            continue;
        DateSpan::parse(d.date).widen(first, last);
    }
    std::vector<DateRange> windows;
    if (!first.isValid())
        return windows;
    width = std::max(1, width);
    advance = std::max(1, advance);
    const QDate end = bucketStart(last, bucket);
    // As the timeline's Play: the window moves until its start passes the last bucket, and
    // the last windows are cut at the last bucket rather than reaching into empty time.
    for (QDate start = bucketStart(first, bucket); start <= end; start = addBuckets(start, bucket, advance)) {
        DateRange range;
        range.from = start;
        const QDate lastBucket = std::min(addBuckets(start, bucket, width - 1), end);
        range.to = addBuckets(lastBucket, bucket, 1).addDays(-1);
        range.undated = undated;
        windows.push_back(range);
    }
    return windows;
}

} // namespace parley
