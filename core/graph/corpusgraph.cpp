// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/corpusgraph.h"

#include <QSet>

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
// A short tail (nearly every one: a node is named a few times per article) is scanned as it
// stands; a longer one goes into a set, built once per document run of `from`, so a document
// naming one person 100,000 times (a hostile input) stays n log n, not n^2.
// Rules are few and repeat across the corpus ("state: 'Syria'"), but the extractor builds a
// fresh string for each mention; keeping one shared copy of each saves a heap block per
// mention of a large corpus.
template <typename ShareRule>
void appendMentions(std::vector<Mention>& into, const std::vector<Mention>& from, ShareRule&& shareRule)
{
    using Span = std::tuple<int, qsizetype, qsizetype>;
    constexpr std::size_t kScanned = 32;
    const auto spanOf = [](const Mention& m) { return Span{m.sentence, m.start, m.end}; };
    std::set<Span> tail; // the tail's spans, once it is longer than kScanned
    std::size_t tailStart = 0;
    const QString* tailDocument = nullptr;
    QString rule; // the shared copy of the last rule appended
    for (const Mention& m : from) {
        if (!tailDocument || *tailDocument != m.document) {
            tailStart = into.size();
            while (tailStart > 0 && into[tailStart - 1].document == m.document)
                --tailStart;
            tail.clear();
            tailDocument = &m.document;
        }
        const auto tailBegin = into.begin() + static_cast<std::ptrdiff_t>(tailStart);
        bool fresh = false;
        if (into.size() - tailStart < kScanned) {
            fresh = std::none_of(tailBegin, into.end(), [&m](const Mention& t) {
                return t.sentence == m.sentence && t.start == m.start && t.end == m.end;
            });
        } else {
            if (tail.empty()) {
                for (auto it = tailBegin; it != into.end(); ++it)
                    tail.insert(spanOf(*it));
            }
            fresh = tail.insert(spanOf(m)).second;
        }
        if (fresh) {
            if (m.rule != rule)
                rule = shareRule(m.rule);
            into.push_back({m.document, m.sentence, m.start, m.end, rule});
        }
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
    // Most pairs are of one document, whose id they share: equal without reading the
    // characters. (A std::tie of the strings compared them twice, a < b then b < a.)
    const bool sameDocument = a.document.constData() == b.document.constData() &&
                              a.document.size() == b.document.size();
    if (!sameDocument) {
        if (const int c = a.document.compare(b.document); c != 0)
            return c < 0;
    }
    return std::tie(a.sentence, a.start, a.end) < std::tie(b.sentence, b.start, b.end);
}

// Sorts `mentions` by mentionLess. A node's mentions arrive one document at a time, each
// document's in one run (addExtraction() appends them together) and mostly in text order
// already: the runs are ordered by their document (a string compare per pair of runs, not per
// pair of mentions) and each run by its offsets. The order is mentionLess's, which no two
// mentions tie on (a document's spans are appended once); should two tie anyway, or a
// document come back in a second run, the whole vector is sorted as before.
void sortMentions(std::vector<Mention>& mentions)
{
    const auto spanLess = [](const Mention& a, const Mention& b) {
        return std::tie(a.sentence, a.start, a.end) < std::tie(b.sentence, b.start, b.end);
    };
    const auto sameDocument = [](const Mention& a, const Mention& b) {
        return (a.document.constData() == b.document.constData() && a.document.size() == b.document.size()) ||
               a.document == b.document;
    };
    struct Run
    {
        std::size_t begin, end;
    };
    std::vector<Run> runs;
    for (std::size_t i = 0; i < mentions.size();) {
        std::size_t j = i + 1;
        while (j < mentions.size() && sameDocument(mentions[j], mentions[i]))
            ++j;
        runs.push_back({i, j});
        i = j;
    }
    if (runs.size() <= 1 && std::is_sorted(mentions.begin(), mentions.end(), spanLess)) {
        if (std::adjacent_find(mentions.begin(), mentions.end(), [&](const Mention& a, const Mention& b) {
                return !spanLess(a, b);
            }) == mentions.end())
            return;
    }
    for (const Run& r : runs) {
        const auto b = mentions.begin() + static_cast<std::ptrdiff_t>(r.begin);
        const auto e = mentions.begin() + static_cast<std::ptrdiff_t>(r.end);
        if (!std::is_sorted(b, e, spanLess))
            std::sort(b, e, spanLess);
    }
    std::sort(runs.begin(), runs.end(), [&](const Run& a, const Run& b) {
        return mentions[a.begin].document.compare(mentions[b.begin].document) < 0;
    });
    bool strict = true;
    for (std::size_t k = 0; k < runs.size() && strict; ++k) {
        if (k > 0 && !(mentions[runs[k - 1].begin].document.compare(mentions[runs[k].begin].document) < 0))
            strict = false; // a document in two runs
        for (std::size_t i = runs[k].begin + 1; i < runs[k].end && strict; ++i)
            strict = spanLess(mentions[i - 1], mentions[i]);
    }
    if (!strict) {
        std::sort(mentions.begin(), mentions.end(), mentionLess);
        return;
    }
    std::vector<Mention> sorted;
    sorted.reserve(mentions.size());
    for (const Run& r : runs)
        for (std::size_t i = r.begin; i < r.end; ++i)
            sorted.push_back(std::move(mentions[i]));
    mentions = std::move(sorted);
}

} // namespace

