// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonexport.h"

#include "io/jsonwriter.h"
#include "io/savefile.h"

namespace parley {

namespace {

void writeMentions(JsonWriter& w, const std::vector<Mention>& mentions)
{
    w.beginArray();
    for (const Mention& m : mentions) {
        w.beginObject();
        w.key("document");
        w.value(m.document);
        w.key("sentence");
        w.value(m.sentence);
        w.key("start");
        w.value(static_cast<qint64>(m.start));
        w.key("end");
        w.value(static_cast<qint64>(m.end));
        if (!m.rule.isEmpty()) {
            w.key("rule");
            w.value(m.rule);
        }
        w.endObject();
    }
    w.endArray();
}

void writeVisual(JsonWriter& w, const ExportOptions& options, const NodeData& node)
{
    const auto it = options.visuals.constFind(node.id);
    if (it == options.visuals.cend())
        return;
    const QString kind = toString(node.kind);
    w.key("x");
    w.value(it->x);
    w.key("y");
    w.value(it->y);
    w.key("color");
    w.value(it->color.isEmpty() ? defaultColor(kind) : it->color);
    w.key("size");
    w.value(it->size > 0 ? it->size : defaultSize(kind));
}

void writeDocuments(JsonWriter& w, const CorpusGraph& graph)
{
    w.beginArray();
    for (const Document& d : graph.documents()) {
        w.beginObject();
        w.key("id");
        w.value(d.id);
        w.key("path");
        w.value(d.path);
        w.key("title");
        w.stringOrNull(d.title);
        w.key("date");
        w.stringOrNull(d.date.isValid() ? d.date.toString(Qt::ISODate) : QString());
        w.key("url");
        w.stringOrNull(d.url);
        w.key("source");
        w.stringOrNull(d.source);
        w.key("sentences");
        w.beginArray();
        for (std::size_t i = 0; i < d.sentences.size(); ++i) {
            w.beginObject();
            w.key("text");
            w.value(d.sentenceText(i).toString());
            w.key("start");
            w.value(static_cast<qint64>(d.sentences[i].start));
            w.key("end");
            w.value(static_cast<qint64>(d.sentences[i].end));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

} // namespace

QStringList meetingParticipants(const CorpusGraph& graph, NodeId meeting)
{
    QStringList ids;
    const Graph& g = graph.graph();
    for (auto [it, end] = boost::in_edges(static_cast<std::size_t>(meeting), g); it != end; ++it) {
        if (g[*it].kind == EdgeKind::Attended)
            ids.append(g[boost::source(*it, g)].id);
    }
    ids.sort();
    return ids;
}

QStringList meetingStates(const CorpusGraph& graph, NodeId meeting)
{
    QStringList ids;
    const Graph& g = graph.graph();
    for (auto [it, end] = boost::out_edges(static_cast<std::size_t>(meeting), g); it != end; ++it) {
        if (g[*it].kind == EdgeKind::Involves)
            ids.append(g[boost::target(*it, g)].id);
    }
    ids.sort();
    return ids;
}

QByteArray contractJson(const CorpusGraph& graph, const ExportOptions& options)
{
    QByteArray out;
    JsonWriter w(out, options.pretty);
    w.beginObject();
    w.key("documents");
    writeDocuments(w, graph);

    // Nodes are listed by kind; a canonicalized graph already has them in (kind, id) order.
    w.key("states");
    w.beginArray();
    for (NodeId n = 0; n < graph.nodeCount(); ++n) {
        const NodeData& s = graph.node(n);
        if (s.kind != NodeKind::State)
            continue;
        w.beginObject();
        w.key("id");
        w.value(s.id);
        w.key("name");
        w.value(s.name);
        w.key("aliases");
        w.value(s.aliases);
        w.key("mentions");
        writeMentions(w, s.mentions);
        writeVisual(w, options, s);
        w.endObject();
    }
    w.endArray();

    w.key("officials");
    w.beginArray();
    for (NodeId n = 0; n < graph.nodeCount(); ++n) {
        const NodeData& o = graph.node(n);
        if (o.kind != NodeKind::Official)
            continue;
        w.beginObject();
        w.key("id");
        w.value(o.id);
        w.key("name");
        w.value(o.name);
        w.key("aliases");
        w.value(o.aliases);
        w.key("title");
        w.stringOrNull(o.title);
        w.key("state");
        w.stringOrNull(o.state);
        w.key("organization");
        w.stringOrNull(o.organization);
        w.key("rules");
        w.value(o.rules);
        w.key("mentions");
        writeMentions(w, o.mentions);
        writeVisual(w, options, o);
        w.endObject();
    }
    w.endArray();

    w.key("meetings");
    w.beginArray();
    for (NodeId n = 0; n < graph.nodeCount(); ++n) {
        const NodeData& m = graph.node(n);
        if (m.kind != NodeKind::Meeting)
            continue;
        w.beginObject();
        w.key("id");
        w.value(m.id);
        if (!m.name.isEmpty()) {
            w.key("name");
            w.value(m.name);
        }
        w.key("participants");
        w.value(meetingParticipants(graph, n));
        w.key("states");
        w.value(meetingStates(graph, n));
        w.key("place");
        w.stringOrNull(m.place);
        w.key("when");
        w.stringOrNull(m.when);
        w.key("date");
        w.stringOrNull(m.date);
        w.key("mode");
        w.stringOrNull(m.mode);
        w.key("status");
        w.value(m.status.isEmpty() ? QStringLiteral("held") : m.status);
        w.key("rule");
        w.stringOrNull(m.rules.value(0));
        w.key("rules");
        w.value(m.rules);
        w.key("evidence");
        writeMentions(w, m.mentions);
        writeVisual(w, options, m);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    out += '\n';
    return out;
}

Status writeContractJson(const CorpusGraph& graph, const QString& path,
                         const ExportOptions& options)
{
    return saveFile(path, contractJson(graph, options));
}

} // namespace parley
