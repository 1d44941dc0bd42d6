// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/projection.h"

#include <QAbstractTableModel>

#include <vector>

namespace parley {

/// Who met whom how often, as a states x states matrix: cell (A, B) is the number of meetings
/// that involve both states under a filter (its time range, state and kind choices), the
/// state-state edges of the states view. Column 0 is each state's total (meetings involving
/// it and another state); rows and columns are ordered by that total. Symmetric; the diagonal
/// is empty. Sorting (through a proxy) orders the rows by a column's counts.
class StatesMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Numeric value of a cell for sorting (counts; names for the header).
    static constexpr int CountRole = Qt::UserRole + 1;

    explicit StatesMatrixModel(QObject* parent = nullptr);

    /// Recomputes the matrix of `graph` under `filter` (its projection is ignored: states).
    /// Null clears it. O(meetings x states per meeting squared).
    void setGraph(const CorpusGraph* graph, const GraphFilter& filter);

    int stateCount() const { return int(m_states.size()); }
    NodeId stateAt(int index) const { return m_states[std::size_t(index)]; }
    /// The meetings behind a cell (row, column >= 1), oldest first by id order; empty for
    /// the total column and the diagonal.
    const std::vector<NodeId>& meetingsAt(int row, int column) const;
    int count(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CorpusGraph* m_graph = nullptr;
    std::vector<NodeId> m_states;               ///< by total, descending
    std::vector<int> m_totals;                  ///< per state
    std::vector<std::vector<int>> m_cell;       ///< index into m_meetings, -1 = none
    std::vector<std::vector<NodeId>> m_meetings; ///< per state pair that met
    int m_max = 0;                              ///< largest cell, for the shading
};

} // namespace parley
