// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/dot.h"

#include "io/exportcommon.h"

#include <boost/graph/graphviz.hpp>

#include <sstream>

namespace parley {

namespace {

// A DOT double-quoted string. Graphviz interprets backslash escapes in labels (\n, \l, \N),
// so a literal backslash is doubled; raw newlines become \n so each statement stays on a line.
std::string quoted(const QString& s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : exportcommon::xmlSafe(s)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == QLatin1Char('\r'))
            continue;
        out += c;
    }
    out += QLatin1Char('"');
    return out.toStdString();
}

const char* shapeFor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::State: return "box";
    case NodeKind::Official: return "ellipse";
    case NodeKind::Meeting: return "diamond";
    }
    return "ellipse";
}

struct VertexWriter
{
    const Graph* g;
    const ExportOptions* options;

    void operator()(std::ostream& out, std::size_t v) const
    {
        using namespace exportcommon;
        const NodeData& n = (*g)[v];
        out << " [label=" << quoted(labelFor(n)) << ", id=" << quoted(n.id)
            << ", kind=" << quoted(toString(n.kind)) << ", shape=" << shapeFor(n.kind)
            << ", fillcolor=" << quoted(colorFor(*options, n));
        if (!n.title.isEmpty())
            out << ", title=" << quoted(n.title);
        if (!n.state.isEmpty())
            out << ", state=" << quoted(n.state);
        if (!n.date.isEmpty())
            out << ", date=" << quoted(n.date);
        if (const std::optional<NodeVisual> visual = visualFor(*options, n)) {
            // Graphviz positions are in points with y up.
            out << ", pos=" << quoted(number(visual->x) + QLatin1Char(',') +
                                      number(-visual->y) + QLatin1Char('!'));
        }
        out << "]";
    }
};

struct EdgeWriter
{
    const Graph* g;

    template <typename Edge>
    void operator()(std::ostream& out, const Edge& e) const
    {
        const EdgeData& d = (*g)[e];
        const int sentences = exportcommon::sentenceCount(d.evidence);
        out << " [label=" << quoted(toString(d.kind)) << ", kind=" << quoted(toString(d.kind))
            << ", weight=" << std::max(1, sentences) << ", sentences=" << sentences << "]";
    }
};

struct GraphWriter
{
    void operator()(std::ostream& out) const
    {
        out << "graph [charset=\"UTF-8\", overlap=false, splines=true];\n"
               "node [style=filled, fontname=\"sans-serif\", fontsize=10];\n"
               "edge [fontname=\"sans-serif\", fontsize=8, color=\"#888888\"];\n";
    }
};

} // namespace

Result<QByteArray> dotBytes(const CorpusGraph& corpus, const ExportOptions& options)
{
    const Graph& g = corpus.graph();
    std::ostringstream out;
    try {
        boost::write_graphviz(out, g, VertexWriter{&g, &options}, EdgeWriter{&g}, GraphWriter{});
    } catch (const std::exception& e) {
        return Error{{}, QStringLiteral("DOT could not be written: %1")
                             .arg(QString::fromLocal8Bit(e.what()))};
    }
    const std::string s = out.str();
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace parley
