// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extraction.h"
#include "text/document.h"

#include <array>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace parley {

enum class NodeKind { State, Official, Meeting };
enum class EdgeKind {
    Serves,   ///< official -> state
    Attended, ///< official -> meeting
    Involves  ///< meeting -> state
};

QString toString(NodeKind kind);  ///< "state", "official", "meeting"
QString toString(EdgeKind kind);  ///< "serves", "attended", "involves"

/// Domain data of a node. Fields that do not apply to a kind stay empty.
struct NodeData
{
    NodeKind kind = NodeKind::State;
    QString id;           ///< "state:syria", "person:vladimir-putin", "meeting:..."
    QString name;         ///< display name; for meetings a short label built from participants
    QStringList aliases;
    QString title;        ///< official
    QString state;        ///< official: id of the state served; empty for organisations
    QString organization; ///< official of an international organisation
    QString place;        ///< meeting: the city
    QString venue;        ///< meeting: "the Kremlin", when the text names one
    QString when;         ///< meeting: the text's date expression
    QString date;         ///< meeting: "2025-10-14", "2025-10" or "2024" when resolved (read through DateSpan)
    QString mode;         ///< meeting: "in person", "phone", "video"
    QString status;       ///< meeting: "held", "planned", "cancelled", "denied"
    QStringList rules;    ///< explanations: which rules/dictionary entries produced it
    std::vector<Mention> mentions; ///< every source span (for meetings: the evidence)
    /// official: the rule by which the extractor inferred `state` when no text states it
    /// (the article's main state, a companion's, a title's); empty when stated. See mergeState().
    QString stateInference;
};

/// One source's word on an official's state: `state` is taken when `node` has none, with
/// `inference` (the rule that inferred it; empty when the source states it); a source that
/// states the state the node has makes it stated. Merging documents and merging entities
/// both go through here, so the order of sources only decides which state wins.
void mergeState(NodeData& node, const QString& state, const QString& inference);

struct EdgeData
{
    EdgeKind kind = EdgeKind::Serves;
    std::vector<Mention> evidence; ///< sentences that support the edge
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    NodeData, EdgeData>;
using NodeId = int; ///< vertex index; stable because nodes are never removed

/// The merged graph of a corpus: the documents and one node per state, official and meeting,
/// whatever the number of articles they appear in. Merging is by id, so adding the same
/// extractions in any order gives the same nodes, edges and provenance (up to node order).
/// Not thread-safe: build it on one thread, then share it read-only.
class CorpusGraph
{
public:
    /// Adds a document and what was read from it. A document whose id is already present
    /// (the same article twice) is ignored and false is returned.
    bool addDocument(Document document, const DocumentExtraction& extraction);

    /// Merges what was read from a document without keeping the document itself, for
    /// callers that write the documents out as they go (`parley-cli extract` does, so a
    /// large corpus's texts need not stay in memory). documents() does not list it, and
    /// repeated documents are not detected: add each document once, in canonical order.
    void addExtraction(const DocumentExtraction& extraction);

    const Graph& graph() const { return m_graph; }
    const std::vector<Document>& documents() const { return m_documents; }
    const Document* document(const QString& id) const;
    std::optional<NodeId> find(const QString& id) const;
    const NodeData& node(NodeId n) const { return m_graph[static_cast<std::size_t>(n)]; }
    int nodeCount() const { return static_cast<int>(boost::num_vertices(m_graph)); }
    int edgeCount() const { return static_cast<int>(boost::num_edges(m_graph)); }

    /// Nodes joined to `n` by an edge in either direction, of `kind` when given, each once,
    /// in node order. O(degree log degree).
    std::vector<NodeId> neighbours(NodeId n, std::optional<EdgeKind> kind = std::nullopt) const;
    /// The edge from `a` to `b`, or failing that from `b` to `a`; null when they are not joined.
    const EdgeData* edgeBetween(NodeId a, NodeId b) const;
    /// Where node `n` is read in the articles (for a meeting: its evidence sentences).
    const std::vector<Mention>& mentions(NodeId n) const { return node(n).mentions; }

    /// Sorts nodes canonically (kind, then id) and edges likewise, so output is identical
    /// whatever order documents were added in. Call once after the last addDocument().
    void canonicalize();

