// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/forcelayout.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointF>
#include <QTimer>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

namespace parley {

/// Drives a ForceLayout on a worker std::jthread and hands position snapshots to the GUI.
/// The worker steps the layout and publishes a copy of the positions under a mutex; a frame
/// timer on the GUI thread picks up the newest snapshot (skipping stale ones) and emits
/// framed(). The timer stops once the layout has converged and the last snapshot was taken,
/// so a settled graph costs no CPU. Commands (drag, pin, pause) are queued to the worker,
/// which alone touches the ForceLayout. Graphs from kBuildOnWorkerNodes nodes up are even
/// built on the worker (coarsening 100k nodes takes long), so start() returns at once and
/// the window never waits for the layout. Create and use on the GUI thread.
class LayoutRunner : public QObject
{
    Q_OBJECT

public:
    /// From this many nodes, start() leaves building the ForceLayout to the worker.
    static constexpr int kBuildOnWorkerNodes = 20000;

    explicit LayoutRunner(QObject* parent = nullptr);
    ~LayoutRunner() override;

    /// Stops any running layout and starts one on `graph`. Nodes with an entry in `initial`
    /// (finite) start there instead of the seed's position. Nodes with `hold` set (and a
    /// finite initial position) stay exactly there while the others settle around them; they
    /// are not marked pinned() for the user, and the next start() releases them.
    void start(LayoutGraph graph, std::uint64_t seed, std::vector<QPointF> initial = {},
               std::vector<char> hold = {});
    void stop();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isRunning() const; ///< a layout exists and has not converged
    /// The worker is still building the layout of a big graph (its multilevel hierarchy);
    /// positions() is empty until its first snapshot arrives.
    bool isPreparing() const;
    void restart();         ///< Re-run from the seed (pins kept)
    void moveNode(int node, QPointF position); ///< pins it and reheats the layout
    void setPinned(int node, bool pinned);
    void unpinAll();
    const std::vector<char>& pinned() const { return m_pinned; }

    /// Latest positions applied on the GUI thread.
    const std::vector<QPointF>& positions() const { return m_positions; }
    /// Frames applied in the last second (the animation rate the user sees).
    double framesPerSecond() const { return m_fps; }
    /// Blocks until the layout has converged or `timeoutMs` passed, then applies the final
    /// positions (for the CLI-like paths and tests). Returns converged().
    bool waitConverged(int timeoutMs);

Q_SIGNALS:
    void framed();      ///< new positions applied
    void settled();     ///< the layout converged and its final positions were applied
    void stateChanged(); ///< running/paused changed

private:
    struct Command
    {
        enum class Kind { Move, Pin, Unpin, Restart, Reheat } kind;
        int node = -1;
        QPointF position;
    };
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable_any wake;     ///< worker: commands, resume, stop
        std::condition_variable_any published; ///< waiters: a new snapshot
        std::vector<Command> commands;
        bool paused = false;
        std::vector<QPointF> snapshot;
        std::uint64_t version = 0;
        bool converged = false;
        bool preparing = false; ///< the worker is building the layout
    };

    void post(Command command);
    void onFrame();
    static std::unique_ptr<ForceLayout> build(LayoutGraph graph, std::uint64_t seed,
                                              const std::vector<QPointF>& initial,
                                              const std::vector<char>& hold);
    static void work(std::stop_token stop, std::shared_ptr<Shared> shared,
                     std::unique_ptr<ForceLayout> layout);

    std::shared_ptr<Shared> m_shared;
    std::jthread m_thread;
    QTimer m_frameTimer;
    std::vector<QPointF> m_positions;
    std::vector<char> m_pinned;
    std::uint64_t m_applied = 0;
    bool m_paused = false;
    bool m_converged = true;
    QElapsedTimer m_fpsClock;
    int m_framesThisSecond = 0;
    double m_fps = 0;
};

} // namespace parley
