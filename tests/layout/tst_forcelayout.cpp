// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/forcelayout.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace parley;

Q_DECLARE_METATYPE(parley::LayoutGraph)

namespace {

constexpr double kIdeal = 60.0;
// Bounded: the slowest small graph settles in a few hundred steps.
constexpr int kMaxSteps = 5000;

LayoutGraph path(int n)
{
    LayoutGraph g{n, {}};
    for (int i = 0; i + 1 < n; ++i)
        g.edges.emplace_back(i, i + 1);
    return g;
}

LayoutGraph cycle(int n)
{
    LayoutGraph g = path(n);
    g.edges.emplace_back(n - 1, 0);
    return g;
}

LayoutGraph star(int leaves)
{
    LayoutGraph g{leaves + 1, {}};
    for (int i = 1; i <= leaves; ++i)
        g.edges.emplace_back(0, i);
    return g;
}

LayoutGraph grid(int w, int h)
{
    LayoutGraph g{w * h, {}};
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            if (x + 1 < w)
                g.edges.emplace_back(y * w + x, y * w + x + 1);
            if (y + 1 < h)
                g.edges.emplace_back(y * w + x, (y + 1) * w + x);
        }
    }
    return g;
}

LayoutGraph binaryTree(int n)
{
    LayoutGraph g{n, {}};
    for (int i = 1; i < n; ++i)
        g.edges.emplace_back((i - 1) / 2, i);
    return g;
}

LayoutGraph complete(int n)
{
    LayoutGraph g{n, {}};
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            g.edges.emplace_back(i, j);
    return g;
}

// A triangle, a 5-path, a 4-star and an isolated node; with a duplicate edge and a self-loop.
LayoutGraph components()
{
    LayoutGraph g{14, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 6}, {6, 7},
                       {8, 9}, {8, 10}, {8, 11}, {8, 12}, {1, 0}, {2, 2}}};
    return g;
}

// Scale-free-ish graph big enough for the multilevel path and the sparse stress model.
LayoutGraph preferential(int n, std::uint64_t seed)
{
    LayoutGraph g{n, {}};
    std::vector<int> ends{0, 1};
    g.edges.emplace_back(0, 1);
    for (int v = 2; v < n; ++v) {
        for (int k = 0; k < 2; ++k) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            const int u = ends[std::size_t((seed >> 33) % ends.size())];
            g.edges.emplace_back(u, v);
            ends.push_back(u);
            ends.push_back(v);
        }
    }
    return g;
}

std::vector<QPointF> settle(ForceLayout& layout, int* steps = nullptr)
{
    int n = 0;
    while (layout.step() && n < kMaxSteps)
        ++n;
    if (steps)
        *steps = n;
    return layout.positions();
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

std::set<std::pair<int, int>> edgeSet(const LayoutGraph& g)
{
    std::set<std::pair<int, int>> s;
    for (auto [u, v] : g.edges) {
        if (u != v)
            s.emplace(std::min(u, v), std::max(u, v));
    }
    return s;
}

} // namespace

class TestForceLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settles_data();
    void settles();
    void deterministic_data() { settles_data(); }
    void deterministic();
    void pinnedNodesStay_data() { settles_data(); }
    void pinnedNodesStay();
    void reheatFlowsAroundDraggedNode();
    void componentsDoNotOverlap();
    void degenerateGraphs();
    void largerGraphPolished();
    void algorithmNames();
    void cliLaysOutEdgeList();
    void cliReportsErrors();
};

void TestForceLayout::settles_data()
{
    QTest::addColumn<LayoutGraph>("graph");
    QTest::addColumn<int>("algorithm");
    const QList<std::pair<const char*, LayoutGraph>> graphs{
        {"path", path(12)},          {"cycle", cycle(16)},      {"star", star(15)},
        {"grid", grid(7, 6)},        {"components", components()}, {"tree", binaryTree(31)},
        {"complete", complete(7)}};
    for (const auto& [name, g] : graphs) {
        for (int a = 0; a < layoutAlgorithmNames().size(); ++a) {
            QTest::addRow("%s/%s", name, qPrintable(layoutAlgorithmNames().at(a))) << g << a;
        }
    }
}

