// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
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

/// Which method ForceLayout runs. Every variant is deterministic for a seed.
enum class LayoutAlgorithm {
    /// Multilevel spring-electrical layout (coarsening, Barnes-Hut repulsion, adaptive step
    /// length) followed by a sparse stress-majorization polish. The default.
    Multilevel,
    /// The multilevel spring-electrical layout alone, without the stress polish.
    Spring,
    /// Single-level spring-electrical layout (no coarsening) plus the stress polish; slow on
    /// large graphs, kept as a reference.
    SingleLevel,
};

/// Names accepted by layoutAlgorithmFromName(), in enum order ("multilevel", ...).
QStringList layoutAlgorithmNames();
/// Parses a name from layoutAlgorithmNames() (case-insensitive); nullopt if unknown.
std::optional<LayoutAlgorithm> layoutAlgorithmFromName(const QString& name);

struct LayoutOptions
{
    std::uint64_t seed = 1;   ///< every random choice derives from it: same seed, same layout
    double idealEdgeLength = 60.0; ///< in scene units (pixels at zoom 1)
    LayoutAlgorithm algorithm = LayoutAlgorithm::Multilevel;
    /// Work one step() does, in node updates: iterations (one of a component with n nodes
    /// costs about n) run until the budget is used up, so a step always runs at least one.
    /// The default keeps a step at a few milliseconds for 5k nodes.
    int stepBudget = 5000;
    /// Worker threads for the force and polish sweeps of large graphs (1 = none). Results do
    /// not depend on it: every node's update is computed independently from the same input.
    int threads = 2;
};

/// Force-directed layout (see forcelayout.cpp for the method and the papers it follows).
///
/// Method: every connected component is laid out on its own and the components are packed
/// side by side. A component is coarsened by matching (Hu 2005, "Efficient and high quality
/// force-directed graph drawing", the Mathematica Journal 10(1)), the coarsest graph is laid
/// out from seeded random positions, and each finer level is refined from the interpolated
/// coarser layout with the spring-electrical model (Fruchterman-Reingold forces, Barnes-Hut
/// quadtree repulsion, Hu's adaptive step length). The finest layout is then polished by
/// sparse stress majorization (after Ortmann, Klimenta, Brandes 2016, "A sparse stress
/// model"; neighbours plus random pivots) so that distances follow graph distances. Cost per
/// iteration O(n log n) for the spring phase and O(n * 150) for the polish.
///
/// Interactive use: call step() repeatedly (each call is a bounded amount of work, a few ms
/// at 5k nodes) until converged(); batch use: run(), which runs exactly the same steps. While
/// coarse levels are laid out, positions() shows every node at its coarse representative.
/// Pinned nodes keep their position and the others flow around them. Not thread-safe: drive
/// one instance from one thread and publish snapshots of positions() to other threads.
class ForceLayout
{
public:
    ForceLayout(const LayoutGraph& graph, LayoutOptions options = {});
    ~ForceLayout();
    ForceLayout(const ForceLayout&) = delete;
    ForceLayout& operator=(const ForceLayout&) = delete;
    ForceLayout(ForceLayout&&) noexcept;
    ForceLayout& operator=(ForceLayout&&) noexcept;

    /// One bounded unit of work. Returns false once converged (further calls do nothing).
    bool step();
    bool converged() const;
    /// Runs to convergence or until stop is requested.
    void run(const std::stop_token& stop = {});
    /// Starts over from the seed's initial positions (pins kept).
    void restart();
    /// Wakes a converged layout up again, e.g. after a node was dragged: the final polish runs
    /// again around the pinned nodes until it settles.
    void reheat();

    /// Rough share of the work done, 0..1 (1 when converged).
    double progress() const;
    /// Number of step() calls since construction or restart().
    int stepCount() const;

    const std::vector<QPointF>& positions() const;
    /// Moves a node (scene units). Only meaningful for pinned nodes or a converged layout.
    void setPosition(int node, QPointF position);
    void setPinned(int node, bool pinned);
    /// setPinned() for many nodes at once: node i is pinned when `pins[i]` is set and
    /// unpinned when it is not (nodes past the end are left as they are). One pass over each
    /// component touched, where a setPinned() call costs one, so holding every node of a
    /// 50k-node graph is linear, not quadratic. Set the positions first.
    void setPinned(const std::vector<char>& pins);
    bool isPinned(int node) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace parley
