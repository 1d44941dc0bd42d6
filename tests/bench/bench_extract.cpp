// SPDX-License-Identifier: GPL-3.0-or-later
// parley-bench-extract: times every stage from bytes on disk to the canonical graph, and prints
// each figure beside baselines measured in the same run on the same bytes (reading + UTF-8
// decoding, and sentence splitting alone), so the numbers mean something on any machine.
#include "extract/extractor.h"
#include "graph/corpusgraph.h"
#include "text/loader.h"
#include "text/sentencesplitter.h"

// The JSON writer lives in io/, which may land after this benchmark; time it when present.
#if __has_include("io/jsonexport.h")
#include "io/jsonexport.h"
#define PARLEY_BENCH_JSON 1
#endif

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace parley;

namespace {

struct Figures
{
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 articles = 0;
    qint64 sentences = 0;
    double read = 0, load = 0, split = 0, extract1 = 0, extractN = 0, add = 0, canon = 0, json = 0;
    /// CPU seconds of the process in the same stages: on a shared machine wall time also counts
    /// the time other programs held the cores, CPU time does not.
    double readCpu = 0, loadCpu = 0, splitCpu = 0, extract1Cpu = 0, extractNCpu = 0, addCpu = 0,
           canonCpu = 0, jsonCpu = 0;
    qint64 jsonBytes = -1; ///< -1: no JSON writer in this build
    int threads = 1;
    qint64 nodes = 0, edges = 0, found = 0;
    long peakRssKb = 0;
};

QStringList expandInputs(const QStringList& paths)
{
    QStringList files;
    for (const QString& p : paths) {
        if (QFileInfo(p).isDir()) {
            QDirIterator it(p, {QStringLiteral("*.txt"), QStringLiteral("*.md"),
                                QStringLiteral("*.html"), QStringLiteral("*.htm"),
                                QStringLiteral("*.jsonl")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << p;
        }
    }
    files.sort();
    return files;
}

double seconds(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e9; }

double cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

/// Wall and CPU time of one stage.
class StageTimer
{
public:
    StageTimer() : m_cpu(cpuNow()) { m_wall.start(); }
    void stop(double& wall, double& cpu) const
    {
        wall = seconds(m_wall);
        cpu = cpuNow() - m_cpu;
    }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

/// A digest of what was extracted, to check that the threaded run did the same work.
qint64 countFound(const std::vector<DocumentExtraction>& results)
{
    qint64 n = 0;
    for (const DocumentExtraction& e : results) {
        n += static_cast<qint64>(e.states.size() + e.officials.size() + e.meetings.size());
        for (const auto& o : e.officials)
            n += static_cast<qint64>(o.mentions.size());
    }
    return n;
}

std::vector<DocumentExtraction> extractAll(const Extractor& extractor,
                                           const std::vector<Document>& docs, int threads)
{
    std::vector<DocumentExtraction> results(docs.size());
    std::atomic<std::size_t> next{0};
    // Documents are handed out in small batches: articles are short, so per-document atomics
    // would be measurable, and batches keep the load balanced when lengths differ.
    const auto work = [&] {
        constexpr std::size_t batch = 16;
        for (;;) {
            const std::size_t begin = next.fetch_add(batch);
            if (begin >= docs.size())
                return;
            const std::size_t end = std::min(docs.size(), begin + batch);
            for (std::size_t i = begin; i < end; ++i)
                results[i] = extractor.extract(docs[i]);
        }
    };
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::jthread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work);
    }
    return results;
}

QString fmt(double v, int prec = 2) { return QString::number(v, 'f', prec); }

void printTable(QTextStream& out, const Figures& f)
{
    const double mb = static_cast<double>(f.bytes) / 1e6;
    const auto row = [&](const QString& stage, double t, double cpu, const QString& note) {
        const double mbps = t > 0 ? mb / t : 0;
        const double aps = t > 0 ? static_cast<double>(f.articles) / t : 0;
        out << "| " << stage << " | " << fmt(t, 3) << " | " << fmt(cpu, 3) << " | "
            << fmt(mbps, 1) << " | " << fmt(cpu > 0 ? mb / cpu : 0, 1) << " | " << fmt(aps, 0)
            << " | " << fmt(f.read > 0 ? t / f.read : 0, 1) << "x | "
            << fmt(f.split > 0 ? t / f.split : 0, 1) << "x | " << note << " |\n";
    };
    out << "\n" << f.articles << " articles, " << f.sentences << " sentences, " << fmt(mb, 1)
        << " MB in " << f.files << " file(s); " << f.threads << " worker thread(s)\n\n";
    out << "| stage | wall s | CPU s | MB/s | MB per CPU-s | articles/s | wall / read+decode "
           "| wall / split | note |\n"
        << "|---|---:|---:|---:|---:|---:|---:|---:|---|\n";
    row(QStringLiteral("read + UTF-8 decode (baseline)"), f.read, f.readCpu,
        QStringLiteral("QFile::readAll + QString::fromUtf8"));
    row(QStringLiteral("sentence split alone (baseline)"), f.split, f.splitCpu,
        QStringLiteral("splitSentences over every text"));
    row(QStringLiteral("load (parse, decode, split, ids)"), f.load, f.loadCpu,
        QStringLiteral("loadPaths"));
    row(QStringLiteral("extract, 1 thread"), f.extract1, f.extract1Cpu,
        QStringLiteral("Extractor::extract"));
    // On a shared machine the wall speed-up only shows how many cores were free; the CPU
    // ratio shows what threads cost: above 1 means contention (locks, shared cache lines).
    row(QStringLiteral("extract, %1 threads").arg(f.threads), f.extractN, f.extractNCpu,
        QStringLiteral("speed-up %1x over 1 thread; CPU-s %2x of 1 thread")
            .arg(fmt(f.extractN > 0 ? f.extract1 / f.extractN : 0),
                 fmt(f.extract1Cpu > 0 ? f.extractNCpu / f.extract1Cpu : 0)));
    row(QStringLiteral("graph: addDocument"), f.add, f.addCpu,
        QStringLiteral("%1 nodes, %2 edges").arg(f.nodes).arg(f.edges));
    row(QStringLiteral("graph: canonicalize"), f.canon, f.canonCpu, QString());
    if (f.jsonBytes >= 0)
        row(QStringLiteral("JSON export"), f.json, f.jsonCpu,
            QStringLiteral("contractJson, %1 MB written")
                .arg(fmt(static_cast<double>(f.jsonBytes) / 1e6, 1)));
    const double total = f.load + f.extractN + f.add + f.canon + f.json;
    const double totalCpu = f.loadCpu + f.extractNCpu + f.addCpu + f.canonCpu + f.jsonCpu;
    row(QStringLiteral("**load + extract (%1 thr) + graph%2**")
            .arg(f.threads)
            .arg(f.jsonBytes >= 0 ? QStringLiteral(" + JSON") : QString()),
        total, totalCpu,
        QStringLiteral("peak RSS %1 MB").arg(fmt(static_cast<double>(f.peakRssKb) / 1024.0, 0)));
    out << "\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    bool skipSingle = false;
    QStringList inputs;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--threads") && i + 1 < args.size()) {
            threads = std::max(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--skip-single")) {
            skipSingle = true;
        } else if (args[i] == QLatin1String("--help") || args[i] == QLatin1String("-h")) {
            out << "Usage: parley-bench-extract [--threads N] [--skip-single] PATH...\n"
                   "Times reading, loading, extraction (1 and N threads) and graph building of\n"
                   "the articles under PATH, as a markdown table, plus a 'BENCH key=value' line.\n";
            return 0;
        } else if (args[i].startsWith(QLatin1String("--"))) {
            err << "parley-bench-extract: unknown option " << args[i] << "\n";
            return 2;
        } else {
            inputs << args[i];
        }
    }
    if (inputs.isEmpty()) {
        err << "parley-bench-extract: no input (try --help)\n";
        return 2;
    }

    Figures f;
    f.threads = threads;
    const QStringList files = expandInputs(inputs);
    f.files = files.size();

    // Baseline 1: the least any reader must do. Run first, which also warms the page cache so
    // that the loader is not charged for the disk.
    {
        const StageTimer t;
        qint64 chars = 0;
        for (const QString& path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                err << path << ": " << file.errorString() << "\n";
                continue;
            }
            const QByteArray bytes = file.readAll();
            f.bytes += bytes.size();
            chars += QString::fromUtf8(bytes).size();
        }
        t.stop(f.read, f.readCpu);
        if (chars == 0) {
            err << "parley-bench-extract: the inputs are empty\n";
            return 2;
        }
    }

