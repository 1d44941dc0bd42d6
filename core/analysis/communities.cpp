// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/communities.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <tuple>

namespace parley {

namespace {

// One level's graph: weighted rows plus self-loop weight (edges folded inside a community).
struct Level
{
    std::vector<std::vector<std::pair<int, double>>> rows;
    std::vector<double> selfLoop;
};

Level fromAdjacency(const Adjacency& adjacency)
{
    Level level;
    const auto n = std::size_t(adjacency.nodeCount());
    level.rows.resize(n);
    level.selfLoop.assign(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
        for (int i = adjacency.offsets[v]; i < adjacency.offsets[v + 1]; ++i)
            level.rows[v].emplace_back(adjacency.targets[std::size_t(i)],
                                       adjacency.weights[std::size_t(i)]);
    }
    return level;
}

// Moves nodes between communities until a whole pass gains nothing; true if any moved.
bool moveNodes(const Level& level, std::vector<int>& community, double totalWeight,
               std::mt19937_64& random, const std::stop_token& stop)
{
    const std::size_t n = level.rows.size();
    std::vector<double> strength(n, 0.0); // weighted degree, self loops counted twice
    for (std::size_t v = 0; v < n; ++v) {
        strength[v] = 2.0 * level.selfLoop[v];
        for (const auto& [w, weight] : level.rows[v])
            strength[v] += weight;
    }
    std::vector<double> total(n, 0.0); // sum of strengths per community
    for (std::size_t v = 0; v < n; ++v)
        total[std::size_t(community[v])] += strength[v];
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    for (std::size_t i = n; i > 1; --i)
        std::swap(order[i - 1], order[std::size_t(random() % i)]);

    std::vector<double> linkTo(n, 0.0);
    std::vector<int> touched;
    bool movedAny = false;
    const double twoM = 2.0 * totalWeight;
    // Gains below this are rounding noise: without it two equal choices could flip forever.
    constexpr double epsilon = 1e-12;
    for (bool moved = true; moved;) {
        moved = false;
        if (stop.stop_requested())
            return movedAny;
        for (const int v : order) {
            const int own = community[std::size_t(v)];
            touched.clear();
            touched.push_back(own);
            for (const auto& [w, weight] : level.rows[std::size_t(v)]) {
                const int c = community[std::size_t(w)];
                if (linkTo[std::size_t(c)] == 0.0 && c != own)
                    touched.push_back(c);
                linkTo[std::size_t(c)] += weight;
            }
            const double k = strength[std::size_t(v)];
            total[std::size_t(own)] -= k;
            // Gain of joining c (up to a positive factor): k_v,in(c) - tot(c) * k_v / 2m.
            int best = own;
            double bestGain = linkTo[std::size_t(own)] - total[std::size_t(own)] * k / twoM;
            for (const int c : touched) {
                const double gain = linkTo[std::size_t(c)] - total[std::size_t(c)] * k / twoM;
                if (gain > bestGain + epsilon) {
                    best = c;
                    bestGain = gain;
                }
            }
            total[std::size_t(best)] += k;
            for (const int c : touched)
                linkTo[std::size_t(c)] = 0.0;
            if (best != own) {
                community[std::size_t(v)] = best;
                moved = movedAny = true;
            }
        }
    }
    return movedAny;
}

// Renumbers communities 0..k-1 in order of first node; returns k.
int renumber(std::vector<int>& community)
{
    std::vector<int> map(community.size(), -1);
    int next = 0;
    for (int& c : community) {
        if (map[std::size_t(c)] < 0)
            map[std::size_t(c)] = next++;
        c = map[std::size_t(c)];
    }
    return next;
}

Level aggregate(const Level& level, const std::vector<int>& community, int count)
{
    Level next;
    next.rows.resize(std::size_t(count));
    next.selfLoop.assign(std::size_t(count), 0.0);
    std::vector<std::vector<std::pair<int, double>>> raw(static_cast<std::size_t>(count));
    for (std::size_t v = 0; v < level.rows.size(); ++v) {
        const int cv = community[v];
        next.selfLoop[std::size_t(cv)] += level.selfLoop[v];
        for (const auto& [w, weight] : level.rows[v]) {
            const int cw = community[std::size_t(w)];
            if (cw == cv)
                next.selfLoop[std::size_t(cv)] += weight / 2.0; // each inner edge is seen twice
            else
                raw[std::size_t(cv)].emplace_back(cw, weight);
        }
    }
    for (std::size_t c = 0; c < raw.size(); ++c) {
        auto& row = raw[c];
        std::sort(row.begin(), row.end());
        for (const auto& [w, weight] : row) {
            if (!next.rows[c].empty() && next.rows[c].back().first == w)
                next.rows[c].back().second += weight;
            else
                next.rows[c].emplace_back(w, weight);
        }
    }
    return next;
}

} // namespace

double modularity(const Adjacency& adjacency, const std::vector<int>& community)
{
    const auto n = std::size_t(adjacency.nodeCount());
    double twoM = 0;
    for (const double w : adjacency.weights)
        twoM += w;
    if (twoM <= 0 || community.size() != n)
        return 0;
    const int maxCommunity =
        community.empty() ? 0 : *std::max_element(community.begin(), community.end());
    std::vector<double> inner(std::size_t(maxCommunity) + 1, 0.0);
    std::vector<double> total(std::size_t(maxCommunity) + 1, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
        for (int i = adjacency.offsets[v]; i < adjacency.offsets[v + 1]; ++i) {
            const double w = adjacency.weights[std::size_t(i)];
            total[std::size_t(community[v])] += w;
            if (community[std::size_t(adjacency.targets[std::size_t(i)])] == community[v])
                inner[std::size_t(community[v])] += w;
        }
    }
    double q = 0;
    for (std::size_t c = 0; c < inner.size(); ++c)
        q += inner[c] / twoM - (total[c] / twoM) * (total[c] / twoM);
    return q;
}

Communities louvain(const Adjacency& adjacency, std::uint64_t seed, const std::stop_token& stop)
{
    Communities out;
    const auto n = std::size_t(adjacency.nodeCount());
    out.community.resize(n);
    std::iota(out.community.begin(), out.community.end(), 0);
    double totalWeight = 0;
    for (const double w : adjacency.weights)
        totalWeight += w;
    totalWeight /= 2.0;
    std::mt19937_64 random(seed);
    Level level = fromAdjacency(adjacency);
    // Without edges every node is its own community; there is nothing to gain.
    while (totalWeight > 0) {
        std::vector<int> local(level.rows.size());
        std::iota(local.begin(), local.end(), 0);
        const bool moved = moveNodes(level, local, totalWeight, random, stop);
        if (stop.stop_requested()) {
            out.cancelled = true;
            return out;
        }
        if (!moved)
            break;
        const int count = renumber(local);
        for (int& c : out.community)
            c = local[std::size_t(c)];
        level = aggregate(level, local, count);
    }
    // Largest community first, ties by smallest member: numbering independent of the moves.
    const int count = renumber(out.community);
    std::vector<std::tuple<int, int, int>> bySize(std::size_t(count),
                                                  {0, 0, 0}); // -size, first, id
    for (int c = 0; c < count; ++c)
        bySize[std::size_t(c)] = {0, int(n), c};
    for (std::size_t v = 0; v < n; ++v) {
        auto& [size, first, id] = bySize[std::size_t(out.community[v])];
        --size;
        first = std::min(first, int(v));
    }
    std::sort(bySize.begin(), bySize.end());
    std::vector<int> rank(static_cast<std::size_t>(count));
    for (int r = 0; r < count; ++r)
        rank[std::size_t(std::get<2>(bySize[std::size_t(r)]))] = r;
    for (int& c : out.community)
        c = rank[std::size_t(c)];
    out.count = count;
    out.modularity = modularity(adjacency, out.community);
    return out;
}

} // namespace parley
