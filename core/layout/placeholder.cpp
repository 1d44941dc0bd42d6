// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER so that everything links (nodes on a circle); replaced by the layout work.
#include "layout/forcelayout.h"

#include <cmath>

namespace parley {

struct ForceLayout::Impl
{
    std::vector<QPointF> positions;
    std::vector<bool> pinned;
};

ForceLayout::ForceLayout(LayoutGraph graph, LayoutOptions) : m_impl(new Impl)
{
    m_impl->pinned.assign(std::size_t(graph.nodeCount), false);
    for (int i = 0; i < graph.nodeCount; ++i) {
        const double a = 2 * M_PI * i / std::max(1, graph.nodeCount);
        m_impl->positions.emplace_back(300 * std::cos(a), 300 * std::sin(a));
    }
}
ForceLayout::~ForceLayout() { delete m_impl; }
ForceLayout::ForceLayout(ForceLayout&& o) noexcept : m_impl(o.m_impl) { o.m_impl = nullptr; }
ForceLayout& ForceLayout::operator=(ForceLayout&& o) noexcept { std::swap(m_impl, o.m_impl); return *this; }
bool ForceLayout::step() { return false; }
bool ForceLayout::converged() const { return true; }
void ForceLayout::run(std::stop_token) {}
void ForceLayout::restart() {}
void ForceLayout::reheat() {}
const std::vector<QPointF>& ForceLayout::positions() const { return m_impl->positions; }
void ForceLayout::setPosition(int node, QPointF p) { m_impl->positions[std::size_t(node)] = p; }
void ForceLayout::setPinned(int node, bool p) { m_impl->pinned[std::size_t(node)] = p; }
bool ForceLayout::isPinned(int node) const { return m_impl->pinned[std::size_t(node)]; }

} // namespace parley
