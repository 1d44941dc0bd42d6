// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/corpusgraph.h"
#include "io/exportoptions.h"

#include <QByteArray>
#include <QIODevice>

namespace parley {

/// GraphML through Boost's write_graphml, with typed keys that yEd, Cytoscape, Gephi and
/// NetworkX read. Node keys: id (Parley id), kind, label, name, aliases ("; "-joined), title,
/// state, organization, place, when, date, mode, status (string), sentences (int: distinct
/// source sentences), weight (double: mentions), provenance (string: compact JSON of aliases,
/// rules and every mention, for an exact round trip), and x, y, size (double), color
/// ("#rrggbb") when `options.visuals` is not empty. Edge keys: kind, label, sentences, weight,
/// provenance. Graph keys: generator, documents (compact JSON of the documents and their
/// sentences). Strings are XML-escaped; characters XML cannot carry are dropped.
/// Deterministic for a canonicalized graph. Thread-safe (reads the graph only).
Result<QByteArray> graphmlBytes(const CorpusGraph& graph, const GraphExportOptions& options = {});

/// Streams the bytes of graphmlBytes() to an open device, document by document and node by
/// node, so that a large corpus's GraphML never sits whole in memory. Thread-safe (reads the
/// graph only).
Status writeGraphml(const CorpusGraph& graph, QIODevice& device,
                    const GraphExportOptions& options = {});

} // namespace parley
