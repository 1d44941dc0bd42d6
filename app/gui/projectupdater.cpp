// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/projectupdater.h"

#include "gui/mainwindow.h"
#include "gui/projectcontroller.h"
#include "net/feedsources.h"
#include "project/pipeline.h"

#include <QAction>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace parley {

namespace {
// Enough for a newsroom's folder tree; beyond it the watcher would cost more than it saves
// (inotify watches are a per-user budget) and Update by hand still finds everything.
constexpr int kMaxWatchedFolders = 2000;
} // namespace

ProjectUpdater::ProjectUpdater(MainWindow* window, ProjectController* project)
    : QObject(window), m_window(window), m_project(project), m_feeds(new FeedBatch({}, this)),
      m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ProjectUpdater::updateFolders);
    connect(m_feeds, &FeedBatch::fetching, this, [this](const QString& address, int done, int total) {
        m_window->statusBar()->showMessage(
            tr("Update: downloading %1 (%2 of %3)…").arg(address).arg(done + 1).arg(total));
    });
    // Open, new, close, add: the menu and the watched folders follow the project.
    connect(m_project, &ProjectController::graphChanged, this, &ProjectUpdater::syncWithProject);
}

ProjectUpdater::~ProjectUpdater() = default;

void ProjectUpdater::installActions(QMenu* file, QAction* before)
{
    m_update = new QAction(tr("&Update project"), file);
    m_update->setObjectName(QStringLiteral("updateProjectAction"));
    m_update->setShortcut(Qt::Key_F5);
    m_update->setToolTip(tr("Download the project's feeds again, rescan its folders and read "
                            "only the new or changed articles"));
    connect(m_update, &QAction::triggered, this, &ProjectUpdater::update);
    m_watch = new QAction(tr("&Watch folders for new articles"), file);
    m_watch->setObjectName(QStringLiteral("watchFoldersAction"));
    m_watch->setCheckable(true);
    m_watch->setToolTip(tr("Update the project by itself when an article is written to one of "
                           "its folders (saved with the project)"));
    connect(m_watch, &QAction::toggled, this, &ProjectUpdater::setWatching);
    file->insertAction(before, m_update);
    file->insertAction(before, m_watch);
    m_window->addAction(m_update); // F5 wherever the focus is
    syncWithProject();
}

bool ProjectUpdater::isBusy() const
{
    return m_feeds->isBusy();
}

void ProjectUpdater::update()
{
    if (!m_project->isOpen() || m_feeds->isBusy())
        return;
    m_debounce->stop();
    m_window->statusBar()->showMessage(tr("Update: reading the project's sources…"));
    // Downloads run in the event loop, so the window stays usable meanwhile; the articles are
    // then read in one pass with the folders'.
    m_feeds->start(webSources(m_project->data()), [this](LoadResult fetched) {
        if (m_project->isOpen())
            m_project->updateSources(std::move(fetched));
        Q_EMIT finished();
        if (m_pending) {
            m_pending = false;
            m_debounce->start();
        }
    });
}

void ProjectUpdater::updateFolders()
{
    if (!m_project->isOpen())
        return;
    if (m_feeds->isBusy()) {
        m_pending = true; // a full update is running; look again when it is done
        return;
    }
    if (localSources(m_project->data()).isEmpty())
        return;
    m_project->updateSources(LoadResult{});
    Q_EMIT finished();
}

void ProjectUpdater::addFeed(const Download& download)
{
    m_project->addLoaded(loadDownload(download), {download.url.toString()});
}

bool ProjectUpdater::isWatching() const
{
    return m_project->isOpen() && m_project->setting(QLatin1String(kWatchKey)).toBool();
}

void ProjectUpdater::setWatching(bool watching)
{
    if (m_project->isOpen())
        m_project->setSetting(QLatin1String(kWatchKey), watching);
    syncWithProject();
}

void ProjectUpdater::syncWithProject()
{
    const bool open = m_project->isOpen();
    if (m_update) {
        m_update->setEnabled(open);
        m_watch->setEnabled(open);
        const QSignalBlocker quiet(m_watch);
        m_watch->setChecked(isWatching());
    }
    rewatch();
}

// Watches every folder source with its subfolders (a watcher sees only direct entries) and
// every file source; called whenever the project changes, since an update may bring new
// subfolders and a project may gain sources.
void ProjectUpdater::rewatch()
{
    QStringList wanted;
    if (isWatching()) {
        for (const QString& source : localSources(m_project->data())) {
            const QFileInfo info(source);
            if (!info.exists())
                continue;
            wanted.append(info.absoluteFilePath());
            if (!info.isDir())
                continue;
            QDirIterator it(source, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext() && wanted.size() < kMaxWatchedFolders)
                wanted.append(it.next());
        }
    }
    wanted.sort();
    if (wanted == watchedPaths())
        return;
    // A new watcher rather than removing paths one by one: cheaper, and no stale signal of
    // the old set can arrive afterwards.
    delete m_watcher;
    m_watcher = nullptr;
    if (wanted.isEmpty())
        return;
    m_watcher = new QFileSystemWatcher(this);
    const QStringList failed = m_watcher->addPaths(wanted);
    for (const QString& f : failed)
        m_window->statusBar()->showMessage(tr("Cannot watch %1 for new articles").arg(f), 8000);
    const auto changed = [this] { m_debounce->start(); };
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
}

QStringList ProjectUpdater::watchedPaths() const
{
    if (!m_watcher)
        return {};
    QStringList out = m_watcher->directories() + m_watcher->files();
    out.sort();
    return out;
}

} // namespace parley
