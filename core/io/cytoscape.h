// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"
#include "io/exportoptions.h"

#include <QByteArray>

namespace parley {

/// Cytoscape.js elements JSON, also what Cytoscape desktop opens as .cyjs:
/// {"format_version", "generated_by", "data": {...}, "elements": {"nodes": [{"data": {...},
/// "position": {x, y}}], "edges": [{"data": {id, source, target, kind, interaction, weight,
/// sentences}}]}}. Node data holds id, name, label, kind and every non-empty attribute,
/// sentences and weight; positions appear when laid out. Deterministic for a canonicalized
/// graph. Thread-safe.
QByteArray cytoscapeJson(const CorpusGraph& graph, const ExportOptions& options = {});

} // namespace parley
