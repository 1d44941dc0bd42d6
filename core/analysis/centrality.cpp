// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/centrality.h"

#include <QLocale>

#include <algorithm>
#include <numeric>
#include <random>

namespace parley {

std::vector<int> degrees(const Adjacency& adjacency)
{
    std::vector<int> out(std::size_t(adjacency.nodeCount()));
    for (int v = 0; v < adjacency.nodeCount(); ++v)
        out[std::size_t(v)] = adjacency.degree(v);
    return out;
}

std::vector<int> meetingCounts(const ProjectedGraph& projected)
{
    std::vector<std::vector<NodeId>> meetings(projected.nodes.size());
    for (const ProjectedEdge& e : projected.edges) {
        const std::vector<NodeId> behind = edgeMeetings(projected, e);
        for (const int end : {e.a, e.b}) {
            auto& list = meetings[std::size_t(end)];
            list.insert(list.end(), behind.begin(), behind.end());
        }
    }
    std::vector<int> out(projected.nodes.size());
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        std::sort(meetings[i].begin(), meetings[i].end());
        out[i] = int(std::unique(meetings[i].begin(), meetings[i].end()) - meetings[i].begin());
    }
    return out;
}

QString BetweennessSampling::describe() const
{
    const QLocale c = QLocale::c();
    if (!sampled)
        return QStringLiteral("exact over %1 nodes").arg(c.toString(nodes));
    return QStringLiteral("estimated from %1 of %2 nodes as sources (seed %3)")
        .arg(c.toString(pivots), c.toString(nodes))
        .arg(seed);
}

std::vector<double> brandesFromSources(const Adjacency& adjacency, const std::vector<int>& sources,
                                       double scale, const std::stop_token& stop,
                                       const std::function<void(int, int)>& progress)
{
    const auto n = std::size_t(adjacency.nodeCount());
    std::vector<double> centrality(n, 0.0);
    // Scratch arrays are reused across sources and reset only where a BFS touched them, so a
    // source costs O(reached nodes + edges), not O(n).
    std::vector<int> distance(n, -1);
    std::vector<double> paths(n, 0.0);
    std::vector<double> dependency(n, 0.0);
    std::vector<int> order;
    order.reserve(n);
    int done = 0;
    for (const int s : sources) {
        if (stop.stop_requested())
            return {};
        order.clear();
        distance[std::size_t(s)] = 0;
        paths[std::size_t(s)] = 1.0;
        order.push_back(s);
        for (std::size_t head = 0; head < order.size(); ++head) {
            const int v = order[head];
            const int dv = distance[std::size_t(v)];
            for (int i = adjacency.offsets[std::size_t(v)];
                 i < adjacency.offsets[std::size_t(v) + 1]; ++i) {
                const int w = adjacency.targets[std::size_t(i)];
                if (distance[std::size_t(w)] < 0) {
                    distance[std::size_t(w)] = dv + 1;
                    order.push_back(w);
                }
                if (distance[std::size_t(w)] == dv + 1)
                    paths[std::size_t(w)] += paths[std::size_t(v)];
            }
        }
        // Dependencies flow back from the farthest nodes; predecessors are the neighbours one
        // step closer, found again instead of stored (no per-source lists to allocate).
        for (std::size_t k = order.size(); k-- > 0;) {
            const int w = order[k];
            const int dw = distance[std::size_t(w)];
            const double coefficient = (1.0 + dependency[std::size_t(w)]) / paths[std::size_t(w)];
            for (int i = adjacency.offsets[std::size_t(w)];
                 i < adjacency.offsets[std::size_t(w) + 1]; ++i) {
                const int v = adjacency.targets[std::size_t(i)];
                if (distance[std::size_t(v)] == dw - 1)
                    dependency[std::size_t(v)] += paths[std::size_t(v)] * coefficient;
            }
            if (w != s)
                centrality[std::size_t(w)] += dependency[std::size_t(w)];
        }
        for (const int v : order) {
            distance[std::size_t(v)] = -1;
            paths[std::size_t(v)] = 0.0;
            dependency[std::size_t(v)] = 0.0;
        }
        if (progress)
            progress(++done, int(sources.size()));
    }
    if (stop.stop_requested())
        return {};
    for (double& c : centrality)
        c *= scale;
    return centrality;
}

namespace {

// Fisher-Yates with a fixed generator, so the pivots are the same on every platform
// (std::shuffle's use of the generator is implementation-defined).
std::vector<int> samplePivots(int n, int k, std::uint64_t seed)
{
    std::vector<int> all(static_cast<std::size_t>(n));
    std::iota(all.begin(), all.end(), 0);
    std::mt19937_64 random(seed);
    for (int i = 0; i < k; ++i) {
        const auto span = std::uint64_t(n - i);
        const int j = i + int(random() % span);
        std::swap(all[std::size_t(i)], all[std::size_t(j)]);
    }
    all.resize(std::size_t(k));
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace

Betweenness betweenness(const Adjacency& adjacency, const BetweennessOptions& options,
                        const std::stop_token& stop)
{
    Betweenness out;
    const int n = adjacency.nodeCount();
    out.sampling.nodes = n;
    out.sampling.seed = options.seed;
    if (stop.stop_requested()) {
        out.cancelled = true;
        return out;
    }
    if (n <= options.exactLimit || n <= options.pivots) {
        // Every node a source, halved because each undirected pair is reached from both ends
        // (as Boost and NetworkX count it). Boost's own routine gives the same values (the
        // tests compare them) but cannot be stopped: at the limit it runs for seconds.
        std::vector<int> all(static_cast<std::size_t>(n));
        std::iota(all.begin(), all.end(), 0);
        out.values = brandesFromSources(adjacency, all, 0.5, stop, options.progress);
        out.sampling.pivots = n;
    } else {
        const int k = std::max(1, options.pivots);
        out.sampling.sampled = true;
        out.sampling.pivots = k;
        out.values = brandesFromSources(adjacency, samplePivots(n, k, options.seed),
                                        double(n) / double(k) / 2.0, stop, options.progress);
    }
    out.cancelled = stop.stop_requested();
    if (out.cancelled)
        out.values.clear();
    return out;
}

} // namespace parley
