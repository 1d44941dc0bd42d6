// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/cytoscape.h"

#include "io/exportcommon.h"
#include "io/jsonwriter.h"

namespace parley {

namespace {

void optionalField(JsonWriter& w, const char* key, const QString& value)
{
    if (value.isEmpty())
        return;
    w.key(key);
    w.value(value);
}

} // namespace

QByteArray cytoscapeJson(const CorpusGraph& corpus, const ExportOptions& options)
{
    using namespace exportcommon;
    const Graph& g = corpus.graph();
    QByteArray out;
    JsonWriter w(out, options.pretty);
    w.beginObject();
    w.key("format_version");
    w.value("1.0");
    w.key("generated_by");
    w.value("Parley " PARLEY_VERSION);
    w.key("target_cytoscapejs_version");
    w.value("~3.0");
    w.key("data");
    w.beginObject();
    w.key("name");
    w.value("Parley graph");
    w.key("documents");
    w.value(static_cast<qint64>(corpus.documents().size()));
    w.endObject();

    w.key("elements");
    w.beginObject();
    w.key("nodes");
    w.beginArray();
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const NodeData& n = g[v];
        w.beginObject();
        w.key("data");
        w.beginObject();
        w.key("id");
        w.value(n.id);
        w.key("name");
        w.value(labelFor(n));
        w.key("label");
        w.value(labelFor(n));
        w.key("kind");
        w.value(toString(n.kind));
        if (!n.aliases.isEmpty()) {
            w.key("aliases");
            w.value(n.aliases);
        }
        optionalField(w, "title", n.title);
        optionalField(w, "state", n.state);
        optionalField(w, "organization", n.organization);
        optionalField(w, "place", n.place);
        optionalField(w, "when", n.when);
        optionalField(w, "date", n.date);
        optionalField(w, "mode", n.mode);
        optionalField(w, "status", n.status);
        w.key("sentences");
        w.value(sentenceCount(n.mentions));
        w.key("weight");
        w.value(static_cast<qint64>(n.mentions.size()));
        w.key("color");
        w.value(colorFor(options, n));
        w.key("size");
        w.value(sizeFor(options, n));
        w.endObject();
        if (const std::optional<NodeVisual> visual = visualFor(options, n)) {
            w.key("position");
            w.beginObject();
            w.key("x");
            w.value(visual->x);
            w.key("y");
            w.value(visual->y);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();

    w.key("edges");
    w.beginArray();
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const EdgeData& e = g[*it];
        const QString source = g[boost::source(*it, g)].id;
        const QString target = g[boost::target(*it, g)].id;
        const int sentences = sentenceCount(e.evidence);
        w.beginObject();
        w.key("data");
        w.beginObject();
        w.key("id");
        // Source and target ids are unique and at most one edge joins them, so this is too.
        w.value(source + QStringLiteral("->") + target);
        w.key("source");
        w.value(source);
        w.key("target");
        w.value(target);
        w.key("kind");
        w.value(toString(e.kind));
        w.key("interaction");
        w.value(toString(e.kind));
        w.key("weight");
        w.value(std::max(1, sentences));
        w.key("sentences");
        w.value(sentences);
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.endObject();
    out += '\n';
    return out;
}

} // namespace parley
