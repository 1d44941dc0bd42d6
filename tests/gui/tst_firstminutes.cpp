// SPDX-License-Identifier: GPL-3.0-or-later
// The first ten minutes on the real widgets: the first window, the Details overview before
// any click, the Help menu's Quick start, Keyboard shortcuts and About, and File ▸ Add feed…
// against a feed served by this test on 127.0.0.1.
#include "../net/httpserver.h"
#include "guifixture.h"

#include "gui/aboutdialog.h"
#include "gui/addfeeddialog.h"
#include "gui/detailspanel.h"
#include "gui/mainwindow.h"
#include "gui/quickstartdialog.h"
#include "gui/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QDropEvent>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace parley;

class TestFirstMinutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("parley-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_firstminutes"));
        QSettings().clear();
        QDir(AddFeedDialog::feedFolder()).removeRecursively();
    }

    void firstWindowTakesMostOfTheScreen()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect screen = window.screen()->availableGeometry();
        const QRect got = window.geometry();
        QVERIFY2(got.width() >= screen.width() * 85 / 100 && got.height() >= screen.height() * 85 / 100,
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(got.width()).arg(got.height())
                                .arg(screen.width()).arg(screen.height())));
        QVERIFY2(screen.contains(got), qPrintable(QStringLiteral("%1,%2 %3x%4 (minimum %5x%6) on %7x%8").arg(got.x()).arg(got.y()).arg(got.width()).arg(got.height()).arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height()).arg(screen.width()).arg(screen.height())));
        // Centred, give or take what the window's minimum size adds on a small screen.
        QVERIFY2((got.center() - screen.center()).manhattanLength() <= screen.width() / 20,
                 qPrintable(QStringLiteral("centre %1,%2 on a screen centred at %3,%4")
                                .arg(got.center().x()).arg(got.center().y())
                                .arg(screen.center().x()).arg(screen.center().y())));
    }

    void detailsShowAnOverviewBeforeAnyClick()
    {
        MainWindow window;
        window.show();
        window.setCorpus(test::handBuiltCorpus());
        const QString text = window.details()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("What was read")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Articles\n2\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("States\n6\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Officials\n6\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Meetings\n2\n")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Most connected officials")));
        QVERIFY(text.contains(QStringLiteral("Sergei Lavrov — 1 meeting")));
        QVERIFY(!text.contains(QLatin1String("meeting(s)")));

        // A name in the overview is a link to that node, like the rest of the dock.
        const auto lavrov = window.corpus()->find(QStringLiteral("person:sergei-lavrov"));
        QVERIFY(lavrov);
        Q_EMIT window.details()->anchorClicked(QUrl(QStringLiteral("node:%1").arg(*lavrov)));
        QTRY_VERIFY(!window.details()->toPlainText().contains(QLatin1String("What was read")));
        QVERIFY(!window.details()->sentences().empty());
        // Clearing the selection brings the overview back.
        window.details()->showNothing();
        QVERIFY(window.details()->toPlainText().contains(QLatin1String("What was read")));
    }

    void overviewOfNothingSaysWhereToStart()
    {
        DetailsPanel details;
        const CorpusGraph empty;
        details.setGraph(&empty);
        details.showNothing();
        QVERIFY2(details.toPlainText().contains(QLatin1String("Nothing read yet")),
                 qPrintable(details.toPlainText()));
        QVERIFY(details.toPlainText().contains(QLatin1String("Quick start")));
    }

    void helpMenu()
    {
        MainWindow window;
        window.show();
        auto* quick = window.findChild<QAction*>(QStringLiteral("quickStartAction"));
        auto* keys = window.findChild<QAction*>(QStringLiteral("shortcutsAction"));
        auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(quick && keys && about);
        QCOMPARE(quick->shortcut(), QKeySequence(QKeySequence::HelpContents));

        quick->trigger();
        auto* guide = window.findChild<QuickStartDialog*>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        const QString guideText = guide->browser()->toPlainText();
        for (const char* topic : {"Hexagons", "circles", "diamonds", "Details", "Ctrl+F", "Filters",
                                  "Export image", "Add feed"})
            QVERIFY2(guideText.contains(QLatin1String(topic)), topic);
        quick->trigger(); // again: the same dialog, not a second one
        QCOMPARE(window.findChildren<QuickStartDialog*>().size(), 1);

        keys->trigger();
        auto* shortcuts = window.findChild<ShortcutsDialog*>();
        QVERIFY(shortcuts);
        QHash<QString, QString> rows;
        for (int r = 0; r < shortcuts->table()->rowCount(); ++r)
            rows.insert(shortcuts->table()->item(r, 0)->text(), shortcuts->table()->item(r, 1)->text());
        QCOMPARE(rows.value(QStringLiteral("File ▸ Open files")),
                 QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Edit ▸ Find")),
                 QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("View ▸ Fit to window")), QStringLiteral("Ctrl+0"));
        QVERIFY(rows.contains(QStringLiteral("Graph ▸ Clear the selection")));

        about->trigger();
        auto* aboutDialog = window.findChild<AboutDialog*>();
        QVERIFY(aboutDialog);
        const QString aboutText = aboutDialog->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
        QVERIFY(aboutText.contains(QStringLiteral("Parley " PARLEY_VERSION)));
        QVERIFY(aboutText.contains(QLatin1String("GPL-3.0-or-later")));
        QVERIFY(!aboutText.contains(QLatin1String(".invalid")));
    }

    void addFeedFromTheMenu()
    {
        test::HttpServer server;
        QVERIFY(server.isListening());
        server.serveFile("/world.rss", QStringLiteral(PARLEY_TEST_DATA "/feeds/world.rss"),
                         "application/rss+xml");
        MainWindow window;
        window.show();
        window.setCorpus(test::handBuiltCorpus());
        auto* action = window.findChild<QAction*>(QStringLiteral("addFeedAction"));
        QVERIFY(action);
        // The dialog is modal: fill it in from inside its own event loop.
        QTimer::singleShot(0, this, [&server] {
            auto* dialog = qobject_cast<AddFeedDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->urlField()->setText(server.url(QStringLiteral("/world.rss")));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        action->trigger();
        QVERIFY(loaded.wait(60000) || loaded.count() == 1);
        QCOMPARE(window.corpus()->documents().size(), std::size_t(3));
        QStringList urls;
        for (const Document& d : window.corpus()->documents())
            urls << d.url;
        QVERIFY(urls.contains(QStringLiteral("http://news.example.test/sochi")));
        // The empty item is a problem to read, not a silent loss, and it names the address.
        QCOMPARE(window.problems()->count(), 1);
        QCOMPARE(window.problems()->item(0)->text(),
                 server.url(QStringLiteral("/world.rss")) +
                     QStringLiteral(":29: item \"An item with nothing in it\" has no text; skipped"));
    }

    void droppedFeedLinkOpensAddFeed()
    {
        // The window's own drop handler, as the drag-and-drop machinery calls it.
        struct DropWindow : MainWindow
        {
            using MainWindow::dropEvent;
        } window;
        window.show();
        QString offered;
        QTimer::singleShot(50, this, [&offered] {
            auto* dialog = qobject_cast<AddFeedDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            offered = dialog->urlField()->text();
            dialog->reject(); // nothing is downloaded without the user's OK
        });
        auto* mime = new QMimeData;
        mime->setUrls({QUrl(QStringLiteral("https://news.example.test/world/rss.xml"))});
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        drop.ignore();
        window.dropEvent(&drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(offered, QStringLiteral("https://news.example.test/world/rss.xml"));
        delete mime;
    }

    void addFeedReportsFailuresInTheDialog()
    {
        test::HttpServer server;
        AddFeedDialog dialog;
        dialog.show();
        dialog.urlField()->setText(QStringLiteral("ftp://example.test/feed"));
        dialog.startDownload();
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("http://")));
        const QString missing = server.url(QStringLiteral("/missing.rss"));
        dialog.urlField()->setText(missing);
        dialog.startDownload();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.messageLabel()->text().contains(QLatin1String("HTTP 404")), 30000);
        QVERIFY(dialog.messageLabel()->text().contains(missing));
        QCOMPARE(dialog.result(), 0); // still open, to correct the address
        QVERIFY(dialog.savedFile().isEmpty());
    }
};

QTEST_MAIN(TestFirstMinutes)
#include "tst_firstminutes.moc"
