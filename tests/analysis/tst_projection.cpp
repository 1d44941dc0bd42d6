// SPDX-License-Identifier: GPL-3.0-or-later
// Time-range projection (core/graph/projection) and the corpus-facing analyses: paths with
// their evidence chain and ego networks, on corpora whose answers are known.
#include "analysis/paths.h"
#include "analysisfixture.h"
#include "graph/projection.h"
#include "graph/timesteps.h"

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
        // A month or a year is in a range only when all of it is.
        QTest::newRow("month = range") << "2025-10-01" << "2025-10-31" << false << "2025-10" << true;
        QTest::newRow("month inside") << "2025-09-15" << "2025-11-15" << false << "2025-10" << true;
        QTest::newRow("month, open end") << "2025-10-01" << "" << false << "2025-10" << true;
        QTest::newRow("month, open start") << "" << "2025-10-31" << false << "2025-10" << true;
        QTest::newRow("month cut at the end") << "2025-10-01" << "2025-10-30" << true << "2025-10" << false;
        QTest::newRow("month cut at the start") << "2025-10-02" << "" << true << "2025-10" << false;
        QTest::newRow("month after") << "2025-11-01" << "2025-11-30" << true << "2025-10" << false;
        QTest::newRow("day of the month outside") << "2025-10-01" << "2025-10-31" << true << "2025-11-01" << false;
        QTest::newRow("leap February") << "2024-02-01" << "2024-02-29" << false << "2024-02" << true;
        QTest::newRow("February cut on the 28th") << "2024-02-01" << "2024-02-28" << false << "2024-02" << false;
        QTest::newRow("year = range") << "2024-01-01" << "2024-12-31" << false << "2024" << true;
        QTest::newRow("year cut by a month") << "2024-10-01" << "2024-10-31" << true << "2024" << false;
        QTest::newRow("year, no bounds, undated dropped") << "" << "" << false << "2024" << true;
        QTest::newRow("bad month is undated") << "" << "" << false << "2025-13" << false;
        QTest::newRow("bad month kept as undated") << "2025-01-01" << "" << true << "2025-13" << true;
        QTest::newRow("bad year is undated") << "" << "" << false << "20x5" << false;
    }

    void dateSpanParse_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("precision");
        const int none = int(DatePrecision::None);
        QTest::newRow("day") << "2025-10-14" << QDate(2025, 10, 14) << QDate(2025, 10, 14)
                             << int(DatePrecision::Day);
        QTest::newRow("month") << "2025-10" << QDate(2025, 10, 1) << QDate(2025, 10, 31)
                               << int(DatePrecision::Month);
        QTest::newRow("leap month") << "2024-02" << QDate(2024, 2, 1) << QDate(2024, 2, 29)
                                    << int(DatePrecision::Month);
        QTest::newRow("year") << "2024" << QDate(2024, 1, 1) << QDate(2024, 12, 31)
                              << int(DatePrecision::Year);
        QTest::newRow("empty") << "" << QDate() << QDate() << none;
        QTest::newRow("month 13") << "2025-13" << QDate() << QDate() << none;
        QTest::newRow("month 00") << "2025-00" << QDate() << QDate() << none;
        QTest::newRow("one-digit month") << "2025-1" << QDate() << QDate() << none;
        QTest::newRow("slash") << "2025/10" << QDate() << QDate() << none;
        QTest::newRow("year 0") << "0000" << QDate() << QDate() << none;
        QTest::newRow("day 32") << "2025-10-32" << QDate() << QDate() << none;
        QTest::newRow("words") << "last week" << QDate() << QDate() << none;
        QTest::newRow("signed year") << "+202" << QDate() << QDate() << none;
    }

    void dateSpanParse()
    {
        QFETCH(QString, iso);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, precision);
        const DateSpan span = DateSpan::parse(iso);
        QCOMPARE(span.first, first);
        QCOMPARE(span.last, last);
        QCOMPARE(int(span.precision), precision);
        QCOMPARE(span.isValid(), precision != int(DatePrecision::None));
        QCOMPARE(span.isPartial(), precision == int(DatePrecision::Month) ||
                                       precision == int(DatePrecision::Year));
        // What the extractor wrote comes back as written.
        QCOMPARE(span.toIso(), span.isValid() ? iso : QString());
    }

    // Straddling: a range that overlaps a month or a year without holding it, never a day.
    void straddling()
    {
        const DateRange october{QDate(2025, 10, 1), QDate(2025, 10, 15), false};
        QVERIFY(october.straddles(DateSpan::parse("2025-10")));
        QVERIFY(october.straddles(DateSpan::parse("2025")));
        QVERIFY(!october.straddles(DateSpan::parse("2025-09")));
        QVERIFY(!october.straddles(DateSpan::parse("2025-10-20")));
        QVERIFY(!october.straddles(DateSpan::parse("2025-10-10"))); // in, not straddling
        QVERIFY(!october.straddles(DateSpan::parse("")));
        QVERIFY(!DateRange{}.straddles(DateSpan::parse("2025-10")));
    }

    // Putin-Erdogan on 10 January, Erdogan-Macron "in February", Macron-Scholz "in 2025",
    // Scholz-Meloni on 10 March.
    void timeSelectionOfMonthsAndYears()
    {
        const CorpusGraph g = buildCorpus({{"2025-01-10", {"Putin", "Erdogan"}, {"Turkey"}},
                                           {"2025-02", {"Erdogan", "Macron"}, {"France"}},
                                           {"2025", {"Macron", "Scholz"}, {"Germany"}},
                                           {"2025-03-10", {"Scholz", "Meloni"}, {"Italy"}}});
        GraphFilter filter;
        filter.dates = {QDate(2025, 2, 1), QDate(2025, 2, 28), false};
        ProjectedGraph p = projectGraph(g, filter);
        QCOMPARE(p.time.dated, 4);
        QCOMPARE(p.time.undated, 0);
        QCOMPARE(p.time.partial, 2);
        QCOMPARE(p.time.meetingsInRange, 1);
        QCOMPARE(p.time.straddling, 1); // the year
        QCOMPARE(idsOf(g, p, NodeKind::Meeting), QStringList{"meeting:001"});
        QCOMPARE(idsOf(g, p, NodeKind::Official), (QStringList{"person:erdogan", "person:macron"}));
        // Half of February holds no part of the month for sure: Macron's meeting goes.
        filter.dates = {QDate(2025, 2, 1), QDate(2025, 2, 14), false};
        p = projectGraph(g, filter);
        QCOMPARE(p.time.meetingsInRange, 0);
        QCOMPARE(p.time.straddling, 2);
        QVERIFY(p.nodes.empty());
        // January to March holds February but not the year.
        filter.dates = {QDate(2025, 1, 1), QDate(2025, 3, 31), false};
        p = projectGraph(g, filter);
        QCOMPARE(idsOf(g, p, NodeKind::Meeting),
                 (QStringList{"meeting:000", "meeting:001", "meeting:003"}));
        QCOMPARE(p.time.straddling, 1);
        // The whole year holds everything.
        filter.dates = {QDate(2025, 1, 1), QDate(2025, 12, 31), false};
        p = projectGraph(g, filter);
        QCOMPARE(p.time.meetingsInRange, 4);
        QCOMPARE(p.time.straddling, 0);
        // A month-dated meeting is not undated: dropping undated ones keeps it.
        filter.dates = {QDate(), QDate(), false};
        QCOMPARE(projectGraph(g, filter).time.meetingsInRange, 4);
    }

    void restrictsAnExtractionByMonth()
    {
        DocumentExtraction ex;
        ex.states = {{"state:turkey", "Turkey", {}, {}}};
        ExtractedOfficial putin;
        putin.id = "person:putin";
        ex.officials = {putin};
        ExtractedMeeting feb;
        feb.id = "meeting:feb";
        feb.date = "2025-02";
        feb.participants = {"person:putin"};
        feb.states = {"state:turkey"};
        ex.meetings = {feb};
        DocumentExtraction whole = ex;
        restrictToRange(whole, {QDate(2025, 2, 1), QDate(2025, 2, 28), false});
        QCOMPARE(whole.meetings.size(), std::size_t(1));
        QCOMPARE(whole.officials.size(), std::size_t(1));
        restrictToRange(ex, {QDate(2025, 2, 1), QDate(2025, 2, 27), true});
        QVERIFY(ex.meetings.empty());
        QVERIFY(ex.officials.empty());
        QVERIFY(ex.states.empty());
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

    // Play's windows: from the first dated meeting's bucket to the last one's, `width`
    // buckets wide, moved by `advance`; none without dates.
    void playWindowsSpanTheDatedMeetings()
    {
        const CorpusGraph g = chain();
        const auto spans = [](const std::vector<DateRange>& windows) {
            QStringList out;
            for (const DateRange& r : windows)
                out.append(r.from.toString(Qt::ISODate) + QLatin1Char('/') + r.to.toString(Qt::ISODate));
            return out;
        };
        QCOMPARE(spans(playWindows(g, TimeBucket::Month, 1, 1)),
                 (QStringList{"2025-01-01/2025-01-31", "2025-02-01/2025-02-28", "2025-03-01/2025-03-31"}));
        // Two months wide, one month on: the last window is cut at the last bucket.
        QCOMPARE(spans(playWindows(g, TimeBucket::Month, 2, 1)),
                 (QStringList{"2025-01-01/2025-02-28", "2025-02-01/2025-03-31", "2025-03-01/2025-03-31"}));
        QCOMPARE(spans(playWindows(g, TimeBucket::Month, 1, 2)),
                 (QStringList{"2025-01-01/2025-01-31", "2025-03-01/2025-03-31"}));
        // Weeks start on Monday: 10 Jan 2025 is a Friday; 10 Mar is in the week of 10 Mar.
        const auto weeks = playWindows(g, TimeBucket::Week, 1, 1);
        QCOMPARE(weeks.front().from, QDate(2025, 1, 6));
        QCOMPARE(weeks.front().to, QDate(2025, 1, 12));
        QCOMPARE(weeks.back().from, QDate(2025, 3, 10));
        QCOMPARE(int(weeks.size()), 10);
        QCOMPARE(int(playWindows(g, TimeBucket::Day, 1, 1).size()), 60); // 10 Jan .. 10 Mar
        QVERIFY(!playWindows(g, TimeBucket::Month, 1, 1, false).front().undated);
        QVERIFY(playWindows(g, TimeBucket::Month, 1, 1, true).front().undated);
        QCOMPARE(bucketStart(QDate(2024, 2, 29), TimeBucket::Month), QDate(2024, 2, 1));
        QCOMPARE(addBuckets(QDate(2024, 1, 1), TimeBucket::Month, 13), QDate(2025, 2, 1));
        const CorpusGraph undated = buildCorpus({{"", {"Scholz", "Meloni"}, {"Italy"}}});
        QVERIFY(playWindows(undated, TimeBucket::Month, 1, 1).empty());
        QCOMPARE(bucketStart(QDate(2024, 7, 14), TimeBucket::Year), QDate(2024, 1, 1));
        QCOMPARE(addBuckets(QDate(2024, 1, 1), TimeBucket::Year, -2), QDate(2022, 1, 1));
    }

    // A month- or year-dated meeting counts with all its days: Play reaches its last day,
    // and a window shows it only when it holds the whole span.
    void playWindowsCoverMonthsAndYears()
    {
        const auto spans = [](const std::vector<DateRange>& windows) {
            QStringList out;
            for (const DateRange& r : windows)
                out.append(r.from.toString(Qt::ISODate) + QLatin1Char('/') + r.to.toString(Qt::ISODate));
            return out;
        };
        const CorpusGraph g = buildCorpus({{"2025-01-10", {"Putin", "Erdogan"}, {"Turkey"}},
                                           {"2025-03", {"Erdogan", "Macron"}, {"France"}}});
        QCOMPARE(spans(playWindows(g, TimeBucket::Month, 1, 1)),
                 (QStringList{"2025-01-01/2025-01-31", "2025-02-01/2025-02-28", "2025-03-01/2025-03-31"}));
        const std::vector<DateRange> months = playWindows(g, TimeBucket::Month, 1, 1);
        QVERIFY(months.back().contains(QStringLiteral("2025-03")));
        QVERIFY(!months[1].contains(QStringLiteral("2025-03")));
        // By week, the last window is the week of 31 March, and no week holds March whole.
        const std::vector<DateRange> weeks = playWindows(g, TimeBucket::Week, 1, 1);
        QCOMPARE(weeks.back().from, QDate(2025, 3, 31));
        for (const DateRange& w : weeks)
            QVERIFY(!w.contains(QStringLiteral("2025-03")));
        // A year-dated meeting: the windows run through its December; by year, one window.
        const CorpusGraph y = buildCorpus({{"2024-11-05", {"Putin", "Erdogan"}, {"Turkey"}},
                                           {"2025", {"Erdogan", "Macron"}, {"France"}}});
        QCOMPARE(int(playWindows(y, TimeBucket::Month, 1, 1).size()), 14); // Nov 2024 .. Dec 2025
        QCOMPARE(spans(playWindows(y, TimeBucket::Year, 1, 1)),
                 (QStringList{"2024-01-01/2024-12-31", "2025-01-01/2025-12-31"}));
        QVERIFY(playWindows(y, TimeBucket::Year, 1, 1).back().contains(QStringLiteral("2025")));
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
