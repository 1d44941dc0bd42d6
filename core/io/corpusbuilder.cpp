// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/corpusbuilder.h"

#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace parley {

std::vector<ExtractedDocument> extractAll(std::vector<Document> documents,
                                          const Extractor& extractor, int threads,
                                          const std::function<void(int, int)>& progress)
{
    const std::size_t n = documents.size();
    std::vector<ExtractedDocument> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i].document = std::move(documents[i]);
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    threads = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(threads),
                                                      std::max<std::size_t>(1, n)));

    // Work is handed out one document at a time: articles vary a lot in length, so static
    // chunks would leave threads idle. Each slot is written by exactly one thread.
    std::atomic<std::size_t> next{0};
    std::atomic<int> done{0};
    auto work = [&] {
        for (std::size_t i = next++; i < n; i = next++) {
            out[i].extraction = extractor.extract(out[i].document);
            const int d = ++done;
            if (progress)
                progress(d, static_cast<int>(n));
        }
    };
    if (threads == 1) {
        work();
        return out;
    }
    std::vector<std::jthread> pool;
    pool.reserve(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);
    pool.clear(); // joins
    return out;
}

void canonicalOrder(std::vector<ExtractedDocument>& records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const ExtractedDocument& a, const ExtractedDocument& b) {
                         return std::tie(a.document.path, a.document.id) <
                                std::tie(b.document.path, b.document.id);
                     });
    QSet<QString> seen;
    std::erase_if(records, [&](const ExtractedDocument& r) {
        if (seen.contains(r.document.id))
            return true;
        seen.insert(r.document.id);
        return false;
    });
}

namespace {

// The threads that extract the batches of a run: started once per run, not once per batch.
// The extractor keeps per-thread tables (the interned token keys and their lexicon classes);
// threads of their own per batch began every batch with them cold and with fresh memory,
// which cost about a twentieth of a run. Every worker takes part in every batch, taking its
// documents one at a time (articles vary a lot in length); a batch is done when all workers
// have left it, so batches finish in the order they were submitted.
class ExtractionPool
{
public:
    using Batch = std::vector<ExtractedDocument>;

    ExtractionPool(const Extractor& extractor, int threads)
        : m_extractor(extractor)
    {
        m_workers.reserve(static_cast<std::size_t>(threads));
        for (int t = 0; t < threads; ++t)
            m_workers.emplace_back([this](const std::stop_token& stop) { run(stop); });
    }
    ~ExtractionPool()
    {
        for (std::jthread& w : m_workers)
            w.request_stop();
        m_wake.notify_all();
        m_workers.clear(); // joins, before the members they use go
    }
    ExtractionPool(const ExtractionPool&) = delete;
    ExtractionPool& operator=(const ExtractionPool&) = delete;
    ExtractionPool(ExtractionPool&&) = delete;
    ExtractionPool& operator=(ExtractionPool&&) = delete;

    std::future<Batch> submit(std::vector<Document> documents)
    {
        auto job = std::make_shared<Job>();
        job->records.resize(documents.size());
        for (std::size_t i = 0; i < documents.size(); ++i)
            job->records[i].document = std::move(documents[i]);
        std::future<Batch> result = job->result.get_future();
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_jobs.push_back(std::move(job));
            ++m_submitted;
        }
        m_wake.notify_all();
        return result;
    }

private:
    struct Job
    {
        Batch records;
        std::atomic<std::size_t> next{0};
        std::size_t workersDone = 0; ///< under the pool's mutex
        std::exception_ptr error;    ///< under the pool's mutex
        std::promise<Batch> result;
    };

