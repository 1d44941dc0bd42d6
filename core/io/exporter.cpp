// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/exporter.h"

#include "io/csv.h"
#include "io/cytoscape.h"
#include "io/dot.h"
#include "io/gexf.h"
#include "io/graphml.h"
#include "io/jsonexport.h"
#include "io/jsonl.h"
#include "io/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace parley {

namespace {

struct FormatInfo
{
    ExportFormat format;
    const char* name;
    const char* suffix;
};

constexpr FormatInfo formats[] = {
    {ExportFormat::Json, "json", "json"},
    {ExportFormat::Jsonl, "jsonl", "jsonl"},
    {ExportFormat::GraphML, "graphml", "graphml"},
    {ExportFormat::Gexf, "gexf", "gexf"},
    {ExportFormat::Dot, "dot", "gv"},
    {ExportFormat::Csv, "csv", "csv"},
    {ExportFormat::Cytoscape, "cytoscape", "cyjs"},
};

// The large formats go straight to the device as they are produced (a 100,000-article
// corpus gives more than a gigabyte of JSON or GraphML); the others are small.
Status streamGraph(const CorpusGraph& graph, ExportFormat format, QIODevice& device,
                   const GraphExportOptions& options)
{
    switch (format) {
    case ExportFormat::Json:
        return writeContractJson(graph, device, options);
    case ExportFormat::GraphML:
        return writeGraphml(graph, device, options);
    case ExportFormat::Gexf:
        return writeGexf(graph, device, options);
    default:
        break;
    }
    Result<QByteArray> bytes = exportToBytes(graph, format, options);
    if (!bytes.ok())
        return Status::failure(bytes.error());
    if (device.write(bytes.value()) != bytes.value().size())
        return Status::failure({{}, device.errorString()});
    return Status::success();
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (const FormatInfo& f : formats) {
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return f.format;
    }
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    for (const FormatInfo& f : formats) {
        if (f.format == format)
            return QLatin1String(f.name);
    }
    return {};
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const FormatInfo& f : formats)
        names.append(QLatin1String(f.name));
    return names;
}

QString exportFormatSuffix(ExportFormat format)
{
    for (const FormatInfo& f : formats) {
        if (f.format == format)
            return QLatin1String(f.suffix);
    }
    return {};
}

std::pair<QString, QString> csvPaths(const QString& path)
{
    if (path.endsWith(QLatin1Char('/')) || QFileInfo(path).isDir()) {
        const QDir dir(path);
        return {dir.filePath(QStringLiteral("nodes.csv")), dir.filePath(QStringLiteral("edges.csv"))};
    }
    QString prefix = path;
    if (prefix.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        prefix.chop(4);
    return {prefix + QStringLiteral("-nodes.csv"), prefix + QStringLiteral("-edges.csv")};
}

Result<QByteArray> exportToBytes(const CorpusGraph& graph, ExportFormat format,
                                 const GraphExportOptions& options)
{
    switch (format) {
    case ExportFormat::Json:
        return contractJson(graph, options);
    case ExportFormat::GraphML:
        return graphmlBytes(graph, options);
    case ExportFormat::Gexf:
        return gexfBytes(graph, options);
    case ExportFormat::Dot:
        return dotBytes(graph, options);
    case ExportFormat::Cytoscape:
        return cytoscapeJson(graph, options);
    case ExportFormat::Csv:
        return Error{{}, QStringLiteral("CSV is two files (nodes and edges); write it to a path")};
    case ExportFormat::Jsonl:
        return Error{{}, QStringLiteral("JSONL holds per-document records, not a merged graph")};
    }
    return Error{{}, QStringLiteral("unknown format")};
}

Status exportGraph(const CorpusGraph& graph, ExportFormat format, const QString& path,
                   const GraphExportOptions& options)
{
    if (format == ExportFormat::Csv) {
        const auto [nodes, edges] = csvPaths(path);
        return writeCsv(graph, nodes, edges, options);
    }
    if (format == ExportFormat::Jsonl)
        return Status::failure({path, exportToBytes(graph, format, options).error().message});
    return saveStreamed(path, [&](QIODevice& device) {
        return streamGraph(graph, format, device, options);
    });
}

Status writeGraph(const CorpusGraph& graph, ExportFormat format, const QString& path,
                  const GraphExportOptions& options)
{
    if (!path.isEmpty())
        return exportGraph(graph, format, path, options);
    if (format == ExportFormat::Csv || format == ExportFormat::Jsonl) {
        return Status::failure(
            {QStringLiteral("standard output"), exportToBytes(graph, format, options).error().message});
    }
    return saveStreamed({}, [&](QIODevice& device) {
        return streamGraph(graph, format, device, options);
    });
}

Status writeRecords(std::vector<ExtractedDocument> records, ExportFormat format,
                    const QString& path, const GraphExportOptions& options)
{
    if (format == ExportFormat::Jsonl) {
        canonicalOrder(records);
        return saveStreamed(path, [&](QIODevice& device) { return writeJsonlRecords(records, device); });
    }
    return writeGraph(buildCorpusGraph(std::move(records)), format, path, options);
}

} // namespace parley
