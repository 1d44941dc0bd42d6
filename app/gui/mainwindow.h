// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"
#include "render/imageexport.h"
#include "io/exporter.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QCompleter;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QTableView;

namespace parley {

class AnalysisDock;
class DetailsPanel;
class EntitiesFilter;
class EntitiesModel;
class FilterPanel;
class GraphView;
class ProjectController;
class ProjectUpdater;
class ArticleLoader;
struct CorpusBuild;
class SourcesPanel;
class StatesMatrix;
class TimelineDock;

/// The Parley main window: graph view in the centre, Details (right), Entities and Filters
/// (left), Sources and Problems (bottom). Opening files runs core's buildCorpus() on a worker
/// thread (ArticleLoader) with a progress bar and Cancel; errors go to the Problems dock. Thin: the
/// drawing, filtering and layout live in parley_render and parley_core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Reads files and folders in the background and shows the result; a load in progress
    /// is cancelled first. Remembered in the recent list and as the session to reopen.
    void openPaths(const QStringList& paths);
    /// Shows an already built graph (tests, and the end of openPaths()).
    /// `layout` (node -> scene position) seeds the layout, e.g. from an opened GraphML file.
    void setCorpus(std::shared_ptr<const CorpusGraph> graph, const std::vector<Error>& errors = {},
                   const QHash<NodeId, QPointF>& layout = {});
    /// setCorpus() for the same corpus after a correction (ProjectController): the filters,
    /// time range, camera and Entities selection stay, and the Entities rows are updated in
    /// place rather than reset.
    void showCorrected(std::shared_ptr<const CorpusGraph> graph, const std::vector<Error>& errors,
                       const QHash<NodeId, QPointF>& layout);
    void cancelLoading();
    bool isLoading() const;

    /// Finds a node by name or alias (exact, then prefix, then substring; case-insensitive),
    /// selects and centres it and shows its details. False when nothing matches.
    bool search(const QString& text);
    /// Selects a node everywhere (view, Entities row, Details).
    void activateNode(NodeId node);
    /// Writes the current view to `path` (.png or .svg). Region::Visible uses the view's
    /// transform and size.
    Status exportImage(const QString& path, ExportOptions options);
    /// Writes the whole graph to `path` in `format` (core's exportGraph()), with the current
    /// layout, colours and sizes of the nodes on screen. Errors go to the Problems dock.
    Status exportGraph(const QString& path, ExportFormat format);
    /// Reads a GraphML or GEXF file written by Parley and shows it, starting from its layout.
    /// Errors go to the Problems dock and leave the current graph in place.
    Status openGraph(const QString& path);

    const CorpusGraph* corpus() const { return m_graph.get(); }
    GraphView* graphView() const { return m_view; }
    DetailsPanel* details() const { return m_details; }
    SourcesPanel* sources() const { return m_sources; }
    FilterPanel* filters() const { return m_filters; }
    QTableView* entitiesView() const { return m_entities; }
    QListWidget* problems() const { return m_problems; }
    QLineEdit* searchField() const { return m_search; }
    QDockWidget* sourcesDock() const { return m_sourcesDock; }
    TimelineDock* timeline() const { return m_timeline; }
    AnalysisDock* analysis() const { return m_analysis; }
    StatesMatrix* statesMatrix() const { return m_statesMatrix; }
    /// The open .parley project, its corrections and their undo stack.
    ProjectController* project() const { return m_project; }
    ProjectUpdater* updater() const { return m_updater; }

    /// Where the bundled sample corpus is: next to the binary when installed, else the
    /// source tree. Empty when neither exists.
    static QString sampleCorpusPath();
    /// The articles of the sample corpus (its *.txt files, not its README), sorted.
    static QStringList sampleCorpusFiles();

Q_SIGNALS:
    void loadFinished(); ///< after openPaths() completed, failed or was cancelled

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    void createAnalysisDocks();
    void showProblems(const std::vector<Error>& errors);
    void updateNames(); ///< the search field's names and completions
    /// The view's filter: the Filters dock's, with the Timeline's range and the ego network.
    void applyViewFilter();
    void onLoaded(const QStringList& paths, const CorpusBuild& build);
    void onNodeActivated(NodeId node);
    void onEdgeActivated(int viewEdge);
    void onEntityRow(const QModelIndex& current);
    void onSentence(const QString& document, int sentence);
    void updateRecentMenu();
    void updateStatus();
    void addProblem(const QString& text);
    void exportInteractive();
    void exportGraphInteractive();
    void openGraphInteractive();
    /// File ▸ Add feed…: downloads a feed (AddFeedDialog, the address filled in with `url`
    /// when given) and opens it with what is open.
    void addFeedInteractive(const QString& url = {});

    std::shared_ptr<const CorpusGraph> m_graph;
    GraphView* m_view = nullptr;
    DetailsPanel* m_details = nullptr;
    SourcesPanel* m_sources = nullptr;
    FilterPanel* m_filters = nullptr;
    EntitiesModel* m_entityModel = nullptr;
    EntitiesFilter* m_entityFilter = nullptr;
    QTableView* m_entities = nullptr;
    QListWidget* m_problems = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QDockWidget* m_sourcesDock = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QLineEdit* m_search = nullptr;
    QCompleter* m_completer = nullptr;
    QHash<QString, NodeId> m_names; ///< lower-case names and aliases
    QMenu* m_recentMenu = nullptr;
    QAction* m_pauseAction = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_layoutLabel = nullptr;
    ArticleLoader* m_loader = nullptr;
    int m_liveProblems = 0; ///< rows the running load added to Problems so far
    QStringList m_loadingPaths;
    bool m_syncing = false;
    TimelineDock* m_timeline = nullptr;
    AnalysisDock* m_analysis = nullptr;
    StatesMatrix* m_statesMatrix = nullptr;
    NodeId m_egoCentre = -1;
    int m_egoHops = 1;
    ProjectController* m_project = nullptr;
    ProjectUpdater* m_updater = nullptr;
};

} // namespace parley
