// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/incrementalcorrections.h"

namespace parley {

void IncrementalCorrections::reset(std::shared_ptr<const CorpusGraph> base, std::vector<Edit> edits)
{
    m_base = std::move(base);
    m_edits = std::move(edits);
    m_before.clear();
    replay();
}

void IncrementalCorrections::reset(std::shared_ptr<const CorpusGraph> base, std::vector<Edit> edits,
                                   CorrectedGraph corrected)
{
    m_base = std::move(base);
    m_edits = std::move(edits);
    m_before.clear();
    m_current = std::move(corrected);
}

void IncrementalCorrections::replay()
{
    if (!m_base) {
        m_current = {};
        return;
    }
    m_current = applyCorrections(*m_base, m_edits);
    ++m_counts.replayed;
}

void IncrementalCorrections::append(const Edit& edit)
{
    std::optional<CorrectedGraph> next = m_base ? applyOne(edit) : std::nullopt;
    // The result before this edit shares its graph with whoever shows it: keeping it costs
    // a graph only when the edit replaces the graph.
    m_before.emplace_back(m_edits.size(), m_current);
    if (m_before.size() > kKeptForUndo)
        m_before.pop_front();
    m_edits.push_back(edit);
    if (next) {
        m_current = std::move(*next);
        ++m_counts.incremental;
    } else {
        replay();
    }
}

void IncrementalCorrections::removeLast()
{
    if (m_edits.empty())
        return;
    m_edits.pop_back();
    if (!m_before.empty() && m_before.back().first == m_edits.size()) {
        m_current = std::move(m_before.back().second);
        m_before.pop_back();
        ++m_counts.restored;
        return;
    }
    m_before.clear();
    replay();
}

std::optional<CorrectedGraph> IncrementalCorrections::applyOne(const Edit& edit) const
{
    if (!m_current.graph)
        return std::nullopt;
    const CorpusGraph& g = *m_current.graph;
    // The first way applyCorrections() finds an entity: its id, through the merges. The
    // other ways (name, evidence sentences) scan in the replay's own node order, so an edit
    // that needs them is replayed rather than guessed at here.
    QString id = edit.target.id;
    for (int hops = 0; m_current.mergedInto.contains(id) && hops < 64; ++hops)
        id = m_current.mergedInto.value(id);
    const std::optional<NodeId> found = g.find(id);
    if (!found)
        return std::nullopt;
    const NodeId v = *found;
    const NodeData& node = g.node(v);

    switch (edit.kind) {
    case EditKind::Hide:
    case EditKind::Note:
    case EditKind::Tags:
    case EditKind::Colour: {
        CorrectedGraph out = m_current; // the same graph: only the annotations change
        Annotation annotation = out.annotations.value(node.id);
        annotate(annotation, edit);
        if (annotation == Annotation{})
            out.annotations.remove(node.id);
        else
            out.annotations.insert(node.id, annotation);
        return out;
    }
    case EditKind::Rename:
        if (edit.value.trimmed().isEmpty())
            return std::nullopt; // a problem to report: the replay words it
        break;
    case EditKind::SetTitle:
        if (node.kind != NodeKind::Official)
            return std::nullopt;
        break;
    case EditKind::SetStatus:
        if (node.kind != NodeKind::Meeting || !meetingStatuses().contains(edit.value))
            return std::nullopt;
        break;
    case EditKind::Reject: break;
    default: return std::nullopt;
    }

    CorrectedGraph out = m_current;
    auto copy = std::make_shared<CorpusGraph>(g);
    switch (edit.kind) {
    case EditKind::Rename: copy->updateNode(v, [&](NodeData& n) { rename(n, edit.value); }); break;
    case EditKind::SetTitle:
        copy->updateNode(v, [&](NodeData& n) { n.title = edit.value.trimmed(); });
        break;
    case EditKind::SetStatus: copy->updateNode(v, [&](NodeData& n) { n.status = edit.value; }); break;
    case EditKind::Reject: {
        const QString rejected = node.id;
        copy->removeNode(v);
        // As in the replay: officials of a rejected state no longer serve it.
        for (NodeId n = 0; n < copy->nodeCount(); ++n) {
            if (copy->node(n).state == rejected)
                copy->updateNode(n, [](NodeData& d) { d.state.clear(); });
        }
        out.annotations.remove(rejected);
        break;
    }
    default: break;
    }
    out.graph = std::move(copy);
    return out;
}

} // namespace parley
