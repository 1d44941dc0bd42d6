// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QFileSystemWatcher;
class QMenu;
class QTimer;

namespace parley {

class FeedBatch;
class MainWindow;
class ProjectController;
struct Download;

/// Update of the open project: File ▸ Update project downloads the project's feeds again
/// (FeedBatch: timeout, size cap, no cookies; an unreachable feed is a problem naming its
/// address and the rest goes on), rescans its folders and files, and adds only the new or
/// changed articles with the layout held (ProjectController::updateSources()). File ▸ Watch
/// folders for new articles (saved in the project) keeps a QFileSystemWatcher on the folder
/// and file sources and runs the same update for them, debounced, when something is written
/// there. Create it after the window's ProjectController; lives on the GUI thread.
class ProjectUpdater : public QObject
{
    Q_OBJECT

public:
    /// Changes closer together than this (ms) start one update, after the last of them.
    static constexpr int kDebounceMs = 1000;
    /// Project key of the watch option.
    static constexpr const char* kWatchKey = "watchFolders";

    explicit ProjectUpdater(MainWindow* window, ProjectController* project);
    ~ProjectUpdater() override;

    /// Adds Update project and Watch folders to `file`, before `before` (or at the end).
    void installActions(QMenu* file, QAction* before = nullptr);

    /// Starts an update of every source (feeds downloaded first); finished() when done.
    void update();
    /// A feed downloaded by File ▸ Add feed… while a project is open: its articles are
    /// added and its address becomes a source.
    void addFeed(const Download& download);
    /// Turns folder watching on or off for the open project (the menu's check box).
    void setWatching(bool watching);
    bool isWatching() const;
    bool isBusy() const;

    QAction* updateAction() const { return m_update; }
    QAction* watchAction() const { return m_watch; }
    /// The folders and files watched now.
    QStringList watchedPaths() const;

Q_SIGNALS:
    void finished(); ///< an update (by the menu or by the watcher) was applied

private:
    void syncWithProject();
    void rewatch();
    void updateFolders();

    MainWindow* m_window;
    ProjectController* m_project;
    FeedBatch* m_feeds;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_debounce;
    QAction* m_update = nullptr;
    QAction* m_watch = nullptr;
    bool m_pending = false; ///< a watched change arrived while an update was running
};

} // namespace parley
