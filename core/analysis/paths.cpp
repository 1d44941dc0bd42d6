// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/paths.h"

#include <algorithm>

namespace parley {

int projectedIndex(const ProjectedGraph& projected, NodeId node)
{
    // Projected nodes keep the graph's (sorted) node order.
    const auto it = std::lower_bound(projected.nodes.begin(), projected.nodes.end(), node);
    return it != projected.nodes.end() && *it == node ? int(it - projected.nodes.begin()) : -1;
}

namespace {

// The CorpusGraph edge between two nodes, in whichever direction it was extracted.
const EdgeData* corpusEdge(const CorpusGraph& graph, NodeId a, NodeId b)
{
    const Graph& g = graph.graph();
    for (const auto& [u, v] : {std::pair{a, b}, std::pair{b, a}}) {
        const auto [e, exists] = boost::edge(std::size_t(u), std::size_t(v), g);
        if (exists)
            return &g[e];
    }
    return nullptr;
}

Evidence describe(const CorpusGraph& graph, const Mention& m, NodeId meeting)
{
    Evidence e;
    e.meeting = meeting;
    e.document = m.document;
    e.sentence = m.sentence;
    if (meeting >= 0)
        e.date = graph.node(meeting).date;
    if (const Document* d = graph.document(m.document)) {
        if (m.sentence >= 0 && std::size_t(m.sentence) < d->sentences.size())
            e.text = d->sentenceText(std::size_t(m.sentence)).toString().simplified();
        e.title = d->title;
        e.path = d->path;
        if (e.date.isEmpty() && d->date.isValid())
            e.date = d->date.toString(Qt::ISODate);
    }
    return e;
}

} // namespace

std::vector<Evidence> hopEvidence(const CorpusGraph& graph, const ProjectedGraph& projected,
                                  const ProjectedEdge& edge, int limit)
{
    std::vector<Evidence> out;
    const std::vector<NodeId> meetings = edgeMeetings(projected, edge);
    if (meetings.empty()) {
        // A Serves edge: the sentence that named the official with the state.
        const EdgeData* data = corpusEdge(graph, projected.nodes[std::size_t(edge.a)],
                                          projected.nodes[std::size_t(edge.b)]);
        if (data && !data->evidence.empty())
            out.push_back(describe(graph, data->evidence.front(), -1));
        return out;
    }
    for (const NodeId m : meetings) {
        if (int(out.size()) >= limit)
            break;
        const NodeData& meeting = graph.node(m);
        if (!meeting.mentions.empty())
            out.push_back(describe(graph, meeting.mentions.front(), m));
    }
    return out;
}

PathSearch shortestPaths(const ProjectedGraph& projected, const Adjacency& adjacency, NodeId from,
                         NodeId to, const PathOptions& options, const std::stop_token& stop)
{
    PathSearch out;
    const int s = projectedIndex(projected, from);
    const int t = projectedIndex(projected, to);
    if (s < 0 || t < 0)
        return out;
    const auto n = std::size_t(adjacency.nodeCount());
    std::vector<int> distance(n, -1);
    std::vector<long long> count(n, 0);
    std::vector<int> frontier{s};
    distance[std::size_t(s)] = 0;
    count[std::size_t(s)] = 1;
    // Level by level, stopping at the target's level: no need to search the whole graph.
    while (!frontier.empty() && distance[std::size_t(t)] < 0) {
        if (stop.stop_requested()) {
            out.cancelled = true;
            return out;
        }
        std::vector<int> next;
        for (const int v : frontier) {
            for (int i = adjacency.offsets[std::size_t(v)];
                 i < adjacency.offsets[std::size_t(v) + 1]; ++i) {
                const int w = adjacency.targets[std::size_t(i)];
                if (distance[std::size_t(w)] < 0) {
                    distance[std::size_t(w)] = distance[std::size_t(v)] + 1;
                    next.push_back(w);
                }
                if (distance[std::size_t(w)] == distance[std::size_t(v)] + 1)
                    count[std::size_t(w)] =
                        std::min(count[std::size_t(w)] + count[std::size_t(v)], (1LL << 62));
            }
        }
        frontier = std::move(next);
    }
    if (distance[std::size_t(t)] < 0)
        return out;
    out.length = distance[std::size_t(t)];
    out.pathCount = count[std::size_t(t)];

    // Back from the target through predecessors (neighbours one step nearer the source):
    // every such walk reaches the source, so no branch is wasted; each is reversed.
    std::vector<std::vector<int>> found;
    std::vector<int> stack{t};
    const auto walk = [&](const auto& self, int v) -> void {
        if (int(found.size()) >= options.maxPaths)
            return;
        if (v == s) {
            found.emplace_back(stack.rbegin(), stack.rend());
            return;
        }
        for (int i = adjacency.offsets[std::size_t(v)]; i < adjacency.offsets[std::size_t(v) + 1];
             ++i) {
            const int u = adjacency.targets[std::size_t(i)];
            if (distance[std::size_t(u)] == distance[std::size_t(v)] - 1 &&
                distance[std::size_t(u)] >= 0) {
                stack.push_back(u);
                self(self, u);
                stack.pop_back();
            }
        }
    };
    walk(walk, t);
    std::sort(found.begin(), found.end());
    for (const std::vector<int>& nodes : found) {
        Path path;
        for (std::size_t i = 0; i + 1 < nodes.size(); ++i) {
            const int slot = adjacency.find(nodes[i], nodes[i + 1]);
            Hop hop;
            hop.edge = adjacency.edges[std::size_t(slot)];
            hop.from = projected.nodes[std::size_t(nodes[i])];
            hop.to = projected.nodes[std::size_t(nodes[i + 1])];
            hop.kind = projected.edges[std::size_t(hop.edge)].kind;
            path.push_back(hop);
        }
        out.paths.push_back(std::move(path));
    }
    return out;
}

void attachEvidence(const CorpusGraph& graph, const ProjectedGraph& projected, PathSearch& search,
                    const PathOptions& options)
{
    for (Path& path : search.paths) {
        for (Hop& hop : path)
            hop.evidence = hopEvidence(graph, projected, projected.edges[std::size_t(hop.edge)],
                                       options.evidencePerHop);
    }
}

std::vector<std::pair<int, int>> egoNetwork(const Adjacency& adjacency, int centre, int hops)
{
    std::vector<std::pair<int, int>> out;
    if (centre < 0 || centre >= adjacency.nodeCount())
        return out;
    std::vector<int> distance(std::size_t(adjacency.nodeCount()), -1);
    distance[std::size_t(centre)] = 0;
    out.emplace_back(centre, 0);
    for (std::size_t head = 0; head < out.size(); ++head) {
        const auto [v, d] = out[head];
        if (d >= hops)
            continue;
        for (int i = adjacency.offsets[std::size_t(v)]; i < adjacency.offsets[std::size_t(v) + 1];
             ++i) {
            const int w = adjacency.targets[std::size_t(i)];
            if (distance[std::size_t(w)] < 0) {
                distance[std::size_t(w)] = d + 1;
                out.emplace_back(w, d + 1);
            }
        }
    }
    return out;
}

} // namespace parley
