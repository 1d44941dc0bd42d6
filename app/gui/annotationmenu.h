// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"

#include <QList>

class QMenu;
class QWidget;

namespace parley {

class ProjectController;

/// Adds the analyst's annotations of `nodes` to `menu`: Hide (or Show again when all are
/// hidden), Note…, Tags…, Colour… and Clear colour. Each entry pushes one undoable edit per
/// node on the project's stack (one undo step for several nodes). Dialogs open over
/// `parent`. Used by the graph's context menu, the Entities list and Details.
void addAnnotationEntries(QMenu& menu, ProjectController& project, const QList<NodeId>& nodes,
                          QWidget* parent);

} // namespace parley
