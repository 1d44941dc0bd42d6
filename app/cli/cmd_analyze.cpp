// SPDX-License-Identifier: GPL-3.0-or-later
// `parley-cli analyze`: per node degree, meetings, betweenness and community of the graph
// (or of a time range and view of it), computed by core/analysis.
#include "cli/commands.h"
#include "cli/graphinput.h"

#include "analysis/metrics.h"
#include "io/savefile.h"

#include <QFile>

namespace parley::cli {

namespace {

const char* const analyzeHelp =
    "Usage: parley-cli analyze [OPTIONS] PATH...\n\n"
    "Reads articles (or one .graphml/.gexf file written by Parley) and writes, for each node of\n"
    "the chosen view: id, name, kind, degree (distinct neighbours), weighted degree (meetings\n"
    "it takes part in), betweenness (shortest paths between other pairs through it, each pair\n"
    "once; NetworkX's unnormalised value) and community (Louvain, 0 = largest).\n"
    "Betweenness is exact up to 4,000 nodes and estimated from sampled sources above; standard\n"
    "error says which.\n\n"
    "Options:\n"
    "  -f, --format FORMAT   csv (default, with a header row), graphml, gexf\n"
    "  -o, --output FILE     write to FILE (atomically) instead of standard output\n"
    "%1"
    "      --seed N          seed of the community detection and of the sampling (default 1)\n"
    "      --pivots N        sources sampled for betweenness above 4,000 nodes (default 300)\n"
    "  -h, --help            show this help\n\n"
    "Exit codes: 0 success, 1 some inputs could not be read (the rest was analysed),\n"
    "2 usage error, 3 the output could not be written.\n";

} // namespace

int runAnalyze(const QStringList& args)
{
    QTextStream err(stderr);
    const QString help = QString::fromLatin1(analyzeHelp).arg(QLatin1String(projectionHelp));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOpt({QStringLiteral("f"), QStringLiteral("format")}, QString(),
                                       QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                       QStringLiteral("FILE"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QString(), QStringLiteral("N"),
                                     QStringLiteral("1"));
    const QCommandLineOption pivotsOpt(QStringLiteral("pivots"), QString(), QStringLiteral("N"),
                                       QStringLiteral("300"));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const ProjectionOptions projection;
    parser.addOptions({formatOpt, outputOpt, seedOpt, pivotsOpt, helpOpt});
    projection.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("parley-cli analyze")} + args)) {
        err << "parley-cli analyze: " << parser.errorText() << "\n\n" << help;
        return Usage;
    }
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << help;
        return Success;
    }
    const std::optional<MetricsFormat> format = metricsFormatFromName(parser.value(formatOpt));
    if (!format) {
        err << "parley-cli analyze: unknown format '" << oneLine(parser.value(formatOpt))
            << "' (use csv, graphml or gexf)\n";
        return Usage;
    }
    GraphFilter filter;
    if (!projection.read(parser, QStringLiteral("analyze"), filter, err))
        return Usage;
    MetricsOptions options;
    bool ok = false;
    options.communitySeed = parser.value(seedOpt).toULongLong(&ok);
    options.betweenness.seed = options.communitySeed;
    const int pivots = parser.value(pivotsOpt).toInt(&ok);
    if (!ok || pivots < 1) {
        err << "parley-cli analyze: --seed and --pivots want positive whole numbers\n";
        return Usage;
    }
    options.betweenness.pivots = pivots;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << "parley-cli analyze: no input given\n\n" << help;
        return Usage;
    }

    const LoadedGraph loaded = loadGraph(paths, QStringLiteral("analyze"), err);
    if (!loaded.graph)
        return InputFailed;
    const ProjectedGraph projected = projectGraph(*loaded.graph, filter);
    const std::optional<NodeMetrics> metrics = computeMetrics(projected, options);
    Q_ASSERT(metrics); // never cancelled here
    err << "parley-cli analyze: " << projected.nodes.size() << " nodes, " << projected.edges.size()
        << " edges; " << projected.time.meetingsInRange << " meetings in range ("
        << projected.time.undated << " undated in the corpus";
    if (projected.time.straddling > 0)
        err << "; " << projected.time.straddling
            << " dated only to a month or a year reaching outside the range left out";
    err << ")\n"
        << "parley-cli analyze: betweenness " << metrics->sampling.describe() << "; "
        << metrics->communityCount << " communities, modularity "
        << QString::number(metrics->modularity, 'f', 4) << "\n";
    err.flush();
    const QByteArray bytes = metricsBytes(*loaded.graph, projected, *metrics, *format);
    const QString output = parser.value(outputOpt);
    if (output.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            err << "parley-cli analyze: standard output could not be written\n";
            return OutputFailed;
        }
    } else if (const Status s = saveFile(output, bytes); !s.ok()) {
        err << "parley-cli analyze: cannot write " << oneLine(output) << ": "
            << oneLine(s.error.message) << "\n";
        return OutputFailed;
    }
    return loaded.inputFailed ? InputFailed : Success;
}

} // namespace parley::cli
