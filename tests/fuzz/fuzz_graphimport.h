// SPDX-License-Identifier: GPL-3.0-or-later
// What the GraphML and GEXF fuzz targets check on a graph the importer accepted: the graph is
// consistent, and writing it out and reading it back is a fixed point (the second export
// equals the first), so an imported file can always be saved and opened again.
#pragma once

#include "fuzzcheck.h"

#include "io/importer.h"

#include <QSet>

namespace parley::fuzz {

using Import = Result<ImportedGraph> (*)(const QByteArray&, const QString&);
using Export = Result<QByteArray> (*)(const CorpusGraph&, const GraphExportOptions&);

inline void checkImportedGraph(const ImportedGraph& in)
{
    const CorpusGraph& g = in.graph;
    QSet<QString> ids;
    for (NodeId n = 0; n < g.nodeCount(); ++n) {
        const QString& id = g.node(n).id;
        require(!ids.contains(id), "node ids unique");
        ids.insert(id);
        require(g.find(id) == n, "find() returns the node");
    }
    for (const Document& d : g.documents())
        checkSpans(d.text, d.sentences);
}

inline void checkGraphImport(const unsigned char* data, std::size_t size, Import read,
                             Export write, const QString& name)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<ImportedGraph> first = read(bytes, name);
    if (!first) {
        require(first.error().where == name && !first.error().message.isEmpty(),
                "an import error names the file and the reason");
        return;
    }
    checkImportedGraph(first.value());
    GraphExportOptions options;
    options.visuals = first.value().visuals;
    const Result<QByteArray> written = write(first.value().graph, options);
    require(written.ok(), "an imported graph can be exported");
    const Result<ImportedGraph> second = read(written.value(), name);
    if (!second)
        std::fprintf(stderr, "re-import: %s\n", qPrintable(second.error().toString()));
    require(second.ok(), "an exported graph imports again");
    checkImportedGraph(second.value());
    require(second.value().graph.nodeCount() == first.value().graph.nodeCount() &&
                second.value().graph.edgeCount() == first.value().graph.edgeCount(),
            "the round trip keeps every node and edge");
    options.visuals = second.value().visuals;
    const Result<QByteArray> again = write(second.value().graph, options);
    require(again.ok() && again.value() == written.value(), "export after import is stable");
}

} // namespace parley::fuzz
