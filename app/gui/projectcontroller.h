// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/nodedropverdict.h"
#include "project/corrections.h"
#include "project/incrementalcorrections.h"
#include "project/pipeline.h"
#include "project/projectdata.h"
#include "project/projectfile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QTimer;
class QUndoStack;
class QUndoView;

namespace parley {

class BackgroundTask;
class MainWindow;
class ReviewDock;
class Extractor;

/// The open project of a main window: its file, its data, the undo stack of corrections
/// and the graph they give. Every correction is an EditCommand on one QUndoStack; after each
/// one the rules are replayed on the extracted graph (applyCorrections()) and the window
/// shows the result, with the layout kept where it was. Adds the File and Edit menu entries,
/// the Undo history dock, the corrections in the graph's and the Entities' context menus,
/// the window title with the project name and `*` while unsaved, and a recovery copy
/// written every minute while there are unsaved edits.
class ProjectController : public QObject
{
    Q_OBJECT

public:
    explicit ProjectController(MainWindow* window);
    ~ProjectController() override;

    /// Adds New project, Open project, Save, Save As, Recent projects, Add articles and
    /// Re-extract to `file` (before its first entry) and Undo/Redo to `edit`.
    void installActions(QMenu* file, QMenu* edit);

    /// Makes a project at `path` from `articles` and shows it. Errors name the file.
    Status newProject(const QString& path, const QStringList& articles);
    /// Opens `path` and shows it; a recovery copy newer than the file is offered first when
    /// `askToRecover` (the GUI), never in tests.
    Status openProject(const QString& path, bool askToRecover = true);
    Status save();
    Status saveAs(const QString& path);
    /// Reads more articles into the project (unchanged ones skipped) and shows the result;
    /// the nodes already on screen keep their exact place, new ones settle beside them.
    Status addArticles(const QStringList& paths);
    /// addArticles() for articles the caller loaded (a feed that ProjectUpdater downloaded);
    /// `sources` (e.g. the address of the feed) are remembered for Update.
    Status addLoaded(LoadResult loaded, const QStringList& sources);
    /// Update: rescans the project's files and folders and adds them with `fetched` (the
    /// articles of its feeds, downloaded by ProjectUpdater); only new or changed articles
    /// are read, the layout is kept as addArticles() keeps it, and lastChanges() says what
    /// changed (also in the status bar).
    Status updateSources(LoadResult fetched);
    /// "12 new articles, ...; 3 new officials, 5 new meetings, ..." of the last add or update.
    QString lastChanges() const { return m_lastChanges; }
    /// A value the GUI keeps in the project file with the view (e.g. whether its folders
    /// are watched); setting one marks the project modified.
    QJsonValue setting(const QString& key) const { return m_data.view.value(key); }
    void setSetting(const QString& key, const QJsonValue& value);
    /// Extracts every article again with the current dictionaries (+ `dictionaries`).
    Status reextractAll(const QStringList& dictionaries = {});
    /// Closes the project (after maybeClose() in the GUI).
    void closeProject();
    /// Asks to save unsaved edits: true when the window may close.
    bool maybeClose();

    /// Pushes `edit` on the undo stack (applies it).
    void pushEdit(Edit edit);
    /// The key an edit stores for a node of the shown graph: id, name, evidence sentences.
    EntityKey keyOf(NodeId node) const;
    /// Merges `nodes` (one kind) into the first of them, as one undoable edit.
    void mergeNodes(const QList<NodeId>& nodes);
    /// A node dragged onto another of its kind (not meetings) is merged into it.
    void dropNode(NodeId dragged, NodeId target);
    /// What dropping `dragged` onto `target` in the graph does: a merge (one kind, not
    /// meetings, a project open) with its hint, a refusal naming the two kinds, or a move.
    NodeDropVerdict dropVerdict(NodeId dragged, NodeId target) const;

    bool isOpen() const { return m_file != nullptr; }
    bool isModified() const;
    QString path() const;
    QUndoStack* undoStack() const { return m_undo; }
    /// Extraction and graph building run here, off the GUI thread, with progress and Cancel.
    BackgroundTask* task() const { return m_task; }
    QUndoView* undoView() const { return m_undoView; }
    ReviewDock* review() const { return m_review; }
    const CorrectedGraph& corrected() const { return m_live.current(); }
    const ProjectData& data() const { return m_data; }
    QAction* mergeSelectedAction() const { return m_mergeSelected; }
    QAction* rejectSelectedAction() const { return m_rejectSelected; }

