// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic news-shaped graphs for the GUI benchmarks and painter tests: states, officials
// serving them and meetings attended by two or three officials (about 3 edges per node),
// with cheap clustered positions (officials near their state, meetings between the states
// they involve, most edges short as after a force layout) so that painting costs can be measured without running a layout.
#pragma once

#include "graph/corpusgraph.h"

#include <QDate>
#include <QPointF>

#include <cmath>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

namespace parley::bench {

/// `days` > 0 dates the meetings over that many days from 2024-01-01 (the time-range
/// benchmarks); 0 leaves them undated as before, so existing pictures do not change.
inline std::shared_ptr<CorpusGraph> syntheticCorpus(int nodes, std::uint64_t seed = 7, int days = 0)
{
    std::mt19937_64 rng(seed);
    const int states = std::max(2, nodes / 40);
    const int officials = std::max(2, nodes * 2 / 5);
    const int meetings = std::max(1, nodes - states - officials);
    DocumentExtraction ex;
    for (int s = 0; s < states; ++s)
        ex.states.push_back({QStringLiteral("state:s%1").arg(s), QStringLiteral("State %1").arg(s), {}, {}});
    // Officials cluster on a few big states, as in real news.
    std::discrete_distribution<int> pickState = [&] {
        std::vector<double> w(static_cast<std::size_t>(states));
        for (int s = 0; s < states; ++s)
            w[std::size_t(s)] = 1.0 / (1.0 + s * 0.15);
        return std::discrete_distribution<int>(w.begin(), w.end());
    }();
    std::vector<int> stateOf(static_cast<std::size_t>(officials));
    for (int o = 0; o < officials; ++o) {
        ExtractedOfficial off;
        off.id = QStringLiteral("person:p%1").arg(o);
        off.name = QStringLiteral("Official Person%1").arg(o);
        off.title = QStringLiteral("Minister");
        stateOf[std::size_t(o)] = pickState(rng);
        off.state = QStringLiteral("state:s%1").arg(stateOf[std::size_t(o)]);
        ex.officials.push_back(std::move(off));
    }
    // Meetings are mostly regional, as after a force layout most edges are short: the other
    // participants come from the first one's state or its nearest states (by index on the
    // state grid), and one meeting in five reaches across the map.
    std::vector<std::vector<int>> officialsOf(static_cast<std::size_t>(states));
    for (int o = 0; o < officials; ++o)
        officialsOf[std::size_t(stateOf[std::size_t(o)])].push_back(o);
    const int columns = std::max(1, int(std::sqrt(double(states))));
    std::uniform_int_distribution<int> pickOfficial(0, officials - 1);
    auto nearbyOfficial = [&](int state) {
        for (;;) {
            const int dx = int(rng() % 3) - 1;
            const int dy = int(rng() % 3) - 1;
            const int s = state + dx + dy * columns;
            if (s >= 0 && s < states && !officialsOf[std::size_t(s)].empty()) {
                const auto& list = officialsOf[std::size_t(s)];
                return list[rng() % list.size()];
            }
        }
    };
    for (int m = 0; m < meetings; ++m) {
        ExtractedMeeting meet;
        meet.id = QStringLiteral("meeting:m%1").arg(m);
        const int k = 2 + int(rng() % 2);
        const int first = pickOfficial(rng);
        const bool farAway = rng() % 5 == 0;
        for (int j = 0; j < k; ++j) {
            const int o = j == 0 ? first : farAway ? pickOfficial(rng) : nearbyOfficial(stateOf[std::size_t(first)]);
            meet.participants.append(QStringLiteral("person:p%1").arg(o));
            const QString s = QStringLiteral("state:s%1").arg(stateOf[std::size_t(o)]);
            if (!meet.states.contains(s))
                meet.states.append(s);
        }
        meet.participants.removeDuplicates();
        if (days > 0)
            meet.date = QDate(2024, 1, 1).addDays(m % days).toString(Qt::ISODate);
        ex.meetings.push_back(std::move(meet));
    }
    auto graph = std::make_shared<CorpusGraph>();
    Document d;
    d.id = QStringLiteral("dsynthetic");
    graph->addDocument(d, ex);
    graph->canonicalize();
    return graph;
}

/// Positions for the nodes of `graph` in node order: states on a jittered grid, officials
/// around their state, meetings at the mean of their participants plus noise.
inline std::vector<QPointF> syntheticPositions(const CorpusGraph& graph, std::uint64_t seed = 7)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    const Graph& g = graph.graph();
    const int n = graph.nodeCount();
    std::vector<QPointF> pos(static_cast<std::size_t>(n));
    int states = 0;
    for (int v = 0; v < n; ++v)
        states += graph.node(v).kind == NodeKind::State;
    const double spread = 60.0 * std::sqrt(double(n));
    const int columns = std::max(1, int(std::sqrt(double(states))));
    const double cell = 2.0 * spread / columns;
    for (int v = 0; v < n; ++v) {
        const NodeData& d = graph.node(v);
        if (d.kind != NodeKind::State)
            continue;
        // State "state:sK" sits in cell K of a grid, so index neighbours are map neighbours.
        const int k = d.id.mid(7).toInt();
        pos[std::size_t(v)] = QPointF((k % columns) * cell + noise(rng) * cell * 0.15,
                                      (k / columns) * cell + noise(rng) * cell * 0.15);
    }
    for (int v = 0; v < n; ++v) {
        if (graph.node(v).kind != NodeKind::Official)
            continue;
        QPointF centre;
        for (auto [it, end] = boost::out_edges(std::size_t(v), g); it != end; ++it) {
            if (g[*it].kind == EdgeKind::Serves)
                centre = pos[boost::target(*it, g)];
        }
        pos[std::size_t(v)] = centre + QPointF(noise(rng), noise(rng)) * cell * 0.3;
    }
    for (int v = 0; v < n; ++v) {
        if (graph.node(v).kind != NodeKind::Meeting)
            continue;
        QPointF sum;
        int k = 0;
        for (auto [it, end] = boost::in_edges(std::size_t(v), g); it != end; ++it) {
            sum += pos[boost::source(*it, g)];
            ++k;
        }
        pos[std::size_t(v)] = (k ? sum / k : QPointF()) + QPointF(noise(rng), noise(rng)) * cell * 0.1;
    }
    return pos;
}

} // namespace parley::bench
