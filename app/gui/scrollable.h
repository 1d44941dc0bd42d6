// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QScrollArea>

namespace parley {

/// Wraps `content` in a frameless, resizable scroll area owned by `parent`. Docks that stack
/// several tools use it so that their minimum size does not push the main window past a
/// laptop screen: they scroll instead.
inline QScrollArea* scrollable(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace parley
