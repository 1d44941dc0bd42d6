// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/layoutrunner.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace parley {

namespace {
// A small graph converges in a few milliseconds; pacing its steps lets the user watch it
// unfold instead of seeing it jump. Large graphs take longer per step and are never slowed.
constexpr auto kMinStepTime = std::chrono::milliseconds(3);
constexpr int kFrameMs = 16;
} // namespace

LayoutRunner::LayoutRunner(QObject* parent) : QObject(parent)
{
    m_frameTimer.setInterval(kFrameMs);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &LayoutRunner::onFrame);
}

LayoutRunner::~LayoutRunner()
{
    stop();
}

void LayoutRunner::stop()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
    m_frameTimer.stop();
    m_converged = true;
}

std::unique_ptr<ForceLayout> LayoutRunner::build(LayoutGraph graph, std::uint64_t seed,
                                                 const std::vector<QPointF>& initial,
                                                 const std::vector<char>& hold)
{
    const int n = graph.nodeCount;
    LayoutOptions options;
    options.seed = seed;
    auto layout = std::make_unique<ForceLayout>(std::move(graph), options);
    std::vector<char> pins(std::min(initial.size(), std::size_t(n)), 0);
    for (std::size_t i = 0; i < pins.size(); ++i) {
        if (!std::isfinite(initial[i].x()) || !std::isfinite(initial[i].y()))
            continue;
        layout->setPosition(int(i), initial[i]);
        pins[i] = i < hold.size() && hold[i] ? 1 : 0;
    }
    // Pinned before the first step (a multilevel layout would otherwise replace the start
    // position with its coarse one), all at once: one by one is quadratic.
    if (std::find(pins.begin(), pins.end(), 1) != pins.end())
        layout->setPinned(pins);
    return layout;
}

void LayoutRunner::start(LayoutGraph graph, std::uint64_t seed, std::vector<QPointF> initial,
                         std::vector<char> hold)
{
    stop();
    const int n = graph.nodeCount;
    m_pinned.assign(std::size_t(n), 0);
    m_shared = std::make_shared<Shared>();
    m_shared->paused = m_paused;
    m_applied = 0;
    m_fpsClock.start();
    m_framesThisSecond = 0;
    m_fps = 0;
    if (n < kBuildOnWorkerNodes) {
        // Small graphs are built here, so that positions() is valid as soon as start() returns.
        auto layout = build(std::move(graph), seed, initial, hold);
        m_positions = layout->positions();
        m_shared->snapshot = m_positions;
        m_shared->converged = layout->converged();
        m_converged = m_shared->converged;
        m_thread = std::jthread(&LayoutRunner::work, m_shared, std::move(layout));
    } else {
        m_positions.clear();
        m_shared->preparing = true;
        m_converged = false;
        m_thread = std::jthread([shared = m_shared, graph = std::move(graph), seed,
                                 initial = std::move(initial),
                                 hold = std::move(hold)](std::stop_token stop) mutable {
            auto layout = build(std::move(graph), seed, initial, hold);
            {
                const std::lock_guard lock(shared->mutex);
                shared->snapshot = layout->positions();
                ++shared->version;
                shared->converged = layout->converged();
                shared->preparing = false;
            }
            shared->published.notify_all();
            work(stop, shared, std::move(layout));
        });
    }
    m_frameTimer.start();
    Q_EMIT stateChanged();
}