    /// After an edit, rebuild the whole window (setCorpus(), the layout restarted from the
    /// current places) as before the incremental presentation; for bench_editrepaint's
    /// same-run comparison only.
    void setFullRebuildAfterEdits(bool full) { m_fullRebuildAfterEdits = full; }

    /// Writes the recovery copy of unsaved work now (the timer does it every minute).
    Status writeRecovery();
    /// Where the recovery copy of project `path` goes.
    static QString recoveryPath(const QString& path);
    /// Replaces the shown data by the recovery copy of the open project; unsaved until saved.
    Status recover();
    bool hasRecovery() const;
    /// Projects with a recovery copy newer than the project file: work a crashed session
    /// left unsaved. The next start offers them (offerRecovery()).
    static QStringList recoverableProjects();
    /// Asks whether to reopen the first recoverable project with its unsaved work, and does.
    /// True when a project was opened.
    bool offerRecovery();

    /// Edit ▸ Add meeting…: the AddMeetingDialog with `participants` ticked; pushes its edit.
    void addMeetingInteractive(const QList<NodeId>& participants);
    /// Adds the correction entries for `node` to a context menu of the graph.
    void fillNodeMenu(QMenu& menu, NodeId node);

    // Called by EditCommand only.
    void appendEdit(const Edit& edit);
    void removeLastEdit(const Edit& edit);

Q_SIGNALS:
    void graphChanged(); ///< the shown graph was rebuilt (an edit, undo, open, add, re-extract)
    void articlesAdded(); ///< an add or update finished; lastChanges() says what it did

private:
    /// After an edit or its undo: only the annotations drawn again when the graph is still
    /// `before`, else present().
    void presentEdit(const std::shared_ptr<CorpusGraph>& before);
    /// Shows the corrected graph, with the current layout kept or the saved one; `asEdit`
    /// (after an edit) keeps every remaining node in place and the window's filters,
    /// camera and Entities selection (MainWindow::showCorrected()).
    void present(bool keepLayout, bool asEdit = false);
    /// Details of the selected node again, with the project's annotations.
    void showDetailsAgain();
    Status busyStatus() const;
    Status cancelledStatus(const QString& file);
    /// Runs `step` (add or re-extract on a copy of the data), merge and corrections on the
    /// worker; on success takes the new records and graphs and shows them.
    template <class Step>
    Status runRebuild(const QString& label, const QStringList& dictionaries, Step step);
    /// Adds articles to a copy of the data (on the worker); see grow().
    using GrowStep = std::function<ArticleChanges(ProjectData&, const Extractor&,
                                                  const ProjectProgress&, const std::stop_token&)>;
    Status grow(const GrowStep& step);
    /// The saved places with those on screen over them (what a save writes).
    QHash<QString, NodePosition> currentPositions() const;
    /// The places of the nodes on screen, by id.
    QHash<QString, NodePosition> shownPositions() const;
    QJsonObject currentView() const;
    void restoreView(const QJsonObject& view);
    void updateTitle();
    void updateRecent();
    void rememberRecent(const QString& path);
    void report(const Status& status);
    std::shared_ptr<const Extractor> extractor(const QStringList& dictionaries, std::vector<Error>& errors);
    QList<NodeId> selectedEntities() const;
    void interactiveNew();
    void interactiveOpen();
    bool interactiveSave();
    bool interactiveSaveAs();
    void interactiveAdd();

    MainWindow* m_window;
    QUndoStack* m_undo;
    QUndoView* m_undoView = nullptr;
    ReviewDock* m_review = nullptr;
    QTimer* m_autosave;
    BackgroundTask* m_task;
    ArticleChanges m_lastRebuild; ///< what the last add or re-extract changed
    QMenu* m_recentMenu = nullptr;
    QAction* m_mergeSelected = nullptr;
    QAction* m_rejectSelected = nullptr;
    QList<QAction*> m_projectActions; ///< enabled only while a project is open
    std::unique_ptr<ProjectFile> m_file;
    ProjectData m_data;
    std::shared_ptr<const CorpusGraph> m_extracted;
    IncrementalCorrections m_live; ///< the corrected graph, kept up to date edit by edit
    bool m_articlesChanged = false; ///< articles added or re-extracted since the last save
    bool m_holdLayout = false;      ///< the next present() keeps every shown node in its place
    bool m_fullRebuildAfterEdits = false; ///< see setFullRebuildAfterEdits()
    /// Every node's last place on screen since the project was opened (see present()).
    QHash<QString, NodePosition> m_placesSeen;
    QString m_lastChanges;
};

} // namespace parley
