// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/review.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace parley {

namespace {

QStringList nameTokens(const QString& name)
{
    return name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Every token of `shorter` is a token of `longer`, which has more: "Ursula" in "Ursula von
// der Leyen", "von der Leyen" in it too.
bool tokensWithin(const QStringList& shorter, const QStringList& longer)
{
    if (shorter.isEmpty() || shorter.size() >= longer.size())
        return false;
    return std::all_of(shorter.begin(), shorter.end(), [&](const QString& t) { return longer.contains(t); });
}

} // namespace

std::vector<ReviewItem> reviewQueue(const CorpusGraph& graph, const QHash<QString, Annotation>& annotations)
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
    // Rows are made for every node; the accepted ones are dropped at the end (in one pass,
    // which the Review dock also uses after an edit that changed only annotations).
    const auto add = [&](NodeId v, ReviewReason reason, double score, const QString& message, const QString& other = {}) {
        const NodeData& n = graph.node(v);
        ReviewItem item{n.id, reason, score, message, other, {}, -1};
        if (!n.mentions.empty()) {
            item.document = n.mentions.front().document;
            item.sentence = n.mentions.front().sentence;
        }
        items.push_back(std::move(item));
    };

    // Each official's name is split once; an index from token to officials (in node order)
    // finds the names containing all of a name's tokens from the postings of its rarest
    // token, instead of comparing every pair of officials.
    std::vector<QStringList> tokens(officials.size());
    QHash<QString, std::vector<std::size_t>> postings;
    for (std::size_t i = 0; i < officials.size(); ++i) {
        tokens[i] = nameTokens(graph.node(officials[i]).name);
        for (const QString& t : std::as_const(tokens[i])) {
            std::vector<std::size_t>& list = postings[t];
            if (list.empty() || list.back() != i) // a token twice in one name: listed once
                list.push_back(i);
        }
    }
    QHash<QString, std::vector<NodeId>> bySurname;
    for (std::size_t i = 0; i < officials.size(); ++i) {
        if (!tokens[i].isEmpty())
            bySurname[tokens[i].back()].push_back(officials[i]);
    }
    // Officials whose names overlap: the shorter one is likely a partial mention of the other
    // (the first such official in node order).
    QSet<QString> flagged;
    for (std::size_t a = 0; a < officials.size(); ++a) {
        const QStringList& ta = tokens[a];
        if (ta.isEmpty())
            continue;
        const std::vector<std::size_t>* rarest = nullptr;
        for (const QString& t : ta) {
            const std::vector<std::size_t>& list = *postings.constFind(t); // every token is listed
            if (!rarest || list.size() < rarest->size())
                rarest = &list;
        }
        for (const std::size_t b : *rarest) {
            if (b != a && tokensWithin(ta, tokens[b])) {
                const NodeData& other = graph.node(officials[b]);
                add(officials[a], ReviewReason::NearDuplicate, 5,
                    QStringLiteral("may be the same person as %1").arg(other.name), other.id);
                flagged.insert(graph.node(officials[a]).id);
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
    return withoutReviewed(std::move(items), annotations);
}

std::vector<ReviewItem> withoutReviewed(std::vector<ReviewItem> items, const QHash<QString, Annotation>& annotations)
{
    if (annotations.isEmpty())
        return items;
    std::erase_if(items, [&](const ReviewItem& item) {
        const auto a = annotations.constFind(item.id);
        return a != annotations.cend() && a->tags.contains(kReviewedTag);
    });
    return items;
}

} // namespace parley
