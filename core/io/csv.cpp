// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

#include "io/exportcommon.h"
#include "io/savefile.h"

#include <QSet>

namespace parley {

namespace {

QByteArray numberCell(double d)
{
    return exportcommon::number(d).toUtf8();
}

void endRow(QByteArray& out, QList<QByteArray>& cells)
{
    out += cells.join(',');
    out += "\r\n";
    cells.clear();
}

} // namespace

QByteArray csvTextCell(const QString& value)
{
    QString v = value;
    // OWASP's advice for CSV injection: a leading apostrophe makes the cell text.
    if (!v.isEmpty()) {
        const QChar c = v.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    QByteArray utf8 = v.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

CsvTables csvTables(const CorpusGraph& corpus, const ExportOptions& options)
{
    using namespace exportcommon;
    const Graph& g = corpus.graph();
    const bool laidOut = !options.visuals.isEmpty();
    CsvTables t;
    QList<QByteArray> cells;

    cells = {"Id", "Label", "kind", "name", "aliases", "title", "state", "organization",
             "place", "when", "date", "mode", "status", "sentences", "weight"};
    if (laidOut)
        cells += {"x", "y", "color", "size"};
    endRow(t.nodes, cells);
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const NodeData& n = g[v];
        for (const QString& s : {n.id, labelFor(n), toString(n.kind), n.name,
                                 n.aliases.join(QStringLiteral("; ")), n.title, n.state,
                                 n.organization, n.place, n.when, n.date, n.mode, n.status})
            cells.append(csvTextCell(s));
        cells.append(QByteArray::number(sentenceCount(n.mentions)));
        cells.append(QByteArray::number(static_cast<qint64>(n.mentions.size())));
        if (laidOut) {
            const std::optional<NodeVisual> visual = visualFor(options, n);
            cells.append(visual ? numberCell(visual->x) : QByteArray());
            cells.append(visual ? numberCell(visual->y) : QByteArray());
            cells.append(csvTextCell(colorFor(options, n)));
            cells.append(numberCell(sizeFor(options, n)));
        }
        endRow(t.nodes, cells);
    }

    cells = {"Source", "Target", "Type", "Id", "Label", "kind", "Weight", "sentences", "evidence"};
    endRow(t.edges, cells);
    int index = 0;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const EdgeData& e = g[*it];
        QStringList evidence;
        QSet<std::pair<QString, int>> seen;
        for (const Mention& m : e.evidence) {
            if (seen.contains({m.document, m.sentence}))
                continue;
            seen.insert({m.document, m.sentence});
            evidence.append(m.document + QLatin1Char('#') + QString::number(m.sentence));
        }
        const int sentences = static_cast<int>(seen.size());
        cells.append(csvTextCell(g[boost::source(*it, g)].id));
        cells.append(csvTextCell(g[boost::target(*it, g)].id));
        cells.append("Directed");
        cells.append(QByteArray::number(index++));
        cells.append(csvTextCell(toString(e.kind)));
        cells.append(csvTextCell(toString(e.kind)));
        cells.append(QByteArray::number(std::max(1, sentences)));
        cells.append(QByteArray::number(sentences));
        cells.append(csvTextCell(evidence.join(QLatin1Char(' '))));
        endRow(t.edges, cells);
    }
    return t;
}

Status writeCsv(const CorpusGraph& graph, const QString& nodesPath, const QString& edgesPath,
                const ExportOptions& options)
{
    const CsvTables t = csvTables(graph, options);
    if (Status s = saveFile(nodesPath, t.nodes); !s.ok())
        return s;
    return saveFile(edgesPath, t.edges);
}

} // namespace parley
