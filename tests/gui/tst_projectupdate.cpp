// SPDX-License-Identifier: GPL-3.0-or-later
// Update of a project on the real widgets: a feed served by this test on 127.0.0.1 is added
// with File ▸ Add feed… while a project is open, the feed grows, File ▸ Update project reads
// exactly the new items and every node already on screen keeps its exact position; an
// unreachable feed is a problem naming its address while the folders are still read; File ▸
// Watch folders picks up an article written to a watched folder (and a new subfolder).
#include "../net/feedfixture.h"
#include "../net/httpserver.h"

#include "gui/addfeeddialog.h"
#include "gui/graphview.h"
#include "gui/layoutrunner.h"
#include "gui/mainwindow.h"
#include "gui/projectcontroller.h"
#include "gui/projectupdater.h"
#include "render/viewgraph.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace parley;

namespace {

const QString ioData = QStringLiteral(PARLEY_TEST_DATA "/io");

// Where each shown node is, by its stable id, once the layout has settled.
QHash<QString, QPointF> settledPositions(MainWindow& window)
{
    LayoutRunner& layout = window.graphView()->layout();
    if (!QTest::qWaitFor([&layout] { return !layout.isRunning() && !layout.isPreparing(); }, 120000))
        return {};
    QHash<QString, QPointF> out;
    const ViewGraph& view = window.graphView()->viewGraph();
    const auto& positions = window.graphView()->positions();
    for (std::size_t i = 0; i < view.nodes.size() && i < positions.size(); ++i)
        out.insert(window.corpus()->node(view.nodes[i].node).id, positions[i]);
    return out;
}

// With PARLEY_SHOTS=DIR (run under Xvfb with QT_QPA_PLATFORM=xcb), the screen as a user sees
// it at this step, for the closing note; nothing otherwise.
void shot(const QString& name)
{
    const QString dir = qEnvironmentVariable("PARLEY_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                 dir + QLatin1Char('/') + name});
}

bool hasNode(const MainWindow& window, const QString& id)
{
    return window.corpus() && window.corpus()->find(id).has_value();
}

} // namespace

class TestProjectUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("parley-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_projectupdate"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void updateAddsTheNewItemsAndKeepsEveryPosition()
    {
        test::HttpServer server;
        QVERIFY(server.isListening());
        const auto serve = [&server](std::size_t items) {
            server.answer("/world.rss", {200, "application/rss+xml", test::growingFeed(items), {}});
        };
        serve(3);
        const QString feed = server.url(QStringLiteral("/world.rss"));
        const QString folder = m_dir.filePath(QStringLiteral("update-articles"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(ioData + QStringLiteral("/moscow-talks.txt"), folder + QStringLiteral("/a.txt")));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProjectController* project = window.project();
        QVERIFY(project->newProject(m_dir.filePath(QStringLiteral("update.parley")), {folder}));
        QCOMPARE(project->data().records.size(), std::size_t(1));

        // File ▸ Add feed… with the project open: the feed's items join it as a source.
        auto* addFeed = window.findChild<QAction*>(QStringLiteral("addFeedAction"));
        QVERIFY(addFeed);
        QTimer::singleShot(0, this, [&feed] {
            auto* dialog = qobject_cast<AddFeedDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->urlField()->setText(feed);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QSignalSpy added(project, &ProjectController::articlesAdded);
        addFeed->trigger();
        QVERIFY(added.count() == 1 || added.wait(60000));
        QCOMPARE(project->data().records.size(), std::size_t(4));
        QVERIFY(project->data().sources.contains(feed));
        QVERIFY(hasNode(window, QStringLiteral("person:vladimir-putin")));
        QVERIFY(!hasNode(window, QStringLiteral("person:xi-jinping")));

        const QHash<QString, QPointF> before = settledPositions(window);
        QVERIFY(before.size() > 10);

        // The feed grows by two items; File ▸ Update project (the real action) reads them.
        serve(5);
        ProjectUpdater* updater = window.updater();
        QAction* update = window.findChild<QAction*>(QStringLiteral("updateProjectAction"));
        QVERIFY(update && update->isEnabled());
        QSignalSpy finished(updater, &ProjectUpdater::finished);
        update->trigger();
        QVERIFY(finished.wait(60000));
        QCOMPARE(project->data().records.size(), std::size_t(6));
        QVERIFY2(project->lastChanges().startsWith(QLatin1String("2 new articles, 0 changed, 4 already in the project; 3 new officials, 2 new meetings")),
                 qPrintable(project->lastChanges()));
        QVERIFY(hasNode(window, QStringLiteral("person:xi-jinping")));
        QVERIFY(window.isWindowModified());

        const QHash<QString, QPointF> after = settledPositions(window);
        QCOMPARE(after.size(), before.size() + 8); // 3 officials, 2 meetings, 3 states
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            const QPointF moved = after.value(it.key()) - it.value();
            QVERIFY2(std::hypot(moved.x(), moved.y()) < 1e-9,
                     qPrintable(QStringLiteral("%1 moved by %2,%3").arg(it.key()).arg(moved.x()).arg(moved.y())));
        }
        // The new meeting of a known official settles beside him, not somewhere far away.
        const QPointF putin = after.value(QStringLiteral("person:vladimir-putin"));
        const QPointF xi = after.value(QStringLiteral("person:xi-jinping"));
        double farthest = 0;
        for (const QPointF& p : before)
            farthest = std::max(farthest, std::hypot(p.x() - putin.x(), p.y() - putin.y()));
        QVERIFY2(std::hypot(xi.x() - putin.x(), xi.y() - putin.y()) < farthest / 2,
                 qPrintable(QStringLiteral("Xi at %1 from Putin, graph radius %2")
                                .arg(std::hypot(xi.x() - putin.x(), xi.y() - putin.y())).arg(farthest)));

        // A story with no one known yet is placed apart, below the map, not on top of it.
        double bottom = -1e300;
        for (const QPointF& p : before)
            bottom = std::max(bottom, p.y());
        for (const char* id : {"person:luiz-inacio-lula-da-silva", "person:cyril-ramaphosa"}) {
            QVERIFY2(after.contains(QLatin1String(id)), id);
            QVERIFY2(after.value(QLatin1String(id)).y() > bottom, id);
        }
        shot(QStringLiteral("after-update.png"));

        // Saved: the update is part of the project.
        QVERIFY(project->save());
        QVERIFY(project->data().positions.contains(QStringLiteral("person:xi-jinping")));

        // Offline: the feed cannot be reached; a new article in the folder is still read and
        // the problem names the feed.
        server.close();
        QVERIFY(QFile::copy(ioData + QStringLiteral("/ankara-call.txt"), folder + QStringLiteral("/b.txt")));
        update->trigger();
        QVERIFY(finished.wait(60000));
        QCOMPARE(project->data().records.size(), std::size_t(7));
        QVERIFY(hasNode(window, QStringLiteral("person:hakan-fidan")));
        QVERIFY(!window.problems()->findItems(feed + QStringLiteral(": the connection was refused"),
                                              Qt::MatchStartsWith).isEmpty());
        QVERIFY(project->lastChanges().contains(QLatin1String("see Problems")));
        shot(QStringLiteral("update-offline.png"));
        project->closeProject();
    }

    void watchedFolderPicksUpNewArticles()
    {
        const QString folder = m_dir.filePath(QStringLiteral("watched"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(ioData + QStringLiteral("/moscow-talks.txt"), folder + QStringLiteral("/a.txt")));
        const QString path = m_dir.filePath(QStringLiteral("watched.parley"));
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ProjectController* project = window.project();
            QVERIFY(project->newProject(path, {folder}));
            QAction* watch = window.findChild<QAction*>(QStringLiteral("watchFoldersAction"));
            QVERIFY(watch && watch->isEnabled() && watch->isCheckable() && !watch->isChecked());
            watch->trigger();
            QVERIFY(watch->isChecked());
            QVERIFY(window.updater()->isWatching());
            QVERIFY(window.updater()->watchedPaths().contains(QDir(folder).absolutePath()));
            QVERIFY(!hasNode(window, QStringLiteral("person:hakan-fidan")));

            // An article is written into the folder: it appears without any click.
            QVERIFY(QFile::copy(ioData + QStringLiteral("/ankara-call.txt"), folder + QStringLiteral("/b.txt")));
            QTRY_VERIFY_WITH_TIMEOUT(hasNode(window, QStringLiteral("person:hakan-fidan")), 30000);
            QCOMPARE(project->data().records.size(), std::size_t(2));
            QVERIFY(project->save());
        }
        // The option is saved in the project and comes back with it, subfolders included.
        MainWindow window;
        window.show();
        ProjectController* project = window.project();
        QVERIFY(project->openProject(path, false));
        QAction* watch = window.findChild<QAction*>(QStringLiteral("watchFoldersAction"));
        QVERIFY(watch->isChecked());
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/later")));
        QTRY_VERIFY_WITH_TIMEOUT(window.updater()->watchedPaths().contains(QDir(folder).absoluteFilePath(QStringLiteral("later"))), 30000);
        QFile article(folder + QStringLiteral("/later/c.txt"));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("Title: Lisbon visit\n\nPortuguese Prime Minister Luis Montenegro met Spanish "
                      "Prime Minister Pedro Sanchez in Lisbon on Monday.\n");
        article.close();
        QTRY_COMPARE_WITH_TIMEOUT(project->data().records.size(), std::size_t(3), 30000);
        if (!qEnvironmentVariableIsEmpty("PARLEY_SHOTS")) {
            QMenu* file = window.menuBar()->actions().value(0)->menu();
            file->popup(window.mapToGlobal(QPoint(10, 30)));
            QTRY_VERIFY(file->isVisible());
            shot(QStringLiteral("watch-option.png"));
            file->close();
        }
        // Off again: nothing is watched.
        watch->trigger();
        QVERIFY(!window.updater()->isWatching());
        QVERIFY(window.updater()->watchedPaths().isEmpty());
    }
};

QTEST_MAIN(TestProjectUpdate)
#include "tst_projectupdate.moc"
