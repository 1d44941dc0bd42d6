// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/adjacency.h"

#include <cstdint>
#include <stop_token>
#include <vector>

namespace parley {

struct Communities
{
    /// Per projected node, its community: 0 is the largest, then by size (ties by the
    /// smallest node index in the community), so numbers are stable for a seed.
    std::vector<int> community;
    int count = 0;
    double modularity = 0; ///< Newman-Girvan modularity of the partition, weighted
    bool cancelled = false;
};

/// Louvain community detection (Blondel, Guillaume, Lambiotte, Lefebvre 2008, "Fast
/// unfolding of communities in large networks") on the weighted adjacency: local moves in a
/// seeded random order until no move gains modularity, then the communities become nodes and
/// it repeats. Deterministic for a seed. Thread-safe (reads only); checks `stop` per pass.
Communities louvain(const Adjacency& adjacency, std::uint64_t seed = 1,
                    const std::stop_token& stop = {});

/// Weighted modularity of `community` (one entry per node) on `adjacency`:
/// Q = sum over communities of in_c / 2m - (tot_c / 2m)^2. 0 for a graph without edges.
double modularity(const Adjacency& adjacency, const std::vector<int>& community);

} // namespace parley
