// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <thread>
#include <type_traits>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace parley {

/// Runs long work (extracting articles, building a project's graph) on a worker thread while
/// the window stays responsive: a progress bar and a Cancel button sit in the status bar,
/// Cancel requests a stop through the work's std::stop_token, and run() returns once the
/// worker is done. The caller keeps a plain synchronous flow (and its tests do too) while
/// the event loop goes on inside run(): the view repaints, timers fire, the layout runs.
/// Only one task runs at a time; callers check isRunning() to refuse what would race with it.
/// Thread-safety: run(), cancel() and isRunning() on the GUI thread only.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    /// (done, total) from the worker thread; cheap to call often.
    using Progress = std::function<void(int, int)>;

    /// Adds the (hidden) progress bar and Cancel button to `bar`.
    explicit BackgroundTask(QStatusBar* bar, QObject* parent = nullptr);
    ~BackgroundTask() override;

    /// Runs `work(progress, stop)` on a worker thread and returns its result; `label` is
    /// shown beside the progress ("Extracting articles"). Must not be called while running.
    template <class Work>
    auto run(const QString& label, Work work)
        -> std::invoke_result_t<Work, const Progress&, std::stop_token>
    {
        using T = std::invoke_result_t<Work, const Progress&, std::stop_token>;
        std::optional<T> result;
        execute(label, [&](const Progress& progress, std::stop_token stop) {
            result.emplace(work(progress, std::move(stop)));
        });
        return std::move(*result);
    }

    bool isRunning() const { return m_running; }
    /// Asks the running work to stop (the Cancel button does this).
    void cancel();
    /// True once cancel() was asked for the task that runs (or ran last).
    bool wasCancelled() const { return m_cancelled; }
    QToolButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }

Q_SIGNALS:
    void started();
    void finished();

private:
    void execute(const QString& label, const std::function<void(const Progress&, std::stop_token)>& work);
    void showProgress(int percent);

    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QEventLoop m_loop;
    std::stop_source m_stop;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace parley
