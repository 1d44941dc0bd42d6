// SPDX-License-Identifier: GPL-3.0-or-later
// What `analyze` and `path` share: reading the graph (articles, or one GraphML/GEXF file
// written by Parley) and the options that choose what of it to look at.
#pragma once

#include "graph/projection.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace parley::cli {

/// --from, --to, --undated and --no-undated, added to a parser. Undated meetings are kept
/// when no bound is given and left out when one is, unless --undated or --no-undated says
/// otherwise: a time window cannot place a meeting whose date is unknown.
struct DateOptions
{
    QCommandLineOption from{QStringLiteral("from"), QString(), QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"), QString(), QStringLiteral("DATE")};
    QCommandLineOption undated{QStringLiteral("undated")};
    QCommandLineOption noUndated{QStringLiteral("no-undated")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({from, to, undated, noUndated});
    }
    /// Fills `range`; false (with a message on `err`) on a bad value.
    bool read(const QCommandLineParser& parser, const QString& command, DateRange& range,
              QTextStream& err) const;
};

/// The date options plus --view.
struct ProjectionOptions
{
    DateOptions dates;
    QCommandLineOption view{QStringLiteral("view"), QString(), QStringLiteral("VIEW"),
                            QStringLiteral("full")};

    void addTo(QCommandLineParser& parser) const
    {
        dates.addTo(parser);
        parser.addOption(view);
    }
    /// Fills `filter` from the parsed options; false (with a message on `err`) on a bad value.
    bool read(const QCommandLineParser& parser, const QString& command, GraphFilter& filter,
              QTextStream& err) const;
};

/// Help text for the date options, and for those plus --view, to paste into a usage text.
extern const char* const dateHelp;
extern const char* const projectionHelp;

struct LoadedGraph
{
    std::shared_ptr<const CorpusGraph> graph; ///< null when nothing could be read
    bool inputFailed = false;                 ///< some input could not be read (reported)
};

/// Reads articles (files, folders) into a graph, or a single .graphml/.gexf file written by
/// Parley. Problems go to `err`, one per line, naming the file.
LoadedGraph loadGraph(const QStringList& paths, const QString& command, QTextStream& err);

/// Finds a node by id, else by name or alias (case-insensitive, whole). When several nodes
/// share the name, lists them on `err` and returns nullopt.
std::optional<NodeId> findEntity(const CorpusGraph& graph, const QString& text,
                                 const QString& command, QTextStream& err);

} // namespace parley::cli
