// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/statesmatrix.h"

#include "gui/detailspanel.h"
#include "gui/graphview.h"
#include "gui/statesmatrixmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace parley {

StatesMatrix::StatesMatrix(GraphView* view, DetailsPanel* details, QWidget* parent)
    : QWidget(parent), m_view(view), m_details(details)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statesMatrixStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_model = new StatesMatrixModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StatesMatrixModel::CountRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("statesMatrix"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setDefaultSectionSize(44);
    m_table->horizontalHeader()->setMinimumSectionSize(28);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setToolTip(tr("Meetings between two states in the current time range. Click a "
                           "header to sort the rows by it, a cell to select its meetings."));
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::clicked, this, &StatesMatrix::activateCell);
    connect(m_view, &GraphView::viewRebuilt, this, &StatesMatrix::refresh);
    refresh();
}

void StatesMatrix::refresh()
{
    m_selected.clear();
    m_stale = true;
    if (isVisible())
        recompute();
}

void StatesMatrix::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

void StatesMatrix::recompute()
{
    m_stale = false;
    m_model->setGraph(m_view->graph(), m_view->filter());
    // The column headers are names: narrow columns with the name as a tooltip would hide
    // them, so a column is as wide as its name.
    m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    int meetings = 0;
    for (int row = 0; row < m_model->stateCount(); ++row)
        meetings += m_model->count(row, 0);
    m_status->setText(m_model->stateCount() == 0
                          ? tr("No state met another in this view and time range.")
                          : tr("%n state(s); %1 state-to-state meeting link(s). Click a cell to "
                               "select those meetings.", nullptr, m_model->stateCount())
                                .arg(meetings / 2));
}

void StatesMatrix::activateCell(const QModelIndex& proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const CorpusGraph* graph = m_view->graph();
    if (!index.isValid() || !graph || index.column() == 0)
        return;
    m_selected = m_model->meetingsAt(index.row(), index.column());
    if (m_selected.empty())
        return;
    const NodeId a = m_model->stateAt(index.row());
    const NodeId b = m_model->stateAt(index.column() - 1);

    // Details: the pair as one state-state edge with its meetings and their sentences, the
    // way a click on that edge in the states view shows it.
    ViewGraph pair;
    pair.nodes = {ViewNode{a, NodeKind::State, graph->node(a).name}, ViewNode{b, NodeKind::State, graph->node(b).name}};
    ViewEdge edge;
    edge.a = 0;
    edge.b = 1;
    edge.kind = ViewEdgeKind::StatesMet;
    edge.weight = int(m_selected.size());
    edge.meetings = m_selected;
    pair.edges.push_back(edge);
    m_details->showEdge(*graph, pair, 0);

    // The graph: the state-state edge where the view has one, else the meetings and the
    // two states highlighted with the edges between them.
    const ViewGraph& view = m_view->viewGraph();
    const int va = view.viewIndex(a);
    const int vb = view.viewIndex(b);
    std::vector<int> nodes;
    std::vector<int> edges;
    for (std::size_t k = 0; k < view.edges.size(); ++k) {
        const ViewEdge& e = view.edges[k];
        if (e.kind == ViewEdgeKind::StatesMet && ((e.a == va && e.b == vb) || (e.a == vb && e.b == va))) {
            m_view->selectEdge(int(k));
            m_status->setText(tr("%1 – %2: %n meeting(s), selected.", nullptr, edge.weight)
                                  .arg(graph->node(a).name, graph->node(b).name));
            return;
        }
    }
    for (const NodeId m : m_selected) {
        if (const int vm = view.viewIndex(m); vm >= 0)
            nodes.push_back(vm);
    }
    for (std::size_t k = 0; k < view.edges.size(); ++k) {
        const ViewEdge& e = view.edges[k];
        const bool toState = e.a == va || e.b == va || e.a == vb || e.b == vb;
        const bool toMeeting = std::find(nodes.begin(), nodes.end(), e.a) != nodes.end() ||
                               std::find(nodes.begin(), nodes.end(), e.b) != nodes.end();
        if (e.kind == ViewEdgeKind::Involves && toState && toMeeting)
            edges.push_back(int(k));
    }
    const int shown = int(nodes.size());
    for (const int v : {va, vb}) {
        if (v >= 0)
            nodes.push_back(v);
    }
    m_view->setPath(std::move(nodes), std::move(edges));
    m_status->setText(tr("%1 – %2: %n meeting(s); %3 highlighted in the graph.", nullptr, edge.weight)
                          .arg(graph->node(a).name, graph->node(b).name)
                          .arg(shown));
}

} // namespace parley
