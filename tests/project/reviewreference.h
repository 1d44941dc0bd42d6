// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue as it was built before the near-duplicate index (every pair of officials
// compared, names split again in the inner loop), kept verbatim as the oracle the indexed
// reviewQueue() must equal row for row, and as the "before" of bench_review. One change since:
// inferred states are read from NodeData::stateInference, as reviewQueue() reads them now
// that the extractor records them, instead of from the rule texts.
#pragma once

#include "project/review.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace parley::test {

namespace reference {

inline QStringList nameTokens(const QString& name)
{
    return name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Every token of `shorter` is a token of `longer`, which has more: "Ursula" in "Ursula von
// der Leyen", "von der Leyen" in it too.
inline bool tokensWithin(const QStringList& shorter, const QStringList& longer)
{
    if (shorter.isEmpty() || shorter.size() >= longer.size())
        return false;
    return std::all_of(shorter.begin(), shorter.end(), [&](const QString& t) { return longer.contains(t); });
}

} // namespace reference

inline std::vector<ReviewItem> referenceReviewQueue(const CorpusGraph& graph,
                                                     const QHash<QString, Annotation>& annotations = {})
{
    std::vector<ReviewItem> items;
    QSet<QString> placeNames;
    std::vector<NodeId> officials;
    for (NodeId v = 0; v < graph.nodeCount(); ++v) {
        const NodeData& n = graph.node(v);
        if (n.kind == NodeKind::State) {
            placeNames.insert(n.name.toLower());
            for (const QString& a : n.aliases)
                placeNames.insert(a.toLower());
        } else if (n.kind == NodeKind::Official) {
            officials.push_back(v);
        }
    }
    using namespace reference;
    const auto add = [&](NodeId v, ReviewReason reason, double score, const QString& message, const QString& other = {}) {
        const NodeData& n = graph.node(v);
        if (annotations.value(n.id).tags.contains(kReviewedTag))
            return;
        ReviewItem item{n.id, reason, score, message, other, {}, -1};
        if (!n.mentions.empty()) {
            item.document = n.mentions.front().document;
            item.sentence = n.mentions.front().sentence;
        }
        items.push_back(std::move(item));
    };

    // Officials whose names overlap: the shorter one is likely a partial mention of the other.
    QHash<QString, std::vector<NodeId>> bySurname;
    for (const NodeId v : officials) {
        const QStringList tokens = nameTokens(graph.node(v).name);
        if (!tokens.isEmpty())
            bySurname[tokens.back()].push_back(v);
    }
    QSet<QString> flagged;
    for (const NodeId a : officials) {
        const QStringList ta = nameTokens(graph.node(a).name);
        for (const NodeId b : officials) {
            if (a != b && tokensWithin(ta, nameTokens(graph.node(b).name))) {
                add(a, ReviewReason::NearDuplicate, 5,
                    QStringLiteral("may be the same person as %1").arg(graph.node(b).name), graph.node(b).id);
                flagged.insert(graph.node(a).id);
                break;
            }
        }
    }
    for (const std::vector<NodeId>& same : std::as_const(bySurname)) {
        if (same.size() < 2)
            continue;
        for (const NodeId v : same) {
            if (flagged.contains(graph.node(v).id))
                continue;
            const NodeId other = v == same.front() ? same[1] : same.front();
            add(v, ReviewReason::SameSurname, 3,
                QStringLiteral("shares the surname of %1").arg(graph.node(other).name), graph.node(other).id);
            flagged.insert(graph.node(v).id);
        }
    }
    for (const NodeId v : officials) {
        const NodeData& n = graph.node(v);
        if (placeNames.contains(n.name.toLower()))
            add(v, ReviewReason::LooksLikePlace, 4, QStringLiteral("is named like a state or a place"));
        else if (n.title.isEmpty() && n.mentions.size() <= 1 && !flagged.contains(n.id))
            add(v, ReviewReason::UntitledOnce, 1, QStringLiteral("has no title and is named once"));
    }
    for (const NodeId v : officials) {
        const NodeData& n = graph.node(v);
        if (n.state.isEmpty() || flagged.contains(n.id))
            continue;
        const auto state = graph.find(n.state);
        if (!n.stateInference.isEmpty() && state)
            add(v, ReviewReason::InferredState, 1.5,
                QStringLiteral("serves %1 by inference (%2), not as the text says")
                    .arg(graph.node(*state).name, n.stateInference));
    }
    for (NodeId v = 0; v < graph.nodeCount(); ++v) {
        if (graph.node(v).kind != NodeKind::Meeting)
            continue;
        if (graph.neighbours(v, EdgeKind::Attended).size() == 1)
            add(v, ReviewReason::LoneParticipant, 2, QStringLiteral("has only one participant"));
    }
    std::sort(items.begin(), items.end(), [](const ReviewItem& a, const ReviewItem& b) {
        return std::tie(b.score, a.id) < std::tie(a.score, b.id);
    });
    return items;
}

} // namespace parley::test
