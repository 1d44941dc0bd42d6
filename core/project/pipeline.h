// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "extract/extractor.h"
#include "graph/projection.h"
#include "io/corpusbuilder.h"
#include "project/corrections.h"
#include "project/projectdata.h"
#include "text/loader.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

namespace parley {

/// (done, total) while articles are extracted; called on the calling thread.
using ProjectProgress = std::function<void(int, int)>;

/// What adding or updating articles changed.
struct ArticleChanges
{
    int added = 0;     ///< articles new to the project
    int changed = 0;   ///< articles whose file now holds another text (the old text is replaced)
    int unchanged = 0; ///< articles already in the project, skipped by content hash
    std::vector<Error> errors; ///< files that could not be read; the rest went on
    bool cancelled = false;    ///< stopped: the project is as it was
};

/// What a change did to the corrected graph: the counts of nodes that are new.
struct GraphChanges
{
    int states = 0;
    int officials = 0;
    int meetings = 0;
};

/// The extractor the project reads with: the shipped dictionaries, the user's
/// (Gazetteer::addUserDictionaries()) and `dictionaries` (files, e.g. --dictionary).
/// Dictionary errors are appended to `errors`; only a broken built-in set fails.
Result<std::shared_ptr<const Extractor>> makeExtractor(const QStringList& dictionaries,
                                                       std::vector<Error>& errors);

/// What buildCorpus() does besides loading and extracting.
struct CorpusOptions
{
    StreamOptions stream;    ///< how the inputs are read (threads, default date, ...)
    DateRange range;         ///< each extraction is cut to it before merging (when active)
    std::vector<Edit> edits; ///< corrections applied to the merged graph (a project's rules)
    /// Dictionaries added to the built-in and user ones by the overload that makes the
    /// extractor.
    QStringList dictionaries;
};

/// The outcome of buildCorpus().
struct CorpusBuild
{
    std::shared_ptr<CorpusGraph> graph; ///< merged, canonical, corrected; never null
    std::vector<Error> errors;          ///< unreadable files or lines (and dictionaries), in order
    std::vector<EditProblem> problems;  ///< corrections whose target is not in these articles
    qint64 articles = 0;                ///< documents read (before repeated ids are dropped)
    bool cancelled = false;             ///< stopped: `graph` is empty
};

/// Parley's one pipeline for articles that are not (yet) a project's: load -> extract
/// (streamArticles()) -> cut to the date range -> merge (in canonical order) -> apply the
/// corrections. The GUI runs it on a worker thread to open articles; parley-cli's extract,
/// render, analyze and path run it too, so they all give the same graph. A bad file is an
/// entry in `errors` and the rest goes on. Checks `stop` after each file and batch and
/// before the corrections.
CorpusBuild buildCorpus(const QStringList& paths, const Extractor& extractor,
                        const CorpusOptions& options = {}, const PipelineProgress& progress = {},
                        const std::stop_token& stop = {});
/// buildCorpus() with the extractor of makeExtractor(options.dictionaries): the user's
/// dictionaries and lexicons as well as the shipped ones. Their errors follow the files'.
CorpusBuild buildCorpus(const QStringList& paths, const CorpusOptions& options = {},
                        const PipelineProgress& progress = {}, const std::stop_token& stop = {});

/// Loads `paths` (files or folders), extracts the articles the project does not have yet
/// (an article is known by its content hash, so unchanged files cost no extraction) and adds
/// them in canonical order. An article loaded from a path the project already holds with
/// another text counts as changed and replaces the old one. The paths are remembered in
/// `data.sources` (absolute) for updateProject(). On a stop request nothing is changed.
ArticleChanges addArticles(ProjectData& data, const QStringList& paths, const Extractor& extractor,
                           const ProjectProgress& progress = {}, const std::stop_token& stop = {});

/// addArticles() for documents the caller loaded itself, e.g. the items of feeds the app
/// downloaded (core does no networking): the same content-hash and replace-by-path rules,
/// `loaded.errors` passed on, and `sources` (files, folders or web addresses) remembered as
/// given. On a stop request nothing is changed.
ArticleChanges addLoaded(ProjectData& data, LoadResult loaded, const QStringList& sources,
                         const Extractor& extractor, const ProjectProgress& progress = {},
                         const std::stop_token& stop = {});

/// addArticles() over the remembered file and folder sources: picks up new and changed
/// articles. Web sources (webSources()) are skipped: use updateWithFeeds() for them.
ArticleChanges updateProject(ProjectData& data, const Extractor& extractor,
                             const ProjectProgress& progress = {}, const std::stop_token& stop = {});

/// updateProject() plus the documents of the project's feeds, downloaded by the caller
/// (`fetched`, whose errors, e.g. an unreachable feed, are passed on): one extraction over
/// the new and changed articles of both. Articles a feed no longer lists stay.
ArticleChanges updateWithFeeds(ProjectData& data, LoadResult fetched, const Extractor& extractor,
                               const ProjectProgress& progress = {},
                               const std::stop_token& stop = {});

/// The remembered sources that are web addresses (isWebUrl()), in the order they were added.
QStringList webSources(const ProjectData& data);
/// The remembered sources that are files or folders.
QStringList localSources(const ProjectData& data);

/// Extracts every article again (after a dictionary or Parley update). Edits are rules and
/// are untouched. False, and the project unchanged, when stopped.
bool reextract(ProjectData& data, const Extractor& extractor, const ProjectProgress& progress = {},
               const std::stop_token& stop = {});

/// The graph of the project's extractions, before corrections (buildCorpusGraph()).
std::shared_ptr<const CorpusGraph> extractedGraph(const ProjectData& data);
/// The graph the analyst sees: extractedGraph() with the edits applied.
CorrectedGraph correctedGraph(const ProjectData& data);

/// The two graphs of a project: as extracted and as the analyst corrected it.
struct ProjectGraphs
{
    std::shared_ptr<const CorpusGraph> extracted;
    CorrectedGraph corrected;
};

/// The end of the pipeline for a project's records: merge (extractedGraph()), then apply the
/// edits (applyCorrections()). Nullopt when `stop` is requested between the two steps or
/// before. Thread-safe (reads `data`); the GUI runs it on a worker.
std::optional<ProjectGraphs> projectGraphs(const ProjectData& data, const std::stop_token& stop = {});

/// Nodes of `after` that `before` lacks, by kind.
GraphChanges graphChanges(const CorpusGraph& before, const CorpusGraph& after);

} // namespace parley
