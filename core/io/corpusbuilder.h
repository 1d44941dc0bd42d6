// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extraction.h"
#include "extract/extractor.h"
#include "graph/corpusgraph.h"
#include "text/document.h"

#include <functional>
#include <vector>

namespace parley {

/// One document together with what the extractor read from it: the unit of the per-document
/// JSONL records and of merging.
struct ExtractedDocument
{
    Document document;
    DocumentExtraction extraction;
};

/// Runs `extractor` over every document on `threads` worker threads (0 = one per core).
/// The result is in the order of `documents` and identical whatever the thread count, since
/// each document is extracted independently. `documents` is consumed.
/// `progress`, when set, is called from worker threads with (documents done, total).
std::vector<ExtractedDocument> extractAll(std::vector<Document> documents,
                                          const Extractor& extractor, int threads = 0,
                                          const std::function<void(int, int)>& progress = {});

/// Builds the merged, canonical graph of many extracted documents. Documents are added in a
/// canonical order (path, then id), duplicates (same id) count once, and the graph is
/// canonicalized, so the result depends only on the set of records, not on their order or on
/// how they were split into shards: merging is associative and commutative.
CorpusGraph buildCorpusGraph(std::vector<ExtractedDocument> records);

/// extractAll() followed by buildCorpusGraph(), without holding every extraction at once:
/// documents are put in canonical order first, extracted in batches on `threads` threads, and
/// each batch is added to the graph (and its extraction freed) before the next starts. The
/// graph is identical to buildCorpusGraph(extractAll(documents)), whatever the thread count.
/// `progress`, when set, is called on the calling thread with (documents done, total).
CorpusGraph extractCorpus(std::vector<Document> documents, const Extractor& extractor,
                          int threads = 0, const std::function<void(int, int)>& progress = {});

/// The loop behind extractCorpus(): puts `documents` in canonical order (dropping repeated
/// ids, see canonicalOrder()), extracts them in batches of a few hundred on `threads` threads
/// and hands each batch to `sink`, in canonical order, before extracting the next, so only
/// one batch of extractions is alive at a time. `sink` gets the batch (it may move from it),
/// the number of documents done with it and the total; it returns false to stop early, and
/// so does this function. The batches do not depend on the thread count.
bool extractInBatches(
    std::vector<Document> documents, const Extractor& extractor, int threads,
    const std::function<bool(std::vector<ExtractedDocument>&, int, int)>& sink);

/// Sorts records into the canonical order used by buildCorpusGraph() and drops later
/// duplicates of a document id.
void canonicalOrder(std::vector<ExtractedDocument>& records);

} // namespace parley
