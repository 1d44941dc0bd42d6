// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/analysisdock.h"

#include "gui/detailspanel.h"
#include "gui/graphview.h"
#include "render/paintstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace parley {

namespace {

QColor communityColor(int c)
{
    return PaintStyle::standard().communityColour(c);
}

QTableWidgetItem* numberItem(double value, int decimals = 0)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, decimals == 0 ? QVariant(qlonglong(value)) : QVariant(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

AnalysisDock::AnalysisDock(GraphView* view, DetailsPanel* details, QWidget* parent)
    : QWidget(parent), m_view(view), m_details(details)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* measures = new QGroupBox(tr("Structure"), this);
    auto* form = new QFormLayout(measures);
    m_size = new QComboBox(measures);
    m_size->setObjectName(QStringLiteral("analysisSize"));
    m_size->addItems(
        {tr("Degree (as drawn)"), tr("Meetings (weighted degree)"), tr("Betweenness")});
    m_communities = new QCheckBox(tr("Colour communities (Louvain)"), measures);
    m_communities->setObjectName(QStringLiteral("analysisCommunities"));
    m_cancel = new QPushButton(tr("Cancel"), measures);
    m_cancel->setEnabled(false);
    m_status = new QLabel(measures);
    m_status->setObjectName(QStringLiteral("analysisStatus"));
    m_status->setWordWrap(true);
    form->addRow(tr("Node size"), m_size);
    form->addRow(m_communities);
    form->addRow(m_status);
    form->addRow(m_cancel);
    m_communityTable = new QTableWidget(0, 3, measures);
    m_communityTable->setObjectName(QStringLiteral("communityTable"));
    m_communityTable->setHorizontalHeaderLabels({tr("Community"), tr("Size"), tr("Most met")});
    m_communityTable->horizontalHeader()->setStretchLastSection(true);
    m_communityTable->verticalHeader()->hide();
    m_communityTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_communityTable->setMaximumHeight(150);
    form->addRow(m_communityTable);
    layout->addWidget(measures);

    auto* connectBox = new QGroupBox(tr("How is A connected to B?"), this);
    auto* connectLayout = new QHBoxLayout(connectBox);
    m_from = new QLineEdit(connectBox);
    m_from->setObjectName(QStringLiteral("pathFrom"));
    m_from->setPlaceholderText(tr("A: name or id"));
    m_to = new QLineEdit(connectBox);
    m_to->setObjectName(QStringLiteral("pathTo"));
    m_to->setPlaceholderText(tr("B: name or id"));
    m_connect = new QPushButton(tr("Connect"), connectBox);
    m_connect->setObjectName(QStringLiteral("pathConnect"));
    connectLayout->addWidget(m_from);
    connectLayout->addWidget(m_to);
    connectLayout->addWidget(m_connect);
    layout->addWidget(connectBox);

    auto* egoBox = new QGroupBox(tr("Ego network"), this);
    auto* egoLayout = new QHBoxLayout(egoBox);
    m_hops = new QSpinBox(egoBox);
    m_hops->setRange(1, 6);
    m_hops->setSuffix(tr(" hop(s)"));
    m_ego = new QPushButton(tr("Of selected"), egoBox);
    m_ego->setObjectName(QStringLiteral("egoShow"));
    m_back = new QPushButton(tr("Back"), egoBox);
    m_back->setObjectName(QStringLiteral("egoBack"));
    m_forward = new QPushButton(tr("Forward"), egoBox);
    m_forward->setObjectName(QStringLiteral("egoForward"));
    egoLayout->addWidget(m_hops);
    egoLayout->addWidget(m_ego);
    egoLayout->addWidget(m_back);
    egoLayout->addWidget(m_forward);
    layout->addWidget(egoBox);

    auto* pairsBox = new QGroupBox(tr("Who met whom (this view and time range)"), this);
    auto* pairsLayout = new QVBoxLayout(pairsBox);
    m_pairs = new QTableWidget(0, 3, pairsBox);
    m_pairs->setObjectName(QStringLiteral("pairsTable"));
    m_pairs->setHorizontalHeaderLabels({tr("A"), tr("B"), tr("Meetings")});
    m_pairs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pairs->verticalHeader()->hide();
    m_pairs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairs->setSortingEnabled(true);
    pairsLayout->addWidget(m_pairs);
    layout->addWidget(pairsBox, 1);

    connect(m_size, &QComboBox::currentIndexChanged, this, &AnalysisDock::start);
    connect(m_communities, &QCheckBox::toggled, this, &AnalysisDock::start);
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisDock::cancel);
    connect(m_connect, &QPushButton::clicked, this,
            [this] { connectEntities(m_from->text(), m_to->text()); });
    connect(m_ego, &QPushButton::clicked, this, [this] {
        if (const std::optional<NodeId> n = m_view->selectedNode())
            showEgo(*n);
    });
    connect(m_back, &QPushButton::clicked, this, &AnalysisDock::back);
    connect(m_forward, &QPushButton::clicked, this, &AnalysisDock::forward);
    connect(m_view, &GraphView::viewRebuilt, this, &AnalysisDock::onViewRebuilt);
    applyHistory();
}

