// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/corrections.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace parley {

namespace {

using SentenceKey = QPair<QString, int>;

QSet<SentenceKey> sentencesOf(const std::vector<Mention>& mentions)
{
    QSet<SentenceKey> out;
    for (const Mention& m : mentions)
        out.insert({m.document, m.sentence});
    return out;
}

void appendUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

void fillIfEmpty(QString& field, const QString& value)
{
    if (field.isEmpty())
        field = value;
}

} // namespace

void rename(NodeData& node, const QString& name)
{
    if (node.name != name) {
        appendUnique(node.aliases, node.name);
        node.name = name.trimmed();
        node.aliases.removeAll(node.name);
    }
}

void annotate(Annotation& annotation, const Edit& edit)
{
    switch (edit.kind) {
    case EditKind::Hide: annotation.hidden = edit.value != QLatin1String("0"); break;
    case EditKind::Note: annotation.note = edit.value; break;
    case EditKind::Tags: annotation.tags = edit.values; break;
    case EditKind::Colour: annotation.colour = edit.value; break;
    default: break;
    }
}

const QStringList& meetingStatuses()
{
    static const QStringList statuses{QStringLiteral("held"), QStringLiteral("planned"),
                                      QStringLiteral("cancelled"), QStringLiteral("denied")};
    return statuses;
}

namespace {

// The graph being corrected, in a form that takes removals and rewiring: nodes and edges
// are only marked dead, and rebuilt into a CorpusGraph at the end.
class Workbench
{
public:
    explicit Workbench(const CorpusGraph& base) : m_base(base)
    {
        const Graph& g = base.graph();
        const auto n = static_cast<std::size_t>(base.nodeCount());
        m_nodes.reserve(n);
        m_incident.resize(n);
        for (std::size_t v = 0; v < n; ++v) {
            m_nodes.push_back({g[v], true});
            m_index.insert(g[v].id, v);
        }
        // The base has one edge per pair: no need to look for an existing one.
        m_edges.reserve(static_cast<std::size_t>(base.edgeCount()));
        for (auto [it, end] = boost::edges(g); it != end; ++it) {
            const std::size_t from = boost::source(*it, g);
            const std::size_t to = boost::target(*it, g);
            m_incident[from].push_back(m_edges.size());
            if (to != from)
                m_incident[to].push_back(m_edges.size());
            m_edges.push_back({from, to, g[*it], true});
        }
    }

    void apply(const Edit& edit, std::size_t index);
    CorrectedGraph finish();

private:
    struct Node
    {
        NodeData data;
        bool alive = true;
    };
    struct Edge
    {
        std::size_t from = 0, to = 0;
        EdgeData data;
        bool alive = true;
    };

    std::optional<std::size_t> resolve(const EntityKey& key) const;
    std::optional<std::size_t> findEdge(std::size_t from, std::size_t to) const;
    std::size_t addNode(NodeKind kind, const QString& id);
    void addEdge(std::size_t from, std::size_t to, EdgeData data);
    void killNode(std::size_t v);
    void mergeInto(std::size_t into, std::size_t from);
    void splitAlias(std::size_t v, const QString& alias, std::size_t index, const QString& what);
    void setState(std::size_t v, const QString& stateId, std::size_t index, const QString& what);
    void addParticipant(std::size_t meeting, std::size_t official);
    std::vector<Mention> firstMention(std::size_t v) const;
    void problem(std::size_t index, const QString& message) { m_problems.push_back({index, message}); }

