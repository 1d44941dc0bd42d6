// SPDX-License-Identifier: GPL-3.0-or-later
// parley-bench-realtext: end-to-end throughput of `parley-cli extract --format json` on real
// articles (one thread), in MB per CPU-second, beside baselines measured in the same run on the
// same bytes (read + decode, and the loader: parse, decode, split). The generated corpus of
// parley-bench-extract flatters the extractor (short, regular sentences); real wire copy has
// long sentences, lists of names and many capitalised words, and this is what users feed it.
//
//   parley-bench-realtext [--cli PATH] [--megabytes N] [--require MB_PER_CPU_S] DIR
//
// DIR's *.txt articles (the dev set: ../shared/eval/dev) are repeated into one JSONL corpus of
// about N MB (default 4). Exit 0, 1 when --require is given and not met, 2 on bad use, 77 when
// DIR is absent (CTest shows the test as skipped).
#include "text/loader.h"
#include "text/sentencesplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>

using namespace parley;

namespace {

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double childrenCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    const auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return secs(u.ru_utime) + secs(u.ru_stime);
}

struct Stage
{
    QString name;
    double wall = 0;
    double cpu = 0;
    QString note;
};

QString fmt(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/parley-cli");
    double megabytes = 4;
    double require = -1;
    QString dir;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--cli") && i + 1 < args.size()) {
            cli = args.at(++i);
        } else if (a == QLatin1String("--megabytes") && i + 1 < args.size()) {
            megabytes = std::max(0.1, args.at(++i).toDouble());
        } else if (a == QLatin1String("--require") && i + 1 < args.size()) {
            require = args.at(++i).toDouble();
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << "Usage: parley-bench-realtext [--cli PATH] [--megabytes N] [--require MB_PER_CPU_S] DIR\n";
            return 0;
        } else if (a.startsWith(QLatin1String("--")) || !dir.isEmpty()) {
            err << "parley-bench-realtext: unexpected argument " << a << " (try --help)\n";
            return 2;
        } else {
            dir = a;
        }
    }
    if (dir.isEmpty()) {
        err << "parley-bench-realtext: no article folder (try --help)\n";
        return 2;
    }
    if (!QFileInfo(dir).isDir()) {
        out << "SKIP: " << dir << " is absent: no real articles to time\n";
        return 77;
    }
    if (!QFileInfo(cli).isExecutable()) {
        err << "parley-bench-realtext: " << cli << " is not an executable parley-cli\n";
        return 2;
    }

    // The corpus: every article of DIR, repeated (each copy its own url) to about N MB.
    QStringList texts;
    const QFileInfoList entries = QDir(dir).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QFileInfo& fi : entries) {
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(f.readAll());
    }
    if (texts.isEmpty()) {
        err << "parley-bench-realtext: " << dir << " holds no *.txt article\n";
        return 2;
    }
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        err << "parley-bench-realtext: no temporary folder: " << tmp.errorString() << "\n";
        return 2;
    }
    const QString corpus = tmp.filePath(QStringLiteral("realtext.jsonl"));
    qint64 bytes = 0;
    qint64 articles = 0;
    {
        QFile f(corpus);
        if (!f.open(QIODevice::WriteOnly)) {
            err << "parley-bench-realtext: " << corpus << ": " << f.errorString() << "\n";
            return 2;
        }
        for (int copy = 0; bytes < qint64(megabytes * 1e6); ++copy) {
            for (int i = 0; i < texts.size(); ++i) {
                QJsonObject o;
                o.insert(QStringLiteral("url"), QStringLiteral("%1#%2").arg(entries.at(i).fileName()).arg(copy));
                o.insert(QStringLiteral("text"), texts.at(i));
                const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
                f.write(line);
                bytes += line.size();
                ++articles;
            }
        }
    }
    const double mb = static_cast<double>(bytes) / 1e6;

    std::vector<Stage> stages;
    const auto timed = [&](const QString& name, const QString& note, auto&& work) {
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = processCpuSeconds();
        work();
        stages.push_back({name, static_cast<double>(wall.nsecsElapsed()) / 1e9, processCpuSeconds() - cpu0, note});
    };
    // Baselines, in this process: reading the bytes (also warms the page cache), then the loader.
    qint64 chars = 0;
    timed(QStringLiteral("read + UTF-8 decode (baseline)"), QStringLiteral("QFile::readAll + fromUtf8"), [&] {
        QFile f(corpus);
        if (f.open(QIODevice::ReadOnly))
            chars = QString::fromUtf8(f.readAll()).size();
    });
    qint64 sentences = 0;
    timed(QStringLiteral("load: parse + decode + split (baseline)"), QStringLiteral("loadPaths, sentences split"), [&] {
        const LoadResult r = loadPaths({corpus});
        for (const Document& d : r.documents)
            sentences += static_cast<qint64>(d.sentences.size());
    });

    // End to end: the program a user runs, one extraction thread, JSON written to a file.
    const QString output = tmp.filePath(QStringLiteral("out.json"));
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer wall;
    const double child0 = childrenCpuSeconds();
    wall.start();
    p.start(cli, {QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--output"), output, corpus});
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        err << "parley-bench-realtext: " << cli << " failed (exit " << p.exitCode() << ")\n";
        return 1;
    }
    stages.push_back({QStringLiteral("**parley-cli extract --format json, 1 thread**"),
                      static_cast<double>(wall.nsecsElapsed()) / 1e9, childrenCpuSeconds() - child0,
                      QStringLiteral("%1 MB of JSON").arg(fmt(static_cast<double>(QFileInfo(output).size()) / 1e6, 1))});

    out << "\nReal-text corpus: " << texts.size() << " articles of " << dir << " repeated to " << articles
        << " articles, " << fmt(mb, 1) << " MB, " << sentences << " sentences (" << chars << " characters)\n\n";
    out << "| stage | wall s | CPU s | MB per CPU-s | CPU / read+decode | CPU / load | note |\n"
        << "|---|---:|---:|---:|---:|---:|---|\n";
    const double readCpu = std::max(1e-9, stages.at(0).cpu);
    const double loadCpu = std::max(1e-9, stages.at(1).cpu);
    for (const Stage& s : stages)
        out << "| " << s.name << " | " << fmt(s.wall) << " | " << fmt(s.cpu) << " | "
            << fmt(s.cpu > 0 ? mb / s.cpu : 0, 1) << " | " << fmt(s.cpu / readCpu, 1) << " | "
            << fmt(s.cpu / loadCpu, 1) << " | " << s.note << " |\n";
    const Stage& e2e = stages.back();
    const double rate = e2e.cpu > 0 ? mb / e2e.cpu : 0;
    out << "\nBENCH realtext mb=" << fmt(mb, 1) << " cli_mb_per_cpu_s=" << fmt(rate, 2)
        << " cli_cpu_over_load=" << fmt(e2e.cpu / loadCpu, 2) << " cli_cpu_over_read=" << fmt(e2e.cpu / readCpu, 2)
        << "\n";
    if (require > 0 && rate < require) {
        out << "FAIL: " << fmt(rate, 2) << " MB per CPU-second, below the required " << fmt(require, 1) << "\n";
        return 1;
    }
    return 0;
}
