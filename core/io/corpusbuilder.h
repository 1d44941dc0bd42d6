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

/// Sorts records into the canonical order used by buildCorpusGraph() and drops later
/// duplicates of a document id.
void canonicalOrder(std::vector<ExtractedDocument>& records);

} // namespace parley
