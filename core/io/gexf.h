// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/corpusgraph.h"
#include "io/exportoptions.h"

#include <QByteArray>
#include <QIODevice>

namespace parley {

/// GEXF 1.3 (https://gexf.net/1.3) for Gephi, written with QXmlStreamWriter. Nodes carry
/// their Parley id as GEXF id and their name as label; kind, name, aliases, title, state,
/// organization, place, when, date, mode, status, sentences and provenance are declared
/// node attributes; kind, sentences and provenance edge attributes (edge weight = supporting
/// sentences). Every node has viz:color and viz:size (the kind's default unless
/// `options.visuals` says otherwise) and, when laid out, viz:position; y is flipped because
/// Gephi's y axis points up while Parley's points down. The graph is dynamic with
/// timeformat="date": a meeting with an ISO date, and its edges, get start = end = that date,
/// so Gephi's timeline shows meetings as they happen. The documents and their sentences are
/// kept in a <parley:documents> element of <meta> (ignored by other readers) for import.
/// Deterministic for a canonicalized graph. Thread-safe (reads the graph only).
Result<QByteArray> gexfBytes(const CorpusGraph& graph, const GraphExportOptions& options = {});

/// Streams the bytes of gexfBytes() to an open device, without building them in memory.
/// Thread-safe (reads the graph only).
Status writeGexf(const CorpusGraph& graph, QIODevice& device,
                 const GraphExportOptions& options = {});

} // namespace parley
