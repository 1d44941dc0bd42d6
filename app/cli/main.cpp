// SPDX-License-Identifier: GPL-3.0-or-later
// parley-cli: the headless front end. Thin: parses the command word and hands over.
#include "cli/commands.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QTextStream>

#include <cstring>

using namespace parley::cli;

namespace {

void printUsage(QTextStream& out)
{
    out << "Usage: parley-cli COMMAND [OPTIONS] [PATH...]\n\n"
           "Commands:\n"
           "  extract   read articles, print the graph (json, jsonl, graphml, gexf, dot, csv, cytoscape)\n"
           "  merge     merge per-document JSONL outputs of extract into one graph\n"
           "  layout    lay out an edge list (source<TAB>target) and write id<TAB>x<TAB>y\n"
           "  render    draw the graph of articles to PNG or SVG\n"
           "  analyze   per node degree, meetings, betweenness and community (csv, graphml, gexf)\n"
           "  path      how two entities are connected: shortest paths with their sentences\n\n"
           "  project   make, update, correct and export a .parley project\n\n"
           "Run 'parley-cli COMMAND --help' for a command's options.\n"
           "Exit codes: 0 success, 1 some inputs failed (the rest was processed),\n"
           "            2 usage error, 3 output could not be written.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    // `render` draws with Qt Gui, which the other commands do not load: it is a program of
    // its own (parley-render), started before any application object exists here.
    if (argc > 1 && std::strcmp(argv[1], "render") == 0)
        return launchRender(argc, argv);
    // Every QHash from here on hashes with seed 0. With a random seed (Qt's default) Qt 6.4
    // hashes strings with its AES-NI routine, which costs about 100 ns a call on the
    // virtual x86 machines we measure on, against 8-10 ns for the seed-0 murmur/SipHash
    // path; `extract` asks a few hundred thousand string hashes per MB of text (dates,
    // honorifics, the graph's tables, the meeting rules), a fifth of its CPU time. The
    // seed only guards QHash against inputs crafted to collide; the hottest word tables
    // (extract/keyfilter.h) already hash with an unseeded FNV-1a, and no output depends on
    // the order of a QHash, so the output is unchanged.
    QHashSeed::setDeterministicGlobalSeed();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parley-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printUsage(err);
        return Usage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printUsage(out);
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "parley-cli " << PARLEY_VERSION << "\n";
        return Success;
    }
    if (command == QLatin1String("extract"))
        return runExtract(args);
    if (command == QLatin1String("merge"))
        return runMerge(args);
    if (command == QLatin1String("layout"))
        return runLayout(args);
    if (command == QLatin1String("analyze"))
        return runAnalyze(args);
    if (command == QLatin1String("path"))
        return runPath(args);
    if (command == QLatin1String("project"))
        return runProject(args);
    err << "parley-cli: unknown command '" << command << "'\n";
    printUsage(err);
    return Usage;
}
