// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/projectcontroller.h"

#include "gui/scrollable.h"
#include "gui/addmeetingdialog.h"
#include "gui/annotationmenu.h"
#include "gui/backgroundtask.h"
#include "gui/editcommand.h"
#include "gui/detailspanel.h"
#include "gui/entitiesmodel.h"
#include "gui/filterpanel.h"
#include "gui/graphview.h"
#include "gui/mainwindow.h"
#include "gui/reviewdock.h"
#include "project/pipeline.h"
#include "render/viewgraph.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

namespace parley {

namespace {

const QString kRecentProjects = QStringLiteral("recentProjects");
const QString kRecoveryOf = QStringLiteral("recoveryOf");
constexpr int kAutosaveMs = 60 * 1000;
constexpr int kMaxRecent = 10;

// A name in the drag hint, between typographic single quotes.
QString quoted(const QString& name)
{
    return QChar(0x2018) + name + QChar(0x2019);
}

// What a background rebuild hands back to the GUI thread.
struct Rebuilt
{
    ProjectData data;
    ArticleChanges changes;
    std::vector<Error> errors;
    std::optional<ProjectGraphs> graphs; ///< empty when cancelled or failed
    bool failed = false;                 ///< no extractor: errors.back() says why
};

// Builds the extractor, runs `step` (add or re-extract) on `data`, then merges and corrects:
// the whole pipeline on the worker thread.
template <class Step>
Rebuilt rebuild(ProjectData data, const QStringList& dictionaries, Step step,
                const BackgroundTask::Progress& progress, const std::stop_token& stop)
{
    Rebuilt out;
    out.data = std::move(data);
    auto made = makeExtractor(dictionaries, out.errors);
    if (!made) {
        out.errors.push_back(made.error());
        out.failed = true;
        return out;
    }
    if (!step(out, *made.value(), progress, stop))
        return out;
    out.graphs = projectGraphs(out.data, stop);
    return out;
}

} // namespace

ProjectController::ProjectController(MainWindow* window)
    : QObject(window), m_window(window), m_undo(new QUndoStack(this)), m_autosave(new QTimer(this)),
      m_task(new BackgroundTask(window->statusBar(), this))
{
    m_undoView = new QUndoView(m_undo);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("<original extraction>"));
    auto* dock = new QDockWidget(tr("Undo history"), window);
    dock->setObjectName(QStringLiteral("undoDock"));
    dock->setWidget(m_undoView);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    m_review = new ReviewDock(this, window);
    auto* reviewDock = new QDockWidget(tr("Review queue"), window);
    reviewDock->setObjectName(QStringLiteral("reviewDock"));
    reviewDock->setWidget(scrollable(m_review, reviewDock));
    window->addDockWidget(Qt::RightDockWidgetArea, reviewDock);
    // One tab group under Details (with Analysis when the window has it), so the right-hand
    // column stays two docks high and the window still fits a laptop screen.
    if (auto* analysis = window->findChild<QDockWidget*>(QStringLiteral("analysisDock"))) {
        window->tabifyDockWidget(analysis, dock);
        window->tabifyDockWidget(analysis, reviewDock);
        analysis->raise();
    } else {
        window->tabifyDockWidget(dock, reviewDock);
        dock->raise();
    }
    connect(m_review, &ReviewDock::nodeChosen, this, [this](const QString& id) {
        if (const auto v = m_live.current().graph ? m_live.current().graph->find(id) : std::nullopt)
            m_window->activateNode(*v);
    });
    connect(m_task, &BackgroundTask::started, this, &ProjectController::updateTitle);
    connect(m_task, &BackgroundTask::finished, this, &ProjectController::updateTitle);
    connect(m_undo, &QUndoStack::cleanChanged, this, &ProjectController::updateTitle);
    connect(m_undo, &QUndoStack::indexChanged, this, &ProjectController::updateTitle);

    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (isOpen() && isModified())
            report(writeRecovery());
    });
    m_autosave->start();

    connect(window->details(), &DetailsPanel::correctRequested, this, [this](NodeId node, QPoint at) {
        QMenu menu(m_window->details());
        fillNodeMenu(menu, node);
        if (!menu.isEmpty())
            menu.exec(at);
    });
    window->graphView()->setNodeMenuHook([this](QMenu& menu, NodeId node) { fillNodeMenu(menu, node); });
    window->graphView()->setNodeDropHook([this](NodeId dragged, NodeId target) { dropNode(dragged, target); });
    window->graphView()->setNodeDropCheck(
        [this](NodeId dragged, NodeId target) { return dropVerdict(dragged, target); });

    // Entities: several rows may be selected and merged (or rejected) at once.
    QTableView* entities = window->entitiesView();
    entities->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The menu is built when asked: merge and reject, then the annotations of the selection.
    entities->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(entities, &QTableView::customContextMenuRequested, this, [this, entities](const QPoint& at) {
        QMenu menu(entities);
        menu.addAction(m_mergeSelected);
        menu.addAction(m_rejectSelected);
        addAnnotationEntries(menu, *this, selectedEntities(), m_window);
        menu.exec(entities->viewport()->mapToGlobal(at));
    });
    m_mergeSelected = new QAction(tr("Merge selected entities"), entities);
    m_mergeSelected->setObjectName(QStringLiteral("mergeSelected"));
    m_mergeSelected->setToolTip(tr("Merge the selected entities into the one mentioned most"));
    m_mergeSelected->setShortcut(Qt::CTRL | Qt::Key_M);
    m_mergeSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_mergeSelected, &QAction::triggered, this, [this] { mergeNodes(selectedEntities()); });
    m_rejectSelected = new QAction(tr("Reject selected entities"), entities);
    m_rejectSelected->setObjectName(QStringLiteral("rejectSelected"));
    m_rejectSelected->setShortcut(QKeySequence::Delete);
    m_rejectSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_rejectSelected, &QAction::triggered, this, [this] {
        const QList<NodeId> nodes = selectedEntities();
        if (nodes.isEmpty())
            return;
        m_undo->beginMacro(tr("Reject %n entities", nullptr, int(nodes.size())));
        for (NodeId n : nodes) {
            Edit e;
            e.kind = EditKind::Reject;
            e.target = keyOf(n);
            pushEdit(e);
        }
        m_undo->endMacro();
    });
    entities->addAction(m_mergeSelected);
    entities->addAction(m_rejectSelected);
    m_projectActions = {m_mergeSelected, m_rejectSelected};
    for (QAction* a : m_projectActions)
        a->setEnabled(false);
}

