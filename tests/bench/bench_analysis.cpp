// SPDX-License-Identifier: GPL-3.0-or-later
// Time and structure at scale, on a news-shaped graph of 50,000 nodes (about 3 edges per
// node; guisynthetic.h) with meetings dated over two years: (1) moving the time range, i.e.
// projecting the graph under the new range and repainting the view, in thread CPU time, with a
// same-run baseline of a repaint alone; (2) sampled betweenness on one core, with a same-run
// baseline of one BFS per pivot (the work Brandes' accumulation doubles).
#include "analysis/centrality.h"
#include "analysis/metrics.h"
#include "guisynthetic.h"
#include "render/graphpainter.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <ctime>

using namespace parley;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

class BenchAnalysis : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<CorpusGraph> m_graph;
    std::vector<QPointF> m_positions; ///< per CorpusGraph node

    std::vector<QPointF> positionsOf(const ViewGraph& view) const
    {
        std::vector<QPointF> out;
        out.reserve(view.nodes.size());
        for (const ViewNode& n : view.nodes)
            out.push_back(m_positions[std::size_t(n.node)]);
        return out;
    }

    double paint(const ViewGraph& view, PaintCache& cache) const
    {
        QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        const std::vector<QPointF> positions = positionsOf(view);
        PaintOptions o;
        o.viewport = QRectF(0, 0, 1600, 1000);
        o.transform = fitTransform(sceneBounds(view, positions), o.viewport);
        o.cache = &cache;
        const double start = cpuMs();
        QPainter p(&image);
        paintGraph(p, view, positions, o);
        return cpuMs() - start;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_graph = bench::syntheticCorpus(50000, 7, 730);
        m_positions = bench::syntheticPositions(*m_graph);
        qInfo("graph: %d nodes, %d edges", m_graph->nodeCount(), m_graph->edgeCount());
    }

    void movingTheTimeRange()
    {
        // A three-month window stepped a month at a time, as Play does.
        std::vector<double> total;
        std::vector<double> repaint;
        for (int month = 0; month < 12; ++month) {
            ViewFilter filter;
            filter.dates = {QDate(2024, 1, 1).addMonths(month),
                            QDate(2024, 4, 1).addMonths(month).addDays(-1), false};
            PaintCache cache;
            const double start = cpuMs();
            const ViewGraph view = buildViewGraph(*m_graph, filter);
            const double built = cpuMs() - start;
            const double painted = paint(view, cache);
            total.push_back(built + painted);
            // Baseline: the same frame repainted from scratch, without re-projecting.
            PaintCache fresh;
            repaint.push_back(paint(view, fresh));
        }
        std::sort(total.begin(), total.end());
        std::sort(repaint.begin(), repaint.end());
        const double median = total[total.size() / 2];
        qInfo("time range step (project + repaint): median %.1f ms CPU, worst %.1f ms; baseline "
              "repaint alone: median %.1f ms",
              median, total.back(), repaint[repaint.size() / 2]);
        QVERIFY2(median <= 100.0, "target: a range step redraws within 100 ms of CPU");
    }

    void sampledBetweenness()
    {
        const ProjectedGraph projected = projectGraph(*m_graph, ViewFilter{});
        const Adjacency adj = buildAdjacency(projected);
        BetweennessOptions options; // the defaults the GUI and CLI use
        double start = cpuMs();
        const Betweenness b = betweenness(adj, options);
        const double sampled = cpuMs() - start;
        QVERIFY(b.sampling.sampled);
        // Baseline: plain BFS from the same number of sources.
        start = cpuMs();
        std::vector<int> distance(std::size_t(adj.nodeCount()));
        long long reached = 0;
        for (int s = 0; s < b.sampling.pivots; ++s) {
            std::fill(distance.begin(), distance.end(), -1);
            std::vector<int> queue{s * 97 % adj.nodeCount()};
            distance[std::size_t(queue[0])] = 0;
            for (std::size_t h = 0; h < queue.size(); ++h) {
                const int v = queue[h];
                for (int i = adj.offsets[std::size_t(v)]; i < adj.offsets[std::size_t(v) + 1];
                     ++i) {
                    const int w = adj.targets[std::size_t(i)];
                    if (distance[std::size_t(w)] < 0) {
                        distance[std::size_t(w)] = distance[std::size_t(v)] + 1;
                        queue.push_back(w);
                    }
                }
            }
            reached += qsizetype(queue.size());
        }
        const double bfs = cpuMs() - start;
        start = cpuMs();
        const Communities c = louvain(adj, 1);
        const double communities = cpuMs() - start;
        qInfo("betweenness on %d nodes / %zu edges: %s in %.0f ms CPU (baseline %d BFS: %.0f ms, "
              "%lld nodes reached); Louvain %d communities, Q = %.3f, in %.0f ms",
              adj.nodeCount(), projected.edges.size(), qPrintable(b.sampling.describe()), sampled,
              b.sampling.pivots, bfs, reached, c.count, c.modularity, communities);
        QVERIFY2(sampled <= 10000.0, "target: sampled betweenness within 10 s on one core");
    }
};

QTEST_MAIN(BenchAnalysis)
#include "bench_analysis.moc"
