// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"
#include "project/corrections.h"

#include <QString>

#include <vector>

namespace parley {

/// Why an extraction may be wrong, most suspicious first.
enum class ReviewReason {
    NearDuplicate,     ///< another official's name contains this one's ("Ursula" / "Ursula von der Leyen")
    SameSurname,       ///< another official has the same last name
    LooksLikePlace,    ///< an "official" named like a state, its capital or a seat of power
    LoneParticipant,   ///< a meeting with one participant
    InferredState,     ///< an official whose state the extractor inferred, no text stating it
    UntitledOnce       ///< an official with no title, named once
};

struct ReviewItem
{
    QString id;        ///< node id in the corrected graph
    ReviewReason reason = ReviewReason::UntitledOnce;
    double score = 0;  ///< higher = more likely wrong
    QString message;   ///< "may be the same person as Ursula von der Leyen"
    QString other;     ///< the node to merge with, for NearDuplicate and SameSurname
    QString document;  ///< where to read it: the first mention
    int sentence = -1;
};

/// The extractions of `graph` most likely to be wrong, ranked (score, then id), for the
/// Review queue. Nodes tagged "reviewed" in `annotations` are left out, so accepting a row
/// keeps it out of the queue across sessions and re-extractions. Near-duplicate names are
/// found through an index of name tokens, so the cost grows about linearly with the graph
/// (20k articles: see bench_review). Thread-safe (reads only).
std::vector<ReviewItem> reviewQueue(const CorpusGraph& graph, const QHash<QString, Annotation>& annotations = {});

/// `items` without the rows whose node is tagged "reviewed" in `annotations`, order kept:
/// reviewQueue(g, a) == withoutReviewed(reviewQueue(g), a), so an edit that changes only
/// annotations needs no new queue.
std::vector<ReviewItem> withoutReviewed(std::vector<ReviewItem> items, const QHash<QString, Annotation>& annotations);

/// The tag that accepting a review row puts on its node.
inline const QString kReviewedTag = QStringLiteral("reviewed");

} // namespace parley