    LoadResult loaded;
    {
        const StageTimer t;
        loaded = loadPaths(inputs);
        t.stop(f.load, f.loadCpu);
    }
    for (const Error& e : loaded.errors)
        err << e.toString() << "\n";
    std::vector<Document>& docs = loaded.documents;
    f.articles = static_cast<qint64>(docs.size());

    // Baseline 2: sentence splitting alone, the cheapest pass that looks at every character.
    {
        const StageTimer t;
        for (const Document& d : docs)
            f.sentences += static_cast<qint64>(splitSentences(d.text).size());
        t.stop(f.split, f.splitCpu);
    }

    Result<Gazetteer> gazetteer = Gazetteer::builtin();
    if (!gazetteer) {
        err << "parley-bench-extract: gazetteer: " << gazetteer.error().toString() << "\n";
        return 2;
    }
    const Extractor extractor(std::move(gazetteer).value());

    std::vector<DocumentExtraction> results;
    if (!skipSingle) {
        const StageTimer t;
        results = extractAll(extractor, docs, 1);
        t.stop(f.extract1, f.extract1Cpu);
        f.found = countFound(results);
    }
    {
        const StageTimer t;
        results = extractAll(extractor, docs, threads);
        t.stop(f.extractN, f.extractNCpu);
        const qint64 found = countFound(results);
        if (!skipSingle && found != f.found) {
            err << "parley-bench-extract: threaded extraction found " << found << " items, one "
                << "thread found " << f.found << ": extraction is not deterministic\n";
            return 1;
        }
        f.found = found;
    }