const Document* CorpusGraph::document(const QString& id) const
{
    const auto it = m_documentIndex.constFind(id);
    return it == m_documentIndex.cend() ? nullptr : &m_documents[*it];
}

std::optional<NodeId> CorpusGraph::find(const QString& id) const
{
    const auto it = m_nodes.constFind(RuleText{id});
    if (it == m_nodes.cend())
        return std::nullopt;
    return *it;
}

NodeId CorpusGraph::nodeFor(NodeKind kind, const QString& id)
{
    const auto it = m_nodes.constFind(RuleText{id});
    if (it != m_nodes.cend())
        return *it;
    const auto v = static_cast<NodeId>(boost::add_vertex(m_graph));
    NodeData& node = m_graph[static_cast<std::size_t>(v)];
    node.kind = kind;
    node.id = id;
    m_nodes.insert(RuleText{id}, v);
    return v;
}

void CorpusGraph::addEdge(NodeId from, NodeId to, EdgeKind kind,
                          const std::vector<Mention>& evidence)
{
    // Below this many out-edges a scan is as fast as a lookup and costs no memory.
    constexpr std::size_t kIndexFrom = 16;
    const auto key = [](std::size_t u, std::size_t v) {
        return (static_cast<std::uint64_t>(u) << 32) | static_cast<std::uint32_t>(v);
    };
    auto& index = m_edgeIndex.map;
    // The first edge of a pair wins, as boost::edge() would find it.
    const auto indexOutEdges = [&](std::size_t u) {
        for (auto [it, end] = boost::out_edges(u, m_graph); it != end; ++it)
            index.emplace(key(u, boost::target(*it, m_graph)), &m_graph[*it]);
    };
    if (!m_edgeIndex.valid) {
        index.clear();
        for (std::size_t u = 0; u < boost::num_vertices(m_graph); ++u) {
            if (boost::out_degree(u, m_graph) >= kIndexFrom)
                indexOutEdges(u);
        }
        m_edgeIndex.valid = true;
    }
    const auto u = static_cast<std::size_t>(from);
    const auto v = static_cast<std::size_t>(to);
    EdgeData* data = nullptr;
    if (boost::out_degree(u, m_graph) < kIndexFrom) {
        auto [e, exists] = boost::edge(u, v, m_graph);
        if (!exists)
            e = boost::add_edge(u, v, EdgeData{kind, {}}, m_graph).first;
        data = &m_graph[e];
        if (!exists && boost::out_degree(u, m_graph) == kIndexFrom)
            indexOutEdges(u);
    } else {
        auto [slot, added] = index.try_emplace(key(u, v), nullptr);
        if (added)
            slot->second = &m_graph[boost::add_edge(u, v, EdgeData{kind, {}}, m_graph).first];
        data = slot->second;
    }
    appendMentions(data->evidence, evidence, [this](const QString& r) -> const QString& { return sharedRule(r); });
}

void mergeState(NodeData& node, const QString& state, const QString& inference)
{
    if (state.isEmpty())
        return;
    if (node.state.isEmpty()) {
        node.state = state;
        node.stateInference = inference;
    } else if (node.state == state && inference.isEmpty()) {
        node.stateInference.clear();
    }
}