    const CorpusGraph& m_base;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<std::vector<std::size_t>> m_incident; ///< node -> its edges, both directions
    QHash<QString, std::size_t> m_index;
    QHash<QString, QString> m_mergedInto;
    QHash<QString, Annotation> m_annotations;
    std::vector<EditProblem> m_problems;
};

std::optional<std::size_t> Workbench::resolve(const EntityKey& key) const
{
    QString id = key.id;
    // A merged-away id stands for the entity that absorbed it, so later edits made on
    // "Ursula" still reach "Ursula von der Leyen". Chains are short; a cycle cannot arise
    // because a merge always kills the absorbed node.
    for (int hops = 0; m_mergedInto.contains(id) && hops < 64; ++hops)
        id = m_mergedInto.value(id);
    const auto it = m_index.constFind(id);
    if (it != m_index.cend() && m_nodes[*it].alive)
        return *it;
    const QString prefix = key.id.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':');
    // Re-extraction may give the same meeting another id (a participant spelled better):
    // the sentences that tell of it are the same.
    if (!key.sentences.isEmpty()) {
        const QSet<SentenceKey> wanted(key.sentences.cbegin(), key.sentences.cend());
        for (std::size_t v = 0; v < m_nodes.size(); ++v) {
            const Node& n = m_nodes[v];
            if (!n.alive || n.data.kind != NodeKind::Meeting)
                continue;
            for (const Mention& m : n.data.mentions) {
                if (wanted.contains({m.document, m.sentence}))
                    return v;
            }
        }
    }
    // A new dictionary may change a person's id (a fuller name): the name is still there.
    if (!key.name.isEmpty() && prefix != QLatin1String("meeting:")) {
        for (std::size_t v = 0; v < m_nodes.size(); ++v) {
            const Node& n = m_nodes[v];
            if (!n.alive || !n.data.id.startsWith(prefix))
                continue;
            if (n.data.name.compare(key.name, Qt::CaseInsensitive) == 0 ||
                n.data.aliases.contains(key.name, Qt::CaseInsensitive))
                return v;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> Workbench::findEdge(std::size_t from, std::size_t to) const
{
    for (const std::size_t e : m_incident[from]) {
        const Edge& edge = m_edges[e];
        if (edge.alive && edge.from == from && edge.to == to)
            return e;
    }
    return std::nullopt;
}

std::size_t Workbench::addNode(NodeKind kind, const QString& id)
{
    const std::size_t v = m_nodes.size();
    NodeData data;
    data.kind = kind;
    data.id = id;
    m_nodes.push_back({std::move(data), true});
    m_incident.emplace_back();
    m_index.insert(id, v);
    return v;
}

void Workbench::addEdge(std::size_t from, std::size_t to, EdgeData data)
{
    if (const auto existing = findEdge(from, to)) {
        auto& evidence = m_edges[*existing].data.evidence;
        evidence.insert(evidence.end(), data.evidence.begin(), data.evidence.end());
        return;
    }
    const std::size_t e = m_edges.size();
    m_edges.push_back({from, to, std::move(data), true});
    m_incident[from].push_back(e);
    if (to != from)
        m_incident[to].push_back(e);
}

void Workbench::killNode(std::size_t v)
{
    m_nodes[v].alive = false;
    for (const std::size_t e : m_incident[v])
        m_edges[e].alive = false;
    // Officials of a rejected state no longer serve it.
    for (Node& n : m_nodes) {
        if (n.alive && n.data.state == m_nodes[v].data.id) {
            n.data.state.clear();
            n.data.stateInference.clear();
        }
    }
}

void Workbench::mergeInto(std::size_t into, std::size_t from)
{
    NodeData& a = m_nodes[into].data;
    NodeData& b = m_nodes[from].data;
    appendUnique(a.aliases, b.name);
    for (const QString& alias : b.aliases)
        appendUnique(a.aliases, alias);
    a.aliases.removeAll(a.name);
    a.mentions.insert(a.mentions.end(), b.mentions.begin(), b.mentions.end());
    for (const QString& r : b.rules)
        appendUnique(a.rules, r);
    fillIfEmpty(a.title, b.title);
    mergeState(a, b.state, b.stateInference);
    fillIfEmpty(a.organization, b.organization);
    fillIfEmpty(a.place, b.place);
    fillIfEmpty(a.when, b.when);
    fillIfEmpty(a.date, b.date);
    fillIfEmpty(a.mode, b.mode);
    fillIfEmpty(a.status, b.status);
    const std::vector<std::size_t> edges = m_incident[from];
    for (const std::size_t e : edges) {
        Edge& edge = m_edges[e];
        if (!edge.alive)
            continue;
        edge.alive = false;
        const std::size_t s = edge.from == from ? into : edge.from;
        const std::size_t t = edge.to == from ? into : edge.to;
        if (s != t)
            addEdge(s, t, edge.data);
    }
    m_nodes[from].alive = false;
    m_mergedInto.insert(b.id, a.id);
    for (Node& n : m_nodes) {
        if (n.alive && n.data.state == b.id)
            n.data.state = a.id;
    }
    if (m_annotations.contains(b.id) && !m_annotations.contains(a.id))
        m_annotations.insert(a.id, m_annotations.take(b.id));
}

void Workbench::splitAlias(std::size_t v, const QString& alias, std::size_t index,
                           const QString& what)
{
    const NodeData& source = m_nodes[v].data;
    if (alias.isEmpty() || alias == source.name) {
        problem(index, QStringLiteral("%1: '%2' is the name, not an alias").arg(what, alias));
        return;
    }
    const QString newId = source.id.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':') + slugify(alias);
    if (const auto it = m_index.constFind(newId); it != m_index.cend() && m_nodes[*it].alive) {
        problem(index, QStringLiteral("%1: %2 already exists").arg(what, newId));
        return;
    }
    // The mentions whose text is the alias go; the sentences they are in decide which
    // edges go with them.
    std::vector<Mention> moved;
    std::vector<Mention> kept;
    for (const Mention& m : source.mentions) {
        const Document* d = m_base.document(m.document);
        const bool isAlias = d && QStringView(d->text).mid(m.start, m.end - m.start) == alias;
        (isAlias ? moved : kept).push_back(m);
    }
    if (moved.empty() && !source.aliases.contains(alias)) {
        problem(index, QStringLiteral("%1: no mention reads '%2'").arg(what, alias));
        return;
    }
    const NodeKind kind = source.kind;
    const std::size_t n = addNode(kind, newId); // may reallocate m_nodes: no references above
    NodeData& from = m_nodes[v].data;
    NodeData& to = m_nodes[n].data;
    to.name = alias;
    to.rules.append(QStringLiteral("split from %1 by hand").arg(from.id));
    to.mentions = moved;
    from.mentions = kept;
    from.aliases.removeAll(alias);
    const QSet<SentenceKey> movedSentences = sentencesOf(moved);
    const std::vector<std::size_t> edges = m_incident[v];
    for (const std::size_t e : edges) {
        if (!m_edges[e].alive)
            continue;
        std::vector<Mention> goes;
        std::vector<Mention> stays;
        for (const Mention& m : m_edges[e].data.evidence)
            (movedSentences.contains({m.document, m.sentence}) ? goes : stays).push_back(m);
        if (goes.empty())
            continue;
        const Edge edge = m_edges[e];
        if (stays.empty())
            m_edges[e].alive = false;
        else
            m_edges[e].data.evidence = stays;
        addEdge(edge.from == v ? n : edge.from, edge.to == v ? n : edge.to,
                EdgeData{edge.data.kind, goes});
    }
}

std::vector<Mention> Workbench::firstMention(std::size_t v) const
{
    const auto& mentions = m_nodes[v].data.mentions;
    return {mentions.begin(), mentions.begin() + std::min<std::size_t>(1, mentions.size())};
}

void Workbench::setState(std::size_t v, const QString& stateId, std::size_t index,
                         const QString& what)
{
    std::optional<std::size_t> state;
    if (!stateId.isEmpty()) {
        state = resolve({stateId, {}, {}});
        if (!state || m_nodes[*state].data.kind != NodeKind::State) {
            problem(index, QStringLiteral("%1: there is no state %2").arg(what, stateId));
            return;
        }
    }
    for (const std::size_t e : m_incident[v]) {
        Edge& edge = m_edges[e];
        if (edge.alive && edge.from == v && edge.data.kind == EdgeKind::Serves)
            edge.alive = false;
    }
    m_nodes[v].data.state = state ? m_nodes[*state].data.id : QString();
    m_nodes[v].data.stateInference.clear(); // the analyst's word: stated
    if (state)
        addEdge(v, *state, EdgeData{EdgeKind::Serves, firstMention(v)});
}

void Workbench::addParticipant(std::size_t meeting, std::size_t official)
{
    const std::vector<Mention>& evidence = m_nodes[meeting].data.mentions;
    addEdge(official, meeting, EdgeData{EdgeKind::Attended, evidence});
    // The participant's state takes part too, as the extractor would have recorded it.
    if (const auto state = resolve({m_nodes[official].data.state, {}, {}}))
        addEdge(meeting, *state, EdgeData{EdgeKind::Involves, evidence});
}

void Workbench::apply(const Edit& edit, std::size_t index)
{
    const QString what = describe(edit);
    if (edit.kind == EditKind::AddMeeting) {
        if (const auto it = m_index.constFind(edit.target.id); it != m_index.cend() && m_nodes[*it].alive) {
            problem(index, QStringLiteral("%1: %2 already exists").arg(what, edit.target.id));
            return;
        }
        const std::size_t v = addNode(NodeKind::Meeting, edit.target.id);
        NodeData& meeting = m_nodes[v].data;
        meeting.status = edit.value.isEmpty() ? QStringLiteral("held") : edit.value;
        meeting.mode = edit.values.value(0).trimmed();
        meeting.place = edit.values.value(1).trimmed();
        meeting.date = edit.values.value(2).trimmed();
        meeting.rules.append(edit.text.isEmpty() ? QStringLiteral("added by hand")
                                                 : QStringLiteral("added by hand: ") + edit.text);
        if (!edit.citedDocument.isEmpty()) {
            const Document* d = m_base.document(edit.citedDocument);
            const auto s = static_cast<std::size_t>(edit.citedSentence);
            if (d && edit.citedSentence >= 0 && s < d->sentences.size()) {
                meeting.mentions.push_back({d->id, edit.citedSentence, d->sentences[s].start,
                                            d->sentences[s].end, QStringLiteral("added by hand")});
            } else {
                problem(index, QStringLiteral("%1: the cited sentence %2 of %3 is not in the project")
                                   .arg(what).arg(edit.citedSentence).arg(edit.citedDocument));
            }
        }
        for (const EntityKey& p : edit.others) {
            const auto official = resolve(p);
            if (!official || m_nodes[*official].data.kind != NodeKind::Official)
                problem(index, QStringLiteral("%1: %2 is not in the graph").arg(what, p.name.isEmpty() ? p.id : p.name));
            else
                addParticipant(v, *official);
        }
        return;
    }

    const auto target = resolve(edit.target);
    if (!target) {
        problem(index, QStringLiteral("%1: %2 is not in the graph any more")
                           .arg(what, edit.target.name.isEmpty() ? edit.target.id : edit.target.name));
        return;
    }
    const std::size_t v = *target;
    NodeData& node = m_nodes[v].data;
    const auto requireKind = [&](NodeKind kind) {
        if (node.kind == kind)
            return true;
        problem(index, QStringLiteral("%1: %2 is a %3, not a %4")
                           .arg(what, node.id, toString(node.kind), toString(kind)));
        return false;
    };
    switch (edit.kind) {
    case EditKind::Merge:
        for (const EntityKey& k : edit.others) {
            const auto other = resolve(k);
            if (!other) {
                problem(index, QStringLiteral("%1: %2 is not in the graph any more")
                                   .arg(what, k.name.isEmpty() ? k.id : k.name));
            } else if (m_nodes[*other].data.kind != node.kind) {
                problem(index, QStringLiteral("%1: %2 and %3 are of different kinds")
                                   .arg(what, node.id, m_nodes[*other].data.id));
            } else if (*other != v) {
                mergeInto(v, *other);
            }
        }
        break;
    case EditKind::SplitAlias:
        if (node.kind != NodeKind::Meeting)
            splitAlias(v, edit.value, index, what);
        else
            problem(index, QStringLiteral("%1: meetings have no aliases").arg(what));
        break;
    case EditKind::Rename:
        if (edit.value.trimmed().isEmpty())
            problem(index, QStringLiteral("%1: the new name is empty").arg(what));
        else
            rename(node, edit.value);
        break;
    case EditKind::SetState:
        if (requireKind(NodeKind::Official))
            setState(v, edit.value, index, what);
        break;
    case EditKind::SetTitle:
        if (requireKind(NodeKind::Official))
            node.title = edit.value.trimmed();
        break;
    case EditKind::Reject: killNode(v); break;
    case EditKind::SetStatus:
        if (!requireKind(NodeKind::Meeting))
            break;
        if (!meetingStatuses().contains(edit.value))
            problem(index, QStringLiteral("%1: unknown status (use %2)")
                               .arg(what, meetingStatuses().join(QStringLiteral(", "))));
        else
            node.status = edit.value;
        break;
    case EditKind::AddParticipant:
    case EditKind::RemoveParticipant: {
        if (!requireKind(NodeKind::Meeting))
            break;
        const auto official = edit.others.empty() ? std::nullopt : resolve(edit.others.front());
        if (!official || m_nodes[*official].data.kind != NodeKind::Official) {
            problem(index, QStringLiteral("%1: the participant is not in the graph").arg(what));
            break;
        }
        if (edit.kind == EditKind::AddParticipant) {
            addParticipant(v, *official);
        } else if (const auto e = findEdge(*official, v)) {
            m_edges[*e].alive = false;
        } else {
            problem(index, QStringLiteral("%1: not a participant").arg(what));
        }
        break;
    }
    case EditKind::Hide:
    case EditKind::Note:
    case EditKind::Tags:
    case EditKind::Colour: annotate(m_annotations[node.id], edit); break;
    case EditKind::AddMeeting: break; // handled above
    }
}

CorrectedGraph Workbench::finish()
{
    // The result is built in canonical order directly (nodes by kind and id, edges by their
    // ends, mentions sorted), which is what CorpusGraph::canonicalize() would give: the base
    // is canonical already, so only what the edits touched needs sorting, and re-sorting a
    // whole large graph after every edit made undo slow.
    std::vector<std::size_t> order;
    order.reserve(m_nodes.size());
    for (std::size_t v = 0; v < m_nodes.size(); ++v) {
        if (m_nodes[v].alive)
            order.push_back(v);
    }
    if (m_nodes.size() > static_cast<std::size_t>(m_base.nodeCount())) {
        std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
            return std::tie(m_nodes[a].data.kind, m_nodes[a].data.id) <
                   std::tie(m_nodes[b].data.kind, m_nodes[b].data.id);
        });
    }
    const auto mentionLess = [](const Mention& a, const Mention& b) {
        return std::tie(a.document, a.sentence, a.start, a.end) < std::tie(b.document, b.sentence, b.start, b.end);
    };
    const auto sameSpan = [](const Mention& a, const Mention& b) {
        return std::tie(a.document, a.sentence, a.start, a.end) == std::tie(b.document, b.sentence, b.start, b.end);
    };
    const auto tidy = [&](std::vector<Mention>& mentions) {
        if (std::is_sorted(mentions.begin(), mentions.end(), mentionLess))
            return;
        std::sort(mentions.begin(), mentions.end(), mentionLess);
        mentions.erase(std::unique(mentions.begin(), mentions.end(), sameSpan), mentions.end());
    };
    std::vector<std::size_t> newIndex(m_nodes.size(), 0);
    std::vector<std::size_t> edges;
    edges.reserve(m_edges.size());
    CorrectedGraph out;
    // Built in place: a Graph handed over by value would be copied several times.
    out.graph = CorpusGraph::assemble(m_base.documents(), [&](Graph& graph) {
        for (const std::size_t v : order) {
            newIndex[v] = boost::add_vertex(graph);
            graph[newIndex[v]] = std::move(m_nodes[v].data);
            tidy(graph[newIndex[v]].mentions);
        }
        for (std::size_t e = 0; e < m_edges.size(); ++e) {
            const Edge& edge = m_edges[e];
            if (edge.alive && m_nodes[edge.from].alive && m_nodes[edge.to].alive)
                edges.push_back(e);
        }
        std::sort(edges.begin(), edges.end(), [&](std::size_t a, std::size_t b) {
            return std::make_pair(newIndex[m_edges[a].from], newIndex[m_edges[a].to]) <
                   std::make_pair(newIndex[m_edges[b].from], newIndex[m_edges[b].to]);
        });
        for (const std::size_t e : edges) {
            Edge& edge = m_edges[e];
            tidy(edge.data.evidence);
            const auto added = boost::add_edge(newIndex[edge.from], newIndex[edge.to], graph).first;
            graph[added] = std::move(edge.data);
        }
    });
    for (auto it = m_annotations.cbegin(); it != m_annotations.cend(); ++it) {
        if (out.graph->find(it.key()) && it.value() != Annotation{})
            out.annotations.insert(it.key(), it.value());
    }
    out.problems = std::move(m_problems);
    out.mergedInto = std::move(m_mergedInto);
    return out;
}

