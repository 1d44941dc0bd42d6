// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/corpusgraph.h"
#include "io/corpusbuilder.h"
#include "io/exportoptions.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace parley {

/// Every format Parley writes. See docs/formats.md for what each contains.
enum class ExportFormat {
    Json,      ///< the contract JSON (shared/eval/README.md), plus positions when laid out
    Jsonl,     ///< one record per document (document + its extraction); merges associatively
    GraphML,   ///< GraphML with typed keys (Boost write_graphml); re-importable
    Gexf,      ///< GEXF 1.3 with viz:* and meeting dates for Gephi's timeline; re-importable
    Dot,       ///< Graphviz DOT (Boost write_graphviz)
    Csv,       ///< nodes.csv + edges.csv (Gephi / Neo4j-import style)
    Cytoscape  ///< Cytoscape.js `elements` JSON
};

/// "json", "jsonl", "graphml", "gexf", "dot", "csv", "cytoscape" (case-insensitive).
std::optional<ExportFormat> exportFormatFromName(QStringView name);
QString exportFormatName(ExportFormat format);
QStringList exportFormatNames();
/// The usual file suffix, without the dot ("graphml", "gexf", "gv", ...).
QString exportFormatSuffix(ExportFormat format);

/// Serialises `graph` in a single-file format (every format but Csv and Jsonl, which need
/// several files or the per-document records). Thread-safe (reads the graph only).
Result<QByteArray> exportToBytes(const CorpusGraph& graph, ExportFormat format,
                                 const ExportOptions& options = {});

/// Writes `graph` to `path` atomically. For Csv, `path` is a folder (an existing one, or any
/// path ending in '/') that receives nodes.csv and edges.csv, or else a prefix: "out/run"
/// gives out/run-nodes.csv and out/run-edges.csv. Jsonl is not a graph format: use
/// writeJsonl() with the per-document records.
Status exportGraph(const CorpusGraph& graph, ExportFormat format, const QString& path,
                   const ExportOptions& options = {});

/// The two file names exportGraph() writes for Csv at `path`.
std::pair<QString, QString> csvPaths(const QString& path);

/// What the command line does after extraction or merging: writes `records` as JSONL, or
/// builds their merged graph (buildCorpusGraph()) and exports it. An empty `path` writes to
/// standard output (not possible for Csv, which needs two files).
Status writeRecords(std::vector<ExtractedDocument> records, ExportFormat format,
                    const QString& path, const ExportOptions& options = {});

} // namespace parley