ProjectController::~ProjectController() = default;

void ProjectController::installActions(QMenu* file, QMenu* edit)
{
    QAction* first = file->actions().value(0);
    const auto add = [&](const QString& text, auto slot, const QKeySequence& key = {}) {
        auto* a = new QAction(text, file);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        file->insertAction(first, a);
        return a;
    };
    add(tr("&New project…"), &ProjectController::interactiveNew, QKeySequence::New);
    add(tr("Open pro&ject…"), &ProjectController::interactiveOpen);
    m_recentMenu = new QMenu(tr("Recent projects"), file);
    file->insertMenu(first, m_recentMenu);
    QAction* saveAction = add(tr("&Save project"), [this] { interactiveSave(); }, QKeySequence::Save);
    QAction* saveAsAction = add(tr("Save project &as…"), [this] { interactiveSaveAs(); }, QKeySequence::SaveAs);
    QAction* addAction = add(tr("A&dd articles to project…"), &ProjectController::interactiveAdd);
    QAction* reextract = add(tr("Re-e&xtract project"), [this] { report(reextractAll()); });
    file->insertSeparator(first);
    m_projectActions += {saveAction, saveAsAction, addAction, reextract};
    for (QAction* a : m_projectActions)
        a->setEnabled(isOpen());

    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, as the issue asks, besides the platform's own (Ctrl+Y).
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    QAction* firstEdit = edit->actions().value(0);
    edit->insertAction(firstEdit, undo);
    edit->insertAction(firstEdit, redo);
    edit->insertSeparator(firstEdit);
    auto* addMeeting = new QAction(tr("Add &meeting…"), edit);
    addMeeting->setObjectName(QStringLiteral("addMeeting"));
    addMeeting->setToolTip(tr("Add a meeting the extractor missed, citing a sentence or a source"));
    connect(addMeeting, &QAction::triggered, this, [this] { addMeetingInteractive({}); });
    edit->insertAction(firstEdit, addMeeting);
    edit->insertSeparator(firstEdit);
    m_projectActions += addMeeting;
    addMeeting->setEnabled(isOpen());
    // Shortcuts work wherever the focus is in the window.
    m_window->addAction(undo);
    m_window->addAction(redo);
    updateRecent();
}

std::shared_ptr<const Extractor> ProjectController::extractor(const QStringList& dictionaries,
                                                              std::vector<Error>& errors)
{
    auto made = makeExtractor(dictionaries, errors);
    if (!made) {
        errors.push_back(made.error());
        return nullptr;
    }
    return made.value();
}

Status ProjectController::busyStatus() const
{
    return Status::failure(Error{path(), tr("wait for the work in progress to finish, or cancel it")});
}

Status ProjectController::cancelledStatus(const QString& file)
{
    m_window->statusBar()->showMessage(tr("Cancelled: nothing was changed"), 8000);
    return Status::failure(Error{file, tr("cancelled; nothing was changed")});
}

Status ProjectController::newProject(const QString& path, const QStringList& articles)
{
    if (m_task->isRunning())
        return busyStatus();
    const auto add = [articles](Rebuilt& r, const Extractor& reader, const auto& progress, const auto& stop) {
        r.changes = parley::addArticles(r.data, articles, reader, progress, stop);
        r.errors.insert(r.errors.end(), r.changes.errors.begin(), r.changes.errors.end());
        return !r.changes.cancelled;
    };
    Rebuilt built = m_task->run(tr("Extracting"), [add](const auto& progress, const std::stop_token& stop) {
        return rebuild(ProjectData{}, {}, add, progress, stop);
    });
    if (built.failed)
        return Status::failure(built.errors.back());
    if (!built.graphs)
        return cancelledStatus(path);
    auto file = ProjectFile::create(path, built.data);
    if (!file)
        return Status::failure(file.error());
    closeProject();
    m_file = std::move(file).value();
    m_data = std::move(built.data);
    m_extracted = built.graphs->extracted;
    m_live.reset(m_extracted, m_data.edits, std::move(built.graphs->corrected));
    rememberRecent(path);
    present(false);
    for (const Error& e : built.errors)
        m_window->problems()->addItem(e.toString());
    return Status::success();
}

