// SPDX-License-Identifier: GPL-3.0-or-later
// A structural edit in the real window (offscreen) changes only what it changes: after a
// merge done with Ctrl+M on the Entities rows, every other node is exactly where it was, the
// camera is where the analyst left it and the Entities model was updated, not reset (its
// selection stays); Ctrl+Z puts every node, the merged one included, back in its place.
#include "../project/projectfixture.h"

#include "viewplaces.h"
#include "gui/entitiesmodel.h"
#include "gui/graphview.h"
#include "gui/layoutrunner.h"
#include "gui/mainwindow.h"
#include "gui/projectcontroller.h"
#include "project/projectfile.h"
#include "render/viewgraph.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace parley;
using namespace parley::test;

namespace {

const QString putin = QStringLiteral("person:vladimir-putin");
const QString lavrov = QStringLiteral("person:sergey-lavrov");

QStringList selectedIds(const MainWindow& w)
{
    QStringList out;
    for (const QModelIndex& i : w.entitiesView()->selectionModel()->selectedRows())
        out.append(w.corpus()->node(i.data(EntitiesModel::NodeRole).toInt()).id);
    out.sort();
    return out;
}

} // namespace

class TestEditView : public QObject
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

    void mergeKeepsEveryOtherNodeAndUndoRestores()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.project()->openProject(m_path, false));
        GraphView* view = w.graphView();
        view->setFilter(ViewFilter{});
        QVERIFY(view->layout().waitConverged(30000));
        QTRY_VERIFY(!view->layout().isRunning());
        const QHash<QString, QPointF> before = placesById(w);
        QVERIFY(before.contains(putin) && before.contains(lavrov));
        const int nodes = w.corpus()->nodeCount();

        // Ctrl+M on the two selected rows, as the analyst does it.
        QTableView* entities = w.entitiesView();
        entities->clearSelection();
        for (int row = 0; row < entities->model()->rowCount(); ++row) {
            const QModelIndex i = entities->model()->index(row, 0);
            const QString id = w.corpus()->node(i.data(EntitiesModel::NodeRole).toInt()).id;
            if (id == putin || id == lavrov)
                entities->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(selectedIds(w), (QStringList{lavrov, putin})); // sorted
        entities->setFocus(); // (a table given focus makes a row current, which centres it)
        QApplication::processEvents();
        // The analyst's own camera, after selecting.
        view->setCamera(1.6, view->sceneCentre() + QPointF(40, -25));
        const double zoom = view->zoom();
        const QPointF centre = view->sceneCentre();
        QSignalSpy reset(entities->model(), &QAbstractItemModel::modelReset);
        QTest::keyClick(entities, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(w.project()->undoStack()->count(), 1);
        QCOMPARE(w.corpus()->nodeCount(), nodes - 1);
        QVERIFY(!w.corpus()->find(lavrov));

        // Every node that stays is exactly where it was, the merged one at the target's
        // place, and stays there while the layout runs; the camera did not move.
        const auto samePlaces = [&](const QHash<QString, QPointF>& want) {
            const QHash<QString, QPointF> now = placesById(w);
            if (now.size() != want.size() - (want.contains(lavrov) && !now.contains(lavrov) ? 1 : 0))
                return false;
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                if (!want.contains(it.key()) || want.value(it.key()) != *it)
                    return false;
            }
            return true;
        };
        QVERIFY(samePlaces(before));
        QVERIFY(view->layout().waitConverged(30000));
        QVERIFY(samePlaces(before));
        QCOMPARE(view->zoom(), zoom);
        QCOMPARE(view->sceneCentre(), centre);
        // Entities was updated in place: no reset, and the target's row is still selected.
        QCOMPARE(reset.count(), 0);
        QCOMPARE(selectedIds(w), QStringList{putin});
        QCOMPARE(entities->model()->rowCount(), nodes - 1);

        // Ctrl+Z: the merged node comes back to its own place, and nothing else moved.
        w.activateWindow();
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.project()->undoStack()->index(), 0);
        QVERIFY(w.corpus()->find(lavrov));
        QCOMPARE(placesById(w), before);
        QVERIFY(view->layout().waitConverged(30000));
        QCOMPARE(placesById(w), before);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(entities->model()->rowCount(), nodes);
    }
};

QTEST_MAIN(TestEditView)
#include "tst_editview.moc"
