// SPDX-License-Identifier: GPL-3.0-or-later
// Painting and live-layout frame rate of the graph view's drawing routine (raster engine,
// 1600x1000). Every figure is printed with its ratio to a baseline measured in the same run
// and the same way: one frame blit (a translucent viewport-sized image blended over the
// target, the cost of touching every pixel once). The machine is shared, so each figure is the median of many
// frames, given both as wall time and as process CPU time (all threads: the painter splits
// big edge batches over two threads); compare ratios between runs, not milliseconds.
//
// Run: bench_guipaint -median 3 -iterations 10   (QBENCHMARK rows)
// The qInfo lines carry the figures quoted in docs/benchmarks.md.
#include "guisynthetic.h"

#include "layout/forcelayout.h"
#include "render/graphpainter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace parley;

namespace {

const QSize kViewport(1600, 1000);
const QColor kBackground(0xfa, 0xfa, 0xf8);

struct Scene
{
    ViewGraph view;
    std::vector<QPointF> positions;
};

const Scene& sceneFor(int nodes)
{
    static QMap<int, std::shared_ptr<Scene>> cache;
    if (!cache.contains(nodes)) {
        const auto corpus = bench::syntheticCorpus(nodes);
        auto s = std::make_shared<Scene>();
        s->view = buildViewGraph(*corpus, {});
        const auto all = bench::syntheticPositions(*corpus);
        for (const ViewNode& n : s->view.nodes)
            s->positions.push_back(all[std::size_t(n.node)]);
        cache.insert(nodes, s);
    }
    return *cache.value(nodes);
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double wall = 0;    ///< median wall ms per frame
    double cpu = 0;     ///< median process CPU ms per frame (all threads)
    double wallP95 = 0; ///< 95th percentile wall ms
    double cpuP95 = 0;
};

double percentile(std::vector<double> v, int p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, v.size() * std::size_t(p) / 100)];
}

// Runs frame(i) `runs` times and returns the median and p95 of wall and CPU time.
Timing timeFrames(int runs, const std::function<void(int)>& frame)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        const double c0 = processCpuMs();
        QElapsedTimer t;
        t.start();
        frame(i);
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(processCpuMs() - c0);
    }
    return {percentile(wall, 50), percentile(cpu, 50), percentile(wall, 95), percentile(cpu, 95)};
}

// The baseline: one blit of a whole frame (a translucent image of the viewport's size drawn
// over the target, source-over), the least a compositing frame costs; memory-bound, so it
// tracks the machine's load and speed the way the painter's pixel work does.
Timing blitFrame(QImage& target, int runs = 40)
{
    QImage frame(target.size(), QImage::Format_ARGB32_Premultiplied);
    frame.fill(QColor(40, 80, 120, 128));
    return timeFrames(runs, [&](int) {
        QPainter p(&target);
        p.drawImage(QPointF(0, 0), frame);
    });
}

PaintOptions fitOptions(const Scene& s, bool labels, PaintCache* cache)
{
    PaintOptions o;
    o.viewport = QRectF(QPointF(0, 0), QSizeF(kViewport));
    o.transform = fitTransform(sceneBounds(s.view, s.positions), o.viewport);
    o.transform.nodeScale = crowdingScale(s.view, s.positions);
    o.background = kBackground;
    o.labels = labels;
    o.cache = cache;
    return o;
}

// Full repaints with nothing reusable from the previous frame, as while the layout moves the
// nodes: the view's cache is kept (label widths, scratch arrays, the layer's image), but the
// positions differ from one frame to the next (by a nanometre at one node), so everything is
// drawn again.
Timing fullRepaint(const Scene& s, bool labels, QImage& target, int runs)
{
    PaintCache cache;
    std::vector<QPointF> moved = s.positions;
    moved[0] += QPointF(1e-9, 0);
    const PaintOptions o = fitOptions(s, labels, &cache);
    {
        QPainter p(&target);
        paintGraph(p, s.view, s.positions, o); // measures the label widths once
    }
    return timeFrames(runs, [&](int i) {
        QPainter p(&target);
        paintGraph(p, s.view, i % 2 ? s.positions : moved, o);
    });
}

