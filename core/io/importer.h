// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/corpusgraph.h"
#include "io/exportoptions.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace parley {

/// A graph read back from a file, with the layout it carried (empty when none).
struct ImportedGraph
{
    CorpusGraph graph;
    QHash<QString, NodeVisual> visuals; ///< node id -> position, colour, size
};

/// Largest attribute value or element text accepted (64 MiB): far above what Parley writes
/// for one node, small enough that a hostile file cannot exhaust memory through one value.
inline constexpr qsizetype maxImportValueSize = 64 * 1024 * 1024;

/// Reads GraphML written by Parley (graphmlBytes()): kinds, attributes, provenance,
/// documents and layout come back exactly. Parsed with QXmlStreamReader: a DOCTYPE that
/// declares entities is rejected (no "billion laughs"), nothing external is ever fetched,
/// and values above maxImportValueSize are refused. Errors name `where` and the line.
/// Thread-safe.
Result<ImportedGraph> importGraphML(const QByteArray& data, const QString& where = {});

/// Reads GEXF written by Parley (gexfBytes()), with the same guarantees as importGraphML().
Result<ImportedGraph> importGexf(const QByteArray& data, const QString& where = {});

/// Reads a .graphml or .gexf file (chosen by the root element, not the suffix).
Result<ImportedGraph> importGraphFile(const QString& path);

} // namespace parley
