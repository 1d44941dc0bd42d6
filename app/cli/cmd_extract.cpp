// SPDX-License-Identifier: GPL-3.0-or-later
// `parley-cli extract`: load articles, extract every document (in parallel), write the graph.
#include "cli/commands.h"

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "io/corpusbuilder.h"
#include "io/exporter.h"
#include "io/jsonexport.h"
#include "io/jsonl.h"
#include "io/savefile.h"
#include "text/loader.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QSet>
#include <QTextStream>

#include <optional>

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
    "      --project P.parley apply the corrections of a Parley project to the graph\n"
    "  -h, --help            show this help\n\n"
    "Exit codes: 0 success, 1 some inputs could not be read (the rest was processed and\n"
    "written), 2 usage error, 3 the output could not be written (an earlier file is kept).\n";

// Whether the documents of `files` come in canonical (path, id) order file after file:
// a document's path is its file's path or "file:line", so they do when each file's path
// sorts before the next one's and is not a prefix of it ("a.jsonl:9" sorts after
// "a.jsonl.txt"). Listing folders gives such an order except in corner cases.
bool filesInCanonicalOrder(const QStringList& files)
{
    for (qsizetype i = 1; i < files.size(); ++i) {
        if (!(files[i - 1] < files[i]) || files[i].startsWith(files[i - 1]))
            return false;
    }
    return true;
}

// Loads and extracts the articles and hands each batch of records to `sink` in canonical
// order (what extractInBatches() gives for all documents at once). When the files' documents
// come in canonical order file after file, files are loaded one at a time, so only one
// file's texts are in memory; otherwise everything is loaded first. `fix` adjusts each
// file's documents and errors (standard input's paths) before anything else sees them.
bool extractStreamed(const QStringList& paths, const LoadOptions& options,
                     const Extractor& extractor, int threads, bool allowFileByFile,
                     const std::function<void(LoadResult&)>& fix,
                     const std::function<void(const Error&)>& onError,
                     const std::function<bool(std::vector<ExtractedDocument>&)>& sink)
{
    bool fileByFile = false;
    bool ok = true;
    std::vector<Document> all;
    QSet<QString> seen; // ids already given out, for repeated articles across files
    const auto forward = [&](std::vector<ExtractedDocument>& records, int, int) {
        for (const ExtractedDocument& r : records)
            seen.insert(r.document.id);
        return sink(records);
    };
    loadPathsStreamed(
        paths, options,
        [&](const QStringList& files) {
            fileByFile = allowFileByFile && filesInCanonicalOrder(files);
            return true;
        },
        [&](LoadResult&& file) {
            fix(file);
            for (const Error& e : file.errors)
                onError(e);
            if (!fileByFile) {
                std::move(file.documents.begin(), file.documents.end(), std::back_inserter(all));
                return true;
            }
            // An id seen in an earlier file sorts first there: canonicalOrder() keeps that one.
            std::erase_if(file.documents, [&](const Document& d) { return seen.contains(d.id); });
            ok = extractInBatches(std::move(file.documents), extractor, threads, forward);
            return ok;
        });
    if (!fileByFile)
        ok = extractInBatches(std::move(all), extractor, threads, forward);
    return ok;
}

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
    const QCommandLineOption projectOpt(QStringLiteral("project"), QString(), QStringLiteral("FILE"));
    parser.addOptions({formatOpt, outputOpt, dateOpt, dictOpt, threadsOpt, helpOpt, projectOpt});

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
    const QString project = parser.value(projectOpt);
    if (!project.isEmpty() && *format == ExportFormat::Jsonl) {
        err << "parley-cli extract: --project corrects the merged graph; jsonl holds the raw "
               "extractions\n";
        return Usage;
    }
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
    // Standard input's documents take their url (or "stdin") as path, and their errors name it.
    const auto fix = [&spool](LoadResult& loaded) {
        if (spool.isEmpty())
            return;
        for (Document& d : loaded.documents) {
            if (d.path == spool || d.path.startsWith(spool + QLatin1Char(':')))
                d.path = d.url.isEmpty() ? QStringLiteral("stdin") : d.url;
        }
        for (Error& e : loaded.errors) {
            if (e.where == spool || e.where.startsWith(spool + QLatin1Char(':')))
                e.where.replace(0, spool.size(), QStringLiteral("standard input"));
        }
    };
    const auto report = [&](const Error& e) {
        err << "parley-cli: " << oneLine(e.toString()) << "\n";
        err.flush();
        inputFailed = true;
    };
    const Extractor extractor(std::move(gazetteer).value());
    // Renamed standard-input documents sort by url, among the other files' documents.
    const bool fileByFile = spool.isEmpty() || loadList.size() == 1;

    // The contract JSON lists the documents first, in the canonical order the batches come
    // in, so each batch's documents go to the file at once and only the graph is kept; JSONL
    // is the extractions themselves, also written batch by batch. With files loaded one at a
    // time, a large corpus's texts are never all in memory.
    Status written;
    if (project.isEmpty() && (*format == ExportFormat::Json || *format == ExportFormat::Jsonl)) {
        written = saveStreamed(output, [&](QIODevice& device) {
            const bool json = *format == ExportFormat::Json;
            std::optional<ContractJsonWriter> writer;
            if (json)
                writer.emplace(device);
            CorpusGraph graph;
            Status s = Status::success();
            extractStreamed(loadList, loadOptions, extractor, threads, fileByFile, fix, report,
                            [&](std::vector<ExtractedDocument>& records) {
                                if (!json) {
                                    s = writeJsonlRecords(records, device);
                                    return s.ok();
                                }
                                for (ExtractedDocument& r : records) {
                                    if (!writer->addDocument(r.document))
                                        return false;
                                    graph.addExtraction(r.extraction);
                                    r = {};
                                }
                                return true;
                            });
            if (!json)
                return s;
            graph.canonicalize();
            return writer->finish(graph);
        });
    } else {
        LoadResult loaded = loadPaths(loadList, loadOptions);
        fix(loaded);
        for (const Error& e : loaded.errors)
            report(e);
        // The graph is built batch by batch, so that all extractions never sit in memory at
        // once; the documents stay with it until it is written.
        CorpusGraph graph = extractCorpus(std::move(loaded.documents), extractor, threads);
        if (!project.isEmpty()) {
            std::vector<QString> problems;
            const Status corrected = applyProjectCorrections(graph, project, problems);
            if (!corrected.ok()) {
                err << "parley-cli: " << oneLine(corrected.error.toString()) << "\n";
                return InputFailed;
            }
            for (const QString& p : problems)
                err << "parley-cli: " << oneLine(p) << "\n";
        }
        written = writeGraph(graph, *format, output);
    }
    if (!written.ok()) {
        err << "parley-cli: " << oneLine(written.error.toString()) << "\n";
        return OutputFailed;
    }
    return inputFailed ? InputFailed : Success;
}

} // namespace parley::cli
