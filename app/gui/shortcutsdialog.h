// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;

namespace parley {

/// Help ▸ Keyboard shortcuts: every menu action of the parent window that has a shortcut
/// (read from the actions themselves, so the list cannot go stale), then the keys and mouse
/// gestures of the graph view, which are not menu actions.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace parley
