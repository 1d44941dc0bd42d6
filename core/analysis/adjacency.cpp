// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/adjacency.h"

#include <algorithm>
#include <tuple>

namespace parley {

int Adjacency::find(int u, int v) const
{
    const auto begin = targets.begin() + offsets[std::size_t(u)];
    const auto end = targets.begin() + offsets[std::size_t(u) + 1];
    const auto it = std::lower_bound(begin, end, v);
    return it != end && *it == v ? int(it - targets.begin()) : -1;
}

Adjacency buildAdjacency(const ProjectedGraph& projected)
{
    struct Arc
    {
        int from, to, edge;
        double weight;
    };
    std::vector<Arc> arcs;
    arcs.reserve(projected.edges.size() * 2);
    for (std::size_t i = 0; i < projected.edges.size(); ++i) {
        const ProjectedEdge& e = projected.edges[i];
        if (e.a == e.b)
            continue;
        arcs.push_back({e.a, e.b, int(i), double(e.weight)});
        arcs.push_back({e.b, e.a, int(i), double(e.weight)});
    }
    std::sort(arcs.begin(), arcs.end(), [](const Arc& x, const Arc& y) {
        return std::tie(x.from, x.to, x.edge) < std::tie(y.from, y.to, y.edge);
    });
    Adjacency adj;
    const std::size_t n = projected.nodes.size();
    adj.offsets.assign(n + 1, 0);
    for (std::size_t i = 0; i < arcs.size(); ++i) {
        const Arc& a = arcs[i];
        // A pair seen again (a->b and b->a both projected) adds its weight to the first.
        if (i > 0 && arcs[i - 1].from == a.from && arcs[i - 1].to == a.to) {
            adj.weights.back() += a.weight;
            continue;
        }
        ++adj.offsets[std::size_t(a.from) + 1];
        adj.targets.push_back(a.to);
        adj.weights.push_back(a.weight);
        adj.edges.push_back(a.edge);
    }
    for (std::size_t i = 0; i < n; ++i)
        adj.offsets[i + 1] += adj.offsets[i];
    return adj;
}

} // namespace parley
