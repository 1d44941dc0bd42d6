// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/review.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace parley {

class ProjectController;

/// The Review queue: the extractions most likely wrong (reviewQueue()), each with the
/// sentence it was read from. A accepts the current row (tags its node "reviewed"), R
/// rejects the entity, M merges it with the suggested one; each is an undoable edit and the
/// queue moves on to the next row.
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

Q_SIGNALS:
    void nodeChosen(const QString& id); ///< the current row changed to this node

private:
    void rebuild();
    const ReviewItem* current() const;

    ProjectController* m_project;
    QListWidget* m_list;
    QLabel* m_help;
    std::vector<ReviewItem> m_items;
    bool m_rebuilding = false; ///< row changes while rebuilding are not the user's
};

} // namespace parley
