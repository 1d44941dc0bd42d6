// SPDX-License-Identifier: GPL-3.0-or-later
// Corrections from the Details dock and the Add meeting dialog, in the real main window
// (offscreen): Details' "Correct or annotate…" link opens the node's corrections (rename,
// status, reject), and Edit ▸ Add meeting… adds a meeting of chosen officials with mode,
// status, place, date and a cited sentence or free text; everything undoes and redoes.
#include "../project/projectfixture.h"
#include "widgetdriver.h"

#include "gui/addmeetingdialog.h"
#include "gui/backgroundtask.h"
#include "gui/detailspanel.h"
#include "gui/graphview.h"
#include "gui/mainwindow.h"
#include "gui/projectcontroller.h"
#include "project/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QProgressBar>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace parley;
using namespace parley::test;

namespace {

const QString lavrov = QStringLiteral("person:sergey-lavrov");
const QString putin = QStringLiteral("person:vladimir-putin");
const QString guler = QStringLiteral("person:yasar-guler");

// Clicks Details' "Correct or annotate…" link of `node` and triggers `text` in the menu.
bool correctFromDetails(MainWindow& w, QObject* context, NodeId node, const QString& text)
{
    w.activateNode(node);
    if (!w.details()->toHtml().contains(QStringLiteral("correct:%1").arg(node)))
        return false;
    return chooseFromMenu(context, text, [&] {
        Q_EMIT w.details()->anchorClicked(QUrl(QStringLiteral("correct:%1").arg(node)));
    });
}

std::optional<NodeId> meetingOf(const CorpusGraph& g, const QString& a, const QString& b)
{
    for (NodeId v = 0; v < g.nodeCount(); ++v) {
        if (g.node(v).kind != NodeKind::Meeting)
            continue;
        QStringList who;
        for (const NodeId n : g.neighbours(v))
            who.append(g.node(n).id);
        if (who.contains(a) && who.contains(b) && g.node(v).id.startsWith(QLatin1String("meeting:manual-")))
            return v;
    }
    return std::nullopt;
}

} // namespace

class TestDetailsEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Not a test: with PARLEY_SHOTS_DIR set, the run ends by taking pictures of the
    // workbench on the sample corpus (review queue, undo history, annotations, Details'
    // corrections link, the Add meeting dialog, an extraction in progress with Cancel).
    void screenshots(const QString& dir)
    {
        const QString path = m_dir.filePath(QStringLiteral("shots.parley"));
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.project()->newProject(path, MainWindow::sampleCorpusFiles()));
        const auto save = [&](QWidget& widget, const char* name) {
            QApplication::processEvents();
            widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
        };
        QTRY_VERIFY_WITH_TIMEOUT(!w.graphView()->layout().isRunning(), 20000);
        const auto node = [&](const QString& id) { return w.project()->keyOf(*w.corpus()->find(id)); };
        Edit colour;
        colour.kind = EditKind::Colour;
        colour.target = node(putin);
        colour.value = QStringLiteral("#d01020");
        w.project()->pushEdit(colour);
        Edit note;
        note.kind = EditKind::Note;
        note.target = node(lavrov);
        note.value = QStringLiteral("Check the Kremlin readout");
        w.project()->pushEdit(note);
        Edit rename = note;
        rename.kind = EditKind::Rename;
        rename.value = QStringLiteral("Sergei Lavrov");
        w.project()->pushEdit(rename);
        w.activateNode(*w.corpus()->find(lavrov));
        if (auto* dock = w.findChild<QDockWidget*>(QStringLiteral("reviewDock")))
            dock->raise();
        save(w, "review-queue.png");
        if (auto* dock = w.findChild<QDockWidget*>(QStringLiteral("undoDock")))
            dock->raise();
        save(w, "undo-history-and-details.png");

        AddMeetingDialog dialog(*w.corpus(), {*w.corpus()->find(putin)}, &w);
        dialog.findChild<QLineEdit*>(QStringLiteral("place"))->setText(QStringLiteral("Sochi"));
        dialog.findChild<QLineEdit*>(QStringLiteral("date"))->setText(QStringLiteral("2024-05-03"));
        dialog.show();
        save(dialog, "add-meeting.png");
        dialog.close();

        // Adding many articles: the progress and Cancel in the status bar, the graph still there.
        QTemporaryDir more;
        QStringList copies;
        for (int i = 0; i < 400; ++i) {
            const QString from = MainWindow::sampleCorpusFiles().value(i % MainWindow::sampleCorpusFiles().size());
            QFile in(from);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(more.filePath(QStringLiteral("a%1.txt").arg(i)));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.readAll() + QByteArray("\n\nCopy ") + QByteArray::number(i) + ".\n");
            copies.append(out.fileName());
        }
        bool shot = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (shot || !w.project()->task()->isRunning() || w.project()->task()->progressBar()->value() <= 0)
                return;
            shot = true;
            save(w, "extraction-in-progress.png");
            w.project()->task()->cancel();
        });
        poll.start();
        w.project()->addArticles(copies);
        poll.stop();
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        const QString dir = qEnvironmentVariable("PARLEY_SHOTS_DIR");
        if (!dir.isEmpty())
            screenshots(dir);
    }

    void initTestCase()
    {
        useTestSettings();
        m_path = writeSampleProject(m_dir);
        QVERIFY(!m_path.isEmpty());
    }

    void renameStatusRejectFromDetails()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(w.project()->openProject(m_path, false));
        whenDialog(this, [](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Sergei Lavrov"));
            input->accept();
        });
        QVERIFY(correctFromDetails(w, this, *w.corpus()->find(lavrov), QStringLiteral("Rename…")));
        QCOMPARE(w.corpus()->node(*w.corpus()->find(lavrov)).name, QStringLiteral("Sergei Lavrov"));
        // Details shows the new name at once.
        QVERIFY(w.details()->toPlainText().contains(QLatin1String("Sergei Lavrov")));

        // A meeting: change its status, then reject it.
        NodeId meeting = -1;
        for (NodeId v = 0; v < w.corpus()->nodeCount() && meeting < 0; ++v) {
            if (w.corpus()->node(v).kind == NodeKind::Meeting && w.corpus()->node(v).status != QLatin1String("denied"))
                meeting = v;
        }
        QVERIFY(meeting >= 0);
        const QString meetingId = w.corpus()->node(meeting).id;
        QVERIFY(correctFromDetails(w, this, meeting, QStringLiteral("denied")));
        QCOMPARE(w.corpus()->node(*w.corpus()->find(meetingId)).status, QStringLiteral("denied"));
        QVERIFY(correctFromDetails(w, this, *w.corpus()->find(meetingId), QStringLiteral("Reject this meeting")));
        QVERIFY(!w.corpus()->find(meetingId));
        QCOMPARE(w.project()->undoStack()->count(), 3);
        w.project()->undoStack()->undo();
        QVERIFY(w.corpus()->find(meetingId));
        w.project()->undoStack()->undo();
        QVERIFY(w.corpus()->node(*w.corpus()->find(meetingId)).status != QLatin1String("denied"));
        w.project()->undoStack()->undo();
        QCOMPARE(w.corpus()->node(*w.corpus()->find(lavrov)).name, QStringLiteral("Sergey Lavrov"));
    }

    void addMeetingDialog()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(w.project()->openProject(m_path, false));
        const NodeId p = *w.corpus()->find(putin);
        const NodeId g = *w.corpus()->find(guler);
        auto* action = w.findChild<QAction*>(QStringLiteral("addMeeting"));
        QVERIFY(action && action->isEnabled());
        bool checked = false;
        whenDialog(this, [&](QWidget* widget) {
            auto* dialog = qobject_cast<AddMeetingDialog*>(widget);
            QVERIFY(dialog);
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // nobody ticked yet
            dialog->setParticipant(p, true);
            dialog->setParticipant(g, true);
            dialog->findChild<QComboBox*>(QStringLiteral("mode"))->setCurrentText(QStringLiteral("phone"));
            dialog->findChild<QComboBox*>(QStringLiteral("status"))->setCurrentText(QStringLiteral("planned"));
            dialog->findChild<QLineEdit*>(QStringLiteral("place"))->setText(QStringLiteral("Sochi"));
            auto* date = dialog->findChild<QLineEdit*>(QStringLiteral("date"));
            date->setText(QStringLiteral("3 May"));
            QVERIFY(!ok->isEnabled()); // not an ISO date
            date->setText(QStringLiteral("2024-05-03"));
            // Sentences mentioning the participants are offered; free text needs text.
            QVERIFY(dialog->findChild<QComboBox*>(QStringLiteral("sentence"))->count() > 0);
            dialog->findChild<QRadioButton*>(QStringLiteral("free"))->setChecked(true);
            QVERIFY(!ok->isEnabled());
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("freeText"))->setPlainText(QStringLiteral("TASS, 2 May"));
            QVERIFY(ok->isEnabled());
            dialog->findChild<QRadioButton*>(QStringLiteral("cite"))->setChecked(true);
            QVERIFY(ok->isEnabled());
            checked = true;
            ok->click();
        });
        action->trigger();
        QVERIFY(checked);
        const auto added = meetingOf(*w.corpus(), putin, guler);
        QVERIFY(added);
        const NodeData& m = w.corpus()->node(*added);
        QCOMPARE(m.status, QStringLiteral("planned"));
        QCOMPARE(m.mode, QStringLiteral("phone"));
        QCOMPARE(m.place, QStringLiteral("Sochi"));
        QCOMPARE(m.date, QStringLiteral("2024-05-03"));
        QCOMPARE(m.mentions.size(), std::size_t(1)); // the cited sentence
        QVERIFY(w.project()->corrected().problems.empty());
        QVERIFY(w.project()->undoStack()->text(0).startsWith(QLatin1String("Add a meeting of")));
        w.project()->undoStack()->undo();
        QVERIFY(!meetingOf(*w.corpus(), putin, guler));
        w.project()->undoStack()->redo();
        QVERIFY(meetingOf(*w.corpus(), putin, guler));
    }
};

QTEST_MAIN(TestDetailsEdits)
#include "tst_detailsedits.moc"
