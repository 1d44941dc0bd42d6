// SPDX-License-Identifier: GPL-3.0-or-later
// The two short articles of tests/data/io, read into a project: three meetings, seven
// officials, five states (the ids are listed where the tests use them).
#pragma once

#include "project/pipeline.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>

namespace parley::test {

inline QStringList projectArticles()
{
    return {QStringLiteral(PARLEY_TEST_DATA "/io/moscow-talks.txt"),
            QStringLiteral(PARLEY_TEST_DATA "/io/ankara-call.txt")};
}

inline std::shared_ptr<const Extractor> builtinExtractor()
{
    std::vector<Error> errors;
    auto extractor = makeExtractor({}, errors);
    return extractor ? extractor.value() : nullptr;
}

inline ProjectData sampleProject()
{
    ProjectData data;
    const auto extractor = builtinExtractor();
    if (extractor)
        addArticles(data, projectArticles(), *extractor);
    return data;
}

/// Settings, recent projects and recovery copies of the suite go to a throw-away place named
/// after its binary, never to the user's.
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("parley-tests"));
    QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
}

/// sampleProject() saved as dir/p.parley: its path, or empty if it could not be written.
inline QString writeSampleProject(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("p.parley"));
    return ProjectFile::create(path, sampleProject()) ? path : QString();
}

/// A node's id, name, aliases, title, state and status plus its edges, as one string per
/// node: equal strings mean equal graphs for the tests.
inline QStringList fingerprint(const CorpusGraph& g)
{
    QStringList out;
    for (int v = 0; v < g.nodeCount(); ++v) {
        const NodeData& n = g.node(v);
        QStringList edges;
        for (auto [it, end] = boost::out_edges(std::size_t(v), g.graph()); it != end; ++it)
            edges.append(g.node(int(boost::target(*it, g.graph()))).id + QLatin1Char('#') +
                         QString::number(g.graph()[*it].evidence.size()));
        edges.sort();
        out.append(QStringList{n.id, n.name, n.aliases.join(QLatin1Char('|')), n.title, n.state,
                               n.status, QString::number(n.mentions.size()), edges.join(QLatin1Char(','))}
                       .join(QLatin1Char(';')));
    }
    return out;
}

inline EntityKey key(const CorpusGraph& g, const QString& id)
{
    EntityKey k{id, {}, {}};
    if (const auto v = g.find(id)) {
        k.name = g.node(*v).name;
        if (g.node(*v).kind == NodeKind::Meeting) {
            for (const Mention& m : g.node(*v).mentions)
                k.sentences.append({m.document, m.sentence});
        }
    }
    return k;
}

} // namespace parley::test