    /// Rebuilds a graph from parts read back from a file (GraphML/GEXF import), keeping the
    /// nodes, edges and provenance exactly as given. Node ids must be unique.
    static CorpusGraph fromParts(std::vector<Document> documents, Graph&& graph);

    /// Builds a graph in place, on the heap: `fill` adds nodes and edges to an empty Graph
    /// (node ids unique), which is kept exactly as filled. Unlike fromParts() nothing is
    /// copied (Boost 1.74's adjacency_list copies on swap and has no move), which matters for
    /// the corrected graph rebuilt after an edit.
    static std::shared_ptr<CorpusGraph> assemble(std::vector<Document> documents,
                                                 const std::function<void(Graph&)>& fill);

    /// Changes the data of node `n` in place, e.g. a corrected name or status. `change` must
    /// not change the id. For a graph nobody else reads yet (a fresh copy).
    void updateNode(NodeId n, const std::function<void(NodeData&)>& change);
    /// Removes node `n` and its edges; the nodes after it move down by one, keeping their
    /// order (so a canonical graph stays canonical). O(nodes + edges).
    void removeNode(NodeId n);

private:
    NodeId nodeFor(NodeKind kind, const QString& id);
    void addEdge(NodeId from, NodeId to, EdgeKind kind, const std::vector<Mention>& evidence);

    Graph m_graph;
    std::vector<Document> m_documents;
    QHash<QString, std::size_t> m_documentIndex;
    /// A mention rule's text in m_rules, hashed eight bytes at a step: Qt's string hash (an
    /// out-of-line SipHash) of every rule merged was a third of adding an extraction.
    struct RuleText
    {
        QString text;
        friend bool operator==(const RuleText& a, const RuleText& b) { return a.text == b.text; }
        friend std::size_t qHash(const RuleText& rule, std::size_t seed) noexcept
        {
            const QChar* p = rule.text.constData();
            const qsizetype n = rule.text.size();
            quint64 h = 0x9E3779B97F4A7C15ULL ^ quint64(n);
            qsizetype i = 0;
            for (; i + 4 <= n; i += 4) {
                quint64 w = 0;
                std::memcpy(&w, p + i, sizeof w);
                h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
                h ^= h >> 31;
            }
            for (; i < n; ++i)
                h = (h ^ p[i].unicode()) * 0x94D049BB133111EBULL;
            h ^= h >> 32;
            return std::size_t(h ^ seed);
        }
    };
    QSet<RuleText> m_rules; ///< one shared copy of each mention rule text
    /// The copy in m_rules of `rule`, a string of the extraction being added.
    const QString& sharedRule(const QString& rule);
    /// Of the extraction being added: m_rules's copy of a rule, found by the address and size
    /// of the extraction's string. addExtraction() appends a meeting's evidence to the meeting
    /// and to each of its edges, and each time its rules were hashed and looked up again. The
    /// extraction's strings do not change while it is added; addExtraction() clears these.
    struct RecentRule
    {
        const QChar* data = nullptr;
        qsizetype size = -1;
        QString text;
    };
    std::array<RecentRule, 64> m_recentRules;
    /// Node id -> node, hashed as the rules are: every state, official and meeting of every
    /// extraction asks it (Qt's string hash was a quarter of a lookup's cost).
    QHash<RuleText, NodeId> m_nodes;

    /// (from, to) -> that edge's data for the out-edges of nodes with many of them, so adding
    /// an edge does not scan the source's out-edges (an official in thousands of meetings made
    /// that quadratic in the corpus); few out-edges are scanned, which keeps the index small.
    /// It points into this graph's edges, so a copy starts invalid and addEdge() rebuilds it.
    struct EdgeIndex
    {
        std::unordered_map<std::uint64_t, EdgeData*> map;
        bool valid = true;
        EdgeIndex() = default;
        ~EdgeIndex() = default;
        EdgeIndex(const EdgeIndex&) : valid(false) {}
        EdgeIndex(EdgeIndex&&) noexcept : valid(false) {} // the edges do not move with it
        EdgeIndex& operator=(const EdgeIndex&)
        {
            map.clear();
            valid = false;
            return *this;
        }
        EdgeIndex& operator=(EdgeIndex&&) noexcept
        {
            map.clear();
            valid = false;
            return *this;
        }
    };
    EdgeIndex m_edgeIndex;
};

} // namespace parley
