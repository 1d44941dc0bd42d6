// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;
class QMenu;

namespace parley {

/// Adds the Help menu to `window`'s menu bar: Quick start (F1), Keyboard shortcuts and About
/// Parley. The dialogs are made on demand and kept, parented to `window`.
QMenu* addHelpMenu(QMainWindow* window);

} // namespace parley
