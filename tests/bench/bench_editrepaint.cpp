// SPDX-License-Identifier: GPL-3.0-or-later
// A structural edit in the real window at scale: from pushing a merge (and its undo) on a
// project of the given articles to the repainted graph view and Entities list, with the
// window's incremental presentation against the full rebuild it replaced
// (ProjectController::setFullRebuildAfterEdits), interleaved in one run so that the ratio
// is fair on a shared machine (the layout is paused after its first seconds). Also checks that every node other than those merged keeps
// its exact place. Usage: parley-bench-editrepaint CORPUS.jsonl [ROUNDS [LAYOUT-MS]]
#include "../gui/viewplaces.h"
#include "gui/graphview.h"
#include "gui/layoutrunner.h"
#include "gui/mainwindow.h"
#include "gui/projectcontroller.h"
#include "render/viewgraph.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>

using namespace parley;
using namespace parley::test;

namespace {

// Milliseconds from `step` (an edit or undo) to the repainted view and list.
double timed(MainWindow& w, const std::function<void()>& step)
{
    QElapsedTimer t;
    t.start();
    step();
    w.graphView()->repaint();
    w.entitiesView()->viewport()->repaint();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out << "usage: parley-bench-editrepaint CORPUS.jsonl [ROUNDS]\n";
        return 2;
    }
    const int rounds = args.size() > 2 ? args[2].toInt() : 3;
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    ProjectController* project = w.project();
    if (const Status made = project->newProject(dir.filePath(QStringLiteral("bench.parley")), {args[1]}); !made) {
        out << made.error.toString() << "\n";
        return 1;
    }
    // The layout would keep both cores busy; the places it has reached are what edits keep.
    LayoutRunner& layout = w.graphView()->layout();
    layout.waitConverged(args.size() > 3 ? args[3].toInt() : 20000);
    layout.setPaused(true);
    const CorpusGraph* g = w.corpus();
    out << "project: " << g->documents().size() << " articles, " << g->nodeCount() << " nodes\n";

    // The two officials with the most mentions: a merge that touches many edges.
    std::vector<NodeId> officials;
    for (NodeId v = 0; v < g->nodeCount(); ++v) {
        if (g->node(v).kind == NodeKind::Official)
            officials.push_back(v);
    }
    std::partial_sort(officials.begin(), officials.begin() + 2, officials.end(), [g](NodeId a, NodeId b) {
        return g->node(a).mentions.size() > g->node(b).mentions.size();
    });
    const QString a = g->node(officials[0]).id;
    const QString b = g->node(officials[1]).id;

    double sum[2][2] = {{0, 0}, {0, 0}}; // [full?][edit, undo]
    int moved = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const bool full : {true, false}) {
            project->setFullRebuildAfterEdits(full);
            const QHash<QString, QPointF> before = placesById(w);
            sum[full][0] += timed(w, [&] {
                const CorpusGraph* now = w.corpus();
                project->mergeNodes({*now->find(a), *now->find(b)});
            });
            if (!full) {
                const QHash<QString, QPointF> after = placesById(w);
                for (auto it = after.cbegin(); it != after.cend(); ++it) {
                    if (it.key() != a && before.contains(it.key()) && before.value(it.key()) != *it)
                        ++moved;
                }
            }
            sum[full][1] += timed(w, [&] { project->undoStack()->undo(); });
        }
    }
    out << "merge -> repainted: full rebuild " << sum[1][0] / rounds << " ms, incremental "
        << sum[0][0] / rounds << " ms (x" << sum[1][0] / std::max(1e-9, sum[0][0]) << ")\n";
    out << "undo  -> repainted: full rebuild " << sum[1][1] / rounds << " ms, incremental "
        << sum[0][1] / rounds << " ms (x" << sum[1][1] / std::max(1e-9, sum[0][1]) << ")\n";
    out << "nodes moved by an incremental merge (other than the target): " << moved << "\n";
    return moved == 0 ? 0 : 1;
}
