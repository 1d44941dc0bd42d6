// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"

#include <QWidget>

#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace parley {

class DetailsPanel;
class GraphView;
class StatesMatrixModel;

/// The States matrix dock: who met whom how often among states, in the view's current
/// filter and time range (StatesMatrixModel), sortable by any column. Clicking a cell selects
/// those meetings: the state-state edge in the states view, or the meetings and their two
/// states highlighted in the full view; Details lists them with their sentences.
class StatesMatrix : public QWidget
{
    Q_OBJECT

public:
    StatesMatrix(GraphView* view, DetailsPanel* details, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    StatesMatrixModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLabel* statusLabel() const { return m_status; }
    /// Selects the meetings of a cell, in the proxy's (sorted) coordinates, as a click does.
    void activateCell(const QModelIndex& proxyIndex);
    /// Meetings selected by the last click.
    const std::vector<NodeId>& selectedMeetings() const { return m_selected; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Recomputes the matrix now when it is on screen, else on the next show (Play rebuilds
    /// the view every step; a hidden matrix costs nothing).
    void refresh();
    void recompute();

    GraphView* m_view;
    DetailsPanel* m_details;
    StatesMatrixModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    std::vector<NodeId> m_selected;
    bool m_stale = true;
};

} // namespace parley
