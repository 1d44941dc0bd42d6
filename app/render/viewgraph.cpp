// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/viewgraph.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace parley {

namespace {

QString surname(const QString& name)
{
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? name : name.mid(space + 1);
}

float radiusFor(NodeKind kind, int degree)
{
    // Square root so that hubs stand out without swallowing their neighbourhood.
    const float d = std::sqrt(float(std::max(0, degree)));
    switch (kind) {
    // Capped: a hub state with hundreds of meetings must not cover its neighbourhood.
    case NodeKind::State: return std::min(21.0f, 8.0f + 2.0f * d);
    case NodeKind::Official: return std::min(13.0f, 5.5f + 1.5f * d);
    case NodeKind::Meeting: return std::min(8.0f, 4.0f + 0.6f * d);
    }
    return 6.0f;
}

} // namespace

QString meetingLabel(const CorpusGraph& graph, NodeId meeting)
{
    const Graph& g = graph.graph();
    QStringList names;
    for (auto [it, end] = boost::in_edges(std::size_t(meeting), g); it != end; ++it) {
        if (g[*it].kind == EdgeKind::Attended)
            names.append(surname(graph.node(NodeId(boost::source(*it, g))).name));
    }
    names.sort();
    const NodeData& d = graph.node(meeting);
    QString label;
    if (names.size() > 3)
        label = names.mid(0, 2).join(QStringLiteral(" – ")) + QStringLiteral(" +%1").arg(names.size() - 2);
    else if (!names.isEmpty())
        label = names.join(QStringLiteral(" – "));
    else if (!d.place.isEmpty())
        label = d.place;
    else
        label = QStringLiteral("meeting");
    const QString when = !d.date.isEmpty() ? d.date : d.when;
    if (!when.isEmpty())
        label += QStringLiteral(", ") + when;
    return label;
}

std::vector<std::pair<QString, int>> distinctSentences(const std::vector<Mention>& mentions)
{
    std::vector<std::pair<QString, int>> out;
    for (const Mention& m : mentions) {
        std::pair<QString, int> key{m.document, m.sentence};
        if (std::find(out.begin(), out.end(), key) == out.end())
            out.push_back(std::move(key));
    }
    return out;
}

LayoutGraph ViewGraph::layoutGraph() const
{
    LayoutGraph lg;
    lg.nodeCount = int(nodes.size());
    lg.edges.reserve(edges.size());
    for (const ViewEdge& e : edges)
        lg.edges.emplace_back(e.a, e.b);
    return lg;
}

void ViewGraph::finish()
{
    neighbours.assign(nodes.size(), {});
    incident.assign(nodes.size(), {});
    index.clear();
    index.reserve(qsizetype(nodes.size()));
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const ViewEdge& e = edges[i];
        neighbours[std::size_t(e.a)].push_back(e.b);
        neighbours[std::size_t(e.b)].push_back(e.a);
        incident[std::size_t(e.a)].push_back(int(i));
        incident[std::size_t(e.b)].push_back(int(i));
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        ViewNode& n = nodes[i];
        n.degree = int(incident[i].size());
        n.radius = radiusFor(n.kind, n.degree);
        index.insert(n.node, int(i));
    }
}

ViewGraph buildViewGraph(const CorpusGraph& graph, const ViewFilter& filter)
{
    ProjectedGraph projected = projectGraph(graph, filter);
    ViewGraph view;
    view.projection = projected.projection;
    view.time = std::move(projected.time);
    view.nodes.reserve(projected.nodes.size());
    for (const NodeId v : projected.nodes) {
        const NodeData& d = graph.node(v);
        ViewNode node;
        node.node = v;
        node.kind = d.kind;
        node.label = d.kind == NodeKind::Meeting ? meetingLabel(graph, v) : d.name;
        if (node.label.isEmpty())
            node.label = d.id;
        view.nodes.push_back(std::move(node));
    }
    view.edges = std::move(projected.edges);
    view.finish();
    return view;
}

QRectF sceneBounds(const ViewGraph& view, const std::vector<QPointF>& positions)
{
    if (view.nodes.empty() || positions.size() < view.nodes.size())
        return {};
    double x0 = positions[0].x(), x1 = x0, y0 = positions[0].y(), y1 = y0;
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        const double r = view.nodes[i].radius;
        x0 = std::min(x0, positions[i].x() - r);
        x1 = std::max(x1, positions[i].x() + r);
        y0 = std::min(y0, positions[i].y() - r);
        y1 = std::max(y1, positions[i].y() + r);
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace parley
