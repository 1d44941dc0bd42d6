// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/review.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;

namespace parley {

class ProjectController;

/// The Review queue: the extractions most likely wrong (reviewQueue()), each with the
/// sentence it was read from. A accepts the current row (tags its node "reviewed"), R
/// rejects the entity, M merges it with the suggested one; each is an undoable edit and the
/// queue moves on to the next row.
///
/// Kept up to date cheaply after each edit: an edit that changes only annotations (accept
/// tags a node) filters the queue already built (withoutReviewed()); an edit that changes the
/// graph drops at once the rows of entities gone from it, and builds the new queue on a
/// worker thread (the graphs a project hands out are never modified), then shows it with
/// the current row kept.
class ReviewDock : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewDock(ProjectController* project, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    const std::vector<ReviewItem>& items() const { return m_items; }
    void accept();
    void reject();
    void merge();
    /// False while the queue of the graph shown is still being built (rows of the previous
    /// graph, less those of entities no longer in it, are shown meanwhile).
    bool isUpToDate() const { return !m_building.isRunning() && m_queueGraph == shownGraph(); }

Q_SIGNALS:
    void nodeChosen(const QString& id); ///< the current row changed to this node
    void queueUpdated(); ///< a queue built on the worker is shown: isUpToDate() holds

private:
    /// The project's graph or its annotations changed.
    void refresh();
    /// Starts building the queue of the shown graph on the worker, unless a build runs (its
    /// end starts the next one).
    void startBuild();
    void onBuilt();
    /// Shows `items`; the current row stays on its node if it is among them, else on its index.
    void show(std::vector<ReviewItem> items);
    std::shared_ptr<const CorpusGraph> shownGraph() const;
    const ReviewItem* current() const;

    ProjectController* m_project;
    QListWidget* m_list;
    QLabel* m_help;
    std::vector<ReviewItem> m_items; ///< the rows shown
    std::vector<ReviewItem> m_queue; ///< reviewQueue(*m_queueGraph), accepted rows included
    std::shared_ptr<const CorpusGraph> m_queueGraph;
    std::shared_ptr<const CorpusGraph> m_buildingGraph; ///< what m_building is for
    QFutureWatcher<std::vector<ReviewItem>> m_building;
    bool m_rebuilding = false; ///< row changes while rebuilding are not the user's
};

} // namespace parley
