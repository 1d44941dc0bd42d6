// SPDX-License-Identifier: GPL-3.0-or-later
// QBENCHMARKs of ForceLayout::step() and run() on news-shaped graphs, each printed as a ratio
// to Boost.Graph's fruchterman_reingold_force_directed_layout on the same graph in the same
// run (per iteration; its usual 100-iteration run is extrapolated from that).
#include "layout/forcelayout.h"

#include <QElapsedTimer>
#include <QTest>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

using namespace parley;

Q_DECLARE_METATYPE(parley::LayoutGraph)

namespace {

// News-shaped graph like the anchor harness: ~200 states, officials serving one state
// (Zipf-like popularity), meetings of 2-4 officials with heavy-tailed activity.
LayoutGraph newsGraph(int nodes, std::uint64_t seed)
{
    auto next = [&seed] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(seed >> 11) * 0x1.0p-53;
    };
    const int states = std::min(200, std::max(2, nodes / 10));
    const int officials = (nodes - states) / 2;
    const int meetings = nodes - states - officials;
    LayoutGraph g{nodes, {}};
    for (int o = 0; o < officials; ++o) {
        const int s = int(std::pow(double(states), next())) - 1; // log-uniform ~ Zipf
        g.edges.emplace_back(states + o, std::clamp(s, 0, states - 1));
    }
    for (int m = 0; m < meetings; ++m) {
        const int size = 2 + int(next() * 3);
        for (int k = 0; k < size; ++k) {
            const int o = int(officials * std::pow(next(), 2.0)); // heavy-tailed activity
            g.edges.emplace_back(states + officials + m, states + std::min(o, officials - 1));
        }
    }
    return g;
}

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::rectangle_topology<boost::minstd_rand>;
using Point = Topology::point_type;

// Boost FR set up exactly like the harness's boost_fr anchor (unit square, random start,
// linear cooling from side / 10); ms per iteration, averaged over 10 iterations where that
// stays affordable (its grid repulsion degenerates towards O(n^2) on clumped hubs).
double boostIterationMs(const LayoutGraph& lg)
{
    BoostGraph g(std::size_t(lg.nodeCount));
    for (auto [u, v] : lg.edges)
        boost::add_edge(std::size_t(u), std::size_t(v), g);
    boost::minstd_rand gen(1);
    Topology topology(gen, -0.5, -0.5, 0.5, 0.5);
    std::vector<Point> pos(std::size_t(lg.nodeCount));
    auto map = boost::make_iterator_property_map(pos.begin(), boost::get(boost::vertex_index, g));
    boost::random_graph_layout(g, map, topology);
    const int iterations = lg.nodeCount >= 20000 ? 1 : 10;
    QElapsedTimer t;
    t.start();
    boost::fruchterman_reingold_force_directed_layout(
        g, map, topology, boost::cooling(boost::linear_cooling<double>(iterations, 0.1)));
    return double(t.nsecsElapsed()) / 1e6 / iterations;
}

std::map<int, double>& baselines()
{
    static std::map<int, double> cache;
    return cache;
}

double baselineMs(const LayoutGraph& g)
{
    auto& cache = baselines();
    auto it = cache.find(g.nodeCount);
    if (it == cache.end())
        it = cache.emplace(g.nodeCount, boostIterationMs(g)).first;
    return it->second;
}

} // namespace

class BenchLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void step_data();
    void step();
    void run_data() { step_data(); }
    void run();
};

void BenchLayout::step_data()
{
    QTest::addColumn<LayoutGraph>("graph");
    for (int n : {1000, 5000, 20000, 100000})
        QTest::addRow("%dk", n / 1000) << newsGraph(n, std::uint64_t(n));
}

void BenchLayout::step()
{
    QFETCH(LayoutGraph, graph);
    const double base = baselineMs(graph);
    ForceLayout layout(graph);
    // A whole animation, step by step, as the GUI's worker runs it: steps differ by phase
    // (coarse levels are cheap, the finest level and the polish are not), so the worst step
    // is printed beside the mean.
    std::vector<double> times;
    QElapsedTimer all;
    all.start();
    while (!layout.converged()) {
        QElapsedTimer one;
        one.start();
        layout.step();
        times.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    const double total = double(all.nsecsElapsed()) / 1e6;
    std::sort(times.begin(), times.end());
    const double mean = total / double(times.size());
    const double p95 = times[std::min(times.size() - 1, times.size() * 95 / 100)];
    std::printf("  step() %dk nodes, whole animation: %zu steps, mean %.2f ms, p95 %.2f ms, "
                "worst %.2f ms; mean = %.3fx one Boost FR iteration (%.2f ms)\n",
                graph.nodeCount / 1000, times.size(), mean, p95, times.back(), mean / base,
                base);
    // The benchmarked step: the settled layout reheated, as after a drag (finest level).
    layout.reheat();
    QBENCHMARK {
        if (!layout.step())
            layout.reheat();
    }
}

void BenchLayout::run()
{
    QFETCH(LayoutGraph, graph);
    const double base = baselineMs(graph) * 100; // Boost's usual 100 iterations
    double ms = 0;
    int steps = 0;
    QBENCHMARK_ONCE {
        ForceLayout layout(graph);
        QElapsedTimer t;
        t.start();
        layout.run();
        ms = double(t.nsecsElapsed()) / 1e6;
        steps = layout.stepCount();
    }
    std::printf("  run() %dk nodes: %.1f ms in %d steps; = %.3fx Boost FR at 100 iterations "
                "(%.1f ms, extrapolated)\n",
                graph.nodeCount / 1000, ms, steps, ms / base, base);
}

QTEST_GUILESS_MAIN(BenchLayout)
#include "bench_layout.moc"