void TestForceLayout::settles()
{
    QFETCH(LayoutGraph, graph);
    QFETCH(int, algorithm);
    LayoutOptions options;
    options.seed = 7;
    options.idealEdgeLength = kIdeal;
    options.algorithm = LayoutAlgorithm(algorithm);
    ForceLayout layout(graph, options);
    int steps = 0;
    const std::vector<QPointF> pos = settle(layout, &steps);
    QVERIFY2(layout.converged(), qPrintable(QStringLiteral("not settled after %1 steps").arg(steps)));
    QVERIFY(!layout.step()); // a converged layout stays put
    QCOMPARE(layout.progress(), 1.0);
    QCOMPARE(int(pos.size()), graph.nodeCount);

    const auto edges = edgeSet(graph);
    double edgeSum = 0, otherSum = 0;
    int edgeCount = 0, otherCount = 0;
    double closest = 1e300;
    for (int i = 0; i < graph.nodeCount; ++i) {
        QVERIFY(std::isfinite(pos[std::size_t(i)].x()) && std::isfinite(pos[std::size_t(i)].y()));
        for (int j = i + 1; j < graph.nodeCount; ++j) {
            const double d = distance(pos[std::size_t(i)], pos[std::size_t(j)]);
            closest = std::min(closest, d);
            if (edges.count({i, j})) {
                edgeSum += d;
                ++edgeCount;
            } else {
                otherSum += d;
                ++otherCount;
            }
        }
    }
    QVERIFY2(closest > 0.2 * kIdeal,
             qPrintable(QStringLiteral("two nodes only %1 apart").arg(closest)));
    if (otherCount > 0) {
        QVERIFY2(edgeSum / edgeCount < otherSum / otherCount,
                 qPrintable(QStringLiteral("mean edge %1, mean non-edge %2")
                                .arg(edgeSum / edgeCount)
                                .arg(otherSum / otherCount)));
    }
    // Edges come out near the requested length (the polish works in hop units).
    QVERIFY(edgeSum / edgeCount > 0.5 * kIdeal && edgeSum / edgeCount < 2.0 * kIdeal);
}

void TestForceLayout::deterministic()
{
    QFETCH(LayoutGraph, graph);
    QFETCH(int, algorithm);
    LayoutOptions options;
    options.seed = 42;
    options.algorithm = LayoutAlgorithm(algorithm);
    ForceLayout a(graph, options);
    a.run();
    ForceLayout b(graph, options);
    b.run();
    QCOMPARE(a.positions(), b.positions());
    // restart() is a fresh start from the same seed.
    a.restart();
    a.run();
    QCOMPARE(a.positions(), b.positions());
    // Another seed gives another layout (beyond the trivial graphs).
    options.seed = 43;
    ForceLayout c(graph, options);
    c.run();
    if (graph.nodeCount > 8)
        QVERIFY(c.positions() != b.positions());
}

void TestForceLayout::pinnedNodesStay()
{
    QFETCH(LayoutGraph, graph);
    QFETCH(int, algorithm);
    LayoutOptions options;
    options.algorithm = LayoutAlgorithm(algorithm);
    ForceLayout layout(graph, options);
    const QPointF where(1234.5, -678.25);
    layout.setPinned(0, true);
    layout.setPosition(0, where);
    QVERIFY(layout.isPinned(0));
    QVERIFY(!layout.isPinned(1));
    settle(layout);
    QVERIFY(layout.converged());
    QCOMPARE(layout.positions()[0], where);
    // Pins survive a restart.
    layout.restart();
    settle(layout);
    QCOMPARE(layout.positions()[0], where);
}