bool CorpusGraph::addDocument(Document document, const DocumentExtraction& extraction)
{
    if (m_documentIndex.contains(document.id))
        return false;
    m_documentIndex.insert(document.id, m_documents.size());
    m_documents.push_back(std::move(document));
    addExtraction(extraction);
    return true;
}

const QString& CorpusGraph::sharedRule(const QString& rule)
{
    const auto address = reinterpret_cast<quintptr>(rule.constData()); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): the address is the key
    RecentRule& recent = m_recentRules[((address >> 4) ^ (address >> 10)) % m_recentRules.size()];
    if (recent.data != rule.constData() || recent.size != rule.size()) {
        recent.data = rule.constData();
        recent.size = rule.size();
        recent.text = m_rules.insert({rule})->text;
    }
    return recent.text;
}

void CorpusGraph::addExtraction(const DocumentExtraction& extraction)
{
    for (RecentRule& recent : m_recentRules) {
        recent.data = nullptr;
        recent.size = -1;
    }
    const auto share = [this](const QString& r) -> const QString& { return sharedRule(r); };
    for (const ExtractedState& s : extraction.states) {
        NodeData& node = m_graph[static_cast<std::size_t>(nodeFor(NodeKind::State, s.id))];
        mergeName(node, s.name, s.aliases);
        appendMentions(node.mentions, s.mentions, share);
    }
    for (const ExtractedOfficial& o : extraction.officials) {
        const NodeId id = nodeFor(NodeKind::Official, o.id);
        NodeData& node = m_graph[static_cast<std::size_t>(id)];
        mergeName(node, o.name, o.aliases);
        fillIfEmpty(node.title, o.title);
        mergeState(node, o.state, o.stateInferred ? o.affiliationRule : QString());
        fillIfEmpty(node.organization, o.organization);
        appendUnique(node.rules, o.rule);
        appendUnique(node.rules, o.affiliationRule);
        appendMentions(node.mentions, o.mentions, share);
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
        fillIfEmpty(node.venue, m.venue);
        fillIfEmpty(node.when, m.when);
        fillIfEmpty(node.date, m.date);
        fillIfEmpty(node.mode, m.mode);
        fillIfEmpty(node.status, m.status);
        appendUnique(node.rules, m.rule);
        appendMentions(node.mentions, m.evidence, share);
        for (const QString& p : m.participants)
            addEdge(nodeFor(NodeKind::Official, p), id, EdgeKind::Attended, m.evidence);
        for (const QString& s : m.states)
            addEdge(id, nodeFor(NodeKind::State, s), EdgeKind::Involves, m.evidence);
    }
}

CorpusGraph CorpusGraph::fromParts(std::vector<Document> documents, Graph&& graph)
{
    CorpusGraph g;
    // adjacency_list has no move assignment and its swap() copies (Boost 1.74); rebuilding
    // as canonicalize() does would change the order of in-edges that the importer chose.
    g.m_graph.swap(graph);
    g.m_edgeIndex.valid = false;
    for (std::size_t v = 0; v < boost::num_vertices(g.m_graph); ++v)
        g.m_nodes.insert(RuleText{g.m_graph[v].id}, static_cast<NodeId>(v));
    g.m_documents = std::move(documents);
    for (std::size_t i = 0; i < g.m_documents.size(); ++i)
        g.m_documentIndex.insert(g.m_documents[i].id, i);
    return g;
}

