// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonexport.h"

#include "io/jsonparts.h"
#include "io/jsonwriter.h"
#include "io/savefile.h"

#include <QFileDevice>
#include <QSaveFile>

#include <functional>

namespace parley {

namespace {

void writeMentions(JsonWriter& w, const std::vector<Mention>& mentions)
{
    jsonparts::writeMentions(w, mentions, jsonparts::EmptyRule::Omit);
}

void writeVisual(JsonWriter& w, const GraphExportOptions& options, const NodeData& node)
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

bool writeDocuments(JsonWriter& w, const CorpusGraph& graph, const std::function<bool(bool)>& drain)
{
    w.beginArray();
    for (const Document& d : graph.documents()) {
        jsonparts::writeDocument(w, d);
        if (!drain(false))
            return false;
    }
    w.endArray();
    return true;
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

namespace {

// Writes the contract into `out`, calling `drain` after every document and node so that a
// file writer can move the bytes out as they come (a large corpus's JSON runs to hundreds
// of megabytes). `drain` returns false to stop early (the output failed).
bool writeContract(QByteArray& out, const CorpusGraph& graph, const GraphExportOptions& options,
                   const std::function<bool(bool)>& drain)
{
    JsonWriter w(out, options.pretty);
    w.beginObject();
    w.key("documents");
    if (!writeDocuments(w, graph, drain))
        return false;

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
        if (!drain(false))
            return false;
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
        if (!drain(false))
            return false;
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
        if (!drain(false))
            return false;
    }
    w.endArray();
    w.endObject();
    out += '\n';
    return drain(true);
}

} // namespace

QByteArray contractJson(const CorpusGraph& graph, const GraphExportOptions& options)
{
    QByteArray out;
    writeContract(out, graph, options, [](bool) { return true; });
    return out;
}

Status writeContractJson(const CorpusGraph& graph, QIODevice& device,
                         const GraphExportOptions& options)
{
    QByteArray buffer;
    constexpr qsizetype chunk = 4 << 20;
    bool failed = false;
    writeContract(buffer, graph, options, [&](bool final) {
        if (buffer.size() < chunk && !final)
            return true;
        if (device.write(buffer) != buffer.size()) {
            failed = true;
            return false;
        }
        buffer.clear();
        return true;
    });
    if (failed) {
        // A short write that stopped at a size limit sets no error on the device, whose
        // errorString() then only says "Unknown error"; name the likely cause instead.
        const auto* file = qobject_cast<const QFileDevice*>(&device);
        return Status::failure({{}, file && file->error() != QFileDevice::NoError
                                        ? file->errorString()
                                        : QStringLiteral("short write (disk full or file too large)")});
    }
    return Status::success();
}

Status writeContractJson(const CorpusGraph& graph, const QString& path,
                         const GraphExportOptions& options)
{
    QSaveFile file(path);
    // Unbuffered for the same reason as saveFile(): short writes must show.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Status::failure({path, file.errorString()});
    Status s = writeContractJson(graph, file, options);
    if (!s.ok()) {
        file.cancelWriting();
        s.error.where = path;
        return s;
    }
    if (!file.commit())
        return Status::failure({path, file.errorString()});
    return Status::success();
}

} // namespace parley