Status ProjectController::openProject(const QString& path, bool askToRecover)
{
    if (m_task->isRunning())
        return busyStatus();
    ProjectData data;
    auto file = ProjectFile::open(path, data);
    if (!file)
        return Status::failure(file.error());
    // Merging and correcting a large project takes seconds: on the worker, and a Cancel
    // leaves the project that was open before in place.
    std::optional<ProjectGraphs> graphs = m_task->run(
        tr("Opening"), [&data](const auto&, const std::stop_token& stop) { return projectGraphs(data, stop); });
    if (!graphs)
        return cancelledStatus(path);
    closeProject();
    m_file = std::move(file).value();
    m_data = std::move(data);
    m_extracted = graphs->extracted;
    m_live.reset(m_extracted, m_data.edits, std::move(graphs->corrected));
    rememberRecent(path);
    present(false);
    restoreView(m_data.view);
    for (const QString& w : m_file->warnings())
        m_window->problems()->addItem(w);
    if (askToRecover && hasRecovery() &&
        QMessageBox::question(m_window, tr("Recover unsaved work"),
                              tr("Parley has unsaved corrections to %1 from a session that did not "
                                 "end normally. Recover them?")
                                  .arg(QFileInfo(path).fileName())) == QMessageBox::Yes)
        return recover();
    return Status::success();
}

Status ProjectController::save()
{
    if (!m_file)
        return Status::failure(Error{{}, tr("No project is open")});
    m_data.positions = currentPositions();
    m_data.view = currentView();
    const Status saved = m_file->save(m_data);
    if (saved) {
        m_undo->setClean();
        m_articlesChanged = false;
        QFile::remove(recoveryPath(m_file->path()));
        m_window->statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_file->path()).fileName()), 5000);
    }
    updateTitle();
    return saved;
}

Status ProjectController::saveAs(const QString& path)
{
    if (!m_file)
        return Status::failure(Error{{}, tr("No project is open")});
    m_data.positions = currentPositions();
    m_data.view = currentView();
    const QString old = m_file->path();
    const Status saved = m_file->saveAs(m_data, path);
    if (saved) {
        QFile::remove(recoveryPath(old));
        m_undo->setClean();
        m_articlesChanged = false;
        rememberRecent(path);
    }
    updateTitle();
    return saved;
}

Status ProjectController::addArticles(const QStringList& paths)
{
    return grow([paths](ProjectData& data, const Extractor& reader, const ProjectProgress& progress,
                        const std::stop_token& stop) {
        return parley::addArticles(data, paths, reader, progress, stop);
    });
}

Status ProjectController::addLoaded(LoadResult loaded, const QStringList& sources)
{
    // The step may run on the worker after this returns: it owns its articles.
    return grow([loaded = std::move(loaded), sources](ProjectData& data, const Extractor& reader,
                                                      const ProjectProgress& progress,
                                                      const std::stop_token& stop) {
        return parley::addLoaded(data, loaded, sources, reader, progress, stop);
    });
}

Status ProjectController::updateSources(LoadResult fetched)
{
    return grow([fetched = std::move(fetched)](ProjectData& data, const Extractor& reader,
                                               const ProjectProgress& progress,
                                               const std::stop_token& stop) {
        return updateWithFeeds(data, fetched, reader, progress, stop);
    });
}

// Adds articles by `step` on the worker (runRebuild(): progress, Cancel) and shows the graph
// with every node already placed held where it is: the map the analyst knows only grows.
Status ProjectController::grow(const GrowStep& step)
{
    if (!m_file)
        return Status::failure(Error{{}, tr("No project is open")});
    if (m_task->isRunning())
        return busyStatus();
    const std::shared_ptr<const CorpusGraph> before = m_live.current().graph;
    const auto add = [step](Rebuilt& r, const Extractor& reader, const auto& progress, const auto& stop) {
        r.changes = step(r.data, reader, progress, stop);
        r.errors.insert(r.errors.end(), r.changes.errors.begin(), r.changes.errors.end());
        return !r.changes.cancelled;
    };
    m_holdLayout = true; // read by present() at the end of runRebuild()
    const Status done = runRebuild(tr("Adding articles"), {}, add);
    m_holdLayout = false;
    if (!done)
        return done;
    const ArticleChanges& changes = m_lastRebuild;
    m_articlesChanged = m_articlesChanged || changes.added + changes.changed > 0;
    updateTitle();
    const CorpusGraph none;
    const GraphChanges nodes = graphChanges(before ? *before : none, *m_live.current().graph);
    m_lastChanges = tr("%1 new articles, %2 changed, %3 already in the project; %4 new officials, "
                       "%5 new meetings, %6 new states")
                        .arg(changes.added)
                        .arg(changes.changed)
                        .arg(changes.unchanged)
                        .arg(nodes.officials)
                        .arg(nodes.meetings)
                        .arg(nodes.states);
    if (!changes.errors.empty()) {
        m_lastChanges += tr(" — not everything could be read: see Problems");
        if (auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("problemsDock"))) {
            dock->setWindowTitle(tr("Problems (%1)").arg(m_window->problems()->count()));
            dock->raise();
        }
    }
    m_window->statusBar()->showMessage(m_lastChanges, 15000);
    Q_EMIT articlesAdded();
    return Status::success();
}

