// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's annotations in the real main window (offscreen): hide from the graph's
// context menu (the node leaves the view, the graph itself is not rebuilt), View ▸ Show
// hidden nodes draws it faded, a colour chosen from the Entities menu fills the node on
// screen (pixels read back), a note puts a marker beside it; each is undone with Ctrl+Z, and
// all of them survive save and reopen.
#include "../project/projectfixture.h"
#include "widgetdriver.h"

#include "gui/entitiesmodel.h"
#include "gui/graphview.h"
#include "gui/mainwindow.h"
#include "gui/projectcontroller.h"
#include "project/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace parley;
using namespace parley::test;

namespace {

const QString lavrov = QStringLiteral("person:sergey-lavrov");
const QString putin = QStringLiteral("person:vladimir-putin");

bool nodeMenu(MainWindow& w, QObject* context, NodeId node, const QString& text)
{
    w.graphView()->layout().setPaused(true);
    if (!QTest::qWaitFor([&] { return w.graphView()->nodePosition(node).has_value(); }))
        return false;
    const QPoint at = w.graphView()->nodePosition(node)->toPoint();
    return chooseFromMenu(context, text, [&] {
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, w.graphView()->mapToGlobal(at));
        QApplication::sendEvent(w.graphView(), &event);
    });
}

int viewIndexOf(const MainWindow& w, const QString& id)
{
    const auto v = w.corpus()->find(id);
    return v ? w.graphView()->viewGraph().viewIndex(*v) : -1;
}

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings();
        m_path = writeSampleProject(m_dir);
        QVERIFY(!m_path.isEmpty());
    }

    void hideShowHiddenUndo()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(w.project()->openProject(m_path, false));
        const CorpusGraph* graph = w.corpus();
        const auto node = graph->find(lavrov);
        QVERIFY(node);
        QVERIFY(viewIndexOf(w, lavrov) >= 0);

        QVERIFY(nodeMenu(w, this, *node, QStringLiteral("Hide")));
        QCOMPARE(viewIndexOf(w, lavrov), -1);
        QCOMPARE(w.corpus(), graph); // the same graph: only the view changed
        QVERIFY(w.project()->corrected().annotations.value(lavrov).hidden);
        QCOMPARE(w.project()->undoStack()->count(), 1);

        // View ▸ Show hidden nodes: back, faded.
        auto* showHidden = w.findChild<QAction*>(QStringLiteral("showHidden"));
        QVERIFY(showHidden);
        showHidden->trigger();
        const int shown = viewIndexOf(w, lavrov);
        QVERIFY(shown >= 0);
        QCOMPARE(w.graphView()->annotationFill().at(std::size_t(shown)), GraphView::hiddenColour());
        showHidden->trigger();
        QCOMPARE(viewIndexOf(w, lavrov), -1);

        // Ctrl+Z brings it back.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.project()->undoStack()->index(), 0);
        QVERIFY(viewIndexOf(w, lavrov) >= 0);
        QVERIFY(!w.project()->corrected().annotations.contains(lavrov));
        QCOMPARE(w.corpus(), graph);
    }

    void cameraSurvivesReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("camera.parley"));
        QVERIFY(ProjectFile::create(path, sampleProject()));
        {
            MainWindow w;
            w.resize(1200, 800);
            w.show();
            QVERIFY(w.project()->openProject(path, false));
            w.graphView()->setCamera(2.5, QPointF(40, -25));
            QVERIFY(w.project()->save());
        }
        MainWindow again;
        again.resize(1200, 800);
        again.show();
        QVERIFY(again.project()->openProject(path, false));
        QCOMPARE(again.graphView()->zoom(), 2.5);
        QVERIFY(std::abs(again.graphView()->sceneCentre().x() - 40) < 1e-6);
        QVERIFY(std::abs(again.graphView()->sceneCentre().y() + 25) < 1e-6);
    }

    void colourFromEntitiesNoteFromGraphSurviveReopen()
    {
        {
            MainWindow w;
            w.resize(1200, 800);
            w.show();
            QVERIFY(w.project()->openProject(m_path, false));
            // Entities: select Putin's row, Colour… from its context menu, pick red.
            QTableView* entities = w.entitiesView();
            int row = -1;
            for (int r = 0; r < entities->model()->rowCount(); ++r) {
                if (w.corpus()->node(entities->model()->index(r, 0).data(EntitiesModel::NodeRole).toInt()).id == putin)
                    row = r;
            }
            QVERIFY(row >= 0);
            entities->selectRow(row);
            whenDialog(this, [](QWidget* dialog) {
                auto* colours = qobject_cast<QColorDialog*>(dialog);
                QVERIFY(colours);
                colours->setCurrentColor(QColor(0xd0, 0x10, 0x20));
                colours->accept();
            });
            QVERIFY(chooseFromMenu(this, QStringLiteral("Colour…"), [&] {
                Q_EMIT entities->customContextMenuRequested(entities->visualRect(entities->model()->index(row, 0)).center());
            }));
            QCOMPARE(w.project()->corrected().annotations.value(putin).colour, QStringLiteral("#d01020"));
            const int i = viewIndexOf(w, putin);
            QVERIFY(i >= 0);
            QCOMPARE(w.graphView()->annotationFill().at(std::size_t(i)), QColor(0xd0, 0x10, 0x20));
            // On screen: the node's centre is drawn in that colour.
            w.graphView()->layout().setPaused(true);
            QTRY_VERIFY(w.graphView()->nodePosition(*w.corpus()->find(putin)).has_value());
            const QPoint centre = w.graphView()->nodePosition(*w.corpus()->find(putin))->toPoint();
            const QImage shot = w.graphView()->grab().toImage();
            const QColor pixel = shot.pixelColor(centre * shot.devicePixelRatio());
            QVERIFY2(pixel.red() > 150 && pixel.green() < 80 && pixel.blue() < 90, qPrintable(pixel.name()));

            // A note from the graph's menu: a marker beside the node.
            whenDialog(this, [](QWidget* dialog) {
                auto* input = qobject_cast<QInputDialog*>(dialog);
                QVERIFY(input);
                input->setTextValue(QStringLiteral("Check the Kremlin readout"));
                input->accept();
            });
            QVERIFY(nodeMenu(w, this, *w.corpus()->find(lavrov), QStringLiteral("Note…")));
            QCOMPARE(w.project()->corrected().annotations.value(lavrov).note, QStringLiteral("Check the Kremlin readout"));
            QVERIFY(w.graphView()->noteNodes() == std::vector<int>{viewIndexOf(w, lavrov)});
            QVERIFY(nodeMenu(w, this, *w.corpus()->find(lavrov), QStringLiteral("Hide")));
            QCOMPARE(w.project()->undoStack()->count(), 3);
            QVERIFY(w.project()->save());
        }
        MainWindow again;
        again.show();
        QVERIFY(again.project()->openProject(m_path, false));
        QCOMPARE(again.project()->corrected().annotations.value(putin).colour, QStringLiteral("#d01020"));
        QCOMPARE(again.project()->corrected().annotations.value(lavrov).note, QStringLiteral("Check the Kremlin readout"));
        QCOMPARE(viewIndexOf(again, lavrov), -1);
        const int i = viewIndexOf(again, putin);
        QVERIFY(i >= 0);
        QCOMPARE(again.graphView()->annotationFill().at(std::size_t(i)), QColor(0xd0, 0x10, 0x20));
    }
};

QTEST_MAIN(TestAnnotations)
#include "tst_annotations.moc"