AnalysisDock::~AnalysisDock()
{
    m_worker.request_stop(); // joined by the jthread, before the widgets it reports to go
}

void AnalysisDock::setGraph(std::shared_ptr<const CorpusGraph> graph)
{
    cancel();
    m_graph = std::move(graph);
    m_history = {{-1, 1}};
    m_historyAt = 0;
    m_paths = {};
    QStringList names;
    if (m_graph) {
        for (NodeId v = 0; v < m_graph->nodeCount(); ++v) {
            if (m_graph->node(v).kind != NodeKind::Meeting)
                names.append(m_graph->node(v).name);
        }
    }
    names.removeDuplicates();
    for (QLineEdit* field : {m_from, m_to}) {
        auto* completer = new QCompleter(names, field);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        field->setCompleter(completer);
    }
    applyHistory();
    onViewRebuilt();
}

void AnalysisDock::onViewRebuilt()
{
    fillPairs();
    // Path and measures belong to the old view's indices: recompute for the new one.
    if (m_pathFrom >= 0 && m_graph) {
        const GraphFilter filter = m_view->filter();
        const ProjectedGraph projected = projectGraph(*m_graph, filter);
        m_paths = shortestPaths(projected, buildAdjacency(projected), m_pathFrom, m_pathTo);
        attachEvidence(*m_graph, projected, m_paths);
        showPathDetails();
    }
    start();
}

void AnalysisDock::start()
{
    cancel();
    const bool wanted = m_size->currentIndex() > 0 || m_communities->isChecked();
    if (!m_graph || !wanted) {
        m_metrics.reset();
        applyMetrics();
        return;
    }
    const std::uint64_t generation = ++m_generation;
    m_status->setText(tr("Computing…"));
    m_cancel->setEnabled(true);
    m_pending = true;
    // The worker reads the shared, immutable graph and projects it under the view's filter
    // itself, so the GUI thread only copies a filter.
    m_worker = std::jthread([this, graph = m_graph, filter = m_view->filter(),
                             generation](std::stop_token stop) {
        const ProjectedGraph projected = projectGraph(*graph, filter);
        std::optional<NodeMetrics> metrics = computeMetrics(projected, {}, stop);
        std::vector<NodeId> nodes = projected.nodes;
        if (stop.stop_requested())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, metrics = std::move(metrics), nodes = std::move(nodes)]() mutable {
                m_metricNodes = std::move(nodes);
                finished(generation, std::move(metrics));
            },
            Qt::QueuedConnection);
    });
}

void AnalysisDock::cancel()
{
    if (m_worker.joinable()) {
        m_worker.request_stop();
        m_worker.join();
        m_worker = {};
    }
    ++m_generation; // a result already queued is stale
    m_cancel->setEnabled(false);
    if (m_pending) {
        m_pending = false;
        m_status->setText(tr("Cancelled"));
    }
}

void AnalysisDock::finished(std::uint64_t generation, std::optional<NodeMetrics> metrics)
{
    if (generation != m_generation)
        return;
    m_cancel->setEnabled(false);
    m_pending = false;
    m_metrics = std::move(metrics);
    applyMetrics();
    Q_EMIT metricsReady();
}

void AnalysisDock::applyMetrics()
{
    applyMetricsToView();
    Q_EMIT communitiesChanged();
}

QHash<NodeId, int> AnalysisDock::communities() const
{
    QHash<NodeId, int> out;
    if (!m_metrics || !m_communities->isChecked() || m_metricNodes.size() != m_metrics->community.size())
        return out;
    for (std::size_t i = 0; i < m_metricNodes.size(); ++i)
        out.insert(m_metricNodes[i], m_metrics->community[i]);
    return out;
}

