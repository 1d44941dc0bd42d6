// SPDX-License-Identifier: GPL-3.0-or-later
// `parley-cli project`: make, grow, correct and export a .parley project from the shell.
#include "cli/commands.h"

#include "io/exporter.h"
#include "io/savefile.h"
#include "net/feedsources.h"
#include "project/pipeline.h"
#include "project/projectfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace parley::cli {

namespace {

const char* const projectHelp =
    "Usage: parley-cli project COMMAND PROJECT.parley [ARGS] [OPTIONS]\n\n"
    "A project keeps the articles, what was read from them and your corrections in one\n"
    "file. Corrections are rules: adding articles or re-extracting keeps every one.\n\n"
    "Commands:\n"
    "  new P PATH...        make project P from articles (files, folders or feed URLs)\n"
    "  add P PATH...        add articles, folders or feeds (http:// or https:// URLs,\n"
    "                       remembered as sources); unchanged articles are skipped by\n"
    "                       content hash\n"
    "  update P             fetch the project's feeds again and rescan its folders and\n"
    "                       files; read only new or changed articles\n"
    "  reextract P          read every article again (after a dictionary or Parley update)\n"
    "  edit P merge ID ID...        merge entities into the first\n"
    "  edit P rename ID NAME        set an entity's display name\n"
    "  edit P reject ID             remove an entity or meeting and its edges\n"
    "  edit P set-state ID STATE-ID official's state (\"\" clears)\n"
    "  edit P set-title ID TITLE    official's title (\"\" clears)\n"
    "  edit P set-status MEETING-ID held|planned|cancelled|denied\n"
    "  edit P add-participant MEETING-ID ID / remove-participant MEETING-ID ID\n"
    "  edit P split-alias ID ALIAS  give an alias's mentions an entity of their own\n"
    "  edit P hide ID / unhide ID / note ID TEXT\n"
    "  edits P              list the corrections and the problems (targets gone)\n"
    "  export P             write the corrected graph\n\n"
    "Options:\n"
    "  -f, --format FORMAT   export: json (default), graphml, gexf, dot, csv, cytoscape,\n"
    "                        or dictionary (the corrections as a --dictionary TSV)\n"
    "  -o, --output FILE     export: write to FILE (atomically) instead of standard output\n"
    "      --dictionary FILE new/add/update/reextract: add a user dictionary (repeatable)\n"
    "  -h, --help            show this help\n\n"
    "Exit codes: 0 success, 1 some inputs could not be read or an edit could not be\n"
    "applied, 2 usage error, 3 the project or output could not be written.\n";

class ProjectCommand
{
public:
    ProjectCommand() : m_out(stdout), m_err(stderr) {}
    int run(const QStringList& args);

private:
    int fail(int code, const QString& message)
    {
        m_err << "parley-cli: " << oneLine(message) << "\n";
        return code;
    }
    int usage(const QString& message)
    {
        m_err << "parley-cli project: " << message << "\n\n" << projectHelp;
        return Usage;
    }
    bool makeExtractor();
    void reportProblems(const CorrectedGraph& graph);
    void printChanges(const ArticleChanges& articles, const GraphChanges& nodes);
    ArticleChanges addSources(const QStringList& paths);
    int open();
    int save();
    int create(const QStringList& paths);
    int addOrUpdate(const QStringList& paths, bool update);
    int reextractAll();
    int edit(const QStringList& words);
    int listEdits();
    int exportGraph();

