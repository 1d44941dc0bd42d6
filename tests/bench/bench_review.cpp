// SPDX-License-Identifier: GPL-3.0-or-later
// The Review queue at scale: the indexed reviewQueue() against the pairwise build it replaced
// (tests/project/reviewreference.h), on the same extracted graph in the same run, and the
// cost of an edit that changes only annotations (accepting a row: withoutReviewed()).
// Usage: parley-bench-review CORPUS.jsonl. Exits 1 when the two queues differ.
#include "../project/reviewreference.h"

#include "project/pipeline.h"
#include "project/review.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out << "usage: parley-bench-review CORPUS.jsonl\n";
        return 2;
    }
    std::vector<parley::Error> errors;
    const auto extractor = parley::makeExtractor({}, errors);
    if (!extractor)
        return 1;
    parley::ProjectData data;
    parley::addArticles(data, {args[1]}, *extractor.value());
    const auto graph = parley::extractedGraph(data);
    int officials = 0;
    for (parley::NodeId v = 0; v < graph->nodeCount(); ++v)
        officials += graph->node(v).kind == parley::NodeKind::Official ? 1 : 0;
    out << "articles " << data.records.size() << ", nodes " << graph->nodeCount() << ", officials " << officials
        << "\n";
    out.flush();

    QElapsedTimer timer;
    timer.start();
    const std::vector<parley::ReviewItem> indexed = parley::reviewQueue(*graph);
    const double indexedSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "indexed queue " << indexedSeconds << " s, " << indexed.size() << " rows\n";
    out.flush();
    timer.restart();
    const std::vector<parley::ReviewItem> pairwise = parley::test::referenceReviewQueue(*graph);
    const double pairwiseSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "pairwise queue (before) " << pairwiseSeconds << " s, " << pairwise.size() << " rows; indexed is "
        << pairwiseSeconds / std::max(1e-9, indexedSeconds) << "x faster\n";

    // Accepting a row tags its node: the dock filters the queue it has instead of building it.
    QHash<QString, parley::Annotation> annotations;
    if (!indexed.empty())
        annotations[indexed.front().id].tags = {parley::kReviewedTag};
    timer.restart();
    const auto filtered = parley::withoutReviewed(indexed, annotations);
    const double filterSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "after accepting a row: filter " << filterSeconds << " s (a build: " << indexedSeconds << " s)\n";

    bool same = indexed.size() == pairwise.size() && filtered.size() + 1 == indexed.size();
    for (std::size_t i = 0; same && i < indexed.size(); ++i) {
        const parley::ReviewItem& a = indexed[i];
        const parley::ReviewItem& b = pairwise[i];
        same = a.id == b.id && a.reason == b.reason && a.score == b.score && a.message == b.message &&
               a.other == b.other && a.document == b.document && a.sentence == b.sentence;
    }
    if (!same)
        out << "FAIL: the indexed queue differs from the pairwise one\n";
    return same ? 0 : 1;
}
