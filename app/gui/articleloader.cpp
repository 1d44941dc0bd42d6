// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/articleloader.h"

#include "gui/backgroundtask.h"

#include <QPointer>
#include <QTimer>

namespace parley {

ArticleLoader::ArticleLoader(BackgroundTask* task, QObject* parent) : QObject(parent), m_task(task) {}

void ArticleLoader::load(const QStringList& paths)
{
    m_pending = paths;
    m_cancelPending = false;
    if (m_running)
        m_task->cancel(); // runPending() goes on with m_pending once the worker stopped
    else if (!std::exchange(m_scheduled, true))
        QTimer::singleShot(0, this, &ArticleLoader::runPending);
}

void ArticleLoader::cancel()
{
    if (m_running)
        m_task->cancel();
    else if (m_pending)
        m_cancelPending = true;
}

void ArticleLoader::runPending()
{
    m_scheduled = false;
    // A project's work holds the task: start once it is done.
    if (m_task->isRunning()) {
        m_scheduled = true;
        connect(m_task, &BackgroundTask::finished, this, &ArticleLoader::runPending,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    while (m_pending) {
        const QStringList paths = *std::exchange(m_pending, std::nullopt);
        if (std::exchange(m_cancelPending, false)) {
            CorpusBuild cancelled;
            cancelled.graph = std::make_shared<CorpusGraph>();
            cancelled.cancelled = true;
            Q_EMIT loaded(paths, cancelled);
            continue;
        }
        m_running = true;
        const QPointer<ArticleLoader> self(this);
        CorpusBuild build = m_task->run(tr("Reading articles"), [self, paths](const BackgroundTask::Progress& progress,
                                                                              const std::stop_token& stop) {
            CorpusOptions options;
            // Each problem is shown as it is met: queued to the GUI thread.
            options.stream.fix = [self](LoadResult& file) {
                for (const Error& e : file.errors) {
                    QMetaObject::invokeMethod(self.data(), [self, e] {
                        if (self && self->m_running && !self->m_pending)
                            Q_EMIT self->problemFound(e);
                    }, Qt::QueuedConnection);
                }
            };
            // Every file is read first (the window keeps every text anyway): one bar, whose
            // first tenth is reading and the rest extracting, in thousandths.
            options.stream.fileByFile = false;
            return buildCorpus(paths, options,
                               [&progress](PipelineStage stage, qint64 done, qint64 total) {
                                   const qint64 part = total > 0 ? done * 1000 / total : 0;
                                   progress(int(stage == PipelineStage::Articles ? 100 + part * 9 / 10 : part / 10), 1000);
                               },
                               stop);
        });
        m_running = false;
        if (m_pending)
            continue; // replaced by a newer load while it ran
        build.cancelled = build.cancelled || m_task->wasCancelled();
        Q_EMIT loaded(paths, build);
    }
}

} // namespace parley
