// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include <cstdint>
#include <stop_token>
#include <utility>
#include <vector>

namespace parley {

/// Undirected graph in the compact form the layout works on: nodes 0..nodeCount-1.
struct LayoutGraph
{
    int nodeCount = 0;
    std::vector<std::pair<int, int>> edges; ///< self-loops and duplicates are tolerated
};

struct LayoutOptions
{
    std::uint64_t seed = 1;   ///< every random choice derives from it: same seed, same layout
    double idealEdgeLength = 60.0; ///< in scene units (pixels at zoom 1)
};

/// Force-directed layout (see forcelayout.cpp for the method and the papers it follows).
/// Interactive use: call step() repeatedly (each call is a bounded amount of work, a few ms
/// at 5k nodes) until converged(); batch use: run(). Pinned nodes keep their position and
/// the others flow around them. Not thread-safe: drive one instance from one thread and
/// publish snapshots of positions() to other threads.
class ForceLayout
{
public:
    ForceLayout(LayoutGraph graph, LayoutOptions options = {});
    ~ForceLayout();
    ForceLayout(ForceLayout&&) noexcept;
    ForceLayout& operator=(ForceLayout&&) noexcept;

    /// One iteration. Returns false once converged (further calls do nothing).
    bool step();
    bool converged() const;
    /// Runs to convergence or until stop is requested.
    void run(std::stop_token stop = {});
    /// Starts over from the seed's initial positions (pins kept).
    void restart();
    /// Wakes a converged layout up again, e.g. after a node was dragged.
    void reheat();

    const std::vector<QPointF>& positions() const;
    void setPosition(int node, QPointF position);
    void setPinned(int node, bool pinned);
    bool isPinned(int node) const;

private:
    struct Impl;
    Impl* m_impl;
};

} // namespace parley
