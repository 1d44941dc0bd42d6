// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include "gui/addfeeddialog.h"
#include "gui/analysisdock.h"
#include "gui/articleloader.h"
#include "gui/backgroundtask.h"
#include "gui/detailspanel.h"
#include "gui/entitiesmodel.h"
#include "gui/exportdialog.h"
#include "gui/filterpanel.h"
#include "gui/graphview.h"
#include "gui/helpmenu.h"
#include "gui/projectcontroller.h"
#include "gui/projectupdater.h"
#include "gui/scrollable.h"
#include "gui/sourcespanel.h"
#include "gui/statesmatrix.h"
#include "gui/timelinedock.h"
#include "io/importer.h"
#include "net/fetcher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace parley {

namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recent");
const QString kSessionKey = QStringLiteral("session");
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Parley"));
    setWindowIcon(QIcon(QStringLiteral(":/parley/icons/parley.svg")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_view = new GraphView(this);
    setCentralWidget(m_view);
    createDocks();
    createAnalysisDocks();
    createActions();
    // The first layout, once every dock (ours and the project's) is in place: docks that
    // scroll have small minimum sizes, so the columns are given their widths here.
    auto* entitiesDock = findChild<QDockWidget*>(QStringLiteral("entitiesDock"));
    auto* filtersDock = findChild<QDockWidget*>(QStringLiteral("filtersDock"));
    resizeDocks({entitiesDock, m_detailsDock}, {470, 420}, Qt::Horizontal);
    resizeDocks({entitiesDock, filtersDock}, {560, 300}, Qt::Vertical);

    m_countsLabel = new QLabel(this);
    m_layoutLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_layoutLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    // Articles open through the project's task: one progress bar and Cancel for all work.
    m_loader = new ArticleLoader(m_project->task(), this);
    connect(m_loader, &ArticleLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &ArticleLoader::problemFound, this, [this](Error e) {
        e.where = AddFeedDialog::addressOf(e.where);
        addProblem(e.toString());
        ++m_liveProblems;
        m_problemsDock->setWindowTitle(tr("Problems (%1)").arg(m_problems->count()));
    });

    connect(m_view, &GraphView::nodeActivated, this, &MainWindow::onNodeActivated);
    connect(m_view, &GraphView::edgeActivated, this, &MainWindow::onEdgeActivated);
    connect(m_view, &GraphView::selectionCleared, m_details, &DetailsPanel::showNothing);
    connect(m_view, &GraphView::viewRebuilt, this, &MainWindow::updateStatus);
    connect(&m_view->layout(), &LayoutRunner::stateChanged, this, &MainWindow::updateStatus);
    connect(&m_view->layout(), &LayoutRunner::settled, this, &MainWindow::updateStatus);
    auto* fpsTimer = new QTimer(this);
    fpsTimer->setInterval(500);
    connect(fpsTimer, &QTimer::timeout, this, [this] {
        if (m_view->layout().isRunning())
            updateStatus();
    });
    fpsTimer->start();

    QSettings settings;
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1600, 1000);
    // First start: most of the screen, centred; later starts restore what the user chose.
    // The docks' minimum size wins on a small screen, so centre what the window will really be.
    const QSize first = QSize(screen.width() * 9 / 10, screen.height() * 9 / 10)
                            .expandedTo(minimumSizeHint())
                            .boundedTo(screen.size());
    setGeometry(QRect(screen.center() - QPoint(first.width() / 2, first.height() / 2), first));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    updateRecentMenu();
    updateStatus();
}

MainWindow::~MainWindow()
{
    cancelLoading();
}

