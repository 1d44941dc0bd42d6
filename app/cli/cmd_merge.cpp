// SPDX-License-Identifier: GPL-3.0-or-later
// `parley-cli merge`: combine per-document JSONL shards into the graph one run would give.
#include "cli/commands.h"
#include "cli/progressline.h"

#include "io/corpusbuilder.h"
#include "io/exporter.h"
#include "io/jsonl.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace parley::cli {

namespace {

const char* const mergeHelp =
    "Usage: parley-cli merge [OPTIONS] SHARD.jsonl...\n\n"
    "Merges the per-document records written by 'parley-cli extract --format jsonl' into\n"
    "one graph. Merging is associative and order-independent: merging shards (or merges of\n"
    "shards, written again with --format jsonl) gives the same graph as one extract run over\n"
    "all the articles. See docs/scaling.md.\n\n"
    "Options:\n"
    "  -f, --format FORMAT   json (default), jsonl, graphml, gexf, dot, csv, cytoscape\n"
    "  -o, --output FILE     write to FILE (atomically) instead of standard output\n"
    "  -q, --quiet           no progress line (it is shown only when stderr is a terminal)\n"
    "  -h, --help            show this help\n\n"
    "Exit codes: 0 success, 1 some shards or lines could not be read (the rest was merged),\n"
    "2 usage error, 3 the output could not be written (an earlier file is kept).\n";

} // namespace

int runMerge(const QStringList& args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOpt({QStringLiteral("f"), QStringLiteral("format")},
                                       QString(), QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                       QStringLiteral("FILE"));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption quietOpt({QStringLiteral("q"), QStringLiteral("quiet")}, QString());
    parser.addOptions({formatOpt, outputOpt, helpOpt, quietOpt});
    if (!parser.parse(QStringList{QStringLiteral("parley-cli merge")} + args)) {
        err << "parley-cli merge: " << parser.errorText() << "\n\n" << mergeHelp;
        return Usage;
    }
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << mergeHelp;
        return Success;
    }
    const std::optional<ExportFormat> format = exportFormatFromName(parser.value(formatOpt));
    if (!format) {
        err << "parley-cli merge: unknown format '" << parser.value(formatOpt) << "' (use one of "
            << exportFormatNames().join(QStringLiteral(", ")) << ")\n";
        return Usage;
    }
    const QString output = parser.value(outputOpt);
    if (*format == ExportFormat::Csv && output.isEmpty()) {
        err << "parley-cli merge: --format csv writes two files; give -o DIR or -o PREFIX\n";
        return Usage;
    }
    const QStringList shards = parser.positionalArguments();
    if (shards.isEmpty()) {
        err << "parley-cli merge: no shard given\n\n" << mergeHelp;
        return Usage;
    }

    bool inputFailed = false;
    std::vector<ExtractedDocument> records;
    ProgressLine progress(QStringLiteral("merge"), parser.isSet(quietOpt));
    for (qsizetype i = 0; i < shards.size(); ++i) {
        JsonlReadResult read = readJsonl(shards[i]);
        if (!read.errors.empty())
            progress.finish();
        for (const Error& e : read.errors) {
            err << "parley-cli: " << oneLine(e.toString()) << "\n";
            inputFailed = true;
        }
        std::move(read.records.begin(), read.records.end(), std::back_inserter(records));
        progress.update(i + 1, shards.size(), QStringLiteral("shards"), qint64(records.size()));
    }
    progress.finish();
    err.flush();
    const Status written = writeRecords(std::move(records), *format, output);
    if (!written.ok()) {
        err << "parley-cli: " << oneLine(written.error.toString()) << "\n";
        return OutputFailed;
    }
    return inputFailed ? InputFailed : Success;
}

} // namespace parley::cli
