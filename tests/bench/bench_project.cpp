// SPDX-License-Identifier: GPL-3.0-or-later
// Projects at scale: reading N articles from text (load + extract + merge) against opening
// the same project (SQLite read + merge + corrections), and the CPU time of saving an edit.
// Usage: parley-bench-project CORPUS.jsonl [WORKDIR]. Exits 1 when opening takes half the
// extraction time or more, or a save takes a second of CPU or more (the targets).
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