void LayoutRunner::work(std::stop_token stop, std::shared_ptr<Shared> shared,
                        std::unique_ptr<ForceLayout> layout)
{
    using Clock = std::chrono::steady_clock;
    while (!stop.stop_requested()) {
        std::vector<Command> commands;
        bool paused = false;
        {
            std::unique_lock lock(shared->mutex);
            shared->wake.wait(lock, stop, [&] {
                return !shared->commands.empty() || (!shared->paused && !shared->converged);
            });
            if (stop.stop_requested())
                return;
            commands.swap(shared->commands);
            paused = shared->paused;
        }
        bool wake = false;
        for (const Command& c : commands) {
            switch (c.kind) {
            case Command::Kind::Move:
                layout->setPosition(c.node, c.position);
                layout->setPinned(c.node, true);
                wake = true;
                break;
            case Command::Kind::Pin:
                layout->setPinned(c.node, true);
                break;
            case Command::Kind::Unpin:
                layout->setPinned(c.node, false);
                wake = true;
                break;
            case Command::Kind::Restart:
                layout->restart();
                break;
            case Command::Kind::Reheat:
                wake = true;
                break;
            }
        }
        if (wake)
            layout->reheat();
        const auto started = Clock::now();
        if (!paused && !layout->converged())
            layout->step();
        const bool converged = layout->converged();
        {
            const std::lock_guard lock(shared->mutex);
            shared->snapshot = layout->positions();
            ++shared->version;
            shared->converged = converged;
        }
        shared->published.notify_all();
        if (!converged && !paused) {
            std::unique_lock lock(shared->mutex);
            shared->wake.wait_until(lock, stop, started + kMinStepTime,
                                    [&] { return !shared->commands.empty(); });
        }
    }
}

void LayoutRunner::post(Command command)
{
    if (!m_shared)
        return;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->commands.push_back(command);
    }
    m_shared->wake.notify_all();
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

void LayoutRunner::onFrame()
{
    if (!m_shared) {
        m_frameTimer.stop();
        return;
    }
    bool fresh = false;
    bool converged = false;
    bool pending = false;
    bool preparing = false;
    {
        const std::lock_guard lock(m_shared->mutex);
        preparing = m_shared->preparing;
        if (m_shared->version != m_applied) {
            m_positions = m_shared->snapshot;
            m_applied = m_shared->version;
            fresh = true;
        }
        converged = m_shared->converged;
        pending = !m_shared->commands.empty();
    }
    const bool wasConverged = m_converged;
    m_converged = converged;
    if (fresh) {
        ++m_framesThisSecond;
        Q_EMIT framed();
    }
    if (m_fpsClock.elapsed() >= 1000) {
        m_fps = m_framesThisSecond * 1000.0 / double(m_fpsClock.restart());
        m_framesThisSecond = 0;
    }
    // A layout still being built has its first snapshot to come, even when paused.
    if ((converged || m_paused) && !fresh && !pending && !preparing) {
        m_frameTimer.stop();
        m_fps = 0;
        if (converged)
            Q_EMIT settled();
    }
    if (wasConverged != converged)
        Q_EMIT stateChanged();
}

void LayoutRunner::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (m_shared) {
        {
            const std::lock_guard lock(m_shared->mutex);
            m_shared->paused = paused;
        }
        m_shared->wake.notify_all();
    }
    if (!paused && !m_frameTimer.isActive())
        m_frameTimer.start();
    Q_EMIT stateChanged();
}

bool LayoutRunner::isRunning() const
{
    return m_shared && !m_converged;
}

bool LayoutRunner::isPreparing() const
{
    if (!m_shared)
        return false;
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->preparing;
}

void LayoutRunner::restart()
{
    m_converged = false;
    post({Command::Kind::Restart, -1, {}});
    Q_EMIT stateChanged();
}

void LayoutRunner::moveNode(int node, QPointF position)
{
    if (node < 0 || std::size_t(node) >= m_positions.size())
        return;
    // Move locally at once so that the node follows the mouse even between snapshots.
    m_positions[std::size_t(node)] = position;
    m_pinned[std::size_t(node)] = 1;
    post({Command::Kind::Move, node, position});
}

void LayoutRunner::setPinned(int node, bool pinned)
{
    if (node < 0 || std::size_t(node) >= m_pinned.size())
        return;
    m_pinned[std::size_t(node)] = pinned;
    post({pinned ? Command::Kind::Pin : Command::Kind::Unpin, node, {}});
}

void LayoutRunner::unpinAll()
{
    for (std::size_t i = 0; i < m_pinned.size(); ++i) {
        if (m_pinned[i])
            setPinned(int(i), false);
    }
}

bool LayoutRunner::waitConverged(int timeoutMs)
{
    if (!m_shared)
        return true;
    bool converged = false;
    {
        std::unique_lock lock(m_shared->mutex);
        converged = m_shared->published.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                                 [&] { return m_shared->converged; });
    }
    onFrame();
    return converged;
}

} // namespace parley