void ProjectController::setSetting(const QString& key, const QJsonValue& value)
{
    if (!isOpen() || m_data.view.value(key) == value)
        return;
    m_data.view.insert(key, value);
    m_articlesChanged = true; // saved with the project, like added articles
    updateTitle();
}

Status ProjectController::reextractAll(const QStringList& dictionaries)
{
    if (!m_file)
        return Status::failure(Error{{}, tr("No project is open")});
    if (m_task->isRunning())
        return busyStatus();
    const auto again = [](Rebuilt& r, const Extractor& reader, const auto& progress, const auto& stop) {
        return reextract(r.data, reader, progress, stop);
    };
    const Status done = runRebuild(tr("Re-extracting"), dictionaries, again);
    if (done) {
        m_articlesChanged = true;
        updateTitle();
    }
    return done;
}

template <class Step>
Status ProjectController::runRebuild(const QString& label, const QStringList& dictionaries, Step step)
{
    // The worker gets a copy: the GUI keeps showing (and saving, and autosaving) the project
    // as it is, and the analyst may go on correcting it meanwhile.
    const std::vector<Edit> editsBefore = m_data.edits;
    Rebuilt built = m_task->run(label, [data = m_data, dictionaries, step](const auto& progress,
                                                                           const std::stop_token& stop) {
        return rebuild(data, dictionaries, step, progress, stop);
    });
    if (built.failed)
        return Status::failure(built.errors.back());
    if (!built.graphs)
        return cancelledStatus(path());
    m_lastRebuild = built.changes;
    m_data.records = std::move(built.data.records);
    m_data.sources = std::move(built.data.sources);
    m_data.extractionRevision = built.data.extractionRevision;
    m_extracted = built.graphs->extracted;
    // Edits made while the worker ran are not in its corrected graph: replay them.
    if (m_data.edits == editsBefore)
        m_live.reset(m_extracted, m_data.edits, std::move(built.graphs->corrected));
    else
        m_live.reset(m_extracted, m_data.edits);
    present(true);
    for (const Error& e : built.errors)
        m_window->problems()->addItem(e.toString());
    return Status::success();
}

void ProjectController::closeProject()
{
    if (m_file)
        QFile::remove(recoveryPath(m_file->path()));
    m_file.reset();
    m_data = {};
    m_placesSeen.clear();
    m_extracted.reset();
    m_live = {};
    m_window->graphView()->setAnnotations({});
    m_window->details()->setProject(false);
    m_undo->clear();
    m_articlesChanged = false;
    updateTitle();
    Q_EMIT graphChanged(); // the Review queue and the Update actions follow: no project
}