QString ratioText(const Timing& t, const Timing& base)
{
    return QStringLiteral("wall %1 ms (%2x frame blit), CPU %3 ms (%4x frame blit)")
        .arg(t.wall, 0, 'f', 2)
        .arg(t.wall / base.wall, 0, 'f', 1)
        .arg(t.cpu, 0, 'f', 2)
        .arg(t.cpu / base.cpu, 0, 'f', 1);
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
        for (int n : {1000, 5000, 20000, 100000}) {
            QTest::addRow("%dk labels off", n / 1000) << n << false;
            QTest::addRow("%dk labels on", n / 1000) << n << true;
        }
    }

    // Full repaint at fit-to-window (the frame of a moving layout, see fullRepaint()).
    void paint()
    {
        QFETCH(int, nodes);
        QFETCH(bool, labels);
        const Scene& s = sceneFor(nodes);
        QImage target(kViewport, QImage::Format_ARGB32_Premultiplied);
        PaintCache cache;
        const PaintOptions o = fitOptions(s, labels, &cache);
        std::vector<QPointF> moved = s.positions;
        moved[0] += QPointF(1e-9, 0);
        int frame = 0;
        QBENCHMARK {
            QPainter p(&target);
            paintGraph(p, s.view, ++frame % 2 ? s.positions : moved, o);
        }
        static QSet<QString> reported;
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (reported.contains(row))
            return;
        reported.insert(row);
        const int runs = nodes >= 100000 ? 15 : 41;
        const Timing base = blitFrame(target);
        const Timing full = fullRepaint(s, labels, target, runs);
        // PARLEY_BENCH_SAVE=DIR keeps the last frame of each row, to look at what was timed.
        const QString saveDir = qEnvironmentVariable("PARLEY_BENCH_SAVE");
        if (!saveDir.isEmpty())
            target.save(saveDir + QStringLiteral("/paint-%1.png").arg(row).replace(QLatin1Char(' '), QLatin1Char('-')));
        qInfo("paint %6d nodes %6zu edges, labels %-3s: full repaint %s; frame blit %.2f ms wall, "
              "%.2f ms CPU; %.2fx the 16 ms budget (wall)",
              nodes, s.view.edges.size(), labels ? "on" : "off", qPrintable(ratioText(full, base)),
              base.wall, base.cpu, full.wall / 16.0);
    }

    void panZoom_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::newRow("20k") << 20000;
        QTest::newRow("100k") << 100000;
    }

    // Interaction on a still graph, as in the view: one PaintCache across frames, positions
    // unchanged, the camera moving. Pan at fit, zoom in by wheel steps around a point, pan
    // while zoomed in, hover over nodes.
    void panZoom()
    {
        QFETCH(int, nodes);
        const Scene& s = sceneFor(nodes);
        QImage target(kViewport, QImage::Format_ARGB32_Premultiplied);
        PaintCache cache;
        PaintOptions o = fitOptions(s, true, &cache);
        const ViewTransform fit = o.transform;
        auto frame = [&] {
            QPainter p(&target);
            paintGraph(p, s.view, s.positions, o);
        };
        frame();
        QBENCHMARK {
            o.transform.offset += QPointF(7, 4);
            frame();
        }
        const Timing base = blitFrame(target);
        o.transform = fit;
        frame();
        const Timing pan = timeFrames(60, [&](int) {
            o.transform.offset += QPointF(7, 4);
            frame();
        });
        o.transform = fit;
        const QPointF anchor(900, 520);
        const Timing zoom = timeFrames(16, [&](int) {
            const QPointF scene = o.transform.unmap(anchor);
            o.transform.scale *= 1.2;
            o.transform.offset = anchor - scene * o.transform.scale;
            frame();
        });
        // The view's wheel zoom: while the steps come, the cached layer is shown scaled, and
        // one sharp frame follows at the end of the gesture.
        o.transform = fit;
        frame();
        o.preview = true;
        const Timing zoomPreview = timeFrames(16, [&](int) {
            const QPointF scene = o.transform.unmap(anchor);
            o.transform.scale *= 1.2;
            o.transform.offset = anchor - scene * o.transform.scale;
            frame();
        });
        o.preview = false;
        const Timing settle = timeFrames(1, [&](int) { frame(); });
        const double zoomedTo = o.transform.scale / fit.scale;
        const Timing panZoomed = timeFrames(60, [&](int) {
            o.transform.offset += QPointF(-7, 5);
            frame();
        });
        o.transform = fit;
        frame();
        const Timing hover = timeFrames(40, [&](int i) {
            o.hovered = int((std::size_t(i) * 7919) % s.view.nodes.size());
            frame();
        });
        const QString saveDir = qEnvironmentVariable("PARLEY_BENCH_SAVE");
        if (!saveDir.isEmpty())
            target.save(saveDir + QStringLiteral("/hover-%1.png").arg(nodes));
        o.hovered = -1;
        const Timing select = timeFrames(40, [&](int i) {
            o.selectedNode = int((std::size_t(i) * 104729) % s.view.nodes.size());
            frame();
        });
        static QSet<int> reported;
        if (reported.contains(nodes))
            return;
        reported.insert(nodes);
        qInfo("interaction %6d nodes (frame blit %.2f ms wall, %.2f ms CPU):", nodes, base.wall, base.cpu);
        qInfo("  pan at fit         : %s; p95 wall %.2f ms", qPrintable(ratioText(pan, base)), pan.wallP95);
        qInfo("  zoom 1.2x per frame: %s; p95 wall %.2f ms", qPrintable(ratioText(zoom, base)), zoom.wallP95);
        qInfo("  zoom with preview  : %s; p95 wall %.2f ms; then one sharp frame %.2f ms wall",
              qPrintable(ratioText(zoomPreview, base)), zoomPreview.wallP95, settle.wall);
        qInfo("  pan at %4.0fx zoom : %s; p95 wall %.2f ms", zoomedTo, qPrintable(ratioText(panZoomed, base)),
              panZoomed.wallP95);
        qInfo("  hover a node       : %s; p95 wall %.2f ms", qPrintable(ratioText(hover, base)), hover.wallP95);
        qInfo("  select a node      : %s; p95 wall %.2f ms", qPrintable(ratioText(select, base)), select.wallP95);
    }

    void layoutFrameRate_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::newRow("2k") << 2000;
        QTest::newRow("5k") << 5000;
    }

    // While the layout animates, the worker steps and the GUI thread paints in parallel (two
    // cores): the frame rate is bounded by the slower of one step and one repaint. Each
    // frame of the run is painted from that step's positions (a full repaint each time).
    void layoutFrameRate()
    {
        QFETCH(int, nodes);
        const Scene& s = sceneFor(nodes);
        std::vector<double> steps;
        std::vector<double> paints;
        double settle = 0;
        QImage target(kViewport, QImage::Format_ARGB32_Premultiplied);
        PaintCache cache;
        PaintOptions o = fitOptions(s, true, &cache);
        QBENCHMARK_ONCE {
            ForceLayout layout(s.view.layoutGraph());
            double stepCpu = 0;
            while (!layout.converged()) {
                const double t0 = threadCpuMs();
                layout.step();
                const double dt = threadCpuMs() - t0;
                steps.push_back(dt);
                stepCpu += dt;
                // Paint every fourth step (the frame timer takes the newest snapshot).
                if (steps.size() % 4 != 1)
                    continue;
                o.transform = fitTransform(sceneBounds(s.view, layout.positions()), o.viewport);
                o.transform.nodeScale = crowdingScale(s.view, layout.positions());
                const double p0 = processCpuMs();
                QPainter p(&target);
                paintGraph(p, s.view, layout.positions(), o);
                p.end();
                paints.push_back(processCpuMs() - p0);
            }
            settle = stepCpu;
        }
        const double mean = settle / double(std::max<std::size_t>(1, steps.size()));
        const double stepP95 = percentile(steps, 95);
        const double paintMedian = percentile(paints, 50);
        const double paintP95 = percentile(paints, 95);
        const double frame = std::max(stepP95, paintP95);
        static QSet<int> reported;
        if (!reported.contains(nodes))
            qInfo("layout %5d nodes: %zu steps, settles in %.0f ms CPU; step mean %.2f ms, p95 %.2f ms; "
                  "paint during layout median %.2f ms, p95 %.2f ms CPU -> %.0f fps (%.2fx the 30 fps target)",
                  nodes, steps.size(), settle, mean, stepP95, paintMedian, paintP95, 1000.0 / frame,
                  (1000.0 / frame) / 30.0);
        reported.insert(nodes);
    }
};

QTEST_MAIN(BenchGuiPaint)
#include "bench_guipaint.moc"
