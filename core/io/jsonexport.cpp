// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonexport.h"

#include "io/jsonparts.h"
#include "io/jsonwriter.h"
#include "io/savefile.h"


#include <functional>
#include <memory>

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

struct ContractJsonWriter::Private
{
    static constexpr qsizetype chunk = 256 << 10;

    Private(QIODevice* device, QByteArray* target, const GraphExportOptions& options)
        : device(device), out(target ? *target : buffer), options(options),
          w(out, options.pretty)
    {
        // One buffer for the whole run: growing a fresh one to a few megabytes for every
        // chunk cost a third of `extract --format json` in copies and page faults. A quarter
        // of a megabyte, not four: the chunk stays in the cache between the writer and the
        // device, and the run's fresh memory (every page of it zeroed by the kernel on first
        // touch) is smaller by the difference.
        if (device)
            buffer.reserve(chunk + (64 << 10)); // a chunk plus one node's text
    }

    // Moves the text written so far to the device once a few megabytes have gathered (or
    // at the end), so a large corpus's JSON never sits whole in memory.
    bool drain(bool final)
    {
        if (failed)
            return false;
        if (final)
            w.flush();
        if (!device || (out.size() < chunk && !final))
            return true;
        if (device->write(out) != out.size()) {
            failed = true;
            return false;
        }
        out.resize(0); // keeps the allocation
        return true;
    }

    QIODevice* device;
    QByteArray buffer;
    QByteArray& out;
    GraphExportOptions options;
    JsonWriter w;
    bool failed = false;
};

ContractJsonWriter::ContractJsonWriter(QIODevice& device, const GraphExportOptions& options)
    : d(std::make_unique<Private>(&device, nullptr, options))
{
    begin();
}

ContractJsonWriter::ContractJsonWriter(QByteArray& out, const GraphExportOptions& options)
    : d(std::make_unique<Private>(nullptr, &out, options))
{
    begin();
}

ContractJsonWriter::~ContractJsonWriter() = default;

void ContractJsonWriter::begin()
{
    d->w.beginObject();
    d->w.key("documents");
    d->w.beginArray();
}

bool ContractJsonWriter::addDocument(const Document& document)
{
    jsonparts::writeDocument(d->w, document);
    return d->drain(false);
}

Status ContractJsonWriter::finish(const CorpusGraph& graph)
{
    if (writeNodes(graph) && d->drain(true))
        return Status::success();
    return Status::failure({{}, d->device ? shortWriteReason(*d->device)
                                          : QStringLiteral("short write (disk full or file too large)")});
}

bool ContractJsonWriter::writeNodes(const CorpusGraph& graph)
{
    JsonWriter& w = d->w;
    const GraphExportOptions& options = d->options;
    const auto drain = [this](bool final) { return d->drain(final); };
    w.endArray();

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
        w.key("venue");
        w.stringOrNull(m.venue);
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
    d->out += '\n';
    return true;
}

QByteArray contractJson(const CorpusGraph& graph, const GraphExportOptions& options)
{
    QByteArray out;
    ContractJsonWriter writer(out, options);
    for (const Document& d : graph.documents())
        writer.addDocument(d);
    writer.finish(graph);
    return out;
}

Status writeContractJson(const CorpusGraph& graph, QIODevice& device,
                         const GraphExportOptions& options)
{
    ContractJsonWriter writer(device, options);
    for (const Document& d : graph.documents()) {
        if (!writer.addDocument(d))
            break;
    }
    return writer.finish(graph);
}

Status writeContractJson(const CorpusGraph& graph, const QString& path,
                         const GraphExportOptions& options)
{
    return saveStreamed(path, [&](QIODevice& device) { return writeContractJson(graph, device, options); });
}

} // namespace parley
