// SPDX-License-Identifier: GPL-3.0-or-later
// core/analysis against values worked out by hand, against Boost, and against NetworkX (run
// as a separate Python process on the same edge list).
#include "analysis/centrality.h"
#include "analysis/communities.h"
#include "analysis/paths.h"
#include "analysisfixture.h"

#include "../io/pythonreader.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <set>

using namespace parley;
using namespace parley::testing;

namespace {

// A bare projection over nodes 0..n-1 (NodeId = index), for graph-only checks.
ProjectedGraph plainGraph(int n, const std::vector<std::pair<int, int>>& edges)
{
    ProjectedGraph p;
    for (int i = 0; i < n; ++i)
        p.nodes.push_back(i);
    for (const auto& [a, b] : edges)
        p.edges.push_back({a, b, ProjectedEdgeKind::OfficialsMet, 1, {}});
    return p;
}

// Planted partition: `groups` groups of `size`, dense inside, sparse across; seeded.
std::vector<std::pair<int, int>> plantedEdges(int groups, int size, double pIn, double pOut,
                                              std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<std::pair<int, int>> edges;
    const int n = groups * size;
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            if (u(random) < (a / size == b / size ? pIn : pOut))
                edges.emplace_back(a, b);
        }
    }
    return edges;
}

using EdgeList = QList<QPair<int, int>>;

// The independent reference: Boost's brandes_betweenness_centrality on the same graph (it
// halves on undirected graphs: each pair counts once, as in NetworkX).
std::vector<double> boostBetweenness(const Adjacency& adjacency)
{
    using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    const int n = adjacency.nodeCount();
    Simple g(std::size_t(std::max(0, n)));
    for (int v = 0; v < n; ++v) {
        for (int i = adjacency.offsets[std::size_t(v)]; i < adjacency.offsets[std::size_t(v) + 1]; ++i) {
            if (v < adjacency.targets[std::size_t(i)])
                boost::add_edge(std::size_t(v), std::size_t(adjacency.targets[std::size_t(i)]), g);
        }
    }
    std::vector<double> values(std::size_t(std::max(0, n)), 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(values.begin(), boost::get(boost::vertex_index, g))));
    return values;
}

