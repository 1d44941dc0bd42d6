// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/graphinput.h"

#include "cli/commands.h"
#include "io/importer.h"
#include "project/pipeline.h"

namespace parley::cli {

const char* const dateHelp =
    "      --from DATE        only meetings on or after this day (and who took part in them);\n"
    "                         YYYY-MM-DD, or YYYY-MM / YYYY: the first day of that month or year\n"
    "      --to DATE          only meetings on or before this day; YYYY-MM / YYYY: its last day.\n"
    "                         A meeting dated only to a month or a year is kept when all of it\n"
    "                         is in the range\n"
    "      --undated          keep meetings without a known date even with --from/--to\n"
    "      --no-undated       leave out meetings without a known date\n";

const char* const projectionHelp =
    "      --from DATE        only meetings on or after this day (and who took part in them);\n"
    "                         YYYY-MM-DD, or YYYY-MM / YYYY: the first day of that month or year\n"
    "      --to DATE          only meetings on or before this day; YYYY-MM / YYYY: its last day.\n"
    "                         A meeting dated only to a month or a year is kept when all of it\n"
    "                         is in the range\n"
    "      --undated          keep meetings without a known date even with --from/--to\n"
    "      --no-undated       leave out meetings without a known date\n"
    "      --view VIEW        full (states, officials, meetings; default), states, officials\n";

bool DateOptions::read(const QCommandLineParser& parser, const QString& command, DateRange& range,
                       QTextStream& err) const
{
    for (const auto& [option, date] : {std::pair{&from, &range.from}, std::pair{&to, &range.to}}) {
        if (!parser.isSet(*option))
            continue;
        // "--from 2025-10 --to 2025-10" is all of October, as an analyst reads it.
        const DateSpan span = DateSpan::parse(parser.value(*option));
        *date = option == &from ? span.first : span.last;
        if (!date->isValid()) {
            err << "parley-cli " << command << ": --" << option->names().constFirst()
                << " wants YYYY-MM-DD, YYYY-MM or YYYY, not '" << oneLine(parser.value(*option))
                << "'\n";
            return false;
        }
    }
    if (range.from.isValid() && range.to.isValid() && range.from > range.to) {
        err << "parley-cli " << command << ": --from is after --to\n";
        return false;
    }
    if (parser.isSet(undated) && parser.isSet(noUndated)) {
        err << "parley-cli " << command << ": --undated and --no-undated contradict\n";
        return false;
    }
    range.undated = parser.isSet(undated) ||
                    (!parser.isSet(noUndated) && !range.from.isValid() && !range.to.isValid());
    return true;
}

bool ProjectionOptions::read(const QCommandLineParser& parser, const QString& command,
                             GraphFilter& filter, QTextStream& err) const
{
    if (!dates.read(parser, command, filter.dates, err))
        return false;
    const QString v = parser.value(view);
    if (v == QLatin1String("full"))
        filter.projection = GraphFilter::Projection::Full;
    else if (v == QLatin1String("states"))
        filter.projection = GraphFilter::Projection::StatesOnly;
    else if (v == QLatin1String("officials"))
        filter.projection = GraphFilter::Projection::OfficialsOnly;
    else {
        err << "parley-cli " << command << ": --view is full, states or officials\n";
        return false;
    }
    return true;
}

LoadedGraph loadGraph(const QStringList& paths, const QString& command, QTextStream& err)
{
    LoadedGraph out;
    const auto isGraphFile = [](const QString& p) {
        return p.endsWith(QLatin1String(".graphml"), Qt::CaseInsensitive) ||
               p.endsWith(QLatin1String(".gexf"), Qt::CaseInsensitive);
    };
    if (paths.size() == 1 && isGraphFile(paths.front())) {
        Result<ImportedGraph> imported = importGraphFile(paths.front());
        if (!imported.ok()) {
            err << "parley-cli " << command << ": " << oneLine(imported.error().toString()) << "\n";
            out.inputFailed = true;
            return out;
        }
        out.graph = std::make_shared<CorpusGraph>(std::move(imported.value().graph));
        return out;
    }
    CorpusBuild build = buildCorpus(paths);
    for (const Error& e : build.errors) {
        err << "parley-cli " << command << ": " << oneLine(e.toString()) << "\n";
        out.inputFailed = true;
    }
    out.graph = std::move(build.graph);
    return out;
}

std::optional<NodeId> findEntity(const CorpusGraph& graph, const QString& text,
                                 const QString& command, QTextStream& err)
{
    if (const std::optional<NodeId> byId = graph.find(text))
        return byId;
    std::vector<NodeId> matches;
    for (NodeId v = 0; v < graph.nodeCount(); ++v) {
        const NodeData& d = graph.node(v);
        if (d.kind == NodeKind::Meeting)
            continue;
        const bool named = d.name.compare(text, Qt::CaseInsensitive) == 0 ||
                           std::any_of(d.aliases.begin(), d.aliases.end(), [&](const QString& a) {
                               return a.compare(text, Qt::CaseInsensitive) == 0;
                           });
        if (named)
            matches.push_back(v);
    }
    // A surname alone ("Putin") names a person when only one has it.
    if (matches.empty()) {
        for (NodeId v = 0; v < graph.nodeCount(); ++v) {
            const NodeData& d = graph.node(v);
            if (d.kind == NodeKind::Official &&
                d.name.section(QLatin1Char(' '), -1).compare(text, Qt::CaseInsensitive) == 0)
                matches.push_back(v);
        }
    }
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty()) {
        err << "parley-cli " << command << ": no state or official is called '" << oneLine(text)
            << "' (give a name, an alias or an id such as person:vladimir-putin)\n";
    } else {
        err << "parley-cli " << command << ": '" << oneLine(text)
            << "' names several entities; give one of their ids:\n";
        for (const NodeId v : matches)
            err << "  " << graph.node(v).id << "  " << oneLine(graph.node(v).name) << "\n";
    }
    return std::nullopt;
}

} // namespace parley::cli
