// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/pipeline.h"

#include "extract/gazetteer.h"
#include "text/feed.h"
#include "text/loader.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace parley {

namespace {

// Extracts `documents` in canonical batches, checking for a stop between batches.
std::optional<std::vector<ExtractedDocument>> extractStoppable(std::vector<Document> documents,
                                                               const Extractor& extractor,
                                                               const ProjectProgress& progress,
                                                               const std::stop_token& stop)
{
    std::vector<ExtractedDocument> out;
    out.reserve(documents.size());
    const bool finished = extractInBatches(
        std::move(documents), extractor, 0,
        [&](std::vector<ExtractedDocument>& batch, int done, int total) {
            for (ExtractedDocument& r : batch)
                out.push_back(std::move(r));
            if (progress)
                progress(done, total);
            return !stop.stop_requested();
        });
    if (!finished || stop.stop_requested())
        return std::nullopt;
    return out;
}

} // namespace

Result<std::shared_ptr<const Extractor>> makeExtractor(const QStringList& dictionaries,
                                                       std::vector<Error>& errors)
{
    Result<Gazetteer> gazetteer = Gazetteer::builtin();
    if (!gazetteer)
        return gazetteer.error();
    for (Error& e : gazetteer.value().addUserDictionaries())
        errors.push_back(std::move(e));
    for (const QString& d : dictionaries) {
        if (const Status s = gazetteer.value().addDictionary(d); !s)
            errors.push_back(s.error);
    }
    Result<Lexicon> lexicon = Lexicon::builtin();
    if (!lexicon)
        return lexicon.error();
    for (Error& e : lexicon.value().addUserLexicons())
        errors.push_back(std::move(e));
    return std::shared_ptr<const Extractor>(
        std::make_shared<Extractor>(std::move(gazetteer).value(), std::move(lexicon).value()));
}

CorpusBuild buildCorpus(const QStringList& paths, const Extractor& extractor,
                        const CorpusOptions& options, const PipelineProgress& progress,
                        const std::stop_token& stop)
{
    CorpusBuild out;
    auto graph = std::make_shared<CorpusGraph>();
    const bool restrict = options.range.active();
    const bool finished = streamArticles(
        paths, options.stream, extractor, [&out](const Error& e) { out.errors.push_back(e); },
        [&](std::vector<ExtractedDocument>& records) {
            out.articles += qint64(records.size());
            for (ExtractedDocument& r : records) {
                if (restrict)
                    restrictToRange(r.extraction, options.range);
                graph->addDocument(std::move(r.document), r.extraction);
            }
            return true;
        },
        progress, stop);
    if (!finished || stop.stop_requested()) {
        out.graph = std::make_shared<CorpusGraph>();
        out.cancelled = true;
        return out;
    }
    graph->canonicalize();
    if (options.edits.empty()) {
        out.graph = std::move(graph);
        return out;
    }
    CorrectedGraph corrected = applyCorrections(*graph, options.edits);
    out.graph = std::move(corrected.graph);
    out.problems = std::move(corrected.problems);
    return out;
}

CorpusBuild buildCorpus(const QStringList& paths, const CorpusOptions& options,
                        const PipelineProgress& progress, const std::stop_token& stop)
{
    std::vector<Error> dictionaryErrors;
    Result<std::shared_ptr<const Extractor>> extractor = makeExtractor(options.dictionaries, dictionaryErrors);
    if (!extractor) {
        CorpusBuild out;
        out.graph = std::make_shared<CorpusGraph>();
        out.errors.push_back(extractor.error());
        return out;
    }
    CorpusBuild out = buildCorpus(paths, *extractor.value(), options, progress, stop);
    std::move(dictionaryErrors.begin(), dictionaryErrors.end(), std::back_inserter(out.errors));
    return out;
}

ArticleChanges addArticles(ProjectData& data, const QStringList& paths, const Extractor& extractor,
                           const ProjectProgress& progress, const std::stop_token& stop)
{
    QStringList absolute;
    for (const QString& p : paths)
        absolute.append(isWebUrl(p) ? p : QFileInfo(p).absoluteFilePath());
    return addLoaded(data, loadPaths(absolute), absolute, extractor, progress, stop);
}

