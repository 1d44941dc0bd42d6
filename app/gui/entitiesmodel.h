// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace parley {

/// Table of every node of a CorpusGraph for the Entities dock: kind, name, title/state,
/// number of meetings and of source sentences, and the community the Analysis dock found
/// (while it shows communities). Sorting uses SortRole (numbers sort as numbers; nodes
/// without a community after every community); NodeRole holds the NodeId.
class EntitiesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Name, TitleState, Meetings, Sentences, Community, ColumnCount };
    static constexpr int NodeRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int KindRole = Qt::UserRole + 3;

    explicit EntitiesModel(QObject* parent = nullptr);
    void setGraph(const CorpusGraph* graph); ///< resets the model; nullptr clears
    /// The same corpus after an edit (merge, split, reject, ...): rows of nodes that are gone
    /// are removed, rows whose content changed are updated and new nodes are appended, each
    /// by id, so the view keeps its selection, current row and scroll (no model reset).
    void updateGraph(const CorpusGraph* graph);
    /// Community per node (0 = largest; absent = none), shown 1-based with its colour. Keeps
    /// the rows; empty clears the column.
    void setCommunities(const QHash<NodeId, int>& communities);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString id;
        NodeId node;
        NodeKind kind;
        QString name;
        QString titleState;
        QString searchText; ///< name, aliases, title, state for the filter
        int meetings;
        int sentences;
        int community = -1;
    };
    static std::vector<Row> rowsOf(const CorpusGraph& graph);
    std::vector<Row> m_rows;
};

/// Filters the Entities table by text (name, aliases, title, state) and kind.
class EntitiesFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EntitiesFilter(QObject* parent = nullptr);
    void setText(const QString& text);
    void setKind(std::optional<NodeKind> kind);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    QString m_text;
    std::optional<NodeKind> m_kind;
};

} // namespace parley
