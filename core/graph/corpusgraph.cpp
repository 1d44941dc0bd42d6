// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/corpusgraph.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

namespace parley {

QString toString(NodeKind kind)
{
    switch (kind) {
    case NodeKind::State: return QStringLiteral("state");
    case NodeKind::Official: return QStringLiteral("official");
    case NodeKind::Meeting: return QStringLiteral("meeting");
    }
    return {};
}

QString toString(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Serves: return QStringLiteral("serves");
    case EdgeKind::Attended: return QStringLiteral("attended");
    case EdgeKind::Involves: return QStringLiteral("involves");
    }
    return {};
}

namespace {

// A document is added once (ids are unique), so an incoming mention can only repeat one
// appended for the same document during this addDocument(): those sit at the tail. Scanning
// just that tail keeps merging linear in the corpus; scanning everything made a state named
// in every article quadratic.
// Within that tail the spans go into a set, built once per document run of `from`: a
// document naming one person 100,000 times (a hostile input) stays n log n, not n^2.
void appendMentions(std::vector<Mention>& into, const std::vector<Mention>& from)
{
    using Span = std::tuple<int, qsizetype, qsizetype>;
    std::set<Span> tail;
    const QString* tailDocument = nullptr;
    for (const Mention& m : from) {
        if (!tailDocument || *tailDocument != m.document) {
            tail.clear();
            for (auto it = into.rbegin(); it != into.rend() && it->document == m.document; ++it)
                tail.insert({it->sentence, it->start, it->end});
            tailDocument = &m.document;
        }
        if (tail.insert({m.sentence, m.start, m.end}).second)
            into.push_back(m);
    }
}

void appendUnique(QStringList& into, const QString& value)
{
    if (!value.isEmpty() && !into.contains(value))
        into.append(value);
}

// The fullest form of a name wins the display slot; the others become aliases.
void mergeName(NodeData& node, const QString& name, const QStringList& aliases)
{
    QString incoming = name;
    if (node.name.isEmpty()) {
        node.name = incoming;
    } else if (incoming.size() > node.name.size()) {
        std::swap(node.name, incoming);
    }
    if (incoming != node.name)
        appendUnique(node.aliases, incoming);
    for (const QString& a : aliases) {
        if (a != node.name)
            appendUnique(node.aliases, a);
    }
    node.aliases.removeAll(node.name);
}

void fillIfEmpty(QString& field, const QString& value)
{
    if (field.isEmpty())
        field = value;
}

bool mentionLess(const Mention& a, const Mention& b)
{
    return std::tie(a.document, a.sentence, a.start, a.end) <
           std::tie(b.document, b.sentence, b.start, b.end);
}

} // namespace

const Document* CorpusGraph::document(const QString& id) const
{
    const auto it = m_documentIndex.constFind(id);
    return it == m_documentIndex.cend() ? nullptr : &m_documents[*it];
}

std::optional<NodeId> CorpusGraph::find(const QString& id) const
{
    const auto it = m_nodes.constFind(id);
    if (it == m_nodes.cend())
        return std::nullopt;
    return *it;
}

NodeId CorpusGraph::nodeFor(NodeKind kind, const QString& id)
{
    const auto it = m_nodes.constFind(id);
    if (it != m_nodes.cend())
        return *it;
    const auto v = static_cast<NodeId>(boost::add_vertex(m_graph));
    NodeData& node = m_graph[static_cast<std::size_t>(v)];
    node.kind = kind;
    node.id = id;
    m_nodes.insert(id, v);
    return v;
}

void CorpusGraph::addEdge(NodeId from, NodeId to, EdgeKind kind,
                          const std::vector<Mention>& evidence)
{
    const auto u = static_cast<std::size_t>(from);
    const auto v = static_cast<std::size_t>(to);
    auto [e, exists] = boost::edge(u, v, m_graph);
    if (!exists)
        e = boost::add_edge(u, v, EdgeData{kind, {}}, m_graph).first;
    appendMentions(m_graph[e].evidence, evidence);
}

