// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extraction.h"
#include "extract/extractor.h"
#include "graph/corpusgraph.h"
#include "text/document.h"
#include "text/loader.h"

#include <functional>
#include <stop_token>
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

/// What streamArticles() counts in its progress reports.
enum class PipelineStage {
    Files,    ///< files loaded and extracted (when files are read one at a time)
    Loading,  ///< files loaded (when every file is loaded first; Articles follows)
    Articles  ///< articles extracted (when every file is loaded first)
};
/// (stage, done, total); called on the thread that runs the pipeline.
using PipelineProgress = std::function<void(PipelineStage, qint64, qint64)>;

/// How streamArticles() reads its inputs.
struct StreamOptions
{
    LoadOptions load; ///< e.g. the date of articles that carry none (its progress is unused)
    int threads = 0;  ///< extraction threads; 0 = one per core
    /// Load one file at a time when the files' documents come in canonical order file
    /// after file (so only one file's texts are in memory); otherwise, or when false,
    /// every file is loaded first. The records are the same either way.
    bool fileByFile = true;
    /// Adjusts each file's documents and errors before anything else sees them (e.g. the
    /// CLI names standard input's documents by their url). May be empty.
    std::function<void(LoadResult&)> fix;
};

/// The front of Parley's one pipeline (load -> extract; buildCorpus() in project/pipeline.h
/// merges and corrects): loads `paths` (files or folders), extracts every document on
/// `options.threads` threads and hands the records to `sink` batch by batch, in canonical
/// order (what extractInBatches() gives for all documents at once: repeated ids count
/// once). Each unreadable file or line goes to `onError` as it is found and the rest goes
/// on. Returns false when `sink` returned false or `stop` was requested (checked after each
/// file and batch); the caller then drops what it got. Thread-safe (no shared state).
bool streamArticles(const QStringList& paths, const StreamOptions& options, const Extractor& extractor,
                    const std::function<void(const Error&)>& onError,
                    const std::function<bool(std::vector<ExtractedDocument>&)>& sink,
                    const PipelineProgress& progress = {}, const std::stop_token& stop = {});

/// Sorts records into the canonical order used by buildCorpusGraph() and drops later
/// duplicates of a document id.
void canonicalOrder(std::vector<ExtractedDocument>& records);

} // namespace parley
