// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/projection.h"

#include <vector>

namespace parley {

/// A projection as an undirected simple graph in compressed rows, the input of every
/// algorithm in core/analysis. Node i is ProjectedGraph::nodes[i]; parallel projected edges
/// (both directions) are folded into one with their weights summed; self loops are dropped.
/// Neighbours of a node are in ascending order, so every walk over them is deterministic.
struct Adjacency
{
    std::vector<int> offsets;    ///< size n + 1: row i is [offsets[i], offsets[i + 1])
    std::vector<int> targets;    ///< neighbour node index
    std::vector<double> weights; ///< ProjectedEdge::weight (meetings, or 1 for extracted edges)
    std::vector<int> edges;      ///< index of a ProjectedEdge joining the pair

    int nodeCount() const { return int(offsets.size()) - 1; }
    int degree(int v) const { return offsets[std::size_t(v) + 1] - offsets[std::size_t(v)]; }
    /// Index into targets/weights/edges of the pair (u, v), or -1. O(log degree).
    int find(int u, int v) const;
};

/// Builds the adjacency of `projected`. O(edges log edges).
Adjacency buildAdjacency(const ProjectedGraph& projected);

} // namespace parley
