// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/corpusgraph.h"
#include "io/exportoptions.h"

#include <QByteArray>
#include <QString>

namespace parley {

/// The node and edge tables, UTF-8 without BOM, CRLF line ends and RFC 4180 quoting.
/// nodes.csv: Id,Label,kind,name,aliases,title,state,organization,place,when,date,mode,status,
/// sentences,weight[,x,y,color,size] (the last four when laid out).
/// edges.csv: Source,Target,Type,Id,Label,kind,Weight,sentences,evidence (Type is "Directed";
/// evidence lists "document#sentence" pairs). Headers follow Gephi's spreadsheet import
/// (Kumu and Neo4j's LOAD CSV read them too). Text cells that begin with = + - @, a tab or a
/// carriage return get a leading apostrophe so spreadsheets do not run them as formulas;
/// numeric columns are never altered. Thread-safe.
struct CsvTables
{
    QByteArray nodes;
    QByteArray edges;
};
CsvTables csvTables(const CorpusGraph& graph, const ExportOptions& options = {});

/// Writes the two tables atomically each (see csvPaths() in exporter.h for the names).
Status writeCsv(const CorpusGraph& graph, const QString& nodesPath, const QString& edgesPath,
                const ExportOptions& options = {});

/// One RFC 4180 text cell: neutralised against formula injection, quoted when it holds a
/// comma, quote, CR or LF (quotes doubled).
QByteArray csvTextCell(const QString& value);

} // namespace parley
