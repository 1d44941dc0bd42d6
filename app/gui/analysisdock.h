// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/metrics.h"
#include "analysis/paths.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <thread>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace parley {

class DetailsPanel;
class GraphView;

/// The Analysis dock: node size by degree, meetings or betweenness and communities coloured
/// (computed by core/analysis on a worker thread, cancellable, the betweenness sampling
/// stated); "How is A connected to B" (the shortest paths highlighted, the evidence chain in
/// Details); the ego network of the selected node with back/forward; and who met whom
/// (pairs of the current view with their meetings in the time range, sortable).
class AnalysisDock : public QWidget
{
    Q_OBJECT

public:
    AnalysisDock(GraphView* view, DetailsPanel* details, QWidget* parent = nullptr);
    ~AnalysisDock() override;

    /// Call after the view got a new graph (clears history, lists names for the path fields).
    void setGraph(std::shared_ptr<const CorpusGraph> graph);

    /// Finds and shows the shortest paths between two entities (names, aliases or ids); false
    /// when either is unknown.
    bool connectEntities(const QString& a, const QString& b);
    const PathSearch& lastPaths() const { return m_paths; }

    /// Shows the ego network of `centre` (hops from the spin box); pushes it on the history.
    void showEgo(NodeId centre);
    void back();
    void forward();

    bool computing() const { return m_pending; }
    const std::optional<NodeMetrics>& metrics() const { return m_metrics; }
    /// Community (0 = largest) of each node of the current view while communities are shown;
    /// empty otherwise.
    QHash<NodeId, int> communities() const;

    QComboBox* sizeBox() const { return m_size; }
    QCheckBox* communitiesBox() const { return m_communities; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* statusLabel() const { return m_status; }
    QTableWidget* communityTable() const { return m_communityTable; }
    QTableWidget* pairsTable() const { return m_pairs; }
    QLineEdit* fromField() const { return m_from; }
    QLineEdit* toField() const { return m_to; }
    QPushButton* connectButton() const { return m_connect; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* forwardButton() const { return m_forward; }

Q_SIGNALS:
    void metricsReady(); ///< a computation finished and was applied
    /// communities() changed (computed, cleared, or the view they were for is gone).
    void communitiesChanged();
    /// The view's filter should change (ego network entered or left); the main window merges
    /// it with the Filters and Timeline docks.
    void egoChanged(parley::NodeId centre, int hops);

private:
    void onViewRebuilt();
    void start();
    void cancel();
    void finished(std::uint64_t generation, std::optional<NodeMetrics> metrics);
    void applyMetrics();
    void applyMetricsToView();
    void fillPairs();
    void showPathDetails();
    void applyHistory();
    std::optional<NodeId> resolve(const QString& text) const;

    GraphView* m_view;
    DetailsPanel* m_details;
    std::shared_ptr<const CorpusGraph> m_graph;
    std::jthread m_worker;
    bool m_pending = false; ///< a computation was started and its result not yet applied
    std::uint64_t m_generation = 0;
    std::optional<NodeMetrics> m_metrics;
    std::vector<NodeId> m_metricNodes; ///< the projected nodes the metrics are for
    PathSearch m_paths;
    NodeId m_pathFrom = -1;
    NodeId m_pathTo = -1;
    std::vector<std::pair<NodeId, int>> m_history{{-1, 1}}; ///< ego centres; -1 = whole graph
    int m_historyAt = 0;

    QComboBox* m_size = nullptr;
    QCheckBox* m_communities = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_communityTable = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QPushButton* m_connect = nullptr;
    QSpinBox* m_hops = nullptr;
    QPushButton* m_ego = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_forward = nullptr;
    QTableWidget* m_pairs = nullptr;
};

} // namespace parley
