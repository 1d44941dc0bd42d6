// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/projection.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace parley {

bool DateRange::contains(const QDate& date) const
{
    if (!date.isValid())
        return undated;
    return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
}

bool DateRange::contains(const DateSpan& date) const
{
    if (!date.isValid())
        return undated;
    return date.within(from, to);
}

bool DateRange::contains(const QString& isoDate) const
{
    return contains(DateSpan::parse(isoDate));
}

bool DateRange::straddles(const DateSpan& date) const
{
    return date.isValid() && !date.within(from, to) && date.overlaps(from, to);
}

TimeSelection selectTime(const CorpusGraph& graph, const DateRange& range)
{
    const Graph& g = graph.graph();
    const auto n = std::size_t(graph.nodeCount());
    TimeSelection out;
    const bool active = range.active();
    out.keep.assign(n, active ? 0 : 1);
    for (std::size_t v = 0; v < n; ++v) {
        const NodeData& d = g[v];
        if (d.kind != NodeKind::Meeting)
            continue;
        const DateSpan date = DateSpan::parse(d.date);
        ++(date.isValid() ? out.dated : out.undated);
        if (date.isPartial())
            ++out.partial;
        if (!range.contains(date)) {
            if (range.straddles(date))
                ++out.straddling;
            continue;
        }
        ++out.meetingsInRange;
        if (!active)
            continue;
        out.keep[v] = 1;
        for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
            out.keep[boost::target(*it, g)] = 1; // involved states
        for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
            const std::size_t official = boost::source(*it, g);
            out.keep[official] = 1;
            // The state an attending official serves stays, so the official is not cut off
            // from it in the full view.
            for (auto [s, send] = boost::out_edges(official, g); s != send; ++s) {
                if (g[*s].kind == EdgeKind::Serves)
                    out.keep[boost::target(*s, g)] = 1;
            }
        }
    }
    return out;
}

void restrictToRange(DocumentExtraction& extraction, const DateRange& range)
{
    if (!range.active())
        return;
    std::erase_if(extraction.meetings,
                  [&](const ExtractedMeeting& m) { return !range.contains(m.date); });
    QSet<QString> officials;
    QSet<QString> states;
    for (const ExtractedMeeting& m : extraction.meetings) {
        officials.unite(QSet<QString>(m.participants.begin(), m.participants.end()));
        states.unite(QSet<QString>(m.states.begin(), m.states.end()));
    }
    std::erase_if(extraction.officials,
                  [&](const ExtractedOfficial& o) { return !officials.contains(o.id); });
    for (const ExtractedOfficial& o : extraction.officials) {
        if (!o.state.isEmpty())
            states.insert(o.state);
    }
    std::erase_if(extraction.states,
                  [&](const ExtractedState& s) { return !states.contains(s.id); });
}

namespace {

ProjectedEdgeKind projectedKind(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Serves:
        return ProjectedEdgeKind::Serves;
    case EdgeKind::Attended:
        return ProjectedEdgeKind::Attended;
    case EdgeKind::Involves:
        return ProjectedEdgeKind::Involves;
    }
    return ProjectedEdgeKind::Serves;
}