bool ProjectController::maybeClose()
{
    // Work in progress would come back to a closed project: stop it, and ask again after.
    if (m_task->isRunning()) {
        m_task->cancel();
        m_window->statusBar()->showMessage(tr("Cancelling the work in progress…"), 5000);
        return false;
    }
    if (!isOpen() || !isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved corrections"),
        tr("%1 has unsaved changes. Save them?").arg(QFileInfo(path()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save && !interactiveSave())
        return false;
    closeProject();
    return true;
}

void ProjectController::pushEdit(Edit edit)
{
    if (!isOpen())
        return;
    m_undo->push(new EditCommand(this, std::move(edit)));
}

void ProjectController::appendEdit(const Edit& edit)
{
    m_data.edits.push_back(edit);
    const auto before = m_live.current().graph;
    m_live.append(edit);
    presentEdit(before);
}

void ProjectController::removeLastEdit(const Edit& edit)
{
    // The stack undoes in order, so the edit to drop is the last one.
    if (m_data.edits.empty() || !(m_data.edits.back() == edit))
        return;
    m_data.edits.pop_back();
    const auto before = m_live.current().graph;
    m_live.removeLast();
    presentEdit(before);
}

EntityKey ProjectController::keyOf(NodeId node) const
{
    const CorpusGraph* g = m_live.current().graph.get();
    if (!g || node < 0 || node >= g->nodeCount())
        return {};
    const NodeData& n = g->node(node);
    EntityKey k{n.id, n.name, {}};
    if (n.kind == NodeKind::Meeting) {
        // Meetings have no name: the label drawn beside them reads better in the history.
        k.name = meetingLabel(*g, node);
        for (const Mention& m : g->mentions(node))
            k.sentences.append({m.document, m.sentence});
    }
    return k;
}

NodeDropVerdict ProjectController::dropVerdict(NodeId dragged, NodeId target) const
{
    const CorpusGraph* g = m_live.current().graph.get();
    if (!isOpen() || !g || dragged == target || dragged < 0 || target < 0 || dragged >= g->nodeCount() ||
        target >= g->nodeCount())
        return {};
    const NodeData& from = g->node(dragged);
    const NodeData& into = g->node(target);
    // Meetings are merged from the menu only: dropping one on another while arranging the
    // graph is easy to do by accident and rarely meant, so it is a plain move.
    if (from.kind == NodeKind::Meeting && into.kind == NodeKind::Meeting)
        return {};
    if (from.kind != into.kind)
        return {NodeDropVerdict::Action::Refuse,
                tr("Cannot merge %1 (%2) into %3 (%4): only entities of one kind merge \u2014 release or Esc to "
                   "put it back")
                    .arg(quoted(from.name), toString(from.kind), quoted(into.name), toString(into.kind))};
    return {NodeDropVerdict::Action::Merge,
            tr("Merge %1 into %2 \u2014 release to merge, Esc to cancel").arg(quoted(from.name), quoted(into.name))};
}

void ProjectController::dropNode(NodeId dragged, NodeId target)
{
    if (dropVerdict(dragged, target).action != NodeDropVerdict::Action::Merge)
        return;
    Edit e;
    e.kind = EditKind::Merge;
    e.target = keyOf(target);
    e.others = {keyOf(dragged)};
    m_window->statusBar()->showMessage(tr("%1 (Ctrl+Z to undo)").arg(describe(e)), 8000);
    pushEdit(e);
}

void ProjectController::mergeNodes(const QList<NodeId>& nodes)
{
    const CorpusGraph* g = m_live.current().graph.get();
    if (!g || nodes.size() < 2)
        return;
    const NodeKind kind = g->node(nodes.front()).kind;
    for (NodeId n : nodes) {
        if (g->node(n).kind != kind) {
            m_window->statusBar()->showMessage(tr("Only entities of one kind can be merged"), 5000);
            return;
        }
    }
    // The entity mentioned most keeps its id; the fuller name breaks ties.
    QList<NodeId> order = nodes;
    std::stable_sort(order.begin(), order.end(), [g](NodeId a, NodeId b) {
        const NodeData& x = g->node(a);
        const NodeData& y = g->node(b);
        return std::make_pair(x.mentions.size(), x.name.size()) > std::make_pair(y.mentions.size(), y.name.size());
    });
    Edit e;
    e.kind = EditKind::Merge;
    e.target = keyOf(order.front());
    for (qsizetype i = 1; i < order.size(); ++i)
        e.others.push_back(keyOf(order[i]));
    pushEdit(e);
}

bool ProjectController::isModified() const
{
    return isOpen() && (!m_undo->isClean() || m_articlesChanged);
}

QString ProjectController::path() const
{
    return m_file ? m_file->path() : QString();
}

QHash<QString, NodePosition> ProjectController::currentPositions() const
{
    QHash<QString, NodePosition> out = m_data.positions;
    const QHash<QString, NodePosition> shown = shownPositions();
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        out.insert(it.key(), *it);
    return out;
}

QHash<QString, NodePosition> ProjectController::shownPositions() const
{
    QHash<QString, NodePosition> out;
    const CorpusGraph* g = m_window->graphView()->graph();
    const auto& view = m_window->graphView()->viewGraph();
    const auto& positions = m_window->graphView()->positions();
    const auto& pinned = m_window->graphView()->layout().pinned();
    if (!g || positions.size() != view.nodes.size())
        return out;
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        const NodeId n = view.nodes[i].node;
        if (n < 0 || n >= g->nodeCount())
            continue;
        out.insert(g->node(n).id, {positions[i].x(), positions[i].y(), i < pinned.size() && pinned[i] != 0});
    }
    return out;
}

QJsonObject ProjectController::currentView() const
{
    // The filters, the labels and the selection; the keys are this file's alone.
    const ViewFilter f = m_window->graphView()->filter();
    // Keys set by others (setSetting()) are kept.
    QJsonObject view = m_data.view;
    const QJsonObject shown{{QStringLiteral("projection"), int(f.projection)},
                            {QStringLiteral("showStates"), f.showStates},
                            {QStringLiteral("showOfficials"), f.showOfficials},
                            {QStringLiteral("showMeetings"), f.showMeetings},
                            {QStringLiteral("states"), QJsonArray::fromStringList(f.states)},
                            {QStringLiteral("minDegree"), f.minDegree},
                            {QStringLiteral("labels"), m_window->graphView()->labelsVisible()},
                            {QStringLiteral("zoom"), m_window->graphView()->zoom()},
                            {QStringLiteral("centreX"), m_window->graphView()->sceneCentre().x()},
                            {QStringLiteral("centreY"), m_window->graphView()->sceneCentre().y()}};
    for (auto it = shown.begin(); it != shown.end(); ++it)
        view.insert(it.key(), it.value());
    view.remove(QStringLiteral("selected"));
    const CorpusGraph* g = m_window->graphView()->graph();
    if (const auto selected = m_window->graphView()->selectedNode(); selected && g)
        view.insert(QStringLiteral("selected"), g->node(*selected).id);
    return view;
}

void ProjectController::restoreView(const QJsonObject& view)
{
    if (view.isEmpty())
        return;
    ViewFilter f;
    const int projection = view.value(QStringLiteral("projection")).toInt();
    if (projection >= int(ViewFilter::Projection::Full) && projection <= int(ViewFilter::Projection::OfficialsOnly))
        f.projection = ViewFilter::Projection(projection);
    f.showStates = view.value(QStringLiteral("showStates")).toBool(true);
    f.showOfficials = view.value(QStringLiteral("showOfficials")).toBool(true);
    f.showMeetings = view.value(QStringLiteral("showMeetings")).toBool(true);
    for (const auto& s : view.value(QStringLiteral("states")).toArray())
        f.states.append(s.toString());
    f.minDegree = std::max(0, view.value(QStringLiteral("minDegree")).toInt());
    m_window->filters()->setFilter(f);
    m_window->graphView()->setFilter(f);
    m_window->graphView()->setLabelsVisible(view.value(QStringLiteral("labels")).toBool(true));
    const CorpusGraph* g = m_window->graphView()->graph();
    if (const auto selected = g ? g->find(view.value(QStringLiteral("selected")).toString()) : std::nullopt)
        m_window->activateNode(*selected);
    // The camera last: selecting centres on the node.
    if (view.contains(QStringLiteral("zoom")))
        m_window->graphView()->setCamera(view.value(QStringLiteral("zoom")).toDouble(),
                                         QPointF(view.value(QStringLiteral("centreX")).toDouble(),
                                                 view.value(QStringLiteral("centreY")).toDouble()));
}

void ProjectController::presentEdit(const std::shared_ptr<CorpusGraph>& before)
{
    // Hide, note, tags and colour leave the graph as it is: no rebuild of the view, the
    // lists and the layout, only the annotations are drawn again.
    if (m_live.current().graph && m_live.current().graph == before) {
        m_window->graphView()->setAnnotations(m_live.current().annotations);
        showDetailsAgain();
        updateTitle();
        Q_EMIT graphChanged();
        return;
    }
    present(true, !m_fullRebuildAfterEdits);
}

void ProjectController::showDetailsAgain()
{
    m_window->details()->setProject(isOpen(), m_live.current().annotations);
    const CorpusGraph* g = m_window->graphView()->graph();
    if (const auto selected = m_window->graphView()->selectedNode(); selected && g)
        m_window->details()->showNode(*g, *selected);
}

void ProjectController::present(bool keepLayout, bool asEdit)
{
    if (!m_live.current().graph) {
        updateTitle();
        return;
    }
    // Kept: every place shown since the project was opened, over the saved ones, so a node
    // an undo brings back (or a merge gives back) returns to where it was.
    if (!keepLayout)
        m_placesSeen.clear();
    QHash<QString, NodePosition> positions = m_data.positions;
    if (keepLayout) {
        const QHash<QString, NodePosition> shown = shownPositions();
        for (auto it = shown.cbegin(); it != shown.cend(); ++it)
            m_placesSeen.insert(it.key(), *it);
        for (auto it = m_placesSeen.cbegin(); it != m_placesSeen.cend(); ++it)
            positions.insert(it.key(), *it);
    }
    // After an edit every node that stays keeps its exact place (a merged node the
    // target's); only new nodes (a split, an added meeting) settle beside their neighbours.
    if (keepLayout && (m_holdLayout || asEdit))
        m_window->graphView()->holdNextStartPositions();
    m_holdLayout = false;
    QHash<NodeId, QPointF> layout;
    const CorpusGraph& g = *m_live.current().graph;
    for (NodeId v = 0; v < g.nodeCount(); ++v) {
        const auto it = positions.constFind(g.node(v).id);
        if (it != positions.cend())
            layout.insert(v, QPointF(it->x, it->y));
    }
    std::vector<Error> problems;
    for (const EditProblem& p : m_live.current().problems)
        problems.push_back(Error{QFileInfo(path()).fileName(),
                                 tr("correction %1: %2").arg(p.edit + 1).arg(p.message)});
    if (asEdit)
        m_window->showCorrected(m_live.current().graph, problems, layout);
    else
        m_window->setCorpus(m_live.current().graph, problems, layout);
    m_window->graphView()->setAnnotations(m_live.current().annotations);
    showDetailsAgain();
    // Pins come back with the positions.
    const auto& view = m_window->graphView()->viewGraph();
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        const auto it = positions.constFind(g.node(view.nodes[i].node).id);
        if (it != positions.cend() && it->pinned)
            m_window->graphView()->layout().setPinned(int(i), true);
    }
    updateTitle();
    Q_EMIT graphChanged();
}

