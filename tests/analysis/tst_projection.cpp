// SPDX-License-Identifier: GPL-3.0-or-later
// Time-range projection (core/graph/projection) and the corpus-facing analyses: paths with
// their evidence chain and ego networks, on corpora whose answers are known.
#include "analysis/paths.h"
#include "analysisfixture.h"
#include "graph/projection.h"

#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

// Putin-Erdogan in January, Erdogan-Macron in February, Macron-Scholz in March, and an
// undated Scholz-Meloni meeting.
CorpusGraph chain()
{
    return buildCorpus({{"2025-01-10", {"Putin", "Erdogan"}, {"Turkey"}},
                        {"2025-02-10", {"Erdogan", "Macron"}, {"France"}},
                        {"2025-03-10", {"Macron", "Scholz"}, {"Germany"}},
                        {"", {"Scholz", "Meloni"}, {"Italy"}}});
}

QStringList idsOf(const CorpusGraph& g, const ProjectedGraph& p, NodeKind kind)
{
    QStringList out;
    for (const NodeId v : p.nodes) {
        if (g.node(v).kind == kind)
            out.append(g.node(v).id);
    }
    out.sort();
    return out;
}

NodeId idOf(const CorpusGraph& g, const QString& id)
{
    return *g.find(id);
}

} // namespace

class TestProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateRangeBounds_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("undated");
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("in");
        QTest::newRow("open") << ""
                              << "" << true << "2025-01-01" << true;
        QTest::newRow("first day") << "2025-01-01"
                                   << "2025-01-31" << true << "2025-01-01" << true;
        QTest::newRow("last day") << "2025-01-01"
                                  << "2025-01-31" << true << "2025-01-31" << true;
        QTest::newRow("after") << "2025-01-01"
                               << "2025-01-31" << true << "2025-02-01" << false;
        QTest::newRow("before") << "2025-01-01"
                                << "" << true << "2024-12-31" << false;
        QTest::newRow("undated kept") << "2025-01-01"
                                      << "" << true << "" << true;
        QTest::newRow("undated dropped") << ""
                                         << "" << false << "" << false;
        QTest::newRow("garbage is undated") << ""
                                            << "" << false << "last week" << false;
    }

    void dateRangeBounds()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, undated);
        QFETCH(QString, date);
        QFETCH(bool, in);
        DateRange r{QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate),
                    undated};
        QCOMPARE(r.contains(date), in);
    }

    void timeSelectionKeepsWhatMeetingsInvolve()
    {
        const CorpusGraph g = chain();
        GraphFilter filter;
        filter.dates = {QDate(2025, 2, 1), QDate(2025, 3, 31), false};
        const ProjectedGraph p = projectGraph(g, filter);
        QCOMPARE(p.time.dated, 3);
        QCOMPARE(p.time.undated, 1);
        QCOMPARE(p.time.meetingsInRange, 2);
        QCOMPARE(idsOf(g, p, NodeKind::Official),
                 (QStringList{"person:erdogan", "person:macron", "person:scholz"}));
        QCOMPARE(idsOf(g, p, NodeKind::State), (QStringList{"state:france", "state:germany"}));
        QCOMPARE(idsOf(g, p, NodeKind::Meeting), (QStringList{"meeting:001", "meeting:002"}));
        // Undated meetings shown: Scholz-Meloni joins, with Italy.
        filter.dates.undated = true;
        const ProjectedGraph withUndated = projectGraph(g, filter);
        QCOMPARE(withUndated.time.meetingsInRange, 3);
        QVERIFY(idsOf(g, withUndated, NodeKind::Official).contains("person:meloni"));
        // The officials view counts only meetings in the range on its edges.
        filter.projection = GraphFilter::Projection::OfficialsOnly;
        filter.dates = {QDate(2025, 1, 1), QDate(2025, 1, 31), false};
        const ProjectedGraph officials = projectGraph(g, filter);
        QCOMPARE(officials.nodes.size(), std::size_t(2));
        QCOMPARE(officials.edges.size(), std::size_t(1));
        QCOMPARE(officials.edges[0].meetings, std::vector<NodeId>{idOf(g, "meeting:000")});
        // No range: everything, as before the timeline existed.
        QCOMPARE(projectGraph(g, GraphFilter{}).nodes.size(), std::size_t(g.nodeCount()));
    }

    void hiddenNodesLeaveEveryProjection()
    {
        const CorpusGraph g = chain();
        GraphFilter filter;
        filter.hidden = {QStringLiteral("person:macron"), QStringLiteral("meeting:000")};
        const ProjectedGraph full = projectGraph(g, filter);
        QVERIFY(!idsOf(g, full, NodeKind::Official).contains("person:macron"));
        QVERIFY(!idsOf(g, full, NodeKind::Meeting).contains("meeting:000"));
        QCOMPARE(full.nodes.size(), std::size_t(g.nodeCount() - 2));
        // A hidden meeting links nobody in the officials view; the others still do.
        GraphFilter everything;
        everything.projection = GraphFilter::Projection::OfficialsOnly;
        filter.projection = GraphFilter::Projection::OfficialsOnly;
        const ProjectedGraph all = projectGraph(g, everything);
        const ProjectedGraph some = projectGraph(g, filter);
        int meetingsAll = 0;
        int meetingsSome = 0;
        for (const ProjectedEdge& e : all.edges)
            meetingsAll += int(e.meetings.size());
        for (const ProjectedEdge& e : some.edges) {
            meetingsSome += int(e.meetings.size());
            QVERIFY(std::find(e.meetings.begin(), e.meetings.end(), idOf(g, "meeting:000")) == e.meetings.end());
        }
        QVERIFY(meetingsSome < meetingsAll);
    }

    void restrictsAnExtraction()
    {
        DocumentExtraction ex;
        ex.states = {{"state:turkey", "Turkey", {}, {}},
                     {"state:russia", "Russia", {}, {}},
                     {"state:france", "France", {}, {}}};
        ExtractedOfficial putin;
        putin.id = "person:putin";
        putin.state = "state:russia";
        ExtractedOfficial macron;
        macron.id = "person:macron";
        macron.state = "state:france";
        ex.officials = {putin, macron};
        ExtractedMeeting jan;
        jan.id = "meeting:jan";
        jan.date = "2025-01-10";
        jan.participants = {"person:putin"};
        jan.states = {"state:turkey"};
        ExtractedMeeting undated = jan;
        undated.id = "meeting:undated";
        undated.date.clear();
        undated.participants = {"person:macron"};
        undated.states = {};
        ex.meetings = {jan, undated};
        DocumentExtraction copy = ex;
        restrictToRange(copy, {});
        QCOMPARE(copy.meetings.size(), std::size_t(2));
        restrictToRange(ex, {QDate(2025, 1, 1), QDate(2025, 1, 31), false});
        QCOMPARE(ex.meetings.size(), std::size_t(1));
        QCOMPARE(ex.officials.size(), std::size_t(1));
        QCOMPARE(ex.officials[0].id, QStringLiteral("person:putin"));
        QStringList states;
        for (const ExtractedState& s : ex.states)
            states.append(s.id);
        QCOMPARE(states, (QStringList{"state:turkey", "state:russia"})); // served state kept
    }

    void pathCarriesItsEvidenceChain()
    {
        const CorpusGraph g = chain();
        GraphFilter officials;
        officials.projection = GraphFilter::Projection::OfficialsOnly;
        const ProjectedGraph p = projectGraph(g, officials);
        const Adjacency adj = buildAdjacency(p);
        PathSearch found = shortestPaths(p, adj, idOf(g, "person:putin"), idOf(g, "person:scholz"));
        attachEvidence(g, p, found);
        QCOMPARE(found.length, 3);
        QCOMPARE(found.pathCount, 1LL);
        QCOMPARE(found.paths.size(), std::size_t(1));
        const Path& path = found.paths[0];
        const QStringList expected{"Putin met Erdogan in Turkey.", "Erdogan met Macron in France.",
                                   "Macron met Scholz in Germany."};
        const QStringList dates{"2025-01-10", "2025-02-10", "2025-03-10"};
        for (int i = 0; i < 3; ++i) {
            const Hop& hop = path[std::size_t(i)];
            QCOMPARE(hop.kind, ProjectedEdgeKind::OfficialsMet);
            QCOMPARE(hop.evidence.size(), std::size_t(1));
            QCOMPARE(hop.evidence[0].text, expected[i]);
            QCOMPARE(hop.evidence[0].date, dates[i]);
            QCOMPARE(hop.evidence[0].path, QStringLiteral("article%1.txt").arg(i));
            QCOMPARE(hop.evidence[0].sentence, 1);
            QCOMPARE(g.node(hop.evidence[0].meeting).id,
                     QStringLiteral("meeting:%1").arg(i, 3, 10, QLatin1Char('0')));
        }
        QCOMPARE(g.node(path[0].from).id, QStringLiteral("person:putin"));
        QCOMPARE(g.node(path[2].to).id, QStringLiteral("person:scholz"));

        // In the full graph the same chain runs through the meeting nodes: 6 hops.
        const ProjectedGraph full = projectGraph(g, GraphFilter{});
        const PathSearch viaMeetings = shortestPaths(
            full, buildAdjacency(full), idOf(g, "person:putin"), idOf(g, "person:scholz"));
        QCOMPARE(viaMeetings.length, 6);
        // Outside the time range there is no path.
        officials.dates = {QDate(2025, 2, 1), {}, true};
        const ProjectedGraph later = projectGraph(g, officials);
        const PathSearch none = shortestPaths(later, buildAdjacency(later), idOf(g, "person:putin"),
                                              idOf(g, "person:scholz"));
        QCOMPARE(none.length, -1);
        QVERIFY(none.paths.empty());
    }

    void egoNetworkByHops()
    {
        const CorpusGraph g = chain();
        GraphFilter officials;
        officials.projection = GraphFilter::Projection::OfficialsOnly;
        const ProjectedGraph p = projectGraph(g, officials);
        const Adjacency adj = buildAdjacency(p);
        const int macron = projectedIndex(p, idOf(g, "person:macron"));
        const auto names = [&](int hops) {
            QStringList out;
            for (const auto& [v, d] : egoNetwork(adj, macron, hops))
                out.append(g.node(p.nodes[std::size_t(v)]).id + QLatin1Char('@') +
                           QString::number(d));
            out.sort();
            return out;
        };
        QCOMPARE(names(0), QStringList{"person:macron@0"});
        QCOMPARE(names(1), (QStringList{"person:erdogan@1", "person:macron@0", "person:scholz@1"}));
        QCOMPARE(names(2), (QStringList{"person:erdogan@1", "person:macron@0", "person:meloni@2",
                                        "person:putin@2", "person:scholz@1"}));
        QVERIFY(egoNetwork(adj, -1, 2).empty());

        // The same neighbourhood as a filter, the view's ego mode.
        officials.egoCentre = idOf(g, "person:macron");
        officials.egoHops = 1;
        const ProjectedGraph ego = projectGraph(g, officials);
        QCOMPARE(idsOf(g, ego, NodeKind::Official),
                 (QStringList{"person:erdogan", "person:macron", "person:scholz"}));
        QCOMPARE(ego.edges.size(), std::size_t(2));
        officials.egoCentre = idOf(g, "state:france"); // not in the officials view: nothing
        QVERIFY(projectGraph(g, officials).nodes.empty());
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
