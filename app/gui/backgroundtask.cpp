// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/backgroundtask.h"

#include <QApplication>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace parley {

BackgroundTask::BackgroundTask(QStatusBar* bar, QObject* parent)
    : QObject(parent), m_progress(new QProgressBar(bar)), m_cancel(new QToolButton(bar))
{
    m_progress->setObjectName(QStringLiteral("taskProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("taskCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the work in progress; what is shown stays as it was"));
    m_cancel->hide();
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &BackgroundTask::cancel);
}

BackgroundTask::~BackgroundTask()
{
    // run() is on the stack while a task runs, so this happens only after it returned.
    Q_ASSERT(!m_running);
}

void BackgroundTask::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_stop.request_stop();
    m_cancel->setEnabled(false);
    m_progress->setFormat(tr("Cancelling…"));
}

void BackgroundTask::showProgress(int percent)
{
    if (!m_running || m_cancelled)
        return;
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
}

void BackgroundTask::execute(const QString& label,
                             const std::function<void(const Progress&, std::stop_token)>& work)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelled = false;
    m_stop = std::stop_source();
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->setFormat(label + QStringLiteral(" %p%"));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    // The busy shape (arrow and hourglass): the window still answers clicks.
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Q_EMIT started();

    // Post only when the percentage moves: 100k documents must not flood the event loop.
    auto lastPercent = std::make_shared<std::atomic<int>>(-1);
    const QPointer<BackgroundTask> self(this);
    const Progress progress = [self, lastPercent](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
        if (lastPercent->exchange(percent) != percent && self)
            QMetaObject::invokeMethod(self.data(), [self, percent] {
                if (self)
                    self->showProgress(percent);
            }, Qt::QueuedConnection);
    };
    std::thread worker([this, &work, &progress, stop = m_stop.get_token()] {
        work(progress, stop);
        // Queued: exec() below is already running when this arrives.
        QMetaObject::invokeMethod(this, [this] { m_loop.quit(); }, Qt::QueuedConnection);
    });
    m_loop.exec();
    worker.join();

    QApplication::restoreOverrideCursor();
    m_progress->hide();
    m_cancel->hide();
    m_running = false;
    Q_EMIT finished();
}

} // namespace parley