    QTextStream m_out;
    QTextStream m_err;
    QString m_path;
    QStringList m_dictionaries;
    QString m_format;
    QString m_output;
    bool m_inputFailed = false;
    ProjectData m_data;
    std::unique_ptr<ProjectFile> m_file;
    std::shared_ptr<const Extractor> m_extractor;
};

bool ProjectCommand::makeExtractor()
{
    std::vector<Error> errors;
    auto extractor = parley::makeExtractor(m_dictionaries, errors);
    for (const Error& e : errors) {
        fail(InputFailed, e.toString());
        m_inputFailed = true;
    }
    if (!extractor) {
        fail(InputFailed, extractor.error().toString());
        return false;
    }
    m_extractor = extractor.value();
    return true;
}

void ProjectCommand::reportProblems(const CorrectedGraph& graph)
{
    for (const EditProblem& p : graph.problems)
        m_err << "parley-cli: " << oneLine(m_path) << ": correction " << p.edit + 1 << ": "
              << oneLine(p.message) << "\n";
}

void ProjectCommand::printChanges(const ArticleChanges& articles, const GraphChanges& nodes)
{
    m_out << articles.added << " new articles, " << articles.changed << " changed, "
          << articles.unchanged << " unchanged; " << nodes.officials << " new officials, "
          << nodes.meetings << " new meetings, " << nodes.states << " new states\n";
}

// Files and folders are loaded, web addresses downloaded (parley_net: timeout, size cap, no
// cookies), and all new articles extracted in one pass. A web address that cannot be fetched
// is reported and not remembered as a source: it was most likely mistyped.
ArticleChanges ProjectCommand::addSources(const QStringList& paths)
{
    QStringList local;
    QStringList web;
    for (const QString& p : paths) {
        if (isWebUrl(p))
            web.append(p);
        else
            local.append(QFileInfo(p).absoluteFilePath());
    }
    LoadResult loaded = local.isEmpty() ? LoadResult{} : loadPaths(local);
    LoadResult fetched = FeedBatch::fetchAndWait(web);
    QStringList sources = local;
    for (const QString& address : web) {
        const bool failed = std::any_of(fetched.errors.begin(), fetched.errors.end(),
                                        [&](const Error& e) { return e.where == address; });
        if (!failed)
            sources.append(address);
    }
    for (Document& d : fetched.documents)
        loaded.documents.push_back(std::move(d));
    for (Error& e : fetched.errors)
        loaded.errors.push_back(std::move(e));
    return addLoaded(m_data, std::move(loaded), sources, *m_extractor);
}

int ProjectCommand::open()
{
    auto file = ProjectFile::open(m_path, m_data);
    if (!file)
        return fail(InputFailed, file.error().toString());
    m_file = std::move(file).value();
    for (const QString& w : m_file->warnings())
        m_err << "parley-cli: " << oneLine(w) << "\n";
    return Success;
}

int ProjectCommand::save()
{
    const Status saved = m_file->save(m_data);
    if (!saved)
        return fail(OutputFailed, saved.error.toString());
    return m_inputFailed ? InputFailed : Success;
}

int ProjectCommand::create(const QStringList& paths)
{
    if (paths.isEmpty())
        return usage(QStringLiteral("new needs the articles to read"));
    if (QFileInfo::exists(m_path))
        return fail(Usage, m_path + QStringLiteral(": already exists; use 'project add' to add articles"));
    if (!makeExtractor())
        return InputFailed;
    const ArticleChanges changes = addSources(paths);
    for (const Error& e : changes.errors) {
        fail(InputFailed, e.toString());
        m_inputFailed = true;
    }
    auto file = ProjectFile::create(m_path, m_data);
    if (!file)
        return fail(OutputFailed, file.error().toString());
    const CorrectedGraph graph = correctedGraph(m_data);
    printChanges(changes, graphChanges(CorpusGraph(), *graph.graph));
    return m_inputFailed ? InputFailed : Success;
}

int ProjectCommand::addOrUpdate(const QStringList& paths, bool update)
{
    if (!update && paths.isEmpty())
        return usage(QStringLiteral("add needs the articles to read"));
    if (const int code = open(); code != Success)
        return code;
    if (!makeExtractor())
        return InputFailed;
    const CorrectedGraph before = correctedGraph(m_data);
    const ArticleChanges changes =
        update ? updateWithFeeds(m_data, FeedBatch::fetchAndWait(webSources(m_data)), *m_extractor)
               : addSources(paths);
    for (const Error& e : changes.errors) {
        fail(InputFailed, e.toString());
        m_inputFailed = true;
    }
    const CorrectedGraph after = correctedGraph(m_data);
    reportProblems(after);
    printChanges(changes, graphChanges(*before.graph, *after.graph));
    return save();
}

int ProjectCommand::reextractAll()
{
    if (const int code = open(); code != Success)
        return code;
    if (!makeExtractor())
        return InputFailed;
    const CorrectedGraph before = correctedGraph(m_data);
    reextract(m_data, *m_extractor);
    const CorrectedGraph after = correctedGraph(m_data);
    reportProblems(after);
    const GraphChanges added = graphChanges(*before.graph, *after.graph);
    const GraphChanges removed = graphChanges(*after.graph, *before.graph);
    m_out << m_data.records.size() << " articles read again; " << added.officials << " new and "
          << removed.officials << " gone officials, " << added.meetings << " new and "
          << removed.meetings << " gone meetings; " << m_data.edits.size() << " corrections kept, "
          << after.problems.size() << " with problems\n";
    return save();
}

int ProjectCommand::edit(const QStringList& words)
{
    if (words.isEmpty())
        return usage(QStringLiteral("edit needs an operation"));
    const QString op = words.front();
    const QStringList operands = words.mid(1);
    if (const int code = open(); code != Success)
        return code;
    const CorrectedGraph current = correctedGraph(m_data);
    const CorpusGraph& g = *current.graph;
    // The key an edit stores: the id, and the name and evidence that find it again if a
    // later extraction gives it another id.
    const auto key = [&](const QString& id) -> std::optional<EntityKey> {
        const auto v = g.find(id);
        if (!v)
            return std::nullopt;
        EntityKey k{id, g.node(*v).name, {}};
        if (g.node(*v).kind == NodeKind::Meeting) {
            for (const Mention& m : g.node(*v).mentions)
                k.sentences.append({m.document, m.sentence});
        }
        return k;
    };
    struct Shape
    {
        EditKind kind;
        int minOperands;
        int maxOperands; ///< -1: any number
        int entityOperands; ///< -1: all
    };
    static const QHash<QString, Shape> shapes{
        {QStringLiteral("merge"), {EditKind::Merge, 2, -1, -1}},
        {QStringLiteral("rename"), {EditKind::Rename, 2, 2, 1}},
        {QStringLiteral("reject"), {EditKind::Reject, 1, 1, 1}},
        {QStringLiteral("set-state"), {EditKind::SetState, 2, 2, 1}},
        {QStringLiteral("set-title"), {EditKind::SetTitle, 2, 2, 1}},
        {QStringLiteral("set-status"), {EditKind::SetStatus, 2, 2, 1}},
        {QStringLiteral("add-participant"), {EditKind::AddParticipant, 2, 2, 2}},
        {QStringLiteral("remove-participant"), {EditKind::RemoveParticipant, 2, 2, 2}},
        {QStringLiteral("split-alias"), {EditKind::SplitAlias, 2, 2, 1}},
        {QStringLiteral("hide"), {EditKind::Hide, 1, 1, 1}},
        {QStringLiteral("unhide"), {EditKind::Hide, 1, 1, 1}},
        {QStringLiteral("note"), {EditKind::Note, 2, 2, 1}},
    };
    const auto shape = shapes.constFind(op);
    if (shape == shapes.cend())
        return usage(QStringLiteral("unknown edit '%1'").arg(op));
    if (operands.size() < shape->minOperands ||
        (shape->maxOperands >= 0 && operands.size() > shape->maxOperands))
        return usage(QStringLiteral("wrong number of arguments for '%1'").arg(op));
    const qsizetype entities = shape->entityOperands < 0 ? operands.size() : shape->entityOperands;
    std::vector<EntityKey> keys;
    for (qsizetype i = 0; i < entities; ++i) {
        const auto k = key(operands[i]);
        if (!k)
            return fail(Usage, QStringLiteral("%1: no entity '%2' in the project").arg(m_path, operands[i]));
        keys.push_back(*k);
    }
    Edit e;
    e.kind = shape->kind;
    e.target = keys.front();
    e.others.assign(keys.begin() + 1, keys.end());
    if (entities < operands.size())
        e.value = operands[entities];
    if (op == QLatin1String("hide"))
        e.value = QStringLiteral("1");
    else if (op == QLatin1String("unhide"))
        e.value = QStringLiteral("0");
    m_data.edits.push_back(e);
    const CorrectedGraph after = correctedGraph(m_data);
    for (const EditProblem& p : after.problems) {
        // The new edit must apply; older problems are the project's and only reported.
        if (p.edit + 1 == m_data.edits.size())
            return fail(InputFailed, QStringLiteral("%1: %2 (not saved)").arg(m_path, p.message));
    }
    reportProblems(after);
    m_out << describe(e) << "\n";
    return save();
}

int ProjectCommand::listEdits()
{
    auto data = ProjectFile::read(m_path);
    if (!data)
        return fail(InputFailed, data.error().toString());
    m_data = std::move(data).value();
    const CorrectedGraph graph = correctedGraph(m_data);
    for (std::size_t i = 0; i < m_data.edits.size(); ++i)
        m_out << i + 1 << "\t" << oneLine(describe(m_data.edits[i])) << "\n";
    reportProblems(graph);
    return graph.problems.empty() ? Success : InputFailed;
}

int ProjectCommand::exportGraph()
{
    auto data = ProjectFile::read(m_path);
    if (!data)
        return fail(InputFailed, data.error().toString());
    m_data = std::move(data).value();
    const CorrectedGraph graph = correctedGraph(m_data);
    reportProblems(graph);
    Status written;
    if (m_format == QLatin1String("dictionary")) {
        const QByteArray tsv = correctionsDictionary(graph, m_data.edits).toUtf8();
        if (m_output.isEmpty()) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly) || out.write(tsv) != tsv.size())
                return fail(OutputFailed, QStringLiteral("standard output: cannot be written"));
            return Success;
        }
        written = saveFile(m_output, tsv);
    } else {
        const std::optional<ExportFormat> format = exportFormatFromName(m_format);
        if (!format || *format == ExportFormat::Jsonl)
            return usage(QStringLiteral("unknown export format '%1'").arg(m_format));
        if (*format == ExportFormat::Csv && m_output.isEmpty())
            return usage(QStringLiteral("--format csv writes two files; give -o DIR or -o PREFIX"));
        written = writeGraph(*graph.graph, *format, m_output);
    }
    if (!written)
        return fail(OutputFailed, written.error.toString());
    return Success;
}

int ProjectCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOpt({QStringLiteral("f"), QStringLiteral("format")}, QString(),
                                       QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                       QStringLiteral("FILE"));
    const QCommandLineOption dictOpt(QStringLiteral("dictionary"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({formatOpt, outputOpt, dictOpt, helpOpt});
    if (!parser.parse(QStringList{QStringLiteral("parley-cli project")} + args))
        return usage(parser.errorText());
    if (parser.isSet(helpOpt)) {
        m_out << projectHelp;
        return Success;
    }
    QStringList words = parser.positionalArguments();
    if (words.size() < 2)
        return usage(QStringLiteral("give a command and a project file"));
    const QString command = words.takeFirst();
    m_path = words.takeFirst();
    m_dictionaries = parser.values(dictOpt);
    m_format = parser.value(formatOpt).toLower();
    m_output = parser.value(outputOpt);
    if (command == QLatin1String("new"))
        return create(words);
    if (command == QLatin1String("add"))
        return addOrUpdate(words, false);
    if (command == QLatin1String("update") && words.isEmpty())
        return addOrUpdate({}, true);
    if (command == QLatin1String("reextract") && words.isEmpty())
        return reextractAll();
    if (command == QLatin1String("edit"))
        return edit(words);
    if (command == QLatin1String("edits") && words.isEmpty())
        return listEdits();
    if (command == QLatin1String("export") && words.isEmpty())
        return exportGraph();
    return usage(QStringLiteral("unknown command or extra arguments: '%1'").arg(command));
}

} // namespace

int runProject(const QStringList& args)
{
    ProjectCommand command;
    return command.run(args);
}

} // namespace parley::cli
