// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"
#include "graph/datespan.h"

#include <QDate>
#include <QSet>
#include <QStringList>

#include <vector>

namespace parley {

/// A closed range of calendar days [from, to] over meeting dates (NodeData::date, written by
/// extraction as a day, a month or a year; read through DateSpan). An invalid bound is open.
/// Meetings without a date are kept or dropped by `undated`, whatever the bounds.
///
/// A meeting the text dates only to a month or a year ("in October" -> 2025-10) is in the
/// range only when the whole month or year is: then the text proves the meeting happened
/// within it. A range that merely overlaps the span (1-15 October for "in October", October
/// for "in 2025") leaves the meeting out, since it may have happened outside; such meetings
/// are counted apart (TimeSelection::straddling) so the GUI can say how many it left out.
struct DateRange
{
    QDate from;          ///< first day in the range; invalid = no lower bound
    QDate to;            ///< last day in the range; invalid = no upper bound
    bool undated = true; ///< keep meetings whose date is unknown

    /// True when the range drops anything: a bound is set or undated meetings are dropped.
    bool active() const { return from.isValid() || to.isValid() || !undated; }
    /// Whether a meeting dated `isoDate` (a day, a month or a year; "" or unparsable =
    /// undated) is in the range: see DateSpan::parse and the rule above.
    bool contains(const QString& isoDate) const;
    bool contains(const DateSpan& date) const;
    bool contains(const QDate& date) const;
    /// True for a meeting dated only to a month or a year that the range overlaps without
    /// holding all of it: left out by contains(), though it may have happened in the range.
    /// Always false without a bound.
    bool straddles(const DateSpan& date) const;
    bool operator==(const DateRange&) const = default;
};

/// What the time range keeps of a graph: per node, whether it is in.
struct TimeSelection
{
    /// Per NodeId: meetings in the range, and the states and officials linked to one of them
    /// (attending, involved, or the state an attending official serves). Without an active
    /// range every node is in.
    std::vector<char> keep;
    int meetingsInRange = 0; ///< meetings kept
    int undated = 0;         ///< meetings without a date in the whole graph (kept or not)
    int dated = 0;           ///< meetings with a date (day, month or year) in the whole graph
    int partial = 0;         ///< of `dated`, those dated only to a month or a year
    /// Meetings dated only to a month or a year that overlap the range without lying wholly
    /// inside it, so left out (DateRange::straddles).
    int straddling = 0;
};

/// The nodes of `graph` that live in `range`. O(nodes + edges). Thread-safe (reads only).
TimeSelection selectTime(const CorpusGraph& graph, const DateRange& range);

/// Restricts one document's extraction to `range` the same way: meetings outside it go, and
/// so do the states and officials no kept meeting involves (with the state each attending
/// official serves). `parley-cli extract --from/--to` uses it. No-op when !range.active().
void restrictToRange(DocumentExtraction& extraction, const DateRange& range);

/// What is projected of a corpus graph: kinds, states, a time range and a degree threshold.
struct GraphFilter
{
    enum class Projection {
        Full,         ///< states, officials and meetings as extracted
        StatesOnly,   ///< states; edge weight = number of meetings involving both
        OfficialsOnly ///< officials; edge = attended the same meeting (weight = how many)
    };
    Projection projection = Projection::Full;
    bool showStates = true;
    bool showOfficials = true;
    bool showMeetings = true;
    /// State ids ("state:syria") to restrict to; empty means every state. Officials serving,
    /// and meetings involving, one of them stay visible.
    QStringList states;
    int minDegree = 0; ///< nodes with fewer edges in the filtered graph are hidden
    DateRange dates;   ///< meetings outside it (and what only they involve) are hidden
    /// Ego network: when >= 0, only nodes within egoHops hops of this node in the filtered
    /// projection stay (after the degree threshold). Nothing when the centre is filtered out.
    NodeId egoCentre = -1;
    int egoHops = 1;
    /// Node ids the analyst hid: left out as if filtered; a hidden meeting links nothing in
    /// a projection.
    QSet<QString> hidden;

    bool operator==(const GraphFilter&) const = default;
};

/// Edge kinds of a projection: the three extracted kinds plus the two projected ones.
enum class ProjectedEdgeKind { Serves, Attended, Involves, StatesMet, OfficialsMet };

/// The word for an edge kind in exports and path listings: "serves", "attended",
/// "involves", or "met" for both projected kinds.
QString edgeKindName(ProjectedEdgeKind kind);

struct ProjectedEdge
{
    int a = 0; ///< projected node index
    int b = 0; ///< projected node index
    ProjectedEdgeKind kind = ProjectedEdgeKind::Serves;
    int weight = 1; ///< projected edges: number of meetings; else 1
    /// Projected edges: the meetings behind the edge. Extracted edges: empty (the supporting
    /// sentences are the CorpusGraph edge's evidence between the two nodes).
    std::vector<NodeId> meetings;
};

/// The nodes and edges of a CorpusGraph that pass a GraphFilter. Node order follows the
/// graph's canonical order; `a < b` is not guaranteed for extracted edges (they keep the
/// direction of the CorpusGraph edge).
struct ProjectedGraph
{
    std::vector<NodeId> nodes;
    std::vector<ProjectedEdge> edges;
    GraphFilter::Projection projection = GraphFilter::Projection::Full;
    TimeSelection time; ///< what the filter's date range kept (counts for the UI)
};

/// Projects `graph` under `filter`. Deterministic; thread-safe (reads the graph only).
ProjectedGraph projectGraph(const CorpusGraph& graph, const GraphFilter& filter);

/// Every meeting behind a projected edge: its `meetings`, or for an extracted edge the
/// meeting at either end (none for Serves).
std::vector<NodeId> edgeMeetings(const ProjectedGraph& projected, const ProjectedEdge& edge);

} // namespace parley