void AnalysisDock::applyMetricsToView()
{
    const ViewGraph& view = m_view->viewGraph();
    m_communityTable->setRowCount(0);
    if (!m_metrics || m_metricNodes.size() != view.nodes.size()) {
        m_view->setNodeRadii({});
        m_view->setNodeFill({});
        if (!m_metrics && !m_pending)
            m_status->clear();
        return;
    }
    const NodeMetrics& m = *m_metrics;
    // Sizes: area grows with the measure, from 4 to 22 scene units of radius.
    if (m_size->currentIndex() > 0) {
        std::vector<double> values(view.nodes.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = m_size->currentIndex() == 1 ? double(m.meetings[i]) : m.betweenness[i];
        const double max = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
        std::vector<float> radii(values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            radii[i] = float(4.0 + 18.0 * (max > 0 ? std::sqrt(values[i] / max) : 0.0));
        m_view->setNodeRadii(radii);
    } else {
        m_view->setNodeRadii({});
    }
    if (m_communities->isChecked()) {
        std::vector<QColor> fill(view.nodes.size());
        for (std::size_t i = 0; i < fill.size(); ++i)
            fill[i] = communityColor(m.community[i]);
        m_view->setNodeFill(std::move(fill));
        // The list: size and the three members with most meetings, largest community first.
        std::vector<std::vector<int>> members(std::size_t(m.communityCount));
        for (std::size_t i = 0; i < view.nodes.size(); ++i) {
            if (view.nodes[i].kind != NodeKind::Meeting)
                members[std::size_t(m.community[i])].push_back(int(i));
        }
        m_communityTable->setRowCount(m.communityCount);
        for (int c = 0; c < m.communityCount; ++c) {
            auto& list = members[std::size_t(c)];
            std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
                return m.meetings[std::size_t(a)] > m.meetings[std::size_t(b)];
            });
            QStringList top;
            for (std::size_t k = 0; k < list.size() && k < 3; ++k)
                top.append(view.nodes[std::size_t(list[k])].label);
            auto* swatch = new QTableWidgetItem(QString::number(c + 1));
            swatch->setData(Qt::DecorationRole, communityColor(c));
            m_communityTable->setItem(c, 0, swatch);
            m_communityTable->setItem(c, 1, numberItem(double(list.size())));
            m_communityTable->setItem(c, 2, new QTableWidgetItem(top.join(QStringLiteral(", "))));
        }
    } else {
        m_view->setNodeFill({});
    }
    m_status->setText(tr("Betweenness %1. %2 communities, modularity %3.")
                          .arg(m.sampling.describe())
                          .arg(m.communityCount)
                          .arg(m.modularity, 0, 'f', 3));
}

void AnalysisDock::fillPairs()
{
    const ViewGraph& view = m_view->viewGraph();
    m_pairs->setSortingEnabled(false);
    m_pairs->setRowCount(0);
    int row = 0;
    for (const ViewEdge& e : view.edges) {
        if (e.kind != ViewEdgeKind::StatesMet && e.kind != ViewEdgeKind::OfficialsMet)
            continue;
        m_pairs->insertRow(row);
        m_pairs->setItem(row, 0, new QTableWidgetItem(view.nodes[std::size_t(e.a)].label));
        m_pairs->setItem(row, 1, new QTableWidgetItem(view.nodes[std::size_t(e.b)].label));
        m_pairs->setItem(row, 2, numberItem(e.weight));
        ++row;
    }
    m_pairs->setSortingEnabled(true);
    m_pairs->sortByColumn(2, Qt::DescendingOrder);
}

std::optional<NodeId> AnalysisDock::resolve(const QString& text) const
{
    const QString t = text.trimmed();
    if (!m_graph || t.isEmpty())
        return std::nullopt;
    if (const std::optional<NodeId> id = m_graph->find(t))
        return id;
    for (NodeId v = 0; v < m_graph->nodeCount(); ++v) {
        const NodeData& d = m_graph->node(v);
        if (d.kind != NodeKind::Meeting && (d.name.compare(t, Qt::CaseInsensitive) == 0 ||
                                            d.aliases.contains(t, Qt::CaseInsensitive)))
            return v;
    }
    return std::nullopt;
}

