// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace parley {

/// What releasing a dragged node over another does, as the view's owner decides it
/// (GraphView::setNodeDropCheck()).
struct NodeDropVerdict
{
    enum class Action {
        Move,  ///< nothing special: the node is just moved there
        Merge, ///< releasing merges the dragged node into the target
        Refuse ///< the two cannot merge (kinds differ): releasing puts the node back
    };
    Action action = Action::Move;
    QString hint; ///< shown beside the cursor while over the target (Merge and Refuse)
};

} // namespace parley
