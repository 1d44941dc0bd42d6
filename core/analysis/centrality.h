// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/adjacency.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <stop_token>
#include <vector>

namespace parley {

/// Number of distinct neighbours of each projected node (index as ProjectedGraph::nodes).
std::vector<int> degrees(const Adjacency& adjacency);

/// Weighted degree: the number of distinct meetings each projected node takes part in within
/// the projection (see edgeMeetings(); a meeting node counts itself once when it has an edge).
/// This, not the sum of edge weights, is what an analyst means by "40 meetings": a meeting of
/// three states is one meeting for each, not two.
std::vector<int> meetingCounts(const ProjectedGraph& projected);

/// How betweenness was computed, so the UI can say so.
struct BetweennessSampling
{
    bool sampled = false; ///< false: exact (every node a source)
    int pivots = 0;       ///< sources used (all nodes when exact)
    int nodes = 0;        ///< nodes in the graph
    std::uint64_t seed = 0;
    /// "exact over 1,234 nodes" or "estimated from 256 of 50,000 nodes (seed 1)".
    QString describe() const;
};

struct BetweennessOptions
{
    /// Exact (every node a source, the same values as Boost's brandes_betweenness_centrality)
    /// up to this many nodes; measured: 4,000 nodes of a generated corpus take about 2 s on
    /// one core, and time grows as n * (n + m).
    int exactLimit = 4000;
    /// Sources sampled above exactLimit (Brandes & Pich 2007, uniform pivots): at ~20 ms a
    /// BFS on 50k nodes / 200k edges, 300 pivots stay well inside 10 s.
    int pivots = 300;
    std::uint64_t seed = 1; ///< picks the pivots
    /// Called after each source with (sources done, sources in all), on the computing thread;
    /// may be empty.
    std::function<void(int, int)> progress;
};

struct Betweenness
{
    /// Per projected node: the number of shortest paths between other pairs through it, each
    /// pair counted once and split evenly among its shortest paths (NetworkX's
    /// betweenness_centrality(normalized=False) on the undirected graph). Sampled values are
    /// scaled by nodes / pivots, so they estimate the same quantity.
    std::vector<double> values;
    BetweennessSampling sampling;
    bool cancelled = false; ///< `stop` was requested; values are then empty
};

/// Unweighted betweenness centrality (Brandes 2001, "A faster algorithm for betweenness
/// centrality"), exact or sampled alike by Brandes' accumulation source by source, so that
/// both stop within one source's BFS of a `stop` request. Thread-safe (reads only).
Betweenness betweenness(const Adjacency& adjacency, const BetweennessOptions& options = {},
                        const std::stop_token& stop = {});

/// Brandes' accumulation from the given sources only, summed and scaled by `scale` (halved for
/// the undirected graph). With every node as a source and scale 1 it is exact; the sampled
/// path above uses it, and the tests check it against Boost. Empty when stopped.
std::vector<double> brandesFromSources(const Adjacency& adjacency, const std::vector<int>& sources,
                                       double scale, const std::stop_token& stop = {},
                                       const std::function<void(int, int)>& progress = {});

} // namespace parley
