// SPDX-License-Identifier: GPL-3.0-or-later
// The live layout runs off the GUI thread: the event loop keeps serving timers and frames
// while a 100k-node layout is built and stepped, and small graphs still have positions as
// soon as start() returns.
#include "gui/layoutrunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <random>

using namespace parley;

namespace {

// A ring with chords to nearby nodes and a few long shortcuts: connected, about three edges
// per node, like the news graphs.
LayoutGraph ringWithShortcuts(int nodes, std::uint64_t seed = 3)
{
    std::mt19937_64 rng(seed);
    LayoutGraph g;
    g.nodeCount = nodes;
    for (int i = 0; i < nodes; ++i) {
        g.edges.emplace_back(i, (i + 1) % nodes);
        g.edges.emplace_back(i, (i + 2 + int(rng() % 5)) % nodes);
        if (rng() % 10 == 0)
            g.edges.emplace_back(i, int(rng() % std::uint64_t(nodes)));
    }
    return g;
}

bool allFinite(const std::vector<QPointF>& positions)
{
    for (const QPointF& p : positions) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return false;
    }
    return true;
}

} // namespace

class TestLayoutRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventLoopKeepsRunningDuringA100kLayout()
    {
        const int nodes = 100000;
        QVERIFY(nodes >= LayoutRunner::kBuildOnWorkerNodes);
        LayoutRunner runner;
        int ticksWhilePreparing = 0;
        int ticksWhileRunning = 0;
        int frames = 0;
        QTimer timer;
        timer.setInterval(2);
        connect(&timer, &QTimer::timeout, this, [&] {
            if (runner.isPreparing())
                ++ticksWhilePreparing;
            else if (runner.isRunning())
                ++ticksWhileRunning;
        });
        connect(&runner, &LayoutRunner::framed, this, [&] {
            if (runner.isRunning())
                ++frames;
        });
        timer.start();
        runner.start(ringWithShortcuts(nodes), 1);
        // start() returned before the worker could build a 100k-node hierarchy.
        QVERIFY(runner.isPreparing());
        QVERIFY(runner.positions().empty());
        QVERIFY(runner.isRunning());
        // The event loop served the timer while the worker built the layout, then applied
        // snapshots and served the timer while it stepped, all before the layout converged.
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isPreparing(), 120000);
        QVERIFY(ticksWhilePreparing > 0);
        QTRY_VERIFY_WITH_TIMEOUT(frames >= 3 && ticksWhileRunning >= 20, 120000);
        QVERIFY(runner.isRunning());
        QCOMPARE(int(runner.positions().size()), nodes);
        QVERIFY(allFinite(runner.positions()));
    }

    void smallGraphHasPositionsAtOnce()
    {
        LayoutRunner runner;
        const int nodes = 300;
        runner.start(ringWithShortcuts(nodes), 1);
        QVERIFY(!runner.isPreparing());
        QCOMPARE(int(runner.positions().size()), nodes);
        QVERIFY(allFinite(runner.positions()));
        QSignalSpy settled(&runner, &LayoutRunner::settled);
        QVERIFY(settled.wait(60000));
        QVERIFY(!runner.isRunning());
        QVERIFY(allFinite(runner.positions()));
    }

    // A big graph's layout built on the worker still takes the positions it was given.
    void bigGraphStartsFromGivenPositions()
    {
        const int nodes = LayoutRunner::kBuildOnWorkerNodes;
        LayoutRunner runner;
        runner.setPaused(true);
        std::vector<QPointF> initial(std::size_t(nodes), QPointF(qQNaN(), qQNaN()));
        initial[7] = QPointF(1234.5, -678.25);
        runner.start(ringWithShortcuts(nodes), 1, initial);
        QTRY_VERIFY_WITH_TIMEOUT(int(runner.positions().size()) == nodes, 120000);
        QCOMPARE(runner.positions()[7], QPointF(1234.5, -678.25));
    }
};

QTEST_MAIN(TestLayoutRunner)
#include "tst_layoutrunner.moc"
