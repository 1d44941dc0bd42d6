// SPDX-License-Identifier: GPL-3.0-or-later
// Driving modal dialogs and popup menus from a test: both block in exec(), so the answer is
// scheduled before the widget opens.
#pragma once

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace parley::test {

/// Answers the next modal dialog with `answer` once it is up (menus open dialogs with exec()).
inline void whenDialog(QObject* context, const std::function<void(QWidget*)>& answer)
{
    auto* poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

/// The action `text` of `menu` or of one of its submenus, or null.
inline QAction* findAction(QMenu* menu, const QString& text)
{
    for (QAction* a : menu->actions()) {
        if (a->text() == text)
            return a;
        if (a->menu())
            if (QAction* inner = findAction(a->menu(), text))
                return inner;
    }
    return nullptr;
}

/// Opens a popup menu with `open` and triggers its entry `text` (submenus searched too);
/// false when the entry is missing or disabled.
inline bool chooseFromMenu(QObject* context, const QString& text, const std::function<void()>& open)
{
    bool triggered = false;
    QTimer::singleShot(0, context, [&triggered, text] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction* a = findAction(menu, text);
        menu->close();
        if (a && a->isEnabled()) {
            a->trigger();
            triggered = true;
        }
    });
    open();
    return triggered;
}

} // namespace parley::test
