// SPDX-License-Identifier: GPL-3.0-or-later
// Where the main window's view draws each node, by node id: what tst_editview and
// bench_editrepaint compare before and after an edit.
#pragma once

#include "gui/graphview.h"
#include "gui/mainwindow.h"
#include "render/viewgraph.h"

#include <QHash>
#include <QPointF>

namespace parley::test {

inline QHash<QString, QPointF> placesById(const MainWindow& w)
{
    QHash<QString, QPointF> out;
    const GraphView* v = w.graphView();
    const auto& pos = v->positions();
    for (std::size_t i = 0; i < v->viewGraph().nodes.size() && i < pos.size(); ++i)
        out.insert(v->graph()->node(v->viewGraph().nodes[i].node).id, pos[i]);
    return out;
}

} // namespace parley::test
