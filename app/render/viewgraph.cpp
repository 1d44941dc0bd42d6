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
    case NodeKind::State: return 9.0f + 2.4f * d;
    case NodeKind::Official: return 6.0f + 1.8f * d;
    case NodeKind::Meeting: return 4.5f + 0.8f * d;
    }
    return 6.0f;
}

ViewEdgeKind viewKind(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Serves: return ViewEdgeKind::Serves;
    case EdgeKind::Attended: return ViewEdgeKind::Attended;
    case EdgeKind::Involves: return ViewEdgeKind::Involves;
    }
    return ViewEdgeKind::Serves;
}

// Which nodes survive the kind and state filters, before the degree threshold.
std::vector<char> admitted(const CorpusGraph& graph, const ViewFilter& filter)
{
    const Graph& g = graph.graph();
    const int n = graph.nodeCount();
    std::vector<char> keep(std::size_t(n), 0);
    QSet<QString> states(filter.states.begin(), filter.states.end());
    const bool restrict = !states.isEmpty();
    for (int v = 0; v < n; ++v) {
        const NodeData& d = graph.node(v);
        bool ok = false;
        switch (d.kind) {
        case NodeKind::State:
            ok = filter.showStates && (!restrict || states.contains(d.id));
            break;
        case NodeKind::Official:
            ok = filter.showOfficials && (!restrict || states.contains(d.state));
            break;
        case NodeKind::Meeting:
            ok = filter.showMeetings;
            if (ok && restrict) {
                ok = false;
                for (auto [it, end] = boost::out_edges(std::size_t(v), g); it != end; ++it) {
                    if (g[*it].kind == EdgeKind::Involves &&
                        states.contains(graph.node(NodeId(boost::target(*it, g))).id)) {
                        ok = true;
                        break;
                    }
                }
            }
            break;
        }
        keep[std::size_t(v)] = ok;
    }
    return keep;
}

void applyMinDegree(ViewGraph& view, int minDegree)
{
    if (minDegree <= 0)
        return;
    std::vector<int> degree(view.nodes.size(), 0);
    for (const ViewEdge& e : view.edges) {
        ++degree[std::size_t(e.a)];
        ++degree[std::size_t(e.b)];
    }
    std::vector<int> remap(view.nodes.size(), -1);
    std::vector<ViewNode> nodes;
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        if (degree[i] >= minDegree) {
            remap[i] = int(nodes.size());
            nodes.push_back(std::move(view.nodes[i]));
        }
    }
    std::vector<ViewEdge> edges;
    for (ViewEdge& e : view.edges) {
        const int a = remap[std::size_t(e.a)];
        const int b = remap[std::size_t(e.b)];
        if (a >= 0 && b >= 0) {
            e.a = a;
            e.b = b;
            edges.push_back(std::move(e));
        }
    }
    view.nodes = std::move(nodes);
    view.edges = std::move(edges);
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
    const Graph& g = graph.graph();
    const int n = graph.nodeCount();
    ViewGraph view;
    view.projection = filter.projection;
    std::vector<char> keep = admitted(graph, filter);
    std::vector<int> local(std::size_t(n), -1);

    auto addNode = [&](NodeId v) {
        const NodeData& d = graph.node(v);
        ViewNode node;
        node.node = v;
        node.kind = d.kind;
        node.label = d.kind == NodeKind::Meeting ? meetingLabel(graph, v) : d.name;
        if (node.label.isEmpty())
            node.label = d.id;
        local[std::size_t(v)] = int(view.nodes.size());
        view.nodes.push_back(std::move(node));
    };

    using Projection = ViewFilter::Projection;
    if (filter.projection == Projection::Full) {
        for (int v = 0; v < n; ++v) {
            if (keep[std::size_t(v)])
                addNode(v);
        }
        for (auto [it, end] = boost::edges(g); it != end; ++it) {
            const int a = local[boost::source(*it, g)];
            const int b = local[boost::target(*it, g)];
            if (a >= 0 && b >= 0 && a != b)
                view.edges.push_back({a, b, viewKind(g[*it].kind), 1, {}});
        }
    } else {
        // Project through the meetings: two states (officials) are linked once per meeting
        // that involves (was attended by) both. Meetings hidden by the filters do not count.
        const NodeKind kept = filter.projection == Projection::StatesOnly ? NodeKind::State
                                                                          : NodeKind::Official;
        const EdgeKind via = kept == NodeKind::State ? EdgeKind::Involves : EdgeKind::Attended;
        // A projection shows its kind whatever the kind boxes say (they would otherwise
        // empty it); the state restriction still applies.
        ViewFilter everyKind = filter;
        everyKind.showStates = everyKind.showOfficials = everyKind.showMeetings = true;
        keep = admitted(graph, everyKind);
        for (int v = 0; v < n; ++v) {
            if (graph.node(v).kind == kept && keep[std::size_t(v)])
                addNode(v);
        }
        std::map<std::pair<int, int>, std::vector<NodeId>> pairs;
        for (int m = 0; m < n; ++m) {
            const NodeData& d = graph.node(m);
            if (d.kind != NodeKind::Meeting)
                continue;
            std::vector<int> ends;
            const auto collect = [&](std::size_t other, EdgeKind kind) {
                if (kind == via && local[other] >= 0)
                    ends.push_back(local[other]);
            };
            if (via == EdgeKind::Involves) {
                for (auto [it, end] = boost::out_edges(std::size_t(m), g); it != end; ++it)
                    collect(boost::target(*it, g), g[*it].kind);
            } else {
                for (auto [it, end] = boost::in_edges(std::size_t(m), g); it != end; ++it)
                    collect(boost::source(*it, g), g[*it].kind);
            }
            std::sort(ends.begin(), ends.end());
            ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
            for (std::size_t i = 0; i < ends.size(); ++i) {
                for (std::size_t j = i + 1; j < ends.size(); ++j)
                    pairs[{ends[i], ends[j]}].push_back(m);
            }
        }
        const ViewEdgeKind kind = kept == NodeKind::State ? ViewEdgeKind::StatesMet
                                                          : ViewEdgeKind::OfficialsMet;
        for (auto& [ends, meetings] : pairs)
            view.edges.push_back({ends.first, ends.second, kind, int(meetings.size()),
                                  std::move(meetings)});
    }
    applyMinDegree(view, filter.minDegree);
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
