// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"
#include "graph/projection.h"
#include "layout/forcelayout.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace parley {

/// What the view shows of a corpus graph: core's projection filter (kinds, states, time range,
/// degree threshold and projection).
using ViewFilter = GraphFilter;

/// Edge kinds as drawn: the three extracted kinds plus the two projected ones.
using ViewEdgeKind = ProjectedEdgeKind;

struct ViewNode
{
    NodeId node = 0;       ///< the CorpusGraph node it shows
    NodeKind kind = NodeKind::State;
    QString label;         ///< text drawn next to the node
    int degree = 0;        ///< edges in the view
    float radius = 8.0f;   ///< scene units, grows with degree
};

using ViewEdge = ProjectedEdge;

/// The drawable graph: the nodes and edges of a CorpusGraph that pass a ViewFilter, with
/// labels and sizes prepared for painting. Immutable once built; safe to share read-only.
struct ViewGraph
{
    std::vector<ViewNode> nodes;
    std::vector<ViewEdge> edges;
    std::vector<std::vector<int>> neighbours; ///< per view node, the adjacent view nodes
    std::vector<std::vector<int>> incident;   ///< per view node, the incident view edges
    QHash<NodeId, int> index;                 ///< CorpusGraph node -> view index
    ViewFilter::Projection projection = ViewFilter::Projection::Full;
    TimeSelection time; ///< what the filter's date range kept (counts for the timeline)

    int viewIndex(NodeId n) const { return index.value(n, -1); }
    LayoutGraph layoutGraph() const;
    /// Fills neighbours, incident and index from nodes and edges (and sizes nodes by degree).
    void finish();
};

/// Builds the view of `graph` under `filter`. Deterministic: same graph and filter, same
/// view (node order follows the graph's canonical order).
ViewGraph buildViewGraph(const CorpusGraph& graph, const ViewFilter& filter);

/// Short label for a meeting: surnames of its participants and its date ("Lavrov – Rubio,
/// 18 Feb"), falling back to its place.
QString meetingLabel(const CorpusGraph& graph, NodeId meeting);

/// Distinct (document, sentence) pairs of a list of mentions, in first-seen order.
std::vector<std::pair<QString, int>> distinctSentences(const std::vector<Mention>& mentions);

/// Bounding rectangle of the positions, grown by each node's radius.
QRectF sceneBounds(const ViewGraph& view, const std::vector<QPointF>& positions);

} // namespace parley