void ProjectController::updateTitle()
{
    for (QAction* a : m_projectActions)
        a->setEnabled(isOpen() && !m_task->isRunning());
    if (!isOpen())
        return;
    m_window->setWindowTitle(tr("%1[*] — Parley").arg(QFileInfo(path()).fileName()));
    m_window->setWindowModified(isModified());
}

void ProjectController::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentProjects).toStringList();
    const QString abs = QFileInfo(path).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentProjects, recent);
    updateRecent();
}

void ProjectController::updateRecent()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentProjects).toStringList();
    for (const QString& p : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(p), this, [this, p] {
            if (maybeClose())
                report(openProject(p));
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void ProjectController::report(const Status& status)
{
    // A cancellation was asked for: the status bar says so, no dialog.
    if (status || m_task->wasCancelled())
        return;
    m_window->problems()->addItem(status.error.toString());
    m_window->statusBar()->showMessage(status.error.toString(), 10000);
    if (m_window->isVisible() && !QGuiApplication::platformName().startsWith(QLatin1String("offscreen")))
        QMessageBox::warning(m_window, tr("Parley"), status.error.toString());
}

QString ProjectController::recoveryPath(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(abs.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery/%1-%2").arg(hash, QFileInfo(path).fileName());
}

Status ProjectController::writeRecovery()
{
    if (!m_file)
        return Status::success();
    const QString target = recoveryPath(m_file->path());
    QDir().mkpath(QFileInfo(target).absolutePath());
    ProjectData copy = m_data;
    copy.positions = currentPositions();
    copy.view = currentView();
    copy.view.insert(kRecoveryOf, QFileInfo(m_file->path()).absoluteFilePath());
    return ProjectFile::writeCopy(copy, target);
}

bool ProjectController::hasRecovery() const
{
    if (!m_file)
        return false;
    const QFileInfo recovery(recoveryPath(m_file->path()));
    return recovery.exists() && recovery.lastModified() >= QFileInfo(m_file->path()).lastModified();
}

QStringList ProjectController::recoverableProjects()
{
    QStringList out;
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery"));
    for (const QFileInfo& copy : dir.entryInfoList({QStringLiteral("*.parley")}, QDir::Files, QDir::Time)) {
        Result<ProjectData> data = ProjectFile::read(copy.absoluteFilePath());
        if (!data)
            continue;
        const QString original = data.value().view.value(kRecoveryOf).toString();
        // Only copies that still belong to their project and are newer than its last save.
        if (!original.isEmpty() && recoveryPath(original) == copy.absoluteFilePath() &&
            QFileInfo::exists(original) && copy.lastModified() >= QFileInfo(original).lastModified())
            out.append(original);
    }
    return out;
}

bool ProjectController::offerRecovery()
{
    const QStringList projects = recoverableProjects();
    if (projects.isEmpty())
        return false;
    const QString path = projects.front();
    if (QMessageBox::question(m_window, tr("Recover unsaved work"),
                              tr("Parley did not close normally and has unsaved corrections to %1. "
                                 "Open the project with them?")
                                  .arg(QDir::toNativeSeparators(path))) != QMessageBox::Yes)
        return false;
    if (const Status opened = openProject(path, false); !opened) {
        report(opened);
        return false;
    }
    report(recover());
    return true;
}

Status ProjectController::recover()
{
    if (!m_file)
        return Status::failure(Error{{}, tr("No project is open")});
    Result<ProjectData> copy = ProjectFile::read(recoveryPath(m_file->path()));
    if (!copy)
        return Status::failure(copy.error());
    if (m_task->isRunning())
        return busyStatus();
    ProjectData data = std::move(copy).value();
    std::optional<ProjectGraphs> graphs = m_task->run(
        tr("Recovering"), [&data](const auto&, const std::stop_token& stop) { return projectGraphs(data, stop); });
    if (!graphs)
        return cancelledStatus(path());
    m_data = std::move(data);
    m_data.view.remove(kRecoveryOf);
    m_undo->clear();
    m_extracted = graphs->extracted;
    m_live.reset(m_extracted, m_data.edits, std::move(graphs->corrected));
    // Unsaved until the analyst saves: the recovered work is not yet in the project file.
    m_articlesChanged = true;
    present(false);
    return Status::success();
}

QList<NodeId> ProjectController::selectedEntities() const
{
    QList<NodeId> out;
    for (const QModelIndex& i : m_window->entitiesView()->selectionModel()->selectedRows())
        out.append(i.data(EntitiesModel::NodeRole).toInt());
    return out;
}

void ProjectController::fillNodeMenu(QMenu& menu, NodeId node)
{
    const CorpusGraph* g = m_live.current().graph.get();
    if (!isOpen() || !g || node < 0 || node >= g->nodeCount())
        return;
    const NodeData& n = g->node(node);
    menu.addSection(tr("Correct"));
    const auto editWith = [this, node](EditKind kind, const QString& value) {
        Edit e;
        e.kind = kind;
        e.target = keyOf(node);
        e.value = value;
        pushEdit(e);
    };
    // Names of the other entities of a kind, sorted, for the pickers.
    const auto others = [g, node](NodeKind kind) {
        QList<QPair<QString, NodeId>> out;
        for (NodeId v = 0; v < g->nodeCount(); ++v) {
            if (v != node && g->node(v).kind == kind)
                out.append({g->node(v).name.isEmpty() ? g->node(v).id : g->node(v).name, v});
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    const auto pick = [this](const QString& title, const QList<QPair<QString, NodeId>>& choices) -> std::optional<NodeId> {
        QStringList names;
        for (const auto& c : choices)
            names.append(c.first);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(m_window, title, title, names, 0, false, &ok);
        const qsizetype i = names.indexOf(chosen);
        if (!ok || i < 0)
            return std::nullopt;
        return choices[i].second;
    };

    if (n.kind != NodeKind::Meeting) {
        const QList<NodeId> selected = selectedEntities();
        if (selected.size() >= 2 || (selected.size() == 1 && selected.front() != node)) {
            menu.addAction(tr("Merge the selected entities with %1").arg(n.name), this, [this, node, selected] {
                QList<NodeId> all = selected;
                if (!all.contains(node))
                    all.prepend(node);
                mergeNodes(all);
            });
        }
        menu.addAction(tr("Merge into…"), this, [this, node, n, others, pick] {
            if (const auto into = pick(tr("Merge %1 into").arg(n.name), others(n.kind))) {
                Edit e;
                e.kind = EditKind::Merge;
                e.target = keyOf(*into);
                e.others = {keyOf(node)};
                pushEdit(e);
            }
        });
        menu.addAction(tr("Rename…"), this, [this, n, editWith] {
            bool ok = false;
            const QString name = QInputDialog::getText(m_window, tr("Rename"), tr("New name of %1").arg(n.name),
                                                       QLineEdit::Normal, n.name, &ok);
            if (ok && !name.trimmed().isEmpty() && name != n.name)
                editWith(EditKind::Rename, name.trimmed());
        });
        if (!n.aliases.isEmpty()) {
            QMenu* split = menu.addMenu(tr("Split alias off"));
            for (const QString& alias : n.aliases)
                split->addAction(alias, this, [editWith, alias] { editWith(EditKind::SplitAlias, alias); });
        }
    }
    if (n.kind == NodeKind::Official) {
        menu.addAction(tr("Add a meeting with %1…").arg(n.name), this, [this, node] { addMeetingInteractive({node}); });
        menu.addAction(tr("Set state…"), this, [this, n, others, editWith] {
            QList<QPair<QString, NodeId>> states = others(NodeKind::State);
            QStringList names{tr("(none)")};
            for (const auto& s : states)
                names.append(s.first);
            bool ok = false;
            const QString chosen = QInputDialog::getItem(m_window, tr("Set state"), tr("State of %1").arg(n.name),
                                                         names, 0, false, &ok);
            const qsizetype i = names.indexOf(chosen);
            if (ok && i >= 0)
                editWith(EditKind::SetState, i == 0 ? QString() : m_live.current().graph->node(states[i - 1].second).id);
        });
        menu.addAction(tr("Set title…"), this, [this, n, editWith] {
            bool ok = false;
            const QString title = QInputDialog::getText(m_window, tr("Set title"), tr("Title of %1").arg(n.name),
                                                        QLineEdit::Normal, n.title, &ok);
            if (ok)
                editWith(EditKind::SetTitle, title.trimmed());
        });
    }
    if (n.kind == NodeKind::Meeting) {
        QMenu* status = menu.addMenu(tr("Status"));
        for (const QString& s : {QStringLiteral("held"), QStringLiteral("planned"), QStringLiteral("cancelled"),
                                 QStringLiteral("denied")}) {
            QAction* a = status->addAction(s, this, [editWith, s] { editWith(EditKind::SetStatus, s); });
            a->setCheckable(true);
            a->setChecked(n.status == s);
        }
        menu.addAction(tr("Add participant…"), this, [this, node, others, pick] {
            if (const auto who = pick(tr("Add participant"), others(NodeKind::Official))) {
                Edit e;
                e.kind = EditKind::AddParticipant;
                e.target = keyOf(node);
                e.others = {keyOf(*who)};
                pushEdit(e);
            }
        });
        QMenu* remove = menu.addMenu(tr("Remove participant"));
        for (const NodeId who : g->neighbours(node, EdgeKind::Attended)) {
            remove->addAction(g->node(who).name, this, [this, node, who] {
                Edit e;
                e.kind = EditKind::RemoveParticipant;
                e.target = keyOf(node);
                e.others = {keyOf(who)};
                pushEdit(e);
            });
        }
        remove->setEnabled(!remove->isEmpty());
    }
    menu.addAction(n.kind == NodeKind::Meeting ? tr("Reject this meeting") : tr("Reject (not a real entity)"), this,
                   [editWith] { editWith(EditKind::Reject, QString()); });
    addAnnotationEntries(menu, *this, {node}, m_window);
}

void ProjectController::addMeetingInteractive(const QList<NodeId>& participants)
{
    const CorpusGraph* g = m_live.current().graph.get();
    if (!isOpen() || !g)
        return;
    AddMeetingDialog dialog(*g, participants, m_window);
    if (dialog.exec() == QDialog::Accepted)
        pushEdit(dialog.edit());
}

void ProjectController::interactiveNew()
{
    if (!maybeClose())
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("New project"), QString(),
                                                      tr("Parley projects (*.parley)"));
    if (path.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Articles for the project"));
    if (folder.isEmpty())
        return;
    report(newProject(path.endsWith(QLatin1String(".parley")) ? path : path + QStringLiteral(".parley"), {folder}));
}

void ProjectController::interactiveOpen()
{
    if (!maybeClose())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open project"), QString(),
                                                      tr("Parley projects (*.parley);;All files (*)"));
    if (!path.isEmpty())
        report(openProject(path));
}

bool ProjectController::interactiveSave()
{
    const Status saved = save();
    if (saved)
        return true;
    report(saved);
    // A read-only or full location: offer another place, so the work is not lost.
    return interactiveSaveAs();
}

bool ProjectController::interactiveSaveAs()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save project as"), QString(),
                                                      tr("Parley projects (*.parley)"));
    if (path.isEmpty())
        return false;
    const Status saved = saveAs(path.endsWith(QLatin1String(".parley")) ? path : path + QStringLiteral(".parley"));
    report(saved);
    return saved.ok();
}

void ProjectController::interactiveAdd()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Add articles"), QString(), tr("Articles (*.txt *.md *.html *.htm *.jsonl);;All files (*)"));
    if (!files.isEmpty())
        report(addArticles(files));
}

} // namespace parley