// Which nodes survive the kind, state and time filters, before the degree threshold.
std::vector<char> admitted(const CorpusGraph& graph, const GraphFilter& filter,
                           const TimeSelection& time)
{
    const Graph& g = graph.graph();
    const int n = graph.nodeCount();
    std::vector<char> keep(std::size_t(n), 0);
    const QSet<QString> states(filter.states.begin(), filter.states.end());
    const bool restrict = !states.isEmpty();
    for (int v = 0; v < n; ++v) {
        const NodeData& d = graph.node(v);
        if (!time.keep[std::size_t(v)] || filter.hidden.contains(d.id))
            continue;
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
            if (ok&& restrict) {
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

void applyMinDegree(ProjectedGraph& projected, int minDegree)
{
    if (minDegree <= 0)
        return;
    std::vector<int> degree(projected.nodes.size(), 0);
    for (const ProjectedEdge& e : projected.edges) {
        ++degree[std::size_t(e.a)];
        ++degree[std::size_t(e.b)];
    }
    std::vector<int> remap(projected.nodes.size(), -1);
    std::vector<NodeId> nodes;
    for (std::size_t i = 0; i < projected.nodes.size(); ++i) {
        if (degree[i] >= minDegree) {
            remap[i] = int(nodes.size());
            nodes.push_back(projected.nodes[i]);
        }
    }
    std::vector<ProjectedEdge> edges;
    for (ProjectedEdge& e : projected.edges) {
        const int a = remap[std::size_t(e.a)];
        const int b = remap[std::size_t(e.b)];
        if (a >= 0 && b >= 0) {
            e.a = a;
            e.b = b;
            edges.push_back(std::move(e));
        }
    }
    projected.nodes = std::move(nodes);
    projected.edges = std::move(edges);
}

// Keeps the nodes within `hops` of `centre` (a NodeId) and the edges between them.
void applyEgo(ProjectedGraph& projected, NodeId centre, int hops)
{
    const auto n = projected.nodes.size();
    std::vector<std::vector<int>> adjacent(n);
    for (const ProjectedEdge& e : projected.edges) {
        adjacent[std::size_t(e.a)].push_back(e.b);
        adjacent[std::size_t(e.b)].push_back(e.a);
    }
    std::vector<int> distance(n, -1);
    std::vector<int> queue;
    const auto it = std::lower_bound(projected.nodes.begin(), projected.nodes.end(), centre);
    if (it != projected.nodes.end() && *it == centre) {
        queue.push_back(int(it - projected.nodes.begin()));
        distance[std::size_t(queue.front())] = 0;
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        if (distance[std::size_t(v)] >= hops)
            continue;
        for (const int w : adjacent[std::size_t(v)]) {
            if (distance[std::size_t(w)] < 0) {
                distance[std::size_t(w)] = distance[std::size_t(v)] + 1;
                queue.push_back(w);
            }
        }
    }
    std::vector<int> remap(n, -1);
    std::vector<NodeId> nodes;
    for (std::size_t i = 0; i < n; ++i) {
        if (distance[i] >= 0) {
            remap[i] = int(nodes.size());
            nodes.push_back(projected.nodes[i]);
        }
    }
    std::vector<ProjectedEdge> edges;
    for (ProjectedEdge& e : projected.edges) {
        if (remap[std::size_t(e.a)] >= 0 && remap[std::size_t(e.b)] >= 0) {
            e.a = remap[std::size_t(e.a)];
            e.b = remap[std::size_t(e.b)];
            edges.push_back(std::move(e));
        }
    }
    projected.nodes = std::move(nodes);
    projected.edges = std::move(edges);
}

} // namespace

ProjectedGraph projectGraph(const CorpusGraph& graph, const GraphFilter& filter)
{
    const Graph& g = graph.graph();
    const int n = graph.nodeCount();
    ProjectedGraph out;
    out.projection = filter.projection;
    out.time = selectTime(graph, filter.dates);
    std::vector<char> keep = admitted(graph, filter, out.time);
    std::vector<int> local(std::size_t(n), -1);
    const auto addNode = [&](NodeId v) {
        local[std::size_t(v)] = int(out.nodes.size());
        out.nodes.push_back(v);
    };

    using Projection = GraphFilter::Projection;
    if (filter.projection == Projection::Full) {
        for (int v = 0; v < n; ++v) {
            if (keep[std::size_t(v)])
                addNode(v);
        }
        for (auto [it, end] = boost::edges(g); it != end; ++it) {
            const int a = local[boost::source(*it, g)];
            const int b = local[boost::target(*it, g)];
            if (a >= 0 && b >= 0 && a != b)
                out.edges.push_back({a, b, projectedKind(g[*it].kind), 1, {}});
        }
    } else {
        // Project through the meetings: two states (officials) are linked once per meeting
        // that involves (was attended by) both. Meetings hidden by the filters do not count.
        const NodeKind kept =
            filter.projection == Projection::StatesOnly ? NodeKind::State : NodeKind::Official;
        const EdgeKind via = kept == NodeKind::State ? EdgeKind::Involves : EdgeKind::Attended;
        // A projection shows its kind whatever the kind boxes say (they would otherwise
        // empty it); the state restriction and the time range still apply.
        GraphFilter everyKind = filter;
        everyKind.showStates = everyKind.showOfficials = everyKind.showMeetings = true;
        keep = admitted(graph, everyKind, out.time);
        for (int v = 0; v < n; ++v) {
            if (graph.node(v).kind == kept && keep[std::size_t(v)])
                addNode(v);
        }
        std::map<std::pair<int, int>, std::vector<NodeId>> pairs;
        std::vector<int> ends;
        for (int m = 0; m < n; ++m) {
            const NodeData& d = graph.node(m);
            if (d.kind != NodeKind::Meeting || !out.time.keep[std::size_t(m)] || filter.hidden.contains(d.id))
                continue;
            ends.clear();
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
        const ProjectedEdgeKind kind = kept == NodeKind::State ? ProjectedEdgeKind::StatesMet
                                                               : ProjectedEdgeKind::OfficialsMet;
        for (auto& [pair, meetings] : pairs)
            out.edges.push_back(
                {pair.first, pair.second, kind, int(meetings.size()), std::move(meetings)});
    }
    applyMinDegree(out, filter.minDegree);
    if (filter.egoCentre >= 0)
        applyEgo(out, filter.egoCentre, filter.egoHops);
    return out;
}

std::vector<NodeId> edgeMeetings(const ProjectedGraph& projected, const ProjectedEdge& edge)
{
    switch (edge.kind) {
    case ProjectedEdgeKind::Attended:
        return {projected.nodes[std::size_t(edge.b)]};
    case ProjectedEdgeKind::Involves:
        return {projected.nodes[std::size_t(edge.a)]};
    case ProjectedEdgeKind::Serves:
        return {};
    case ProjectedEdgeKind::StatesMet:
    case ProjectedEdgeKind::OfficialsMet:
        return edge.meetings;
    }
    return {};
}

QString edgeKindName(ProjectedEdgeKind kind)
{
    switch (kind) {
    case ProjectedEdgeKind::Serves:
        return QStringLiteral("serves");
    case ProjectedEdgeKind::Attended:
        return QStringLiteral("attended");
    case ProjectedEdgeKind::Involves:
        return QStringLiteral("involves");
    case ProjectedEdgeKind::StatesMet:
    case ProjectedEdgeKind::OfficialsMet:
        return QStringLiteral("met");
    }
    return {};
}

} // namespace parley
