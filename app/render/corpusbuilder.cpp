// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/corpusbuilder.h"

#include "extract/extractor.h"
#include "text/loader.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace parley {

CorpusBuild buildCorpus(const QStringList& paths, const std::function<bool(int, int)>& progress)
{
    CorpusBuild out;
    out.graph = std::make_shared<CorpusGraph>();
    std::atomic<bool> cancel{false};
    int filesTotal = 0;
    LoadOptions options;
    options.progress = [&](int done, int total) {
        filesTotal = total;
        if (progress && !progress(done, total * 2))
            cancel = true;
        return !cancel.load();
    };
    LoadResult loaded = loadPaths(paths, options);
    out.errors = std::move(loaded.errors);
    if (loaded.cancelled || cancel) {
        out.cancelled = true;
        return out;
    }
    Result<Gazetteer> gazetteer = Gazetteer::builtin();
    if (!gazetteer) {
        out.errors.push_back(gazetteer.error());
        return out;
    }
    for (Error& e : gazetteer.value().addUserDictionaries())
        out.errors.push_back(std::move(e));
    const Extractor extractor(std::move(gazetteer).value());
    std::vector<Document>& docs = loaded.documents;
    std::vector<DocumentExtraction> extractions(docs.size());
    std::atomic<std::size_t> next{0};
    std::atomic<int> done{0};
    std::mutex progressMutex;
    const int total = filesTotal + int(docs.size());
    // Documents are independent: workers take the next one until none is left.
    auto work = [&] {
        for (std::size_t i = next++; i < docs.size() && !cancel; i = next++) {
            extractions[i] = extractor.extract(docs[i]);
            const int d = ++done;
            if (progress) {
                const std::lock_guard lock(progressMutex);
                if (!progress(filesTotal + d, total))
                    cancel = true;
            }
        }
    };
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads && docs.size() > 4; ++t)
            pool.emplace_back(work);
        work();
    }
    if (cancel) {
        out.cancelled = true;
        return out;
    }
    for (std::size_t i = 0; i < docs.size(); ++i)
        out.graph->addDocument(std::move(docs[i]), extractions[i]);
    out.graph->canonicalize();
    return out;
}

} // namespace parley
