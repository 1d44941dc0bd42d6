// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/pipeline.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace parley {

class BackgroundTask;

/// Opens articles that are not a project's: core's one pipeline (buildCorpus(): load,
/// extract, merge) on the BackgroundTask the project work uses, so the status bar shows the
/// same progress and Cancel. A file that cannot be read is announced (problemFound) as soon
/// as it is met, while the rest goes on loading.
/// load() returns at once; the work starts from the event loop, so a caller (and its tests)
/// connect to loaded() before anything happens. A load asked for while one runs cancels it
/// and runs next. Thread-safety: GUI thread only.
class ArticleLoader : public QObject
{
    Q_OBJECT

public:
    ArticleLoader(BackgroundTask* task, QObject* parent = nullptr);

    void load(const QStringList& paths);
    /// Stops the load that runs or waits; loaded() then reports it cancelled.
    void cancel();
    /// A load waits or runs.
    bool isLoading() const { return m_pending.has_value() || m_running; }

Q_SIGNALS:
    /// An unreadable file or line, while the load goes on (in the order met).
    void problemFound(const parley::Error& error);
    /// The outcome of a load of `paths` (build.cancelled when stopped); not emitted for a
    /// load replaced by a newer one.
    void loaded(const QStringList& paths, const parley::CorpusBuild& build);

private:
    void runPending();

    BackgroundTask* m_task;
    std::optional<QStringList> m_pending; ///< the next load, not started yet
    bool m_scheduled = false;             ///< runPending() is queued
    bool m_running = false;
    bool m_cancelPending = false;         ///< cancel() came before m_pending started
};

} // namespace parley