void MainWindow::createAnalysisDocks()
{
    m_timeline = new TimelineDock(this);
    m_timeline->setGraphView(m_view);
    auto* timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(QStringLiteral("timelineDock"));
    timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    tabifyDockWidget(m_sourcesDock, timelineDock);
    connect(m_timeline, &TimelineDock::rangeChanged, this, &MainWindow::applyViewFilter);

    m_statesMatrix = new StatesMatrix(m_view, m_details, this);
    auto* matrixDock = new QDockWidget(tr("States matrix"), this);
    matrixDock->setObjectName(QStringLiteral("statesMatrixDock"));
    matrixDock->setWidget(m_statesMatrix);
    addDockWidget(Qt::BottomDockWidgetArea, matrixDock);
    tabifyDockWidget(timelineDock, matrixDock);
    timelineDock->raise();

    m_analysis = new AnalysisDock(m_view, m_details, this);
    auto* analysisDock = new QDockWidget(tr("Analysis"), this);
    analysisDock->setObjectName(QStringLiteral("analysisDock"));
    // The dock holds several tools one above the other: it scrolls rather than setting a
    // minimum height that would push the window past a laptop screen.
    analysisDock->setWidget(scrollable(m_analysis, analysisDock));
    addDockWidget(Qt::RightDockWidgetArea, analysisDock);
    splitDockWidget(m_detailsDock, analysisDock, Qt::Vertical);
    resizeDocks({m_detailsDock, analysisDock}, {520, 380}, Qt::Vertical);
    connect(m_analysis, &AnalysisDock::egoChanged, this, [this](NodeId centre, int hops) {
        m_egoCentre = centre;
        m_egoHops = hops;
        applyViewFilter();
    });
    connect(m_analysis, &AnalysisDock::communitiesChanged, this, [this] {
        // The column shows only while communities are computed: the dock is narrow.
        const QHash<NodeId, int> communities = m_analysis->communities();
        m_entityModel->setCommunities(communities);
        const bool show = !communities.isEmpty();
        if (show == m_entities->isColumnHidden(EntitiesModel::Community)) {
            // Title / state gives up the room the column takes, so that names stay readable.
            QHeaderView* header = m_entities->horizontalHeader();
            m_entities->setColumnHidden(EntitiesModel::Community, !show);
            const int room = header->sectionSizeHint(EntitiesModel::Community);
            const int width = header->sectionSize(EntitiesModel::TitleState);
            header->resizeSection(EntitiesModel::TitleState, show ? std::max(80, width - room) : width + room);
        }
    });
}

void MainWindow::applyViewFilter()
{
    ViewFilter filter = m_filters->filter();
    filter.dates = m_timeline->range();
    filter.egoCentre = m_egoCentre;
    filter.egoHops = m_egoHops;
    m_view->setFilter(filter);
}

void MainWindow::createDocks()
{
    m_details = new DetailsPanel(this);
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    auto* entities = new QWidget(this);
    auto* layout = new QVBoxLayout(entities);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* filterRow = new QHBoxLayout;
    auto* text = new QLineEdit(entities);
    text->setPlaceholderText(tr("Filter by name, alias, title, state…"));
    text->setClearButtonEnabled(true);
    auto* kind = new QComboBox(entities);
    kind->addItem(tr("All kinds"), -1);
    kind->addItem(tr("States"), int(NodeKind::State));
    kind->addItem(tr("Officials"), int(NodeKind::Official));
    kind->addItem(tr("Meetings"), int(NodeKind::Meeting));
    filterRow->addWidget(text, 1);
    filterRow->addWidget(kind);
    layout->addLayout(filterRow);
    m_entityModel = new EntitiesModel(this);
    m_entityFilter = new EntitiesFilter(this);
    m_entityFilter->setSourceModel(m_entityModel);
    m_entities = new QTableView(entities);
    m_entities->setObjectName(QStringLiteral("entities"));
    m_entities->setModel(m_entityFilter);
    m_entities->setSortingEnabled(true);
    m_entities->sortByColumn(EntitiesModel::Meetings, Qt::DescendingOrder);
    m_entities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entities->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entities->verticalHeader()->hide();
    m_entities->verticalHeader()->setDefaultSectionSize(22);
    QHeaderView* header = m_entities->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EntitiesModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(EntitiesModel::TitleState, QHeaderView::Interactive);
    header->setMinimumSectionSize(36);
    m_entities->setColumnHidden(EntitiesModel::Community, true); // until communities exist
    m_entities->setAlternatingRowColors(true);
    m_entities->setWordWrap(false);
    layout->addWidget(m_entities);
    connect(text, &QLineEdit::textChanged, m_entityFilter, &EntitiesFilter::setText);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind](int) {
        const int k = kind->currentData().toInt();
        m_entityFilter->setKind(k < 0 ? std::nullopt : std::optional<NodeKind>(NodeKind(k)));
    });
    connect(m_entities->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current, const QModelIndex&) { onEntityRow(current); });
    auto* entitiesDock = new QDockWidget(tr("Entities"), this);
    entitiesDock->setObjectName(QStringLiteral("entitiesDock"));
    entitiesDock->setWidget(entities);
    addDockWidget(Qt::LeftDockWidgetArea, entitiesDock);

    m_filters = new FilterPanel(this);
    auto* filtersDock = new QDockWidget(tr("Filters"), this);
    filtersDock->setObjectName(QStringLiteral("filtersDock"));
    filtersDock->setWidget(m_filters);
    addDockWidget(Qt::LeftDockWidgetArea, filtersDock);
    splitDockWidget(entitiesDock, filtersDock, Qt::Vertical);
    resizeDocks({entitiesDock, filtersDock}, {560, 300}, Qt::Vertical);
    connect(m_filters, &FilterPanel::filterChanged, this, &MainWindow::applyViewFilter);

    m_sources = new SourcesPanel(this);
    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_sources);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    tabifyDockWidget(m_sourcesDock, m_problemsDock);
    m_sourcesDock->raise();
    resizeDocks({m_detailsDock, entitiesDock}, {400, 470}, Qt::Horizontal);
    resizeDocks({m_sourcesDock}, {230}, Qt::Vertical);

    connect(m_details, &DetailsPanel::sentenceActivated, this, &MainWindow::onSentence);
    connect(m_details, &DetailsPanel::nodeLinkActivated, this, &MainWindow::activateNode);
}