void TestForceLayout::reheatFlowsAroundDraggedNode()
{
    const LayoutGraph g = grid(8, 8);
    ForceLayout layout(g);
    layout.run();
    QVERIFY(layout.converged());
    const std::vector<QPointF> before = layout.positions();
    // Drag the corner node far out, as the GUI does, and let the layout follow.
    const QPointF target = before[0] + QPointF(-10 * kIdeal, -10 * kIdeal);
    layout.setPinned(0, true);
    layout.setPosition(0, target);
    layout.reheat();
    QVERIFY(!layout.converged());
    int steps = 0;
    const std::vector<QPointF> after = settle(layout, &steps);
    QVERIFY(layout.converged());
    QCOMPARE(after[0], target);
    // Its neighbours were pulled towards the new place.
    QVERIFY(distance(after[1], target) < distance(before[1], target));
    QVERIFY(distance(after[8], target) < distance(before[8], target));
    for (const QPointF& p : after)
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
    // Unpinned again, it stays where it is until the layout is reheated.
    layout.setPinned(0, false);
    QVERIFY(!layout.isPinned(0));
    QCOMPARE(layout.positions()[0], target);
}

void TestForceLayout::componentsDoNotOverlap()
{
    const LayoutGraph g = components();
    ForceLayout layout(g);
    layout.run();
    const auto& p = layout.positions();
    const std::vector<std::vector<int>> parts{{0, 1, 2}, {3, 4, 5, 6, 7}, {8, 9, 10, 11, 12}, {13}};
    auto box = [&p](const std::vector<int>& nodes) {
        QRectF r(p[std::size_t(nodes[0])], QSizeF(0, 0));
        for (int v : nodes)
            r |= QRectF(p[std::size_t(v)], QSizeF(1e-6, 1e-6));
        return r;
    };
    for (std::size_t a = 0; a < parts.size(); ++a)
        for (std::size_t b = a + 1; b < parts.size(); ++b)
            QVERIFY2(!box(parts[a]).intersects(box(parts[b])),
                     qPrintable(QStringLiteral("components %1 and %2 overlap").arg(a).arg(b)));
}

void TestForceLayout::degenerateGraphs()
{
    ForceLayout empty(LayoutGraph{});
    empty.run();
    QVERIFY(empty.converged());
    QVERIFY(empty.positions().empty());

    ForceLayout single(LayoutGraph{1, {{0, 0}}});
    single.run();
    QCOMPARE(single.positions().size(), std::size_t(1));
    QVERIFY(std::isfinite(single.positions()[0].x()));

    // Out-of-range endpoints are ignored rather than trusted.
    ForceLayout bad(LayoutGraph{3, {{0, 1}, {1, 7}, {-1, 2}, {1, 2}}});
    bad.run();
    QVERIFY(bad.converged());
    for (const QPointF& p : bad.positions())
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
}

void TestForceLayout::largerGraphPolished()
{
    // Several levels, Barnes-Hut, the sparse stress model, and big enough for two threads.
    constexpr int n = 6500;
    const LayoutGraph g = preferential(n, 99);
    LayoutOptions options;
    options.threads = 2;
    ForceLayout a(g, options);
    int steps = 0;
    const std::vector<QPointF> pa = settle(a, &steps);
    QVERIFY(a.converged());
    options.threads = 1; // thread count must not change the result
    ForceLayout b(g, options);
    b.run();
    QCOMPARE(b.positions(), pa);
    double edgeSum = 0;
    for (auto [u, v] : g.edges)
        edgeSum += distance(pa[std::size_t(u)], pa[std::size_t(v)]);
    double otherSum = 0;
    int otherCount = 0;
    for (int i = 0; i < n; i += 7, ++otherCount)
        otherSum += distance(pa[std::size_t(i)], pa[std::size_t((i * 31 + 17) % n)]);
    QVERIFY(edgeSum / double(g.edges.size()) < otherSum / otherCount);
    for (const QPointF& p : pa)
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
}

void TestForceLayout::algorithmNames()
{
    QCOMPARE(layoutAlgorithmFromName(QStringLiteral("multilevel")), LayoutAlgorithm::Multilevel);
    QCOMPARE(layoutAlgorithmFromName(QStringLiteral("Spring")), LayoutAlgorithm::Spring);
    QCOMPARE(layoutAlgorithmFromName(QStringLiteral("single")), LayoutAlgorithm::SingleLevel);
    QVERIFY(!layoutAlgorithmFromName(QStringLiteral("neato")).has_value());
}

