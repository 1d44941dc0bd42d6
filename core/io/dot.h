// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/corpusgraph.h"
#include "io/exportoptions.h"

#include <QByteArray>

namespace parley {

/// Graphviz DOT through Boost's write_graphviz: a digraph with charset UTF-8; states are
/// blue boxes, officials orange ellipses, meetings green diamonds (colours from the layout
/// when given); edges are labelled with their kind and weighted by supporting sentences.
/// Node statements carry id (the Parley id), kind, title, state and date attributes, and
/// `pos` ("x,y!" in points, y flipped) when laid out, so `neato -n` keeps the layout.
/// Every string is quoted with '"' and '\' escaped and newlines as \n, so `dot -Tsvg`
/// renders any name. Deterministic for a canonicalized graph. Thread-safe.
Result<QByteArray> dotBytes(const CorpusGraph& graph, const ExportOptions& options = {});

} // namespace parley