    void run(const std::stop_token& stop)
    {
        for (std::size_t joined = 0;; ++joined) {
            std::shared_ptr<Job> job;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                if (!m_wake.wait(lock, stop, [&] { return m_submitted > joined; }))
                    return;
                // Jobs before `joined` that are still queued wait only for other workers.
                job = m_jobs[joined - m_finished];
            }
            Batch& records = job->records;
            std::exception_ptr error;
            try {
                for (std::size_t i = job->next++; i < records.size(); i = job->next++)
                    records[i].extraction = m_extractor.extract(records[i].document);
            } catch (...) {
                error = std::current_exception();
                job->next = records.size(); // the other workers stop too
            }
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (error && !job->error)
                job->error = error;
            if (++job->workersDone == m_workers.size()) {
                // Every worker leaves the jobs in order, so the finished one is the oldest.
                if (job->error)
                    job->result.set_exception(job->error);
                else
                    job->result.set_value(std::move(records));
                m_jobs.pop_front();
                ++m_finished;
            }
        }
    }

    const Extractor& m_extractor;
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<std::shared_ptr<Job>> m_jobs; ///< submitted and not yet finished, oldest first
    std::size_t m_submitted = 0;
    std::size_t m_finished = 0;
    std::vector<std::jthread> m_workers; ///< last: started once the rest is ready
};

} // namespace

namespace {

int resolvedThreads(int threads, std::size_t documents)
{
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    return static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(threads),
                                                   std::max<std::size_t>(1, documents)));
}

// extractInBatches() on `pool`, which is started (with `threads` workers, or one per document
// when fewer) if it is not yet: a run of many calls keeps one pool and its warm threads.
bool extractInBatches(std::vector<Document> documents, const Extractor& extractor, int threads,
                      std::optional<ExtractionPool>& pool,
                      const std::function<bool(std::vector<ExtractedDocument>&, int, int)>& sink)
{
    std::vector<ExtractedDocument> pending(documents.size());
    for (std::size_t i = 0; i < documents.size(); ++i)
        pending[i].document = std::move(documents[i]);
    documents = {};
    canonicalOrder(pending);

    // Batches large enough that the threads rarely wait at a batch's end, small enough that
    // the extractions in flight stay a small part of the graph they are merged into.
    constexpr std::size_t batchSize = 512;
    const std::size_t total = pending.size();
    if (!pool)
        pool.emplace(extractor, resolvedThreads(threads, total));
    auto extractBatch = [&](std::size_t first) {
        const std::size_t last = std::min(total, first + batchSize);
        std::vector<Document> batch;
        batch.reserve(last - first);
        for (std::size_t i = first; i < last; ++i)
            batch.push_back(std::move(pending[i].document));
        return pool->submit(std::move(batch));
    };
    // The next batch is extracted while the sink merges (and writes) this one: the sink runs
    // on this thread in batch order, so the result does not change, and the workers are not
    // left idle while the graph grows.
    std::future<std::vector<ExtractedDocument>> inFlight;
    if (total > 0)
        inFlight = extractBatch(0);
    for (std::size_t first = 0; first < total; first += batchSize) {
        std::vector<ExtractedDocument> records = inFlight.get();
        const std::size_t last = std::min(total, first + batchSize);
        if (last < total)
            inFlight = extractBatch(last);
        if (!sink(records, static_cast<int>(last), static_cast<int>(total))) {
            if (inFlight.valid())
                inFlight.wait(); // it reads `extractor`, which the caller may drop on return
            return false;
        }
    }
    return true;
}

} // namespace

bool extractInBatches(
    std::vector<Document> documents, const Extractor& extractor, int threads,
    const std::function<bool(std::vector<ExtractedDocument>&, int, int)>& sink)
{
    std::optional<ExtractionPool> pool;
    return extractInBatches(std::move(documents), extractor, threads, pool, sink);
}

CorpusGraph extractCorpus(std::vector<Document> documents, const Extractor& extractor,
                          int threads, const std::function<void(int, int)>& progress)
{
    CorpusGraph graph;
    extractInBatches(std::move(documents), extractor, threads,
                     [&](std::vector<ExtractedDocument>& records, int done, int total) {
                         for (ExtractedDocument& r : records)
                             graph.addDocument(std::move(r.document), r.extraction);
                         if (progress)
                             progress(done, total);
                         return true;
                     });
    graph.canonicalize();
    return graph;
}

namespace {

// Whether the documents of `files` come in canonical (path, id) order file after file:
// a document's path is its file's path or "file:line", so they do when each file's path
// sorts before the next one's and is not a prefix of it ("a.jsonl:9" sorts after
// "a.jsonl.txt"). Listing folders gives such an order except in corner cases.
bool filesInCanonicalOrder(const QStringList& files)
{
    for (qsizetype i = 1; i < files.size(); ++i) {
        if (!(files[i - 1] < files[i]) || files[i].startsWith(files[i - 1]))
            return false;
    }
    return true;
}

} // namespace