void MainWindow::createActions()
{
    m_project = new ProjectController(this);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    QStyle* s = style();

    QAction* open = file->addAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open files…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Open articles"), QString(),
            tr("Articles (*.txt *.md *.html *.htm *.jsonl *.rss *.atom *.xml);;All files (*)"));
        if (!files.isEmpty())
            openPaths(files);
    });
    open->setShortcut(QKeySequence::Open);
    QAction* openFolder = file->addAction(s->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of articles"));
        if (!dir.isEmpty())
            openPaths({dir});
    });
    openFolder->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    file->addAction(tr("Open &graph…"), this, &MainWindow::openGraphInteractive);
    QAction* addFeed = file->addAction(tr("Add &feed…"), this, [this] { addFeedInteractive(); });
    addFeed->setObjectName(QStringLiteral("addFeedAction"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open &sample corpus"), this, [this] {
        const QStringList samples = sampleCorpusFiles();
        if (!samples.isEmpty())
            openPaths(samples);
    });
    file->addSeparator();
    QAction* exportAction = file->addAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export image…"), this, &MainWindow::exportInteractive);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    QAction* exportGraphAction = file->addAction(tr("Export &graph…"), this, &MainWindow::exportGraphInteractive);
    exportGraphAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_project->installActions(file, edit);
    // Update and Watch go with the project's entries, before the separator above Open files.
    m_updater = new ProjectUpdater(this, m_project);
    m_updater->installActions(file, file->actions().value(file->actions().indexOf(open) - 1));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fit = view->addAction(tr("&Fit to window"), m_view, &GraphView::fitToWindow);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction* zoomIn = view->addAction(tr("Zoom &in"), this, [this] { m_view->zoomBy(1.25, m_view->rect().center()); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(tr("Zoom &out"), this, [this] { m_view->zoomBy(0.8, m_view->rect().center()); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* labels = view->addAction(tr("&Labels"));
    labels->setCheckable(true);
    labels->setChecked(true);
    labels->setShortcut(Qt::CTRL | Qt::Key_L);
    connect(labels, &QAction::toggled, m_view, &GraphView::setLabelsVisible);
    QAction* showHidden = view->addAction(tr("Show &hidden nodes"));
    showHidden->setObjectName(QStringLiteral("showHidden"));
    showHidden->setCheckable(true);
    showHidden->setToolTip(tr("Draw the nodes hidden in the project, faded"));
    connect(showHidden, &QAction::toggled, m_view, &GraphView::setShowHidden);
    connect(m_view, &GraphView::showHiddenChanged, showHidden, &QAction::setChecked);
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* layout = menuBar()->addMenu(tr("&Layout"));
    m_pauseAction = layout->addAction(s->standardIcon(QStyle::SP_MediaPause), tr("&Pause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(Qt::CTRL | Qt::Key_P);
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        m_view->layout().setPaused(paused);
        m_pauseAction->setText(paused ? tr("Resume") : tr("Pause"));
    });
    QAction* rerun = layout->addAction(s->standardIcon(QStyle::SP_BrowserReload), tr("&Re-run"), this, [this] {
        m_pauseAction->setChecked(false);
        m_view->layout().restart();
        m_view->fitToWindow();
    });
    rerun->setShortcut(Qt::CTRL | Qt::Key_R);
    layout->addAction(tr("&Unpin all"), this, [this] {
        m_view->layout().unpinAll();
        m_view->update();
    });

    addHelpMenu(this);

    tools->addAction(open);
    tools->addAction(openFolder);
    tools->addAction(exportAction);
    tools->addSeparator();
    tools->addAction(fit);
    tools->addAction(m_pauseAction);
    tools->addAction(rerun);
    tools->addSeparator();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Find a state, official… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_completer = new QCompleter(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setModel(new QStringListModel(this));
    m_search->setCompleter(m_completer);
    tools->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { search(text); });
}

QString MainWindow::sampleCorpusPath()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/parley/samples"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
#ifdef PARLEY_SAMPLES_DIR
    if (QFileInfo(QStringLiteral(PARLEY_SAMPLES_DIR)).isDir())
        return QStringLiteral(PARLEY_SAMPLES_DIR);
#endif
    return {};
}

QStringList MainWindow::sampleCorpusFiles()
{
    const QString dir = sampleCorpusPath();
    if (dir.isEmpty())
        return {};
    QStringList files;
    const QDir d(dir);
    for (const QString& name : d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(d.absoluteFilePath(name));
    return files;
}

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    // Articles opened on their own replace the project's graph: the project is closed first.
    if (!m_project->maybeClose())
        return;
    m_project->closeProject();
    m_loadingPaths = paths;
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    // The bundled samples are always one menu item away; they would only crowd the list.
    const bool samples = paths == sampleCorpusFiles();
    for (const QString& p : samples ? QStringList() : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        recent.removeAll(abs);
        recent.prepend(abs);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();

    statusBar()->showMessage(tr("Reading %n path(s)…", nullptr, int(paths.size())));
    m_liveProblems = 0;
    m_loader->load(paths);
}

void MainWindow::cancelLoading()
{
    m_loader->cancel();
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

void MainWindow::onLoaded(const QStringList& paths, const CorpusBuild& build)
{
    if (build.cancelled) {
        // The graph shown stays, and so do its problems: the cancelled load's go.
        for (; m_liveProblems > 0 && m_problems->count() > 0; --m_liveProblems)
            delete m_problems->takeItem(m_problems->count() - 1);
        m_problemsDock->setWindowTitle(m_problems->count() ? tr("Problems (%1)").arg(m_problems->count())
                                                           : tr("Problems"));
        statusBar()->showMessage(tr("Loading cancelled"), 5000);
        Q_EMIT loadFinished();
        return;
    }
    m_liveProblems = 0;
    m_loadingPaths = paths;
    QSettings().setValue(kSessionKey, paths);
    QString title = QFileInfo(paths.value(0)).fileName();
    if (paths.size() > 1)
        title += tr(" and %n more", nullptr, int(paths.size() - 1));
    setWindowTitle(tr("%1 — Parley").arg(title));
    setCorpus(build.graph, build.errors);
    statusBar()->showMessage(tr("Read %n article(s)", nullptr, int(build.graph->documents().size())), 5000);
    Q_EMIT loadFinished();
}

void MainWindow::setCorpus(std::shared_ptr<const CorpusGraph> graph, const std::vector<Error>& errors,
                           const QHash<NodeId, QPointF>& layout)
{
    m_graph = std::move(graph);
    showProblems(errors);
    m_details->setGraph(m_graph.get());
    m_details->showNothing();
    m_sources->setGraph(m_graph.get());
    m_entityModel->setGraph(m_graph.get());
    m_entities->setColumnWidth(EntitiesModel::TitleState, 150);
    m_filters->setGraph(m_graph.get());
    m_timeline->setGraph(m_graph.get());
    m_egoCentre = -1;
    m_view->setFilter(m_filters->filter()); // the new graph starts without range or ego
    m_view->setGraph(m_graph, layout);
    m_analysis->setGraph(m_graph);
    updateNames();
    updateStatus();
}

void MainWindow::showCorrected(std::shared_ptr<const CorpusGraph> graph, const std::vector<Error>& errors,
                               const QHash<NodeId, QPointF>& layout)
{
    // The analyst's view of the corpus stays: filters, time range, ego, camera, and the
    // Entities rows with their selection and scroll; what the edit changed is redrawn.
    const QPointF centre = m_view->sceneCentre();
    const double zoom = m_view->zoom();
    QStringList statesBefore;
    QStringList statesAfter;
    for (const auto& [g, out] : {std::pair{m_graph.get(), &statesBefore}, std::pair{graph.get(), &statesAfter}}) {
        for (NodeId n = 0; g && n < g->nodeCount(); ++n) {
            if (g->node(n).kind == NodeKind::State)
                out->append(g->node(n).id);
        }
    }
    m_graph = std::move(graph);
    showProblems(errors);
    m_details->setGraph(m_graph.get());
    m_sources->setGraph(m_graph.get());
    // A removed row moves the current one: that is no request to show another node.
    m_syncing = true;
    m_entityModel->updateGraph(m_graph.get());
    m_syncing = false;
    if (statesAfter != statesBefore) // the restriction lists the states there are
        m_filters->setGraph(m_graph.get());
    m_timeline->setGraph(m_graph.get());
    m_view->setGraph(m_graph, layout);
    m_view->setCamera(zoom, centre);
    m_analysis->setGraph(m_graph);
    updateNames();
    updateStatus();
}

void MainWindow::showProblems(const std::vector<Error>& errors)
{
    m_problems->clear();
    for (Error e : errors) {
        e.where = AddFeedDialog::addressOf(e.where); // a feed's address, not its saved copy
        addProblem(e.toString());
    }
    if (m_graph && !m_graph->documents().empty() && m_graph->nodeCount() == 0)
        addProblem(tr("No states, officials or meetings were found in the %n article(s) read", nullptr,
                      int(m_graph->documents().size())));
    m_problemsDock->setWindowTitle(m_problems->count() ? tr("Problems (%1)").arg(m_problems->count())
                                                       : tr("Problems"));
    if (m_problems->count())
        m_problemsDock->raise();
}

void MainWindow::updateNames()
{
    m_names.clear();
    QStringList completions;
    if (m_graph) {
        for (NodeId n = 0; n < m_graph->nodeCount(); ++n) {
            const NodeData& d = m_graph->node(n);
            if (d.kind == NodeKind::Meeting)
                continue;
            QStringList names = d.aliases;
            names.prepend(d.name);
            for (const QString& name : names) {
                if (name.isEmpty() || m_names.contains(name.toLower()))
                    continue;
                m_names.insert(name.toLower(), n);
                completions.append(name);
            }
        }
    }
    completions.sort(Qt::CaseInsensitive);
    static_cast<QStringListModel*>(m_completer->model())->setStringList(completions);
}

bool MainWindow::search(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key.isEmpty() || !m_graph)
        return false;
    std::optional<NodeId> found;
    if (const auto it = m_names.constFind(key); it != m_names.cend())
        found = *it;
    // Prefix beats substring; among equals the better connected (earlier sorted) node wins.
    for (int pass = 0; pass < 2 && !found; ++pass) {
        QStringList keys = m_names.keys();
        keys.sort();
        for (const QString& name : keys) {
            if (pass == 0 ? name.startsWith(key) : name.contains(key)) {
                found = m_names.value(name);
                break;
            }
        }
    }
    if (!found) {
        statusBar()->showMessage(tr("Nothing called “%1”").arg(text.trimmed()), 5000);
        return false;
    }
    activateNode(*found);
    return true;
}

void MainWindow::activateNode(NodeId node)
{
    if (!m_graph || node < 0 || node >= m_graph->nodeCount())
        return;
    if (!m_view->selectNode(node, true))
        statusBar()->showMessage(tr("%1 is hidden by the filters").arg(m_graph->node(node).name), 5000);
    onNodeActivated(node);
}

void MainWindow::onNodeActivated(NodeId node)
{
    if (!m_graph)
        return;
    m_details->showNode(*m_graph, node);
    m_detailsDock->raise();
    // The Sources dock follows along with the first sentence the node was read from.
    if (!m_details->sentences().empty()) {
        const auto& [document, sentence] = m_details->sentences().front();
        m_sources->showSentence(document, sentence);
    }
    // Keep the Entities row in step without re-entering onEntityRow.
    m_syncing = true;
    for (int row = 0; row < m_entityFilter->rowCount(); ++row) {
        const QModelIndex i = m_entityFilter->index(row, 0);
        if (i.data(EntitiesModel::NodeRole).toInt() == node) {
            m_entities->selectionModel()->setCurrentIndex(
                i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_entities->scrollTo(i);
            break;
        }
    }
    m_syncing = false;
}

void MainWindow::onEdgeActivated(int viewEdge)
{
    if (m_graph)
        m_details->showEdge(*m_graph, m_view->viewGraph(), viewEdge);
}

void MainWindow::onEntityRow(const QModelIndex& current)
{
    if (m_syncing || !current.isValid())
        return;
    const NodeId node = current.data(EntitiesModel::NodeRole).toInt();
    if (!m_view->selectNode(node, true) && m_graph)
        statusBar()->showMessage(tr("%1 is hidden by the filters").arg(m_graph->node(node).name), 5000);
    if (m_graph)
        m_details->showNode(*m_graph, node);
}

void MainWindow::onSentence(const QString& document, int sentence)
{
    m_sourcesDock->show();
    m_sourcesDock->raise();
    m_sources->showSentence(document, sentence);
}

void MainWindow::addProblem(const QString& text)
{
    auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), text, m_problems);
    item->setToolTip(text);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openPaths({path}); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
}

void MainWindow::updateStatus()
{
    const ViewGraph& v = m_view->viewGraph();
    const int docs = m_graph ? int(m_graph->documents().size()) : 0;
    m_countsLabel->setText(tr("%1 nodes · %2 edges · %3 articles").arg(v.nodes.size()).arg(v.edges.size()).arg(docs));
    LayoutRunner& layout = m_view->layout();
    QString state;
    if (v.nodes.empty())
        state = QString();
    else if (layout.isPaused())
        state = tr("Layout paused");
    else if (layout.isRunning())
        state = tr("Layout running · %1 fps").arg(layout.framesPerSecond(), 0, 'f', 0);
    else
        state = tr("Layout settled");
    m_layoutLabel->setText(state);
}

Status MainWindow::exportImage(const QString& path, ExportOptions options)
{
    if (options.region == ExportOptions::Region::Visible) {
        options.transform = m_view->transform();
        options.size = m_view->size();
    }
    if (const auto n = m_view->selectedNode())
        options.selectedNode = m_view->viewGraph().viewIndex(*n);
    options.selectedEdge = m_view->selectedEdge();
    return parley::exportImage(path, m_view->viewGraph(), m_view->positions(), options);
}

void MainWindow::exportInteractive()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export image"), QStringLiteral("graph.png"),
        tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"), &selectedFilter);
    if (path.isEmpty())
        return;
    // SVG and PDF are both vector: the dialog hides the PNG-only scale for either.
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    ExportDialog dialog(svg, m_view->size(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status status = exportImage(path, dialog.options());
    if (!status) {
        QMessageBox::warning(this, tr("Export failed"), status.error.toString());
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

Status MainWindow::exportGraph(const QString& path, ExportFormat format)
{
    if (!m_graph)
        return Status::failure({path, tr("there is no graph to export")});
    GraphExportOptions options;
    const ViewGraph& v = m_view->viewGraph();
    const std::vector<QPointF>& positions = m_view->positions();
    // Only the nodes on screen have a position; the others are written without one.
    for (std::size_t i = 0; i < v.nodes.size() && i < positions.size(); ++i) {
        const ViewNode& n = v.nodes[i];
        NodeVisual visual;
        visual.x = positions[i].x();
        visual.y = positions[i].y();
        visual.color = nodeColor(n.kind).name();
        visual.size = 2.0 * n.radius;
        options.visuals.insert(m_graph->node(n.node).id, visual);
    }
    const Status status = parley::exportGraph(*m_graph, format, path, options);
    if (!status) {
        addProblem(status.error.toString());
        m_problemsDock->raise();
        statusBar()->showMessage(tr("Export failed: %1").arg(status.error.toString()), 8000);
    } else {
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    }
    return status;
}

Status MainWindow::openGraph(const QString& path)
{
    Result<ImportedGraph> imported = importGraphFile(path);
    if (!imported) {
        addProblem(imported.error().toString());
        m_problemsDock->setWindowTitle(tr("Problems (%1)").arg(m_problems->count()));
        m_problemsDock->raise();
        statusBar()->showMessage(tr("Could not open %1").arg(QDir::toNativeSeparators(path)), 8000);
        return Status::failure(imported.error());
    }
    cancelLoading();
    setWindowTitle(tr("%1 — Parley").arg(QFileInfo(path).fileName()));
    ImportedGraph& in = imported.value();
    QHash<NodeId, QPointF> layout;
    for (auto it = in.visuals.cbegin(); it != in.visuals.cend(); ++it) {
        if (const auto node = in.graph.find(it.key()))
            layout.insert(*node, QPointF(it->x, it->y));
    }
    setCorpus(std::make_shared<const CorpusGraph>(std::move(in.graph)), {}, layout);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return Status::success();
}

void MainWindow::exportGraphInteractive()
{
    if (!m_graph) {
        statusBar()->showMessage(tr("Open some articles first"), 5000);
        return;
    }
    struct Choice { ExportFormat format; QString filter; };
    const std::vector<Choice> choices = {
        {ExportFormat::GraphML, tr("GraphML (*.graphml)")},
        {ExportFormat::Gexf, tr("GEXF for Gephi (*.gexf)")},
        {ExportFormat::Dot, tr("Graphviz DOT (*.gv *.dot)")},
        {ExportFormat::Csv, tr("CSV nodes + edges (*.csv)")},
        {ExportFormat::Json, tr("Parley JSON (*.json)")},
        {ExportFormat::Cytoscape, tr("Cytoscape.js JSON (*.cyjs)")},
    };
    QStringList filters;
    for (const Choice& c : choices)
        filters.append(c.filter);
    QString selectedFilter = filters.front();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export graph"), QStringLiteral("graph.graphml"),
                                                      filters.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    // A known suffix wins over the filter, so typing "x.gexf" under the GraphML filter works.
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::optional<ExportFormat> format;
    if (suffix == QLatin1String("dot"))
        format = ExportFormat::Dot;
    else if (suffix == QLatin1String("cyjs"))
        format = ExportFormat::Cytoscape;
    for (const Choice& c : choices) {
        if (!format && exportFormatSuffix(c.format) == suffix)
            format = c.format;
    }
    for (const Choice& c : choices) {
        if (!format && c.filter == selectedFilter)
            format = c.format;
    }
    exportGraph(path, format.value_or(ExportFormat::GraphML));
}

void MainWindow::openGraphInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open graph"), QString(),
                                                      tr("Graphs written by Parley (*.graphml *.gexf);;All files (*)"));
    if (!path.isEmpty())
        openGraph(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    QString web;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
        else if (web.isEmpty() && isWebUrl(url.toString()))
            web = url.toString();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    } else if (!web.isEmpty()) {
        // A feed link dragged from a browser: ask before downloading, after the drop is done
        // (a modal dialog inside the drop handler would hold the drag source).
        event->acceptProposedAction();
        QTimer::singleShot(0, this, [this, web] { addFeedInteractive(web); });
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_project->maybeClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    cancelLoading();
    event->accept();
}

void MainWindow::addFeedInteractive(const QString& url)
{
    AddFeedDialog dialog(this);
    dialog.urlField()->setText(url);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // With a project open the feed becomes one of its sources, which Update fetches again.
    if (m_project->isOpen()) {
        m_updater->addFeed(dialog.download());
        return;
    }
    // Added to what is open: the feed joins the current articles rather than replacing them.
    QStringList paths = m_graph && !m_graph->documents().empty() ? m_loadingPaths : QStringList();
    if (!paths.contains(dialog.savedFile()))
        paths.append(dialog.savedFile());
    openPaths(paths);
}

} // namespace parley
