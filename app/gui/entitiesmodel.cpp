// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/entitiesmodel.h"

#include "gui/overview.h"
#include "render/graphpainter.h"
#include "render/paintstyle.h"
#include "render/viewgraph.h"

#include <QColor>

#include <algorithm>

#include <limits>

namespace parley {

EntitiesModel::EntitiesModel(QObject* parent) : QAbstractTableModel(parent) {}

std::vector<EntitiesModel::Row> EntitiesModel::rowsOf(const CorpusGraph& graph)
{
    std::vector<Row> rows;
    rows.reserve(std::size_t(graph.nodeCount()));
    for (NodeId n = 0; n < graph.nodeCount(); ++n) {
        const NodeData& d = graph.node(n);
        Row r{d.id, n, d.kind, d.name, {}, {}, 0, int(distinctSentences(d.mentions).size())};
        if (d.kind == NodeKind::Meeting)
            r.name = meetingLabel(graph, n);
        if (r.name.isEmpty())
            r.name = d.id;
        QString stateName;
        if (!d.state.isEmpty()) {
            const auto s = graph.find(d.state);
            stateName = s ? graph.node(*s).name : d.state;
        }
        if (d.kind == NodeKind::Official) {
            const QString where = !stateName.isEmpty() ? stateName : d.organization;
            r.titleState = d.title.isEmpty() ? where
                                             : where.isEmpty() ? d.title : d.title + QStringLiteral(", ") + where;
        } else if (d.kind == NodeKind::Meeting) {
            r.titleState = d.place;
        }
        r.meetings = meetingCount(graph, n);
        r.searchText = QStringList{r.name, d.aliases.join(QLatin1Char(' ')), r.titleState, d.id}.join(QLatin1Char(' '));
        rows.push_back(std::move(r));
    }
    return rows;
}

void EntitiesModel::setGraph(const CorpusGraph* graph)
{
    beginResetModel();
    m_rows = graph ? rowsOf(*graph) : std::vector<Row>{};
    endResetModel();
}

void EntitiesModel::updateGraph(const CorpusGraph* graph)
{
    if (!graph || m_rows.empty()) {
        setGraph(graph);
        return;
    }
    std::vector<Row> fresh = rowsOf(*graph);
    QHash<QString, std::size_t> at;
    at.reserve(qsizetype(fresh.size()));
    for (std::size_t i = 0; i < fresh.size(); ++i)
        at.insert(fresh[i].id, i);
    // Rows of nodes that are gone, a run at a time from the end, so indices stay valid.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (at.contains(m_rows[std::size_t(last)].id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !at.contains(m_rows[std::size_t(first - 1)].id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }
    // Rows that stay take their new content. When a node goes, the node indices after it
    // shift: NodeRole is read from the row when asked, so that needs no signal; a change
    // that shows (or sorts, or filters) gets dataChanged for its run of rows only, since
    // the sorting proxy re-sorts every row a signal covers.
    std::vector<char> placed(fresh.size(), 0);
    int runFirst = -1;
    const auto flush = [&](int end) {
        if (runFirst >= 0)
            Q_EMIT dataChanged(index(runFirst, 0), index(end - 1, ColumnCount - 1));
        runFirst = -1;
    };
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& r = m_rows[i];
        const std::size_t j = at.value(r.id);
        placed[j] = 1;
        Row& f = fresh[j];
        const bool shown = r.kind == f.kind && r.name == f.name && r.titleState == f.titleState &&
                           r.searchText == f.searchText && r.meetings == f.meetings &&
                           r.sentences == f.sentences;
        r.node = f.node;
        if (shown) {
            flush(int(i));
            continue;
        }
        f.community = r.community; // the Analysis dock sets it again for the new graph
        r = std::move(f);
        if (runFirst < 0)
            runFirst = int(i);
    }
    flush(int(m_rows.size()));
    // New nodes (a split, an added meeting) at the end.
    const auto added = std::count(placed.begin(), placed.end(), char(0));
    if (added == 0)
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added) - 1);
    for (std::size_t j = 0; j < fresh.size(); ++j) {
        if (!placed[j])
            m_rows.push_back(std::move(fresh[j]));
    }
    endInsertRows();
}

void EntitiesModel::setCommunities(const QHash<NodeId, int>& communities)
{
    for (Row& r : m_rows)
        r.community = communities.value(r.node, -1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Community), index(int(m_rows.size()) - 1, Community));
}

int EntitiesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntitiesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntitiesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size())
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    if (role == NodeRole)
        return r.node;
    if (role == KindRole)
        return int(r.kind);
    if (role == Qt::UserRole)
        return r.searchText;
    const int column = index.column();
    if (role == Qt::DecorationRole && column == Kind)
        return nodeColor(r.kind);
    if (role == Qt::DecorationRole && column == Community && r.community >= 0)
        return PaintStyle::standard().communityColour(r.community);
    if (role == Qt::TextAlignmentRole && (column == Meetings || column == Sentences || column == Community))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case Kind: return role == SortRole ? QVariant(int(r.kind)) : QVariant(toString(r.kind));
        case Name: return r.name;
        case TitleState: return r.titleState;
        case Meetings:
            if (r.kind == NodeKind::Meeting)
                return role == SortRole ? QVariant(-1) : QVariant(QString());
            return r.meetings;
        case Sentences: return r.sentences;
        case Community:
            if (r.community < 0)
                return role == SortRole ? QVariant(std::numeric_limits<int>::max()) : QVariant(QString());
            return role == SortRole ? QVariant(r.community) : QVariant(r.community + 1);
        default: break;
        }
    }
    if (role == Qt::ToolTipRole)
        return r.searchText;
    return {};
}

QVariant EntitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Meetings)
        return tr("Number of meetings attended (officials) or involved in (states)");
    if (role == Qt::ToolTipRole && section == Sentences)
        return tr("Number of source sentences");
    if (role == Qt::ToolTipRole && section == Community)
        return tr("Community found by the Analysis dock (1 = the largest), while communities are shown");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Kind");
    case Name: return tr("Name");
    case TitleState: return tr("Title / state");
    case Meetings: return tr("Meet.");
    case Sentences: return tr("Sent.");
    case Community: return tr("Comm.");
    default: return {};
    }
}

EntitiesFilter::EntitiesFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EntitiesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void EntitiesFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void EntitiesFilter::setKind(std::optional<NodeKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

bool EntitiesFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (m_kind && i.data(EntitiesModel::KindRole).toInt() != int(*m_kind))
        return false;
    return m_text.isEmpty() || i.data(Qt::UserRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace parley