std::vector<NodeId> CorpusGraph::neighbours(NodeId n, std::optional<EdgeKind> kind) const
{
    std::vector<NodeId> out;
    const auto v = static_cast<std::size_t>(n);
    for (auto [it, end] = boost::out_edges(v, m_graph); it != end; ++it) {
        if (!kind || m_graph[*it].kind == *kind)
            out.push_back(static_cast<NodeId>(boost::target(*it, m_graph)));
    }
    for (auto [it, end] = boost::in_edges(v, m_graph); it != end; ++it) {
        if (!kind || m_graph[*it].kind == *kind)
            out.push_back(static_cast<NodeId>(boost::source(*it, m_graph)));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

const EdgeData* CorpusGraph::edgeBetween(NodeId a, NodeId b) const
{
    const auto u = static_cast<std::size_t>(a);
    const auto v = static_cast<std::size_t>(b);
    if (const auto [e, exists] = boost::edge(u, v, m_graph); exists)
        return &m_graph[e];
    if (const auto [e, exists] = boost::edge(v, u, m_graph); exists)
        return &m_graph[e];
    return nullptr;
}

std::shared_ptr<CorpusGraph> CorpusGraph::assemble(std::vector<Document> documents,
                                                   const std::function<void(Graph&)>& fill)
{
    auto g = std::make_shared<CorpusGraph>();
    fill(g->m_graph);
    g->m_edgeIndex.valid = false;
    g->m_nodes.reserve(static_cast<qsizetype>(boost::num_vertices(g->m_graph)));
    for (std::size_t v = 0; v < boost::num_vertices(g->m_graph); ++v)
        g->m_nodes.insert(RuleText{g->m_graph[v].id}, static_cast<NodeId>(v));
    g->m_documents = std::move(documents);
    for (std::size_t i = 0; i < g->m_documents.size(); ++i)
        g->m_documentIndex.insert(g->m_documents[i].id, i);
    return g;
}

void CorpusGraph::updateNode(NodeId n, const std::function<void(NodeData&)>& change)
{
    NodeData& data = m_graph[static_cast<std::size_t>(n)];
    [[maybe_unused]] const QString id = data.id;
    change(data);
    Q_ASSERT(data.id == id);
}

void CorpusGraph::removeNode(NodeId n)
{
    const auto v = static_cast<std::size_t>(n);
    m_nodes.remove(RuleText{m_graph[v].id});
    boost::clear_vertex(v, m_graph);
    boost::remove_vertex(v, m_graph);
    m_edgeIndex.map.clear();
    m_edgeIndex.valid = false;
    // Indices above `n` shifted down by one.
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        if (it.value() > n)
            --it.value();
    }
}

void CorpusGraph::canonicalize()
{
    const std::size_t n = boost::num_vertices(m_graph);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        // Ids are unique, so one compare() decides (a std::tie would compare them twice).
        if (m_graph[a].kind != m_graph[b].kind)
            return m_graph[a].kind < m_graph[b].kind;
        return m_graph[a].id.compare(m_graph[b].id) < 0;
    });
    std::vector<std::size_t> newIndex(n);
    for (std::size_t i = 0; i < n; ++i)
        newIndex[order[i]] = i;

    // Everything is moved out and the graph rebuilt in place: adjacency_list::swap() copies
    // the whole graph three times (Boost 1.74), and a second graph beside the first would
    // double the peak memory of a large corpus.
    std::vector<NodeData> nodes(n);
    for (std::size_t i = 0; i < n; ++i) {
        nodes[i] = std::move(m_graph[order[i]]);
        sortMentions(nodes[i].mentions);
        // Appending left up to half of each vector unused; the graph is final from here on.
        nodes[i].mentions.shrink_to_fit();
    }
    struct PendingEdge
    {
        std::size_t from, to;
        EdgeData data;
    };
    std::vector<PendingEdge> edges;
    edges.reserve(boost::num_edges(m_graph));
    for (auto [it, end] = boost::edges(m_graph); it != end; ++it) {
        EdgeData& data = m_graph[*it];
        sortMentions(data.evidence);
        data.evidence.shrink_to_fit();
        edges.push_back({newIndex[boost::source(*it, m_graph)],
                         newIndex[boost::target(*it, m_graph)], std::move(data)});
    }
    std::sort(edges.begin(), edges.end(), [](const PendingEdge& a, const PendingEdge& b) {
        return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });

    m_graph.clear();
    m_edgeIndex.map.clear();
    m_edgeIndex.valid = false;
    m_nodes.clear();
    for (std::size_t i = 0; i < n; ++i) {
        boost::add_vertex(m_graph);
        m_nodes.insert(RuleText{nodes[i].id}, static_cast<NodeId>(i));
        m_graph[i] = std::move(nodes[i]);
    }
    nodes = {};
    for (PendingEdge& e : edges) {
        // add_edge() copies the property it is given: add an empty one, then move the data in.
        const auto added = boost::add_edge(e.from, e.to, m_graph).first;
        m_graph[added] = std::move(e.data);
    }
    edges = {};

    std::sort(m_documents.begin(), m_documents.end(),
              [](const Document& a, const Document& b) { return a.path < b.path; });
    m_documentIndex.clear();
    for (std::size_t i = 0; i < m_documents.size(); ++i)
        m_documentIndex.insert(m_documents[i].id, i);
}

} // namespace parley
