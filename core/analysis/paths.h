// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/adjacency.h"

#include <QString>

#include <stop_token>
#include <vector>

namespace parley {

/// One sentence backing a hop, with where it was read.
struct Evidence
{
    NodeId meeting = -1; ///< the meeting it tells of, or -1 (an official serving a state)
    QString document;    ///< Document::id
    int sentence = 0;    ///< sentence index in the document
    QString text;        ///< the sentence (empty when the graph holds no document text)
    QString title;       ///< the article's title, may be empty
    QString path;        ///< the article's file ("corpus.jsonl:17")
    QString date;        ///< the meeting's ISO date, else the article's date, else empty
};

/// One step of a path: two adjacent entities and the sentences behind their link.
struct Hop
{
    NodeId from = 0;
    NodeId to = 0;
    ProjectedEdgeKind kind = ProjectedEdgeKind::Serves;
    int edge = -1;                  ///< the ProjectedEdge linking them
    std::vector<Evidence> evidence; ///< filled by attachEvidence()
};

using Path = std::vector<Hop>;

struct PathOptions
{
    int maxPaths = 10;      ///< shortest paths listed at most (there can be exponentially many)
    int evidencePerHop = 3; ///< sentences kept per hop (the meetings' first sentences)
};

struct PathSearch
{
    std::vector<Path> paths; ///< every one of the same, shortest length; empty when unconnected
    long long pathCount = 0; ///< how many shortest paths exist (may exceed paths.size())
    int length = -1;         ///< hops; -1 when unconnected, 0 when from == to
    bool cancelled = false;
};

/// The shortest paths (fewest hops) between two nodes of the projection, in a deterministic
/// order (lexicographic by projected node index), at most options.maxPaths of them. Nodes not
/// in the projection give an empty result. Thread-safe; checks `stop` per BFS level.
PathSearch shortestPaths(const ProjectedGraph& projected, const Adjacency& adjacency, NodeId from,
                         NodeId to, const PathOptions& options = {},
                         const std::stop_token& stop = {});

/// Fills each hop's evidence from `graph` (at most options.evidencePerHop sentences).
void attachEvidence(const CorpusGraph& graph, const ProjectedGraph& projected, PathSearch& search,
                    const PathOptions& options = {});

/// The sentences behind the link between projected nodes a and b (indices), at most `limit`.
std::vector<Evidence> hopEvidence(const CorpusGraph& graph, const ProjectedGraph& projected,
                                  const ProjectedEdge& edge, int limit);

/// The k-hop neighbourhood of `centre`: projected node indices with their distance (centre 0),
/// in BFS order. Empty when the centre is not in the projection.
std::vector<std::pair<int, int>> egoNetwork(const Adjacency& adjacency, int centre, int hops);

/// The projected index of `node`, or -1.
int projectedIndex(const ProjectedGraph& projected, NodeId node);

} // namespace parley
