// SPDX-License-Identifier: GPL-3.0-or-later
// `parley-cli extract`: load articles, extract every document (in parallel), write the graph.
#include "cli/commands.h"

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "io/corpusbuilder.h"
#include "io/exporter.h"
#include "text/loader.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace parley::cli {

namespace {

const char* const extractHelp =
    "Usage: parley-cli extract [OPTIONS] PATH...\n\n"
    "Reads articles (.txt, .md, .html, .jsonl; folders recursively), finds the states,\n"
    "officials and meetings in them and prints the merged graph. A PATH of '-' reads JSONL\n"
    "articles (one JSON object per line: text, title, date, url, source) from standard\n"
    "input, as Spark's pipe() and Hadoop Streaming provide them; their path is their url,\n"
    "or 'stdin', so the output does not depend on how the input was split.\n\n"
    "Options:\n"
    "  -f, --format FORMAT   json (default), jsonl, graphml, gexf, dot, csv, cytoscape\n"
    "  -o, --output FILE     write to FILE (atomically) instead of standard output;\n"
    "                        for csv a folder or a prefix (PREFIX-nodes.csv, PREFIX-edges.csv)\n"
    "      --date YYYY-MM-DD date of articles that carry none of their own\n"
    "      --dictionary FILE add a user dictionary (repeatable; see docs/dictionary.md)\n"
    "  -j, --threads N       extraction threads (default: one per core)\n"
    "  -h, --help            show this help\n\n"
    "Exit codes: 0 success, 1 some inputs could not be read (the rest was processed and\n"
    "written), 2 usage error, 3 the output could not be written (an earlier file is kept).\n";

} // namespace

int runExtract(const QStringList& args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOpt({QStringLiteral("f"), QStringLiteral("format")},
                                       QString(), QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                       QStringLiteral("FILE"));
    const QCommandLineOption dateOpt(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption dictOpt(QStringLiteral("dictionary"), QString(),
                                     QStringLiteral("FILE"));
    const QCommandLineOption threadsOpt({QStringLiteral("j"), QStringLiteral("threads")},
                                        QString(), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({formatOpt, outputOpt, dateOpt, dictOpt, threadsOpt, helpOpt});

    if (!parser.parse(QStringList{QStringLiteral("parley-cli extract")} + args)) {
        err << "parley-cli extract: " << parser.errorText() << "\n\n" << extractHelp;
        return Usage;
    }
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << extractHelp;
        return Success;
    }
    const std::optional<ExportFormat> format = exportFormatFromName(parser.value(formatOpt));
    if (!format) {
        err << "parley-cli extract: unknown format '" << parser.value(formatOpt)
            << "' (use one of " << exportFormatNames().join(QStringLiteral(", ")) << ")\n";
        return Usage;
    }
    const QString output = parser.value(outputOpt);
    if (*format == ExportFormat::Csv && output.isEmpty()) {
        err << "parley-cli extract: --format csv writes two files; give -o DIR or -o PREFIX\n";
        return Usage;
    }
    LoadOptions loadOptions;
    if (parser.isSet(dateOpt)) {
        loadOptions.defaultDate = QDate::fromString(parser.value(dateOpt), Qt::ISODate);
        if (!loadOptions.defaultDate.isValid()) {
            err << "parley-cli extract: --date wants YYYY-MM-DD, not '" << parser.value(dateOpt)
                << "'\n";
            return Usage;
        }
    }
    bool threadsOk = false;
    const int threads = parser.value(threadsOpt).toInt(&threadsOk);
    if (!threadsOk || threads < 0 || threads > 1024) {
        err << "parley-cli extract: --threads wants a number from 0 to 1024\n";
        return Usage;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << "parley-cli extract: no input given\n\n" << extractHelp;
        return Usage;
    }

    bool inputFailed = false;
    Result<Gazetteer> gazetteer = Gazetteer::builtin();
    if (!gazetteer.ok()) {
        err << "parley-cli: " << gazetteer.error().toString() << "\n";
        return InputFailed;
    }
    for (const Error& e : gazetteer.value().addUserDictionaries()) {
        err << "parley-cli: " << oneLine(e.toString()) << "\n";
        inputFailed = true;
    }
    for (const QString& dictionary : parser.values(dictOpt)) {
        const Status added = gazetteer.value().addDictionary(dictionary);
        if (!added.ok()) {
            err << "parley-cli: " << added.error.toString() << "\n";
            inputFailed = true;
        }
    }

    // Standard input is spooled to a .jsonl file, since the loader reads files; documents
    // then take their url (or "stdin") as path instead of the spool file's name, so records
    // from any partition of the input are the same as from one run over all of it.
    QTemporaryDir spoolDir;
    QString spool;
    QStringList loadList = paths;
    if (paths.contains(QStringLiteral("-"))) {
        spool = spoolDir.filePath(QStringLiteral("stdin.jsonl"));
        QFile in;
        QFile out(spool);
        if (!spoolDir.isValid() || !in.open(stdin, QIODevice::ReadOnly) ||
            !out.open(QIODevice::WriteOnly)) {
            err << "parley-cli: standard input: cannot be spooled: " << out.errorString() << "\n";
            return InputFailed;
        }
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                break;
        }
        out.close();
        loadList.replace(loadList.indexOf(QStringLiteral("-")), spool);
        loadList.removeAll(QStringLiteral("-"));
    }
    LoadResult loaded = loadPaths(loadList, loadOptions);
    if (!spool.isEmpty()) {
        for (Document& d : loaded.documents) {
            if (d.path == spool || d.path.startsWith(spool + QLatin1Char(':')))
                d.path = d.url.isEmpty() ? QStringLiteral("stdin") : d.url;
        }
        for (Error& e : loaded.errors) {
            if (e.where == spool || e.where.startsWith(spool + QLatin1Char(':')))
                e.where.replace(0, spool.size(), QStringLiteral("standard input"));
        }
    }
    for (const Error& e : loaded.errors) {
        err << "parley-cli: " << oneLine(e.toString()) << "\n";
        inputFailed = true;
    }
    err.flush();

    const Extractor extractor(std::move(gazetteer).value());
    // JSONL is the extractions themselves; every other format is the merged graph, built
    // batch by batch so that all extractions never sit in memory at once.
    const Status written =
        *format == ExportFormat::Jsonl
            ? writeRecords(extractAll(std::move(loaded.documents), extractor, threads), *format,
                           output)
            : writeGraph(extractCorpus(std::move(loaded.documents), extractor, threads), *format,
                         output);
    if (!written.ok()) {
        err << "parley-cli: " << oneLine(written.error.toString()) << "\n";
        return OutputFailed;
    }
    return inputFailed ? InputFailed : Success;
}

} // namespace parley::cli
