// SPDX-License-Identifier: GPL-3.0-or-later
// `parley-cli extract`: load articles, extract every document (in parallel), write the graph.
#include "cli/commands.h"
#include "cli/graphinput.h"
#include "cli/progressline.h"

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "io/corpusbuilder.h"
#include "io/exporter.h"
#include "io/jsonexport.h"
#include "io/jsonl.h"
#include "io/savefile.h"
#include "project/pipeline.h"
#include "project/projectfile.h"
#include "net/fetcher.h"
#include "text/loader.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QSet>
#include <QTextStream>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

namespace parley::cli {

namespace {

const char* const extractHelp =
    "Usage: parley-cli extract [OPTIONS] PATH|URL...\n\n"
    "Reads articles (.txt, .md, .html, .jsonl, RSS/Atom feeds .rss/.atom/.xml; folders\n"
    "recursively), finds the states, officials and meetings in them and prints the merged\n"
    "graph. An http:// or https:// URL is downloaded first (a feed or a page; 30 s and 20 MB\n"
    "at most, 5 redirects, no cookies). A PATH of '-' reads JSONL\n"
    "articles (one JSON object per line: text, title, date, url, source) from standard\n"
    "input, as Spark's pipe() and Hadoop Streaming provide them; their path is their url,\n"
    "or 'stdin', so the output does not depend on how the input was split.\n\n"
    "Options:\n"
    "  -f, --format FORMAT   json (default), jsonl, graphml, gexf, dot, csv, cytoscape\n"
    "  -o, --output FILE     write to FILE (atomically) instead of standard output;\n"
    "                        for csv a folder or a prefix (PREFIX-nodes.csv, PREFIX-edges.csv)\n"
    "      --date YYYY-MM-DD date of articles that carry none of their own\n"
    "      --dictionary FILE add a user dictionary (repeatable; see docs/dictionary.md)\n"
    "      --lexicon FILE    add meeting words to the lexicon (repeatable; see docs/lexicon.md)\n"
    "%1"
    "  -j, --threads N       extraction threads (default: one per core)\n"
    "      --project P.parley apply the corrections of a Parley project to the graph\n"
    "  -q, --quiet           no progress line (it is shown only when stderr is a terminal)\n"
    "  -h, --help            show this help\n\n"
    "Exit codes: 0 success, 1 some inputs could not be read (the rest was processed and\n"
    "written) or no article at all was found, 2 usage error, 3 the output could not be\n"
    "written (an earlier file is kept).\n";

// What the command builds for the whole run (the extractor with its dictionaries, the merged
// graph) is handed to the process's exit instead of being freed piece by piece after the
// output is written: the command returns to main() and the process ends, and the frees were
// about 6M instructions for the dictionaries and 3M per MB of articles for the graph, work no
// one waits for. Held from a pointer that is never destroyed, so leak checkers see it
// reachable. runExtract() runs once per process (main()).
template <typename T>
T& keptUntilExit(std::unique_ptr<T> object)
{
    // NOLINTNEXTLINE(cppcoreguidelines-owning-memory): never freed, see above
    static auto* kept = new std::vector<std::shared_ptr<const void>>;
    T& ref = *object;
    // a shared_ptr that is never released: it keeps T's deleter without running it
    kept->push_back(std::shared_ptr<const void>(std::move(object)));
    return ref;
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
    const QCommandLineOption lexiconOpt(QStringLiteral("lexicon"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption threadsOpt({QStringLiteral("j"), QStringLiteral("threads")},
                                        QString(), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption projectOpt(QStringLiteral("project"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption quietOpt({QStringLiteral("q"), QStringLiteral("quiet")}, QString());
    parser.addOptions(
        {formatOpt, outputOpt, dateOpt, dictOpt, lexiconOpt, threadsOpt, helpOpt, projectOpt, quietOpt});
    const DateOptions rangeOpts;
    rangeOpts.addTo(parser);
    const QString extractHelpText = QString::fromLatin1(extractHelp).arg(QLatin1String(dateHelp));

    if (!parser.parse(QStringList{QStringLiteral("parley-cli extract")} + args)) {
        err << "parley-cli extract: " << parser.errorText() << "\n\n" << extractHelpText;
        return Usage;
    }
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << extractHelpText;
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
    DateRange range;
    if (!rangeOpts.read(parser, QStringLiteral("extract"), range, err))
        return Usage;
    bool threadsOk = false;
    const int threads = parser.value(threadsOpt).toInt(&threadsOk);
    if (!threadsOk || threads < 0 || threads > 1024) {
        err << "parley-cli extract: --threads wants a number from 0 to 1024\n";
        return Usage;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << "parley-cli extract: no input given\n\n" << extractHelpText;
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

    // A user lexicon is taken whole or not at all (Lexicon::addFile changes nothing on an
    // error), so a broken file is named and the run goes on with the others.
    Result<Lexicon> lexicon = Lexicon::builtin();
    if (!lexicon.ok()) {
        err << "parley-cli: " << lexicon.error().toString() << "\n";
        return InputFailed;
    }
    for (const Error& e : lexicon.value().addUserLexicons()) {
        err << "parley-cli: " << oneLine(e.toString()) << "\n";
        inputFailed = true;
    }
    for (const QString& file : parser.values(lexiconOpt)) {
        const Status added = lexicon.value().addFile(file);
        if (!added.ok()) {
            err << "parley-cli: " << oneLine(added.error.toString()) << "\n";
            inputFailed = true;
        }
    }

    ProgressLine progress(QStringLiteral("extract"), parser.isSet(quietOpt));
    const auto report = [&](const Error& e) {
        progress.finish();
        err << "parley-cli: " << oneLine(e.toString()) << "\n";
        err.flush();
        inputFailed = true;
    };

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
    // Web addresses are downloaded first, each to a spool file whose suffix tells the loader
    // what it is (feed, page, text); their documents and errors then name the address.
    QHash<QString, QString> downloads; // spool file -> URL
    for (qsizetype i = 0; i < loadList.size(); ++i) {
        if (!isWebUrl(loadList[i]))
            continue;
        const QString url = loadList[i];
        if (progress.enabled())
            err << "parley-cli: downloading " << oneLine(url) << "\n";
        Result<Download> got = Fetcher::fetchAndWait(QUrl(url));
        QString file;
        if (got.ok()) {
            file = spoolDir.filePath(
                QStringLiteral("download-%1.%2").arg(i).arg(suffixFor(got.value())));
            QFile out(file);
            if (!spoolDir.isValid() || !out.open(QIODevice::WriteOnly) ||
                out.write(got.value().bytes) != got.value().bytes.size()) {
                report({url, QStringLiteral("cannot spool the download: ") + out.errorString()});
                file.clear();
            }
        } else {
            report(got.error());
        }
        if (file.isEmpty()) {
            loadList.removeAt(i--);
            continue;
        }
        loadList[i] = file;
        downloads.insert(file, url);
    }
    // Standard input's documents take their url (or "stdin") as path, and their errors name it.
    const auto fix = [&spool, &downloads](LoadResult& loaded) {
        // "spool" or "spool:line" -> the URL in its place.
        const auto downloaded = [&downloads](QString& path) {
            const qsizetype colon = path.lastIndexOf(QLatin1Char(':'));
            for (const QString& file : {path, colon < 0 ? QString() : path.left(colon)}) {
                const auto it = downloads.constFind(file);
                if (it != downloads.cend()) {
                    path.replace(0, file.size(), *it);
                    return *it;
                }
            }
            return QString();
        };
        for (Document& d : loaded.documents) {
            const QString url = downloaded(d.path);
            if (!url.isEmpty() && d.url.isEmpty())
                d.url = url;
        }
        for (Error& e : loaded.errors)
            downloaded(e.where);
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
    // A project's corrections are its edits, applied by the pipeline after merging.
    std::vector<Edit> projectEdits;
    if (!project.isEmpty()) {
        Result<ProjectData> data = ProjectFile::read(project);
        if (!data.ok()) {
            err << "parley-cli: " << oneLine(data.error().toString()) << "\n";
            return InputFailed;
        }
        projectEdits = std::move(data.value().edits);
    }
    const Extractor& extractor =
        keptUntilExit(std::make_unique<const Extractor>(std::move(gazetteer).value(), std::move(lexicon).value()));
    // Renamed standard-input documents sort by url, among the other files' documents.
    StreamOptions stream;
    stream.load = loadOptions;
    stream.threads = threads;
    stream.fileByFile = (spool.isEmpty() && downloads.isEmpty()) || loadList.size() == 1;
    // Only when there is something to rename: with no `fix`, a JSONL file is read in parts.
    if (!spool.isEmpty() || !downloads.isEmpty())
        stream.fix = fix;
    qint64 articles = 0;
    // Files read (with the articles so far) when they are read one at a time, else articles.
    const auto showProgress = [&progress, &articles](PipelineStage stage, qint64 done, qint64 total) {
        if (stage == PipelineStage::Articles)
            progress.update(done, total, QStringLiteral("articles"));
        else
            progress.update(done, total, QStringLiteral("files"), stage == PipelineStage::Files ? articles : -1);
    };

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
            CorpusGraph& graph = keptUntilExit(std::make_unique<CorpusGraph>());
            Status s = Status::success();
            streamArticles(loadList, stream, extractor, report,
                            [&](std::vector<ExtractedDocument>& records) {
                                articles += qint64(records.size());
                                for (ExtractedDocument& r : records)
                                    restrictToRange(r.extraction, range);
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
                            },
                            showProgress);
            if (!json)
                return s;
            graph.canonicalize();
            return writer->finish(graph);
        });
    } else {
        // The one pipeline of core: load, extract, cut to the range, merge, correct.
        CorpusOptions options;
        options.stream = stream;
        options.range = range;
        options.edits = std::move(projectEdits);
        const CorpusBuild build = buildCorpus(loadList, extractor, options, showProgress);
        articles = build.articles;
        for (const Error& e : build.errors)
            report(e);
        for (const EditProblem& p : build.problems)
            err << "parley-cli: "
                << oneLine(QStringLiteral("%1: correction %2: %3").arg(project).arg(p.edit + 1).arg(p.message))
                << "\n";
        const CorpusGraph& graph = *build.graph;
        written = writeGraph(graph, *format, output);
    }
    progress.finish();
    if (!written.ok()) {
        err << "parley-cli: " << oneLine(written.error.toString()) << "\n";
        return OutputFailed;
    }
    // An empty graph from inputs that held no article is not a success: say so.
    if (articles == 0) {
        err << "parley-cli: no readable article in " << oneLine(paths.join(QStringLiteral(", ")))
            << " (articles are .txt, .md, .html, .jsonl files and RSS/Atom feeds)\n";
        return InputFailed;
    }
    return inputFailed ? InputFailed : Success;
}

} // namespace parley::cli