double valueOf(const std::vector<double>& v, int i)
{
    return v[std::size_t(i)];
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void degreesAndBetweennessByHand_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<EdgeList>("edges");
        QTest::addColumn<QList<int>>("degree");
        QTest::addColumn<QList<double>>("betweenness");
        // Path a-b-c-d: b lies on (a,c) and (a,d); c on (a,d) and (b,d).
        QTest::newRow("path") << 4 << EdgeList{{0, 1}, {1, 2}, {2, 3}} << QList<int>{1, 2, 2, 1}
                              << QList<double>{0, 2, 2, 0};
        // Square: each opposite pair has two shortest paths, so each corner gets half.
        QTest::newRow("square") << 4 << EdgeList{{0, 1}, {1, 3}, {3, 2}, {2, 0}}
                                << QList<int>{2, 2, 2, 2} << QList<double>{0.5, 0.5, 0.5, 0.5};
        // Star with centre 0 and 4 leaves: the centre is on all C(4,2) = 6 leaf pairs.
        QTest::newRow("star") << 5 << EdgeList{{0, 1}, {0, 2}, {0, 3}, {0, 4}}
                              << QList<int>{4, 1, 1, 1, 1} << QList<double>{6, 0, 0, 0, 0};
        // A repeated pair (both directions) counts once; an isolated node has 0.
        QTest::newRow("repeat") << 4 << EdgeList{{0, 1}, {1, 0}, {1, 2}} << QList<int>{1, 2, 1, 0}
                                << QList<double>{0, 1, 0, 0};
    }

    void degreesAndBetweennessByHand()
    {
        QFETCH(int, n);
        QFETCH(EdgeList, edges);
        QFETCH(QList<int>, degree);
        QFETCH(QList<double>, betweenness);
        std::vector<std::pair<int, int>> list;
        for (const auto& e : edges)
            list.emplace_back(e.first, e.second);
        const Adjacency adj = buildAdjacency(plainGraph(n, list));
        const std::vector<int> d = degrees(adj);
        const Betweenness b = parley::betweenness(adj);
        QVERIFY(!b.sampling.sampled);
        QCOMPARE(b.sampling.pivots, n);
        for (int i = 0; i < n; ++i) {
            QCOMPARE(d[std::size_t(i)], degree[i]);
            QCOMPARE(valueOf(b.values, i), betweenness[i]);
        }
        // Boost agrees with the hand-worked values too.
        const std::vector<double> boost = boostBetweenness(adj);
        for (int i = 0; i < n; ++i)
            QCOMPARE(valueOf(boost, i), betweenness[i]);
    }

    void meetingCountsAreDistinctMeetings()
    {
        // Putin and Erdogan meet twice, Putin and Lavrov once with Erdogan (a meeting of
        // three): Putin has 3 meetings, not the 4 the summed edge weights would say.
        const CorpusGraph g = buildCorpus({{"2025-01-01", {"Putin", "Erdogan"}, {"Russia"}},
                                           {"2025-01-02", {"Putin", "Erdogan"}, {"Turkey"}},
                                           {"2025-01-03", {"Putin", "Erdogan", "Lavrov"}, {}}});
        GraphFilter officials;
        officials.projection = GraphFilter::Projection::OfficialsOnly;
        const ProjectedGraph p = projectGraph(g, officials);
        const std::vector<int> counts = meetingCounts(p);
        const auto countOf = [&](const QString& name) {
            return counts[std::size_t(projectedIndex(p, *g.find(personId(name))))];
        };
        QCOMPARE(countOf(QStringLiteral("Putin")), 3);
        QCOMPARE(countOf(QStringLiteral("Erdogan")), 3);
        QCOMPARE(countOf(QStringLiteral("Lavrov")), 1);
        // In the full graph an official's meetings are its attended meetings as well.
        const ProjectedGraph full = projectGraph(g, GraphFilter{});
        QCOMPARE(meetingCounts(full)[std::size_t(
                     projectedIndex(full, *g.find(personId(QStringLiteral("Putin")))))],
                 3);
        const Adjacency adj = buildAdjacency(p);
        QCOMPARE(adj.weights[std::size_t(
                     adj.find(projectedIndex(p, *g.find(personId(QStringLiteral("Putin")))),
                              projectedIndex(p, *g.find(personId(QStringLiteral("Erdogan"))))))],
                 3.0);
    }

    void boostMatchesOwnBrandesOnRandomGraph()
    {
        const std::vector<std::pair<int, int>> edges = plantedEdges(4, 40, 0.15, 0.01, 7);
        const Adjacency adj = buildAdjacency(plainGraph(160, edges));
        const Betweenness exact = parley::betweenness(adj);
        QVERIFY(!exact.sampling.sampled);
        const std::vector<double> boost = boostBetweenness(adj);
        for (int i = 0; i < 160; ++i)
            QVERIFY2(qAbs(valueOf(exact.values, i) - valueOf(boost, i)) < 1e-9,
                     qPrintable(QString::number(i)));
    }

    // Exact betweenness stops like the sampled one: within one source of the request. Here
    // the request comes from the progress report after the 10th of 800 sources. (800, not more:
    // the unstopped run and Boost's are quadratic, and the sanitizer build runs this test too.)
    void exactBetweennessStopsWithinASource()
    {
        const int n = 800;
        const Adjacency adj = buildAdjacency(plainGraph(n, plantedEdges(8, 100, 0.08, 0.002, 5)));
        std::stop_source stop;
        BetweennessOptions options;
        int reports = 0;
        int total = 0;
        options.progress = [&](int done, int all) {
            reports = done;
            total = all;
            if (done == 10)
                stop.request_stop();
        };
        const Betweenness b = parley::betweenness(adj, options, stop.get_token());
        QVERIFY(!b.sampling.sampled);
        QVERIFY(b.cancelled);
        QVERIFY(b.values.empty());
        QCOMPARE(reports, 10);
        QCOMPARE(total, n);
        // Unstopped, the same run reports every source and matches Boost.
        options.progress = [&](int done, int) { reports = done; };
        const Betweenness full = parley::betweenness(adj, options);
        QCOMPARE(reports, n);
        const std::vector<double> boost = boostBetweenness(adj);
        for (int i = 0; i < n; i += 7)
            QVERIFY2(qAbs(valueOf(full.values, i) - valueOf(boost, i)) <= 1e-9 * std::max(1.0, valueOf(boost, i)),
                     qPrintable(QString::number(i)));
    }

    void sampledBetweennessIsReportedAndSeeded()
    {
        // A hub joining 30 triangles: every estimate must still put the hub first.
        std::vector<std::pair<int, int>> edges;
        for (int t = 0; t < 30; ++t) {
            const int a = 1 + 2 * t;
            edges.emplace_back(0, a);
            edges.emplace_back(0, a + 1);
            edges.emplace_back(a, a + 1);
        }
        const Adjacency adj = buildAdjacency(plainGraph(61, edges));
        BetweennessOptions options;
        options.exactLimit = 10;
        options.pivots = 12;
        options.seed = 3;
        const Betweenness a = parley::betweenness(adj, options);
        QVERIFY(a.sampling.sampled);
        QCOMPARE(a.sampling.pivots, 12);
        QCOMPARE(a.sampling.nodes, 61);
        QVERIFY(a.sampling.describe().contains(QStringLiteral("12 of 61")));
        const Betweenness again = parley::betweenness(adj, options);
        QCOMPARE(a.values, again.values);
        // Exact hub value: pairs of leaves in different triangles, C(60,2) - 30 = 1740.
        const Betweenness exact = parley::betweenness(adj);
        QCOMPARE(valueOf(exact.values, 0), 1740.0);
        QVERIFY(std::max_element(a.values.begin(), a.values.end()) == a.values.begin());
        QVERIFY(qAbs(valueOf(a.values, 0) - 1740.0) / 1740.0 < 0.35);
        options.seed = 4;
        QVERIFY(parley::betweenness(adj, options).values != a.values);
    }

    void cancelledBetweennessReturnsNothing()
    {
        const Adjacency adj = buildAdjacency(plainGraph(200, plantedEdges(2, 100, 0.1, 0.01, 1)));
        std::stop_source stop;
        stop.request_stop();
        BetweennessOptions options;
        options.exactLimit = 10;
        const Betweenness b = parley::betweenness(adj, options, stop.get_token());
        QVERIFY(b.cancelled);
        QVERIFY(b.values.empty());
        QVERIFY(louvain(adj, 1, stop.get_token()).cancelled);
    }

    void louvainSplitsTwoCliques()
    {
        // Two 5-cliques joined by one edge (4-5). m = 21; each side: in = 20, tot = 21.
        std::vector<std::pair<int, int>> edges;
        for (int side = 0; side < 2; ++side) {
            for (int a = 0; a < 5; ++a) {
                for (int b = a + 1; b < 5; ++b)
                    edges.emplace_back(5 * side + a, 5 * side + b);
            }
        }
        edges.emplace_back(4, 5);
        const Adjacency adj = buildAdjacency(plainGraph(10, edges));
        for (const std::uint64_t seed : {1ULL, 2ULL, 99ULL}) {
            const Communities c = louvain(adj, seed);
            QCOMPARE(c.count, 2);
            // Equal sizes: the community holding node 0 comes first.
            QCOMPARE(c.community, (std::vector<int>{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));
            QCOMPARE(c.modularity, 2 * (20.0 / 42 - 0.25));
        }
        // An edgeless graph: everyone alone, modularity 0.
        const Communities alone = louvain(buildAdjacency(plainGraph(3, {})));
        QCOMPARE(alone.count, 3);
        QCOMPARE(alone.modularity, 0.0);
    }

    void louvainIsDeterministicForASeed()
    {
        const Adjacency adj = buildAdjacency(plainGraph(200, plantedEdges(5, 40, 0.2, 0.005, 11)));
        const Communities a = louvain(adj, 5);
        const Communities b = louvain(adj, 5);
        QCOMPARE(a.community, b.community);
        QCOMPARE(a.count, 5); // the planted groups are clear enough to be found exactly
        for (int v = 0; v < 200; ++v)
            QCOMPARE(a.community[std::size_t(v)], a.community[std::size_t(v / 40 * 40)]);
    }

    void matchesNetworkX()
    {
        if (!pythonHas(QStringLiteral("networkx")))
            QSKIP("python3-networkx is not installed (scripts/setup installs it)");
        const int n = 300;
        std::vector<std::pair<int, int>> edges = plantedEdges(6, 50, 0.12, 0.004, 21);
        const Adjacency adj = buildAdjacency(plainGraph(n, edges));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString edgeFile = dir.filePath(QStringLiteral("edges.tsv"));
        {
            QFile f(edgeFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (const auto& [a, b] : edges)
                f.write(QByteArray::number(a) + '\t' + QByteArray::number(b) + '\n');
        }
        const Communities c = louvain(adj, 1);
        QString partition;
        for (int v = 0; v < n; ++v)
            partition += QString::number(c.community[std::size_t(v)]) + QLatin1Char(' ');
        const QString script = QStringLiteral(R"(
import json, sys, networkx as nx
G = nx.Graph()
G.add_nodes_from(range(int(sys.argv[2])))
for line in open(sys.argv[1]):
    a, b = line.split()
    G.add_edge(int(a), int(b))
bc = nx.betweenness_centrality(G, normalized=False)
part = [int(x) for x in sys.argv[3].split()]
groups = {}
for v, c in enumerate(part):
    groups.setdefault(c, set()).add(v)
q = nx.community.modularity(G, list(groups.values()))
theirs = nx.community.louvain_communities(G, seed=1)
q2 = nx.community.modularity(G, theirs)
pairs = []
for s, t in [(0, 299), (3, 160), (10, 11), (42, 250), (75, 76)]:
    if nx.has_path(G, s, t):
        paths = sorted(nx.all_shortest_paths(G, s, t))
        pairs.append({"s": s, "t": t, "length": len(paths[0]) - 1, "count": len(paths), "paths": paths[:10]})
    else:
        pairs.append({"s": s, "t": t, "length": -1, "count": 0, "paths": []})
print(json.dumps({"betweenness": [bc[v] for v in range(len(part))], "modularity": q,
                  "louvain": q2, "pairs": pairs}))
)");
        const QJsonObject nx = runPython(script, {edgeFile, QString::number(n), partition});
        QVERIFY(!nx.isEmpty());
        const Betweenness b = parley::betweenness(adj);
        const QJsonArray theirs = nx.value(QStringLiteral("betweenness")).toArray();
        QCOMPARE(theirs.size(), n);
        for (int v = 0; v < n; ++v)
            QVERIFY2(qAbs(valueOf(b.values, v) - theirs[v].toDouble()) < 1e-6,
                     qPrintable(QStringLiteral("node %1: %2 vs %3")
                                    .arg(v)
                                    .arg(valueOf(b.values, v))
                                    .arg(theirs[v].toDouble())));
        // Our modularity formula agrees with NetworkX's on our partition, and Louvain finds
        // a partition about as good as NetworkX's own Louvain.
        QVERIFY(qAbs(c.modularity - nx.value(QStringLiteral("modularity")).toDouble()) < 1e-9);
        QVERIFY(c.modularity > nx.value(QStringLiteral("louvain")).toDouble() - 0.02);

        // Shortest paths: same length, same number and the same (sorted) paths as a BFS.
        const ProjectedGraph p = plainGraph(n, edges);
        for (const QJsonValue& pair : nx.value(QStringLiteral("pairs")).toArray()) {
            const QJsonObject o = pair.toObject();
            const int s = o.value(QStringLiteral("s")).toInt();
            const int t = o.value(QStringLiteral("t")).toInt();
            PathOptions options;
            options.maxPaths = 1000;
            const PathSearch found = shortestPaths(p, adj, s, t, options);
            QCOMPARE(found.length, o.value(QStringLiteral("length")).toInt());
            QCOMPARE(found.pathCount, o.value(QStringLiteral("count")).toInteger());
            const QJsonArray paths = o.value(QStringLiteral("paths")).toArray();
            for (int i = 0; i < paths.size(); ++i) {
                const QJsonArray nodes = paths[i].toArray();
                const Path& ours = found.paths[std::size_t(i)];
                QCOMPARE(qsizetype(ours.size()), nodes.size() - 1);
                for (int h = 0; h < int(ours.size()); ++h) {
                    QCOMPARE(ours[std::size_t(h)].from, nodes[h].toInt());
                    QCOMPARE(ours[std::size_t(h)].to, nodes[h + 1].toInt());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
