// SPDX-License-Identifier: GPL-3.0-or-later
// Long project work off the GUI thread, in the real main window (offscreen): while a large
// batch of articles is extracted into a project the event loop keeps serving a timer, the
// status bar shows progress and a Cancel button, and Cancel really stops the worker and
// leaves the project and its graph exactly as they were; without Cancel the articles arrive.
#include "../project/projectfixture.h"

#include "gui/backgroundtask.h"
#include "gui/mainwindow.h"
#include "gui/projectcontroller.h"
#include "project/pipeline.h"
#include "project/projectfile.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace parley;
using namespace parley::test;

namespace {

// `count` articles made from the bundled samples, each with a line of its own so that no two
// share a content hash: enough work that extraction takes a good fraction of a second.
QString writeCorpus(const QString& path, int count)
{
    QStringList texts;
    for (const QString& file : MainWindow::sampleCorpusFiles()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(f.readAll()));
    }
    QFile out(path);
    if (texts.isEmpty() || !out.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < count; ++i) {
        const QJsonObject article{
            {QStringLiteral("title"), QStringLiteral("Article %1").arg(i)},
            {QStringLiteral("text"), QString(texts[i % texts.size()] + QStringLiteral("\n\nReference %1.").arg(i))}};
        out.write(QJsonDocument(article).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

/// A 5 ms timer that counts its ticks while the task's worker runs and, once the progress bar
/// has moved (the worker is well into the batch), clicks the real Cancel button as a user would.
/// A tick count above one at the click shows the GUI thread was not blocked meanwhile.
class CancelOnProgress
{
public:
    explicit CancelOnProgress(BackgroundTask* task)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, task] {
            ++m_ticks;
            if (!task->isRunning() || ticksWhenCancelled >= 0)
                return;
            cancelVisible = task->cancelButton()->isVisible();
            if (task->progressBar()->value() > 0) {
                ticksWhenCancelled = m_ticks;
                QTest::mouseClick(task->cancelButton(), Qt::LeftButton);
            }
        });
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    int ticksWhenCancelled = -1; ///< -1: never clicked
    bool cancelVisible = false;  ///< Cancel was shown while the worker ran

private:
    QTimer m_timer;
    int m_ticks = 0;
};

} // namespace

