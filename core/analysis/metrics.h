// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/centrality.h"
#include "analysis/communities.h"
#include "common/result.h"

#include <QByteArray>

#include <optional>
#include <stop_token>

namespace parley {

/// Every per-node measure Parley computes, index-aligned with ProjectedGraph::nodes.
struct NodeMetrics
{
    std::vector<int> degree;         ///< distinct neighbours
    std::vector<int> meetings;       ///< weighted degree: distinct meetings (meetingCounts())
    std::vector<double> betweenness; ///< see Betweenness::values
    BetweennessSampling sampling;
    std::vector<int> community; ///< see Communities::community
    int communityCount = 0;
    double modularity = 0;
};

struct MetricsOptions
{
    BetweennessOptions betweenness;
    std::uint64_t communitySeed = 1;
};

/// Computes all of NodeMetrics for a projection: what `parley-cli analyze` prints and the GUI
/// sizes and colours nodes by. nullopt when `stop` was requested. Thread-safe (reads only).
std::optional<NodeMetrics> computeMetrics(const ProjectedGraph& projected,
                                          const MetricsOptions& options = {},
                                          const std::stop_token& stop = {});

enum class MetricsFormat { Csv, GraphML, Gexf };

/// "csv", "graphml", "gexf" (case-insensitive), else nullopt.
std::optional<MetricsFormat> metricsFormatFromName(QStringView name);

/// The projection with its metrics: CSV (header id,name,kind,degree,weighted_degree,
/// betweenness,community; one row per node), or GraphML / GEXF with those as node
/// attributes and the projected edges with their weight (meetings). Numbers use the C locale.
QByteArray metricsBytes(const CorpusGraph& graph, const ProjectedGraph& projected,
                        const NodeMetrics& metrics, MetricsFormat format);

} // namespace parley
