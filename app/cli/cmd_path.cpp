// SPDX-License-Identifier: GPL-3.0-or-later
// `parley-cli path A B`: how two entities are connected, one hop a line, each hop with the
// sentence and article behind it (core/analysis shortestPaths + attachEvidence).
#include "cli/commands.h"
#include "cli/graphinput.h"

#include "analysis/paths.h"

namespace parley::cli {

namespace {

const char* const pathHelp =
    "Usage: parley-cli path [OPTIONS] A B PATH...\n\n"
    "Prints the shortest paths between two states or officials A and B (each given by id,\n"
    "such as person:vladimir-putin, or by name or alias) in the graph of the articles (or of\n"
    "one .graphml/.gexf file written by Parley). One hop a line:\n"
    "  FROM-NAME <from-id> -- KIND --> TO-NAME <to-id> | DATE | \"SENTENCE\" | ARTICLE #N\n"
    "with further sentences for the same hop on indented lines beginning with '|'.\n\n"
    "Options:\n"
    "%1"
    "      --max N            list at most N shortest paths (default 10)\n"
    "  -h, --help             show this help\n\n"
    "Exit codes: 0 success (also when there is no path; it says so), 1 some inputs could\n"
    "not be read, 2 usage error (including an unknown or ambiguous entity).\n";

QString evidenceText(const Evidence& e)
{
    QString text = e.date.isEmpty() ? QStringLiteral("undated") : e.date;
    text += QStringLiteral(" | \"%1\" | %2 #%3")
                .arg(oneLine(e.text), oneLine(e.path.isEmpty() ? e.document : e.path))
                .arg(e.sentence + 1);
    if (!e.title.isEmpty() && e.title != e.text) // an untitled article's first line is its title
        text += QStringLiteral(" (%1)").arg(oneLine(e.title));
    return text;
}

} // namespace

int runPath(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString help = QString::fromLatin1(pathHelp).arg(QLatin1String(projectionHelp));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption maxOpt(QStringLiteral("max"), QString(), QStringLiteral("N"),
                                    QStringLiteral("10"));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const ProjectionOptions projection;
    parser.addOptions({maxOpt, helpOpt});
    projection.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("parley-cli path")} + args)) {
        err << "parley-cli path: " << parser.errorText() << "\n\n" << help;
        return Usage;
    }
    if (parser.isSet(helpOpt)) {
        out << help;
        return Success;
    }
    GraphFilter filter;
    if (!projection.read(parser, QStringLiteral("path"), filter, err))
        return Usage;
    PathOptions options;
    bool ok = false;
    options.maxPaths = parser.value(maxOpt).toInt(&ok);
    if (!ok || options.maxPaths < 1) {
        err << "parley-cli path: --max wants a positive whole number\n";
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3) {
        err << "parley-cli path: needs A, B and at least one PATH\n\n" << help;
        return Usage;
    }
    const LoadedGraph loaded = loadGraph(positional.mid(2), QStringLiteral("path"), err);
    if (!loaded.graph)
        return InputFailed;
    const CorpusGraph& graph = *loaded.graph;
    const std::optional<NodeId> a = findEntity(graph, positional[0], QStringLiteral("path"), err);
    const std::optional<NodeId> b = findEntity(graph, positional[1], QStringLiteral("path"), err);
    if (!a || !b)
        return Usage;

    const ProjectedGraph projected = projectGraph(graph, filter);
    const auto label = [&](NodeId v) {
        const NodeData& d = graph.node(v);
        QString name = d.name;
        if (d.kind == NodeKind::Meeting) { // meetings have no name of their own
            name = QStringLiteral("meeting");
            if (!d.place.isEmpty())
                name += QStringLiteral(" in ") + d.place;
            if (!d.date.isEmpty()) // "on 2025-10-14", but "in 2025-10" for a month
                name += (DateSpan::parse(d.date).isPartial() ? QStringLiteral(" in ")
                                                             : QStringLiteral(" on ")) +
                        d.date;
        }
        return QStringLiteral("%1 <%2>").arg(oneLine(name), d.id);
    };
    PathSearch found = shortestPaths(projected, buildAdjacency(projected), *a, *b, options);
    attachEvidence(graph, projected, found, options);
    if (found.length < 0) {
        out << "No path between " << label(*a) << " and " << label(*b)
            << (projectedIndex(projected, *a) < 0 || projectedIndex(projected, *b) < 0
                    ? " (not both in this view and time range)"
                    : "")
            << "\n";
        return loaded.inputFailed ? InputFailed : Success;
    }
    out << found.pathCount << (found.pathCount == 1 ? " shortest path" : " shortest paths")
        << " of " << found.length << (found.length == 1 ? " hop" : " hops") << " between "
        << label(*a) << " and " << label(*b);
    if (qsizetype(found.paths.size()) < found.pathCount)
        out << " (first " << found.paths.size() << " listed)";
    out << "\n";
    for (std::size_t p = 0; p < found.paths.size(); ++p) {
        out << "\nPath " << (p + 1) << ":\n";
        for (const Hop& hop : found.paths[p]) {
            out << label(hop.from) << " -- " << edgeKindName(hop.kind) << " --> " << label(hop.to);
            for (std::size_t i = 0; i < hop.evidence.size(); ++i)
                out << (i == 0 ? " | " : "\n    | ") << evidenceText(hop.evidence[i]);
            if (hop.evidence.empty())
                out << " | (no sentence recorded)";
            out << "\n";
        }
    }
    return loaded.inputFailed ? InputFailed : Success;
}

} // namespace parley::cli