class TestProjectTask : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_corpus; ///< 3,000 articles: long enough a run to click Cancel in the middle of it
    QString m_small;  ///< 400: runs that go to the end (the sanitizer build runs them too)

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings();
        m_path = writeSampleProject(m_dir);
        QVERIFY(!m_path.isEmpty());
        m_corpus = writeCorpus(m_dir.filePath(QStringLiteral("many.jsonl")), 3000);
        QVERIFY(!m_corpus.isEmpty());
        m_small = writeCorpus(m_dir.filePath(QStringLiteral("some.jsonl")), 400);
        QVERIFY(!m_small.isEmpty());
    }

    void cancelKeepsTheProjectAndTheGuiAnswers()
    {
        MainWindow w;
        w.show();
        ProjectController* project = w.project();
        QVERIFY(project->openProject(m_path, false));
        const QStringList before = fingerprint(*w.corpus());
        const std::size_t records = project->data().records.size();
        BackgroundTask* task = project->task();

        CancelOnProgress cancel(task);
        const Status added = project->addArticles({m_corpus});
        cancel.stop();

        QVERIFY(!added);
        QVERIFY2(added.error.message.contains(QLatin1String("cancelled")), qPrintable(added.error.toString()));
        QVERIFY(cancel.cancelVisible);
        QVERIFY(task->wasCancelled());
        QVERIFY2(cancel.ticksWhenCancelled > 1, "no progress shown, or the timer did not fire while the worker ran");
        QVERIFY(!task->isRunning());
        QVERIFY(!task->cancelButton()->isVisible());
        // Nothing of the cancelled batch arrived: same records, same graph, nothing to save.
        QCOMPARE(project->data().records.size(), records);
        QCOMPARE(fingerprint(*w.corpus()), before);
        QVERIFY(!project->isModified());
    }

    void withoutCancelTheArticlesArrive()
    {
        MainWindow w;
        w.show();
        ProjectController* project = w.project();
        QVERIFY(project->openProject(m_path, false));
        const std::size_t records = project->data().records.size();
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start();
        QSignalSpy finished(project->task(), &BackgroundTask::finished);
        QVERIFY(project->addArticles({m_small}));
        timer.stop();
        QCOMPARE(finished.count(), 1);
        QVERIFY(ticks > 1);
        QCOMPARE(project->data().records.size(), records + 400);
        QVERIFY(w.corpus()->documents().size() >= 400);
        QVERIFY(project->isModified());
    }

    void fullDiskSaveNamesTheFileAndKeepsTheLastSave()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.parley"));
        QVERIFY(ProjectFile::create(path, sampleProject()));
        {
            MainWindow w;
            w.show();
            ProjectController* project = w.project();
            QVERIFY(project->openProject(path, false));
            QVERIFY(project->addArticles(MainWindow::sampleCorpusFiles()));
            QVERIFY(project->isModified());
            ProjectFile::setPageLimitForTesting(1); // SQLite: "database or disk is full"
            const Status saved = project->save();
            ProjectFile::setPageLimitForTesting(0);
            QVERIFY(!saved);
            QVERIFY2(saved.error.toString().contains(QLatin1String("full.parley")), qPrintable(saved.error.toString()));
            QVERIFY2(saved.error.message.contains(QLatin1String("full")), qPrintable(saved.error.toString()));
            // Nothing is lost: the work is still unsaved in the window.
            QVERIFY(project->isModified());
            QVERIFY(w.isWindowModified());
            project->closeProject();
        }
        MainWindow again;
        again.show();
        QVERIFY(again.project()->openProject(path, false));
        QCOMPARE(again.project()->data().records.size(), sampleProject().records.size());
    }

    void editsWhileExtractingAreKept()
    {
        // An edit made while the worker runs is replayed on the new graph, not lost.
        MainWindow w;
        w.show();
        ProjectController* project = w.project();
        QVERIFY(project->openProject(m_path, false));
        const QString lavrov = QStringLiteral("person:sergey-lavrov");
        QVERIFY(w.corpus()->find(lavrov));
        bool edited = false;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] {
            if (edited || !project->task()->isRunning())
                return;
            Edit e;
            e.kind = EditKind::Reject;
            e.target = project->keyOf(*w.corpus()->find(lavrov));
            project->pushEdit(e);
            edited = true;
        });
        timer.start();
        QVERIFY(project->addArticles({m_small}));
        timer.stop();
        QVERIFY(edited);
        QCOMPARE(project->undoStack()->count(), 1);
        QVERIFY(!w.corpus()->find(lavrov));
        QVERIFY(w.corpus()->documents().size() >= 400);
    }
    // Articles opened on their own (no project) go through core's one pipeline on the same
    // task: the status bar shows its progress, and the real Cancel button stops the worker
    // and leaves the graph shown before, with no problem reported.
    void openingArticlesIsCancelledByTheRealButton()
    {
        MainWindow w;
        w.show();
        QSignalSpy done(&w, &MainWindow::loadFinished);
        w.openPaths(MainWindow::sampleCorpusFiles());
        QVERIFY(done.wait(60000));
        const CorpusGraph* shown = w.corpus();
        QVERIFY(shown && shown->nodeCount() > 0);
        const QStringList before = fingerprint(*shown);
        BackgroundTask* task = w.project()->task();

        CancelOnProgress cancel(task);
        w.openPaths({m_corpus});
        QVERIFY(w.isLoading());
        QVERIFY(done.wait(120000));
        cancel.stop();
        QVERIFY2(cancel.ticksWhenCancelled > 1, "no progress shown, or the timer did not fire while the worker ran");
        QVERIFY(cancel.cancelVisible);
        QVERIFY(task->wasCancelled());
        QVERIFY(!w.isLoading());
        QVERIFY(!task->isRunning());
        QVERIFY(!task->cancelButton()->isVisible());
        QCOMPARE(w.corpus(), shown);
        QCOMPARE(fingerprint(*w.corpus()), before);
        QCOMPARE(w.problems()->count(), 0);
    }

    // A broken file among the articles is named in Problems while the others still load,
    // and the window ends with the very graph and errors of core's buildCorpus().
    void badFileIsNamedWhileTheRestLoads()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.jsonl"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"title\": \"Fine\", \"text\": \"Vladimir Putin met Recep Tayyip Erdogan in Moscow.\"}\n"
                    "{\"title\": \"Cut short\", \"text\": \"Putin \n");
        }
        MainWindow w;
        w.show();
        BackgroundTask* task = w.project()->task();
        QString shownWhileLoading;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] {
            if (shownWhileLoading.isEmpty() && task->isRunning() && w.problems()->count() > 0)
                shownWhileLoading = w.problems()->item(0)->text();
        });
        timer.start();
        QSignalSpy done(&w, &MainWindow::loadFinished);
        w.openPaths({bad, m_small});
        QVERIFY(done.wait(120000));
        timer.stop();
        QVERIFY2(shownWhileLoading.contains(QLatin1String("broken.jsonl:2")), qPrintable(shownWhileLoading));
        QCOMPARE(w.problems()->count(), 1);
        QCOMPARE(w.problems()->item(0)->text(), shownWhileLoading);
        QCOMPARE(int(w.corpus()->documents().size()), 401);

        const CorpusBuild direct = buildCorpus({bad, m_small});
        QCOMPARE(int(direct.errors.size()), 1);
        QCOMPARE(direct.errors.front().toString(), shownWhileLoading);
        QCOMPARE(fingerprint(*w.corpus()), fingerprint(*direct.graph));
    }
};

QTEST_MAIN(TestProjectTask)
#include "tst_projecttask.moc"
