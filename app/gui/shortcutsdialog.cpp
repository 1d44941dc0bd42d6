// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley {

namespace {

// "&Open files…" -> "Open files"
QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

// Menu actions with shortcuts, depth first in menu order, as ("File ▸ Open files", "Ctrl+O").
void collect(QMenu* menu, const QString& path, QList<QPair<QString, QString>>& out)
{
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" ▸ ") + plainText(action->text()), out);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        out.append({path + QStringLiteral(" ▸ ") + plainText(action->text()),
                    action->shortcut().toString(QKeySequence::NativeText)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts — Parley"));
    QList<QPair<QString, QString>> rows;
    if (auto* window = qobject_cast<QMainWindow*>(parent)) {
        for (QAction* top : window->menuBar()->actions()) {
            if (top->menu())
                collect(top->menu(), plainText(top->text()), rows);
        }
    }
    // The graph view handles these itself (graphview.cpp keyPressEvent and mouse events).
    rows.append({tr("Graph ▸ Zoom in / out"), tr("+ / −, or the mouse wheel")});
    rows.append({tr("Graph ▸ Fit to window"), tr("0 or Home")});
    rows.append({tr("Graph ▸ Pan"), tr("Arrow keys, or drag the background")});
    rows.append({tr("Graph ▸ Clear the selection"), tr("Esc")});
    rows.append({tr("Graph ▸ Show details"), tr("Click a node or a line")});
    rows.append({tr("Graph ▸ Pin a node"), tr("Drag it")});

    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        m_table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace parley