bool AnalysisDock::connectEntities(const QString& a, const QString& b)
{
    const std::optional<NodeId> from = resolve(a);
    const std::optional<NodeId> to = resolve(b);
    if (!from || !to) {
        m_details->setHtml(
            tr("<p>No state or official is called <b>%1</b>.</p>").arg(escaped(!from ? a : b)));
        return false;
    }
    m_pathFrom = *from;
    m_pathTo = *to;
    const ProjectedGraph projected = projectGraph(*m_graph, m_view->filter());
    m_paths = shortestPaths(projected, buildAdjacency(projected), *from, *to);
    attachEvidence(*m_graph, projected, m_paths);
    showPathDetails();
    return true;
}

void AnalysisDock::showPathDetails()
{
    const CorpusGraph& g = *m_graph;
    const ViewGraph& view = m_view->viewGraph();
    const auto name = [&](NodeId v) {
        const NodeData& d = g.node(v);
        const QString label = d.kind == NodeKind::Meeting ? meetingLabel(g, v) : d.name;
        return QStringLiteral("<a href=\"node:%1\"><b>%2</b></a>").arg(v).arg(escaped(label));
    };
    QString html = QStringLiteral("<h3>%1 → %2</h3>").arg(name(m_pathFrom), name(m_pathTo));
    std::vector<int> nodes;
    std::vector<int> edges;
    if (m_paths.length < 0) {
        html += tr("<p>Not connected in this view and time range.</p>");
    } else {
        html += (m_paths.pathCount == 1 ? tr("<p>1 shortest path")
                                        : tr("<p>%1 shortest paths").arg(m_paths.pathCount)) +
                (m_paths.length == 1 ? tr(" of 1 hop") : tr(" of %1 hops").arg(m_paths.length)) +
                (qsizetype(m_paths.paths.size()) < m_paths.pathCount
                     ? tr(", the first %1 listed").arg(m_paths.paths.size())
                     : QString()) +
                QStringLiteral(". The first is drawn in orange.</p>");
        for (std::size_t p = 0; p < m_paths.paths.size(); ++p) {
            html += tr("<p><b>Path %1</b></p><ol>").arg(p + 1);
            for (const Hop& hop : m_paths.paths[p]) {
                html += QStringLiteral("<li>%1 — %2<br/>").arg(name(hop.from), name(hop.to));
                for (const Evidence& e : hop.evidence) {
                    const Document* doc = g.document(e.document);
                    html += QStringLiteral(
                                "<span style=\"color:#555\">%1</span> “<a href=\"%2\">%3</a>” "
                                "<i>%4</i><br/>")
                                .arg(escaped(e.date.isEmpty() ? tr("undated") : e.date),
                                     DetailsPanel::sentenceUrl(e.document, e.sentence).toString(),
                                     escaped(e.text),
                                     escaped(doc && !doc->title.isEmpty() ? doc->title : e.path));
                }
                html += QStringLiteral("</li>");
                if (p == 0) {
                    nodes.push_back(view.viewIndex(hop.from));
                    nodes.push_back(view.viewIndex(hop.to));
                    const int a = view.viewIndex(hop.from);
                    const int b = view.viewIndex(hop.to);
                    for (const int k :
                         a >= 0 ? view.incident[std::size_t(a)] : std::vector<int>{}) {
                        const ViewEdge& e = view.edges[std::size_t(k)];
                        if ((e.a == a && e.b == b) || (e.a == b && e.b == a))
                            edges.push_back(k);
                    }
                }
            }
            html += QStringLiteral("</ol>");
        }
    }
    m_details->setHtml(html);
    m_view->setPath(std::move(nodes), std::move(edges));
}

void AnalysisDock::showEgo(NodeId centre)
{
    m_history.resize(std::size_t(m_historyAt) + 1); // a new branch drops the forward entries
    m_history.emplace_back(centre, m_hops->value());
    m_historyAt = int(m_history.size()) - 1;
    applyHistory();
}

void AnalysisDock::back()
{
    if (m_historyAt > 0) {
        --m_historyAt;
        applyHistory();
    }
}

void AnalysisDock::forward()
{
    if (m_historyAt + 1 < int(m_history.size())) {
        ++m_historyAt;
        applyHistory();
    }
}

void AnalysisDock::applyHistory()
{
    m_back->setEnabled(m_historyAt > 0);
    m_forward->setEnabled(m_historyAt + 1 < int(m_history.size()));
    const auto [centre, hops] = m_history[std::size_t(m_historyAt)];
    m_ego->setToolTip(
        centre >= 0 && m_graph
            ? tr("Showing the %1-hop network of %2").arg(hops).arg(m_graph->node(centre).name)
            : tr("Showing the whole graph"));
    Q_EMIT egoChanged(centre, hops);
}

} // namespace parley
