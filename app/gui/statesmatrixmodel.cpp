// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/statesmatrixmodel.h"

#include <QColor>

#include <algorithm>
#include <numeric>

namespace parley {

namespace {

const std::vector<NodeId> kNone;

} // namespace

StatesMatrixModel::StatesMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void StatesMatrixModel::setGraph(const CorpusGraph* graph, const GraphFilter& filter)
{
    beginResetModel();
    m_graph = graph;
    m_states.clear();
    m_totals.clear();
    m_cell.clear();
    m_meetings.clear();
    m_max = 0;
    if (graph) {
        GraphFilter states = filter;
        states.projection = GraphFilter::Projection::StatesOnly;
        // The matrix answers for the whole range, not for a degree threshold or an ego view
        // chosen to declutter the picture.
        states.minDegree = 0;
        states.egoCentre = -1;
        const ProjectedGraph projected = projectGraph(*graph, states);
        const std::size_t n = projected.nodes.size();
        std::vector<int> totals(n, 0);
        for (const ProjectedEdge& e : projected.edges) {
            totals[std::size_t(e.a)] += e.weight;
            totals[std::size_t(e.b)] += e.weight;
        }
        std::vector<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            if (totals[std::size_t(a)] != totals[std::size_t(b)])
                return totals[std::size_t(a)] > totals[std::size_t(b)];
            return graph->node(projected.nodes[std::size_t(a)]).name <
                   graph->node(projected.nodes[std::size_t(b)]).name;
        });
        std::vector<int> position(n);
        for (std::size_t k = 0; k < n; ++k) {
            position[std::size_t(order[k])] = int(k);
            m_states.push_back(projected.nodes[std::size_t(order[k])]);
            m_totals.push_back(totals[std::size_t(order[k])]);
        }
        m_cell.assign(n, std::vector<int>(n, -1));
        for (const ProjectedEdge& e : projected.edges) {
            const auto a = std::size_t(position[std::size_t(e.a)]);
            const auto b = std::size_t(position[std::size_t(e.b)]);
            m_cell[a][b] = m_cell[b][a] = int(m_meetings.size());
            m_meetings.push_back(e.meetings);
            m_max = std::max(m_max, int(e.meetings.size()));
        }
    }
    endResetModel();
}

const std::vector<NodeId>& StatesMatrixModel::meetingsAt(int row, int column) const
{
    if (row < 0 || row >= stateCount() || column < 1 || column > stateCount())
        return kNone;
    const int k = m_cell[std::size_t(row)][std::size_t(column - 1)];
    return k < 0 ? kNone : m_meetings[std::size_t(k)];
}

int StatesMatrixModel::count(int row, int column) const
{
    if (column == 0)
        return row >= 0 && row < stateCount() ? m_totals[std::size_t(row)] : 0;
    return int(meetingsAt(row, column).size());
}

int StatesMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : stateCount();
}

int StatesMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : stateCount() + 1;
}

QVariant StatesMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_graph)
        return {};
    const int row = index.row();
    const int column = index.column();
    const int n = count(row, column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == row + 1)
            return QStringLiteral("·");
        return n > 0 ? QVariant(n) : QVariant();
    case CountRole:
        return n;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (column == 0 || n == 0 || m_max == 0)
            return {};
        // A heat map: the more meetings, the deeper the states' blue.
        QColor c(0x2b, 0x6c, 0xb0);
        c.setAlpha(40 + 180 * n / m_max);
        return c;
    }
    case Qt::ForegroundRole:
        return column > 0 && m_max > 0 && n * 2 > m_max ? QVariant(QColor(Qt::white)) : QVariant();
    case Qt::ToolTipRole: {
        const QString a = m_graph->node(stateAt(row)).name;
        if (column == 0)
            return tr("%1: %n meeting(s) with another state", nullptr, n).arg(a);
        const QString b = m_graph->node(stateAt(column - 1)).name;
        return tr("%1 – %2: %n meeting(s); click to select them", nullptr, n).arg(a, b);
    }
    default:
        return {};
    }
}

QVariant StatesMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_graph)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal && section == 0)
        return tr("Total");
    const int state = orientation == Qt::Horizontal ? section - 1 : section;
    if (state < 0 || state >= stateCount())
        return {};
    return m_graph->node(stateAt(state)).name;
}

} // namespace parley
