// SPDX-License-Identifier: GPL-3.0-or-later
// Projects at scale: reading N articles from text (load + extract + merge) against opening
// the same project (SQLite read + merge + corrections), and the CPU time of saving an edit.
// Usage: parley-bench-project CORPUS.jsonl [WORKDIR]. Exits 1 when opening takes half the
// extraction time or more, or a save takes a second of CPU or more (the targets).
#include "project/incrementalcorrections.h"
#include "project/pipeline.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out << "usage: parley-bench-project CORPUS.jsonl [WORKDIR]\n";
        return 2;
    }
    QTemporaryDir temp(args.size() > 2 ? args[2] + QStringLiteral("/bench-project-XXXXXX") : QString());
    const QString path = temp.filePath(QStringLiteral("bench.parley"));
    std::vector<parley::Error> errors;
    const auto extractor = parley::makeExtractor({}, errors);
    if (!extractor)
        return 1;

    QElapsedTimer timer;
    timer.start();
    parley::ProjectData data;
    parley::addArticles(data, {args[1]}, *extractor.value());
    const auto extractedGraph = parley::correctedGraph(data);
    const double extractSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    auto created = parley::ProjectFile::create(path, data);
    if (!created) {
        out << created.error().toString() << "\n";
        return 1;
    }
    const double createSeconds = double(timer.nsecsElapsed()) / 1e9;
    created = parley::Result<std::unique_ptr<parley::ProjectFile>>(parley::Error{});

    timer.restart();
    parley::ProjectData opened;
    auto file = parley::ProjectFile::open(path, opened);
    if (!file) {
        out << file.error().toString() << "\n";
        return 1;
    }
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
    const auto graph = parley::correctedGraph(opened);
    const double openSeconds = double(timer.nsecsElapsed()) / 1e9;

    // One correction, then Save: what the analyst waits for after every edit.
    parley::Edit edit;
    edit.kind = parley::EditKind::Reject;
    edit.target = {graph.graph->node(0).id, graph.graph->node(0).name, {}};
    opened.edits.push_back(edit);
    const double cpuBefore = cpuSeconds();
    timer.restart();
    const parley::Status saved = file.value()->save(opened);
    const double saveSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double saveCpu = cpuSeconds() - cpuBefore;
    if (!saved) {
        out << saved.error.toString() << "\n";
        return 1;
    }
    timer.restart();
    const auto base = parley::extractedGraph(opened);
    const double mergeSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const auto corrected = parley::applyCorrections(*base, opened.edits);
    const double applySeconds = double(timer.nsecsElapsed()) / 1e9;

    // One edit of each common kind and its undo, as the GUI applies them: the full replay
    // (what every edit cost before IncrementalCorrections) against the incremental model,
    // both on the same base in the same run.
    parley::IncrementalCorrections live;
    live.reset(base, opened.edits, corrected);
    const parley::CorpusGraph& shown = *live.current().graph;
    const auto keyOfNode = [&](parley::NodeKind kind) {
        for (parley::NodeId v = 0; v < shown.nodeCount(); ++v) {
            if (shown.node(v).kind == kind && shown.node(v).id != edit.target.id)
                return parley::EntityKey{shown.node(v).id, shown.node(v).name, {}};
        }
        return parley::EntityKey{};
    };
    struct Case
    {
        const char* name;
        parley::Edit edit;
    };
    const auto make = [](parley::EditKind kind, parley::EntityKey target, QString value) {
        parley::Edit e;
        e.kind = kind;
        e.target = std::move(target);
        e.value = std::move(value);
        return e;
    };
    const std::vector<Case> cases{
        {"hide", make(parley::EditKind::Hide, keyOfNode(parley::NodeKind::Official), QStringLiteral("1"))},
        {"note", make(parley::EditKind::Note, keyOfNode(parley::NodeKind::State), QStringLiteral("check"))},
        {"rename", make(parley::EditKind::Rename, keyOfNode(parley::NodeKind::Official), QStringLiteral("A B"))},
        {"status", make(parley::EditKind::SetStatus, keyOfNode(parley::NodeKind::Meeting), QStringLiteral("denied"))},
        {"reject", make(parley::EditKind::Reject, keyOfNode(parley::NodeKind::Meeting), QString())}};
    double fullTotal = 0;
    double liveTotal = 0;
    for (const Case& c : cases) {
        std::vector<parley::Edit> edits = opened.edits;
        edits.push_back(c.edit);
        timer.restart();
        const auto full = parley::applyCorrections(*base, edits);
        const double fullSeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        live.append(c.edit);
        const double appendSeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        live.removeLast();
        const double undoSeconds = double(timer.nsecsElapsed()) / 1e9;
        fullTotal += 2 * fullSeconds; // an undo replayed everything too
        liveTotal += appendSeconds + undoSeconds;
        out << "edit " << c.name << ": full re-apply " << fullSeconds << " s; incremental " << appendSeconds
            << " s, its undo " << undoSeconds << " s (" << (2 * fullSeconds) / std::max(1e-9, appendSeconds + undoSeconds)
            << "x faster)\n";
        if (full.graph->nodeCount() == 0)
            return 1;
    }
    out << "edits and undos above: full re-apply " << fullTotal << " s, incremental " << liveTotal << " s ("
        << fullTotal / std::max(1e-9, liveTotal) << "x); incremental " << live.counts().incremental
        << ", restored " << live.counts().restored << ", replayed " << live.counts().replayed << "\n";

    out << "articles " << data.records.size() << ", nodes " << graph.graph->nodeCount() << ", edges "
        << graph.graph->edgeCount() << ", file " << QFileInfo(path).size() / 1024 / 1024 << " MiB\n"
        << "extract from text " << extractSeconds << " s; create project " << createSeconds
        << " s; open project " << openSeconds << " s (" << openSeconds / extractSeconds * 100
        << "% of extracting; reading the file " << readSeconds << " s)\n"
        << "save after one edit " << saveSeconds << " s wall, " << saveCpu << " s CPU; "
        << "merge the records " << mergeSeconds << " s, apply the corrections " << applySeconds << " s\n";
    const bool same = graph.graph->nodeCount() == extractedGraph.graph->nodeCount() &&
                      graph.graph->edgeCount() == extractedGraph.graph->edgeCount();
    if (!same)
        out << "FAIL: the opened project's graph differs from the extracted one\n";
    if (openSeconds >= extractSeconds / 2)
        out << "FAIL: opening takes half the extraction time or more\n";
    if (saveCpu >= 1.0)
        out << "FAIL: saving takes a second of CPU or more\n";
    return same && openSeconds < extractSeconds / 2 && saveCpu < 1.0 && corrected.graph ? 0 : 1;
}