QString cell(const QString& value)
{
    // A tab or line break would shift the columns; '|' separates values.
    QString v = value;
    v.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('|'), QLatin1Char(' '));
    return v.trimmed();
}

} // namespace

CorrectedGraph applyCorrections(const CorpusGraph& base, const std::vector<Edit>& edits)
{
    Workbench bench(base);
    for (std::size_t i = 0; i < edits.size(); ++i)
        bench.apply(edits[i], i);
    return bench.finish();
}

QString correctionsDictionary(const CorrectedGraph& corrected, const std::vector<Edit>& edits)
{
    QString out = QStringLiteral("# Corrections exported from a Parley project (docs/dictionary.md)\n");
    QStringList ids;
    for (const Edit& e : edits) {
        switch (e.kind) {
        case EditKind::Merge:
        case EditKind::SplitAlias:
        case EditKind::Rename:
        case EditKind::SetState:
        case EditKind::SetTitle: {
            QString id = e.target.id;
            for (int hops = 0; corrected.mergedInto.contains(id) && hops < 64; ++hops)
                id = corrected.mergedInto.value(id);
            appendUnique(ids, id);
            if (e.kind == EditKind::SplitAlias)
                appendUnique(ids, e.target.id.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':') + slugify(e.value));
            break;
        }
        default:
            out += QStringLiteral("# not expressible as a dictionary row: %1\n").arg(cell(describe(e)));
            break;
        }
    }
    out += QStringLiteral("kind\tname\taliases\ttitle\tstate\torganization\n");
    const CorpusGraph& g = *corrected.graph;
    for (const QString& id : ids) {
        const auto v = g.find(id);
        if (!v)
            continue;
        const NodeData& n = g.node(*v);
        if (n.kind == NodeKind::Meeting)
            continue;
        QStringList aliases;
        for (const QString& a : n.aliases)
            appendUnique(aliases, cell(a));
        QString stateName;
        if (const auto s = g.find(n.state))
            stateName = g.node(*s).name;
        const bool person = n.kind == NodeKind::Official;
        out += QStringList{person ? QStringLiteral("person") : QStringLiteral("state"), cell(n.name),
                           aliases.join(QLatin1Char('|')), person ? cell(n.title) : QString(),
                           person ? cell(stateName) : QString(),
                           person ? cell(n.organization) : QString()}
                   .join(QLatin1Char('\t')) +
               QLatin1Char('\n');
    }
    return out;
}

QString manualMeetingId(const QStringList& participants, const QString& evidence)
{
    QStringList sorted = participants;
    sorted.sort();
    const QByteArray key = (sorted.join(QLatin1Char('\n')) + QLatin1Char('\0') + evidence).toUtf8();
    return QStringLiteral("meeting:manual-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(10));
}

} // namespace parley
