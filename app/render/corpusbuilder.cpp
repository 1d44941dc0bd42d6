// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/corpusbuilder.h"

#include "extract/extractor.h"
#include "io/corpusbuilder.h"
#include "text/loader.h"

#include <atomic>

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
    Result<Lexicon> lexicon = Lexicon::builtin();
    if (!lexicon) {
        out.errors.push_back(lexicon.error());
        return out;
    }
    for (Error& e : lexicon.value().addUserLexicons())
        out.errors.push_back(std::move(e));
    const Extractor extractor(std::move(gazetteer).value(), std::move(lexicon).value());
    // The one pipeline of core (extractInBatches(), as parley-cli and projects use): the
    // same canonical order, so the window shows the graph `parley-cli extract` prints.
    const int total = filesTotal + int(loaded.documents.size());
    const bool finished = extractInBatches(
        std::move(loaded.documents), extractor, 0,
        [&](std::vector<ExtractedDocument>& batch, int done, int) {
            for (ExtractedDocument& r : batch)
                out.graph->addDocument(std::move(r.document), r.extraction);
            return !progress || progress(filesTotal + done, total);
        });
    if (!finished) {
        out.cancelled = true;
        return out;
    }
    out.graph->canonicalize();
    return out;
}

} // namespace parley