    CorpusGraph graph;
    {
        const StageTimer t;
        for (std::size_t i = 0; i < docs.size(); ++i)
            graph.addDocument(std::move(docs[i]), results[i]);
        t.stop(f.add, f.addCpu);
        const StageTimer t2;
        graph.canonicalize();
        t2.stop(f.canon, f.canonCpu);
    }
#ifdef PARLEY_BENCH_JSON
    {
        const StageTimer t;
        const QByteArray json = contractJson(graph);
        t.stop(f.json, f.jsonCpu);
        f.jsonBytes = json.size();
    }
#endif
    f.nodes = graph.nodeCount();
    f.edges = graph.edgeCount();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    f.peakRssKb = usage.ru_maxrss;

    printTable(out, f);
    out << "BENCH articles=" << f.articles << " bytes=" << f.bytes << " sentences=" << f.sentences
        << " threads=" << f.threads << " read=" << fmt(f.read, 4) << " split=" << fmt(f.split, 4)
        << " load=" << fmt(f.load, 4) << " extract1=" << fmt(f.extract1, 4)
        << " extractN=" << fmt(f.extractN, 4) << " add=" << fmt(f.add, 4)
        << " canon=" << fmt(f.canon, 4) << " json=" << fmt(f.json, 4)
        << " extract1_cpu=" << fmt(f.extract1Cpu, 4) << " extractN_cpu=" << fmt(f.extractNCpu, 4)
        << " json_bytes=" << f.jsonBytes << " nodes=" << f.nodes << " edges=" << f.edges
        << " found=" << f.found << " rss_kb=" << f.peakRssKb << "\n";
    return 0;
}
