// SPDX-License-Identifier: GPL-3.0-or-later
// Painting and live-layout frame rate of the graph view's drawing routine (raster engine,
// 1600x1000 at fit-to-window). Each figure is printed with its ratio to the baseline measured
// in the same run: painting without labels, and the 30 fps frame budget (33.3 ms).
#include "guisynthetic.h"

#include "layout/forcelayout.h"
#include "render/graphpainter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QTest>

#include <algorithm>

using namespace parley;

namespace {

struct Scene
{
    ViewGraph view;
    std::vector<QPointF> positions;
};

Scene sceneFor(int nodes)
{
    static QMap<int, Scene> cache;
    if (!cache.contains(nodes)) {
        const auto corpus = bench::syntheticCorpus(nodes);
        Scene s;
        s.view = buildViewGraph(*corpus, {});
        const auto all = bench::syntheticPositions(*corpus);
        for (const ViewNode& n : s.view.nodes)
            s.positions.push_back(all[std::size_t(n.node)]);
        cache.insert(nodes, std::move(s));
    }
    return cache.value(nodes);
}

// Median of `runs` full repaints, milliseconds.
double paintMs(const Scene& s, bool labels, QImage& target, PaintCache& cache, int runs = 15)
{
    PaintOptions o;
    o.viewport = QRectF(QPointF(0, 0), QSizeF(target.size()));
    o.transform = fitTransform(sceneBounds(s.view, s.positions), o.viewport);
    o.labels = labels;
    o.cache = &cache;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        QPainter p(&target);
        paintGraph(p, s.view, s.positions, o);
        p.end();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

class BenchGuiPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paint_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<bool>("labels");
        for (int n : {1000, 5000, 20000}) {
            QTest::addRow("%dk labels off", n / 1000) << n << false;
            QTest::addRow("%dk labels on", n / 1000) << n << true;
        }
    }

    void paint()
    {
        QFETCH(int, nodes);
        QFETCH(bool, labels);
        const Scene s = sceneFor(nodes);
        QImage target(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        PaintOptions o;
        o.viewport = QRectF(0, 0, 1600, 1000);
        o.transform = fitTransform(sceneBounds(s.view, s.positions), o.viewport);
        o.labels = labels;
        PaintCache cache;
        o.cache = &cache;
        QBENCHMARK {
            QPainter p(&target);
            paintGraph(p, s.view, s.positions, o);
        }
        if (labels) {
            PaintCache c2;
            const double base = paintMs(s, false, target, c2);
            const double with = paintMs(s, true, target, c2);
            qInfo("paint %6d nodes %6zu edges: %.2f ms without labels (baseline), %.2f ms with "
                  "labels = %.2fx baseline; %.2fx the 16 ms frame budget",
                  nodes, s.view.edges.size(), base, with, with / base, with / 16.0);
        }
    }

    void layoutFrameRate_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::newRow("2k") << 2000;
        QTest::newRow("5k") << 5000;
    }

    // While the layout animates, the worker steps and the GUI thread paints in parallel (two
    // cores): the frame rate is bounded by the slower of one step and one repaint.
    void layoutFrameRate()
    {
        QFETCH(int, nodes);
        const Scene s = sceneFor(nodes);
        ForceLayout layout(s.view.layoutGraph());
        for (int i = 0; i < 3; ++i)
            layout.step();
        std::vector<double> steps;
        QBENCHMARK {
            QElapsedTimer t;
            t.start();
            layout.step();
            steps.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(steps.begin(), steps.end());
        const double step = steps[steps.size() / 2];
        QImage target(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        Scene live = s;
        live.positions = layout.positions();
        PaintCache cache;
        const double paint = paintMs(live, true, target, cache, 9);
        const double frame = std::max(step, paint);
        qInfo("layout %5d nodes: step %.2f ms, paint %.2f ms -> %.0f fps (%.2fx the 30 fps target)",
              nodes, step, paint, 1000.0 / frame, (1000.0 / frame) / 30.0);
    }
};

QTEST_MAIN(BenchGuiPaint)
#include "bench_guipaint.moc"