ArticleChanges addLoaded(ProjectData& data, LoadResult loaded, const QStringList& sources,
                         const Extractor& extractor, const ProjectProgress& progress,
                         const std::stop_token& stop)
{
    ArticleChanges changes;
    changes.errors = std::move(loaded.errors);

    QSet<QString> known;
    QHash<QString, QString> idByPath;
    for (const ExtractedDocument& r : data.records) {
        known.insert(r.document.id);
        idByPath.insert(r.document.path, r.document.id);
    }
    QSet<QString> replaced;
    std::vector<Document> fresh;
    for (Document& d : loaded.documents) {
        if (known.contains(d.id)) {
            ++changes.unchanged;
            continue;
        }
        const auto old = idByPath.constFind(d.path);
        if (old != idByPath.cend()) {
            replaced.insert(*old);
            ++changes.changed;
        } else {
            ++changes.added;
        }
        known.insert(d.id);
        fresh.push_back(std::move(d));
    }
    std::optional<std::vector<ExtractedDocument>> extracted =
        extractStoppable(std::move(fresh), extractor, progress, stop);
    if (!extracted) {
        changes = ArticleChanges{};
        changes.cancelled = true;
        return changes;
    }
    std::erase_if(data.records, [&](const ExtractedDocument& r) { return replaced.contains(r.document.id); });
    for (ExtractedDocument& r : *extracted)
        data.records.push_back(std::move(r));
    canonicalOrder(data.records);
    for (const QString& p : sources) {
        if (!data.sources.contains(p))
            data.sources.append(p);
    }
    return changes;
}

ArticleChanges updateProject(ProjectData& data, const Extractor& extractor,
                             const ProjectProgress& progress, const std::stop_token& stop)
{
    return updateWithFeeds(data, LoadResult{}, extractor, progress, stop);
}

ArticleChanges updateWithFeeds(ProjectData& data, LoadResult fetched, const Extractor& extractor,
                               const ProjectProgress& progress, const std::stop_token& stop)
{
    const QStringList local = localSources(data);
    LoadResult loaded = local.isEmpty() ? LoadResult{} : loadPaths(local);
    // Feed items first, as they came; then the files. The order only decides which of two
    // equal texts is read (the other is skipped by its hash).
    for (Document& d : loaded.documents)
        fetched.documents.push_back(std::move(d));
    for (Error& e : loaded.errors)
        fetched.errors.push_back(std::move(e));
    return addLoaded(data, std::move(fetched), {}, extractor, progress, stop);
}

QStringList webSources(const ProjectData& data)
{
    QStringList out;
    for (const QString& s : data.sources) {
        if (isWebUrl(s))
            out.append(s);
    }
    return out;
}

QStringList localSources(const ProjectData& data)
{
    QStringList out;
    for (const QString& s : data.sources) {
        if (!isWebUrl(s))
            out.append(s);
    }
    return out;
}

bool reextract(ProjectData& data, const Extractor& extractor, const ProjectProgress& progress,
               const std::stop_token& stop)
{
    std::vector<Document> documents;
    documents.reserve(data.records.size());
    for (const ExtractedDocument& r : data.records)
        documents.push_back(r.document); // implicitly shared texts: cheap
    std::optional<std::vector<ExtractedDocument>> extracted =
        extractStoppable(std::move(documents), extractor, progress, stop);
    if (!extracted)
        return false;
    data.records = std::move(*extracted);
    ++data.extractionRevision;
    return true;
}

namespace {

// buildCorpusGraph() without copying the extractions: the records are kept in canonical
// order (canonicalOrder()) by every change, and only each document (shared strings) is
// copied into the graph.
CorpusGraph mergeRecords(const ProjectData& data)
{
    CorpusGraph graph;
    for (const ExtractedDocument& r : data.records)
        graph.addDocument(r.document, r.extraction);
    graph.canonicalize();
    return graph;
}

} // namespace

std::shared_ptr<const CorpusGraph> extractedGraph(const ProjectData& data)
{
    return std::make_shared<const CorpusGraph>(mergeRecords(data));
}

CorrectedGraph correctedGraph(const ProjectData& data)
{
    // Without edits the extracted graph is the answer: no copy to correct.
    if (data.edits.empty())
        return CorrectedGraph{std::make_shared<CorpusGraph>(mergeRecords(data)), {}, {}, {}};
    return applyCorrections(*extractedGraph(data), data.edits);
}

std::optional<ProjectGraphs> projectGraphs(const ProjectData& data, const std::stop_token& stop)
{
    if (stop.stop_requested())
        return std::nullopt;
    ProjectGraphs out;
    out.extracted = extractedGraph(data);
    if (stop.stop_requested())
        return std::nullopt;
    out.corrected = applyCorrections(*out.extracted, data.edits);
    return out;
}

GraphChanges graphChanges(const CorpusGraph& before, const CorpusGraph& after)
{
    GraphChanges changes;
    for (int v = 0; v < after.nodeCount(); ++v) {
        const NodeData& n = after.node(v);
        if (before.find(n.id))
            continue;
        switch (n.kind) {
        case NodeKind::State: ++changes.states; break;
        case NodeKind::Official: ++changes.officials; break;
        case NodeKind::Meeting: ++changes.meetings; break;
        }
    }
    return changes;
}

} // namespace parley