namespace {

struct CliResult
{
    int exitCode = -1;
    QString err;
};

CliResult runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli"), QStringList{QStringLiteral("layout")} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

QMap<QString, QPointF> readPositions(const QString& path)
{
    QMap<QString, QPointF> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QList<QByteArray> parts = f.readLine().trimmed().split('\t');
        if (parts.size() != 3)
            return {};
        bool okx = false, oky = false;
        const double x = parts[1].toDouble(&okx);
        const double y = parts[2].toDouble(&oky);
        if (!okx || !oky || !std::isfinite(x) || !std::isfinite(y))
            return {};
        out.insert(QString::fromUtf8(parts[0]), QPointF(x, y));
    }
    return out;
}

} // namespace

void TestForceLayout::cliLaysOutEdgeList()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("edges.tsv"));
    {
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# a comment\n\nPutin\tMeeting 1\nXi Jinping\tMeeting 1\r\nXi Jinping\tChina\t3\n"
                "Putin\tRussia\nlonely\tlonely\n");
    }
    const QString out = dir.filePath(QStringLiteral("pos.tsv"));
    const CliResult r = runCli({QStringLiteral("--in"), in, QStringLiteral("--out"), out,
                                QStringLiteral("--seed"), QStringLiteral("5")});
    QCOMPARE(r.exitCode, 0);
    const auto pos = readPositions(out);
    QCOMPARE(pos.keys(), (QStringList{QStringLiteral("China"), QStringLiteral("Meeting 1"),
                                      QStringLiteral("Putin"), QStringLiteral("Russia"),
                                      QStringLiteral("Xi Jinping"), QStringLiteral("lonely")}));
    // Same seed, same file: byte-identical output.
    const QString out2 = dir.filePath(QStringLiteral("pos2.tsv"));
    QCOMPARE(runCli({QStringLiteral("--in"), in, QStringLiteral("--out"), out2,
                     QStringLiteral("--seed"), QStringLiteral("5")})
                 .exitCode,
             0);
    QFile a(out), b(out2);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    // Every algorithm name works.
    for (const QString& name : layoutAlgorithmNames())
        QCOMPARE(runCli({QStringLiteral("--in"), in, QStringLiteral("--out"), out2,
                         QStringLiteral("--algorithm"), name})
                     .exitCode,
                 0);
}

void TestForceLayout::cliReportsErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("edges.tsv"));
    {
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a\tb\nno tab here\nb\tc\nd\t\n");
    }
    const QString out = dir.filePath(QStringLiteral("pos.tsv"));
    // Bad lines: named with their line numbers, the rest is still laid out, exit 1.
    CliResult r = runCli({QStringLiteral("--in"), in, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("edges.tsv:2:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("edges.tsv:4:")), qPrintable(r.err));
    QCOMPARE(readPositions(out).size(), 3);
    // Missing input: exit 1, names the file.
    r = runCli({QStringLiteral("--in"), dir.filePath(QStringLiteral("missing.tsv")),
                QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("missing.tsv")));
    // Usage errors: exit 2.
    QCOMPARE(runCli({QStringLiteral("--in"), in}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("--in"), in, QStringLiteral("--out"), out,
                     QStringLiteral("--algorithm"), QStringLiteral("bogus")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("--in"), in, QStringLiteral("--out"), out,
                     QStringLiteral("--seed"), QStringLiteral("x")})
                 .exitCode,
             2);
    // Unwritable output: exit 3, the earlier file is left intact.
    const QByteArray earlier = [&] {
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    r = runCli({QStringLiteral("--in"), in, QStringLiteral("--out"),
                dir.filePath(QStringLiteral("no/such/dir/pos.tsv"))});
    QCOMPARE(r.exitCode, 3);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), earlier);
}

QTEST_GUILESS_MAIN(TestForceLayout)
#include "tst_forcelayout.moc"