bool CorpusGraph::addDocument(Document document, const DocumentExtraction& extraction)
{
    if (m_documentIndex.contains(document.id))
        return false;
    m_documentIndex.insert(document.id, m_documents.size());
    m_documents.push_back(std::move(document));

    for (const ExtractedState& s : extraction.states) {
        NodeData& node = m_graph[static_cast<std::size_t>(nodeFor(NodeKind::State, s.id))];
        mergeName(node, s.name, s.aliases);
        appendMentions(node.mentions, s.mentions);
    }
    for (const ExtractedOfficial& o : extraction.officials) {
        const NodeId id = nodeFor(NodeKind::Official, o.id);
        NodeData& node = m_graph[static_cast<std::size_t>(id)];
        mergeName(node, o.name, o.aliases);
        fillIfEmpty(node.title, o.title);
        fillIfEmpty(node.state, o.state);
        fillIfEmpty(node.organization, o.organization);
        appendUnique(node.rules, o.rule);
        appendUnique(node.rules, o.affiliationRule);
        appendMentions(node.mentions, o.mentions);
        if (!o.state.isEmpty()) {
            const std::vector<Mention> evidence(o.mentions.begin(),
                                                o.mentions.begin() + std::min<std::size_t>(1, o.mentions.size()));
            addEdge(id, nodeFor(NodeKind::State, o.state), EdgeKind::Serves, evidence);
        }
    }
    for (const ExtractedMeeting& m : extraction.meetings) {
        const NodeId id = nodeFor(NodeKind::Meeting, m.id);
        NodeData& node = m_graph[static_cast<std::size_t>(id)];
        fillIfEmpty(node.place, m.place);
        fillIfEmpty(node.when, m.when);
        fillIfEmpty(node.date, m.date);
        fillIfEmpty(node.mode, m.mode);
        fillIfEmpty(node.status, m.status);
        appendUnique(node.rules, m.rule);
        appendMentions(node.mentions, m.evidence);
        for (const QString& p : m.participants)
            addEdge(nodeFor(NodeKind::Official, p), id, EdgeKind::Attended, m.evidence);
        for (const QString& s : m.states)
            addEdge(id, nodeFor(NodeKind::State, s), EdgeKind::Involves, m.evidence);
    }
    return true;
}

CorpusGraph CorpusGraph::fromParts(std::vector<Document> documents, Graph&& graph)
{
    CorpusGraph g;
    // Boost's adjacency_list has no move assignment; swap avoids copying the whole graph.
    g.m_graph.swap(graph);
    for (std::size_t v = 0; v < boost::num_vertices(g.m_graph); ++v)
        g.m_nodes.insert(g.m_graph[v].id, static_cast<NodeId>(v));
    g.m_documents = std::move(documents);
    for (std::size_t i = 0; i < g.m_documents.size(); ++i)
        g.m_documentIndex.insert(g.m_documents[i].id, i);
    return g;
}

void CorpusGraph::canonicalize()
{
    const std::size_t n = boost::num_vertices(m_graph);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(m_graph[a].kind, m_graph[a].id) < std::tie(m_graph[b].kind, m_graph[b].id);
    });
    std::vector<std::size_t> newIndex(n);
    for (std::size_t i = 0; i < n; ++i)
        newIndex[order[i]] = i;

    Graph sorted(n);
    m_nodes.clear();
    for (std::size_t i = 0; i < n; ++i) {
        sorted[i] = std::move(m_graph[order[i]]);
        std::sort(sorted[i].mentions.begin(), sorted[i].mentions.end(), mentionLess);
        m_nodes.insert(sorted[i].id, static_cast<NodeId>(i));
    }
    struct PendingEdge
    {
        std::size_t from, to;
        EdgeData data;
    };
    std::vector<PendingEdge> edges;
    for (auto [it, end] = boost::edges(m_graph); it != end; ++it) {
        EdgeData data = m_graph[*it];
        std::sort(data.evidence.begin(), data.evidence.end(), mentionLess);
        edges.push_back({newIndex[boost::source(*it, m_graph)], newIndex[boost::target(*it, m_graph)],
                         std::move(data)});
    }
    std::sort(edges.begin(), edges.end(), [](const PendingEdge& a, const PendingEdge& b) {
        return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });
    for (PendingEdge& e : edges)
        boost::add_edge(e.from, e.to, e.data, sorted); // add_edge copies its property
    m_graph.swap(sorted); // adjacency_list has no move assignment: swap, not copy

    std::sort(m_documents.begin(), m_documents.end(),
              [](const Document& a, const Document& b) { return a.path < b.path; });
    m_documentIndex.clear();
    for (std::size_t i = 0; i < m_documents.size(); ++i)
        m_documentIndex.insert(m_documents[i].id, i);
}

} // namespace parley
