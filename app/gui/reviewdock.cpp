// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reviewdock.h"

#include "gui/projectcontroller.h"
#include "render/viewgraph.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace parley {

ReviewDock::ReviewDock(ProjectController* project, QWidget* parent)
    : QWidget(parent), m_project(project), m_list(new QListWidget(this)),
      m_help(new QLabel(tr("A accept · R reject · M merge with the suggested entity"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list);
    layout->addWidget(m_help);
    const auto key = [this](const QKeySequence& k, void (ReviewDock::*slot)()) {
        auto* a = new QAction(m_list);
        a->setShortcut(k);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_list->addAction(a);
    };
    key(Qt::Key_A, &ReviewDock::accept);
    key(Qt::Key_R, &ReviewDock::reject);
    key(Qt::Key_M, &ReviewDock::merge);
    connect(project, &ProjectController::graphChanged, this, &ReviewDock::refresh);
    connect(&m_building, &QFutureWatcher<std::vector<ReviewItem>>::finished, this, &ReviewDock::onBuilt);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_rebuilding && row >= 0 && std::size_t(row) < m_items.size())
            Q_EMIT nodeChosen(m_items[std::size_t(row)].id);
    });
}

const ReviewItem* ReviewDock::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && std::size_t(row) < m_items.size() ? &m_items[std::size_t(row)] : nullptr;
}

std::shared_ptr<const CorpusGraph> ReviewDock::shownGraph() const
{
    return m_project->corrected().graph;
}

void ReviewDock::refresh()
{
    const auto graph = shownGraph();
    const auto& annotations = m_project->corrected().annotations;
    if (!graph) {
        m_queue.clear();
        m_queueGraph.reset();
        show({});
        return;
    }
    if (graph == m_queueGraph) {
        // Only annotations changed (a row accepted, or that undone): no new queue needed.
        show(withoutReviewed(m_queue, annotations));
        return;
    }
    // The graph changed: at once, the rows of entities it no longer has go (a merged or
    // rejected one); the rest wait for the new queue.
    std::vector<ReviewItem> kept = m_items;
    std::erase_if(kept, [&](const ReviewItem& item) { return !graph->find(item.id); });
    show(withoutReviewed(std::move(kept), annotations));
    startBuild();
}

void ReviewDock::startBuild()
{
    if (m_building.isRunning())
        return;
    m_buildingGraph = shownGraph();
    if (!m_buildingGraph)
        return;
    m_building.setFuture(QtConcurrent::run([graph = m_buildingGraph] { return reviewQueue(*graph); }));
}

void ReviewDock::onBuilt()
{
    std::vector<ReviewItem> queue = m_building.result();
    const auto built = std::exchange(m_buildingGraph, nullptr);
    if (built != shownGraph()) {
        // Edits came meanwhile: build again for the graph shown now.
        startBuild();
        return;
    }
    m_queue = std::move(queue);
    m_queueGraph = built;
    show(withoutReviewed(m_queue, m_project->corrected().annotations));
    Q_EMIT queueUpdated();
}

void ReviewDock::show(std::vector<ReviewItem> items)
{
    // Keep the place in the queue: the current row stays on its entity while it is queued;
    // when it leaves (accepted, merged, rejected) the next row takes its index.
    const ReviewItem* shown = current();
    const QString keepId = shown ? shown->id : QString();
    int row = std::max(0, m_list->currentRow());
    m_rebuilding = true;
    const auto done = qScopeGuard([this] { m_rebuilding = false; });
    m_items = std::move(items);
    m_list->clear();
    const auto graph = shownGraph();
    for (std::size_t i = 0; graph && i < m_items.size(); ++i) {
        const ReviewItem& item = m_items[i];
        const CorpusGraph& g = *graph;
        const auto v = g.find(item.id);
        if (!v)
            continue; // not reached: rows of nodes gone are dropped before
        if (item.id == keepId)
            row = int(i);
        const NodeData& n = g.node(*v);
        const QString name = n.kind == NodeKind::Meeting ? meetingLabel(g, *v) : n.name;
        QString sentence;
        if (const Document* d = g.document(item.document); d && item.sentence >= 0 &&
                                                           std::size_t(item.sentence) < d->sentences.size())
            sentence = d->sentenceText(std::size_t(item.sentence)).toString().simplified();
        // A row is read at a glance; Details shows the whole sentence.
        constexpr qsizetype kMaxShown = 220;
        if (sentence.size() > kMaxShown)
            sentence = sentence.left(kMaxShown) + QChar(0x2026);
        m_list->addItem(QStringLiteral("%1 %2\n    \u201c%3\u201d").arg(name, item.message, sentence));
    }
    if (!m_items.empty())
        m_list->setCurrentRow(std::min(row, int(m_items.size()) - 1));
    m_help->setText(tr("%n to review · A accept · R reject · M merge", nullptr, int(m_items.size())));
}

void ReviewDock::accept()
{
    const ReviewItem* item = current();
    const auto graph = shownGraph();
    const auto v = item && graph ? graph->find(item->id) : std::nullopt;
    if (!v)
        return;
    Edit e;
    e.kind = EditKind::Tags;
    e.target = m_project->keyOf(*v);
    e.values = m_project->corrected().annotations.value(item->id).tags;
    e.values.append(kReviewedTag);
    m_project->pushEdit(e);
}

void ReviewDock::reject()
{
    const ReviewItem* item = current();
    const auto graph = shownGraph();
    const auto v = item && graph ? graph->find(item->id) : std::nullopt;
    if (!v)
        return;
    Edit e;
    e.kind = EditKind::Reject;
    e.target = m_project->keyOf(*v);
    m_project->pushEdit(e);
}

void ReviewDock::merge()
{
    const ReviewItem* item = current();
    const auto graph = shownGraph();
    if (!item || item->other.isEmpty() || !graph)
        return;
    const CorpusGraph& g = *graph;
    const auto v = g.find(item->id);
    const auto other = g.find(item->other);
    if (!v || !other)
        return;
    // The suggested entity is the fuller one: it absorbs the row's.
    Edit e;
    e.kind = EditKind::Merge;
    e.target = m_project->keyOf(*other);
    e.others = {m_project->keyOf(*v)};
    m_project->pushEdit(e);
}

} // namespace parley
