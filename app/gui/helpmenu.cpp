// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/helpmenu.h"

#include "gui/aboutdialog.h"
#include "gui/quickstartdialog.h"
#include "gui/shortcutsdialog.h"

#include <QMainWindow>
#include <QMenuBar>

namespace parley {

namespace {

// Shows the window's one dialog of type D, making it the first time.
template <typename D>
void showDialog(QMainWindow* window)
{
    D* dialog = window->findChild<D*>();
    if (!dialog)
        dialog = new D(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

QMenu* addHelpMenu(QMainWindow* window)
{
    QMenu* help = window->menuBar()->addMenu(QMainWindow::tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* quick = help->addAction(QMainWindow::tr("&Quick start"), window,
                                     [window] { showDialog<QuickStartDialog>(window); });
    quick->setObjectName(QStringLiteral("quickStartAction"));
    quick->setShortcut(QKeySequence::HelpContents);
    QAction* keys = help->addAction(QMainWindow::tr("&Keyboard shortcuts"), window,
                                    [window] { showDialog<ShortcutsDialog>(window); });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(Qt::CTRL | Qt::Key_Slash);
    help->addSeparator();
    QAction* about = help->addAction(QMainWindow::tr("&About Parley"), window,
                                     [window] { showDialog<AboutDialog>(window); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    return help;
}

} // namespace parley