// Documents of a JSONL file loaded at a time when files are extracted one by one: one
// extraction batch, so that the texts in memory are a part's, not the file's. Only for
// files of 8 MB or more: the loader then parses each line twice (+0.9% instructions on
// 1 MB), and below that the texts (about three times the file) weigh less than the graph
// they are merged into, which sets the peak (4 MB of articles: 61 MB whole, 59 MB in parts).
constexpr std::size_t kLoadPart = 512;
constexpr qint64 kLoadPartsFrom = qint64(8) << 20;

bool streamArticles(const QStringList& paths, const StreamOptions& options, const Extractor& extractor,
                    const std::function<void(const Error&)>& onError,
                    const std::function<bool(std::vector<ExtractedDocument>&)>& sink,
                    const PipelineProgress& progress, const std::stop_token& stop)
{
    qsizetype fileCount = 0;
    qsizetype filesDone = 0;
    qint64 articles = 0;
    qint64 allTotal = 0; // documents of a whole load (when not file by file)
    bool fileByFile = false;
    bool ok = true;
    std::vector<Document> all;
    QSet<QString> seen; // ids already given out, for repeated articles across files
    // One pool for the run: a pool per file (or per part of a JSONL file) began each with
    // fresh threads, whose tables of token keys start cold.
    std::optional<ExtractionPool> pool;
    const auto forward = [&](std::vector<ExtractedDocument>& records, int, int) {
        for (const ExtractedDocument& r : records)
            seen.insert(r.document.id);
        articles += qint64(records.size());
        if (!fileByFile && progress)
            progress(PipelineStage::Articles, articles, allTotal);
        return sink(records) && !stop.stop_requested();
    };
    loadPathsStreamed(
        paths, options.load,
        [&](const QStringList& files) {
            fileByFile = options.fileByFile && filesInCanonicalOrder(files);
            fileCount = files.size();
            return !stop.stop_requested();
        },
        [&](LoadResult&& file) {
            if (options.fix)
                options.fix(file);
            for (const Error& e : file.errors) {
                if (onError)
                    onError(e);
            }
            if (!fileByFile) {
                std::move(file.documents.begin(), file.documents.end(), std::back_inserter(all));
                // The listing's errors come in a call of their own, hence the bound.
                if (!file.more)
                    filesDone = std::min(filesDone + 1, fileCount);
                if (progress)
                    progress(PipelineStage::Loading, filesDone, fileCount);
                ok = !stop.stop_requested();
                return ok;
            }
            // An id seen in an earlier file sorts first there: canonicalOrder() keeps that one.
            std::erase_if(file.documents, [&](const Document& d) { return seen.contains(d.id); });
            ok = extractInBatches(std::move(file.documents), extractor,
                                  resolvedThreads(options.threads, SIZE_MAX), pool, forward);
            if (!file.more)
                ++filesDone;
            if (progress)
                progress(PipelineStage::Files, filesDone, fileCount);
            return ok;
        },
        // A JSONL file comes in parts, in the canonical order of its documents, unless `fix`
        // may rename them (standard input's take their url as path, which orders them anew).
        options.fix ? 0 : kLoadPart, kLoadPartsFrom);
    if (!ok || stop.stop_requested())
        return false;
    if (!fileByFile) {
        allTotal = qint64(all.size());
        ok = extractInBatches(std::move(all), extractor, options.threads, pool, forward);
    }
    return ok;
}

CorpusGraph buildCorpusGraph(std::vector<ExtractedDocument> records)
{
    // CorpusGraph keeps the first title/state it sees and the longest name, so the order of
    // addition matters for ties; a fixed order makes the graph a function of the record set.
    canonicalOrder(records);
    CorpusGraph graph;
    for (ExtractedDocument& r : records)
        graph.addDocument(std::move(r.document), r.extraction);
    graph.canonicalize();
    return graph;
}

} // namespace parley
