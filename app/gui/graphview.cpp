// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/graphview.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace parley {

namespace {

// Fitting leaves room for the legend on the left and for labels, which run to the right of
// their nodes, so that a fitted graph is never cut at the edges.
QRectF fitArea(const QRect& widget)
{
    const double left = widget.width() > 700 ? 110.0 : widget.width() > 400 ? 40.0 : 0.0;
    const double right = widget.width() > 400 ? 80.0 : 0.0;
    return QRectF(widget).adjusted(left, 0, -right, 0);
}

constexpr double kDragThreshold = 4.0; // device pixels before a press becomes a drag
constexpr double kEdgePickTolerance = 5.0;
constexpr double kMinScale = 1e-3;
constexpr double kMaxScale = 12.0;

// A zoom gesture ends when no wheel step came for this long; frames slower than the budget
// are shown as a scaled preview until then.
constexpr int kZoomSettleMs = 160;
constexpr double kPreviewAboveMs = 12.0;
// The picking grid has at most about this many cells per node (sparse graphs zoomed out).
constexpr double kGridCellsPerNode = 2.0;

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, d) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + d * t;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

} // namespace

GraphView::GraphView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    setAccessibleName(tr("Graph view"));
    connect(&m_layout, &LayoutRunner::framed, this, &GraphView::onFrame);
    m_zoomSettle.setSingleShot(true);
    m_zoomSettle.setInterval(kZoomSettleMs);
    connect(&m_zoomSettle, &QTimer::timeout, this, [this] {
        m_zooming = false;
        update();
    });
}

GraphView::~GraphView() = default;

void GraphView::setGraph(std::shared_ptr<const CorpusGraph> graph, const QHash<NodeId, QPointF>& initial)
{
    m_graph = std::move(graph);
    m_autoFit = true;
    rebuild(false, initial);
}

void GraphView::setFilter(const ViewFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild(true);
}

void GraphView::rebuild(bool keepPositions, const QHash<NodeId, QPointF>& start)
{
    std::optional<NodeId> selected = selectedNode();
    std::vector<QPointF> initial;
    std::vector<char> hold;
    if (keepPositions) {
        // Nodes that stay visible start where they were, so that a filter change does not
        // throw away the user's mental map.
        const std::vector<QPointF>& old = m_layout.positions();
        ViewGraph next = m_graph ? buildViewGraph(*m_graph, effectiveFilter()) : ViewGraph{};
        initial.assign(next.nodes.size(), QPointF(qQNaN(), qQNaN()));
        for (std::size_t i = 0; i < next.nodes.size(); ++i) {
            const int before = m_view.viewIndex(next.nodes[i].node);
            if (before >= 0 && std::size_t(before) < old.size())
                initial[i] = old[std::size_t(before)];
        }
        m_view = std::move(next);
    } else {
        m_view = m_graph ? buildViewGraph(*m_graph, effectiveFilter()) : ViewGraph{};
        if (!start.isEmpty()) {
            initial.assign(m_view.nodes.size(), QPointF(qQNaN(), qQNaN()));
            for (std::size_t i = 0; i < m_view.nodes.size(); ++i)
                initial[i] = start.value(m_view.nodes[i].node, QPointF(qQNaN(), qQNaN()));
            if (m_holdStart) {
                hold.assign(m_view.nodes.size(), 0);
                for (std::size_t i = 0; i < m_view.nodes.size(); ++i)
                    hold[i] = start.contains(m_view.nodes[i].node) ? 1 : 0;
            }
        }
    }
    if (!keepPositions)
        m_holdStart = false;
    // New nodes (a time range moved, a filter eased, articles added) start beside the
    // neighbours that already have a place, so they settle there instead of flying in from
    // the seed.
    for (std::size_t i = 0; i < initial.size(); ++i) {
        if (std::isfinite(initial[i].x()))
            continue;
        QPointF sum;
        int placed = 0;
        for (const int m : m_view.neighbours[i]) {
            if (std::isfinite(initial[std::size_t(m)].x())) {
                sum += initial[std::size_t(m)];
                ++placed;
            }
        }
        if (placed > 0) {
            const double angle = double(i % 16) * 0.3927; // spread siblings round a circle
            initial[i] = sum / placed + QPointF(std::cos(angle), std::sin(angle)) * 20.0;
        }
    }
    m_cache = {};
    m_nodeFill.clear();
    m_pathNodes.clear();
    m_pathEdges.clear();
    m_hovered = -1;
    m_selectedEdge = -1;
    m_dragNode = -1;
    m_dropTarget = -1;
    m_dropVerdict = {};
    m_follow = -1;
    m_selectedNode = selected ? m_view.viewIndex(*selected) : -1;
    refreshAnnotations();
    m_layout.start(m_view.layoutGraph(), m_seed, std::move(initial), std::move(hold));
    m_gridDirty = true;
    if (m_autoFit || !keepPositions)
        fitToWindow();
    Q_EMIT viewRebuilt();
    update();
}

ViewFilter GraphView::effectiveFilter() const
{
    ViewFilter f = m_filter;
    if (!m_showHidden)
        f.hidden = m_hiddenIds;
    return f;
}

QColor GraphView::hiddenColour()
{
    return QColor(0xdc, 0xdc, 0xd8);
}

void GraphView::setAnnotations(QHash<QString, Annotation> annotations)
{
    m_annotations = std::move(annotations);
    QSet<QString> hidden;
    for (auto it = m_annotations.cbegin(); it != m_annotations.cend(); ++it) {
        if (it->hidden)
            hidden.insert(it.key());
    }
    const bool rebuildNeeded = !m_showHidden && hidden != m_hiddenIds;
    m_hiddenIds = std::move(hidden);
    if (rebuildNeeded) {
        rebuild(true);
        return;
    }
    refreshAnnotations();
    update();
}

void GraphView::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    if (!m_hiddenIds.isEmpty())
        rebuild(true);
    Q_EMIT showHiddenChanged(show);
}

void GraphView::refreshAnnotations()
{
    m_annotationFill.clear();
    m_noteNodes.clear();
    if (!m_graph || m_annotations.isEmpty())
        return;
    for (auto it = m_annotations.cbegin(); it != m_annotations.cend(); ++it) {
        const auto node = m_graph->find(it.key());
        const int i = node ? m_view.viewIndex(*node) : -1;
        if (i < 0)
            continue;
        QColor fill = it->hidden ? hiddenColour() : QColor::fromString(it->colour);
        if (fill.isValid()) {
            if (m_annotationFill.empty())
                m_annotationFill.assign(m_view.nodes.size(), QColor(Qt::transparent));
            m_annotationFill[std::size_t(i)] = fill;
        }
        if (!it->note.trimmed().isEmpty())
            m_noteNodes.push_back(i);
    }
    std::sort(m_noteNodes.begin(), m_noteNodes.end());
}

void GraphView::onFrame()
{
    m_gridDirty = true;
    if (m_autoFit)
        m_transform = fitTransform(sceneBounds(m_view, positions()), fitArea(rect()), 24.0);
    else if (m_follow >= 0 && std::size_t(m_follow) < positions().size())
        m_transform.offset = QPointF(width() / 2.0, height() / 2.0) - positions()[std::size_t(m_follow)] * m_transform.scale;
    m_transform.nodeScale = crowdingScale(m_view, positions());
    update();
}

void GraphView::setNodeFill(std::vector<QColor> fill)
{
    m_nodeFill = std::move(fill);
    update();
}

void GraphView::setPath(std::vector<int> viewNodes, std::vector<int> viewEdges)
{
    m_pathNodes = std::move(viewNodes);
    m_pathEdges = std::move(viewEdges);
    update();
}

void GraphView::setNodeRadii(const std::vector<float>& radii)
{
    if (radii.empty()) {
        m_view.finish(); // sizes by degree again
    } else {
        for (std::size_t i = 0; i < m_view.nodes.size() && i < radii.size(); ++i)
            m_view.nodes[i].radius = radii[i];
    }
    m_cache = {}; // the cached layer was drawn at the old sizes
    m_gridDirty = true;
    m_transform.nodeScale = crowdingScale(m_view, positions());
    update();
}

void GraphView::setLabelsVisible(bool visible)
{
    m_labels = visible;
    update();
}

bool GraphView::selectNode(NodeId node, bool centre)
{
    const int i = m_view.viewIndex(node);
    m_selectedEdge = -1;
    m_selectedNode = i;
    if (i >= 0 && centre)
        centreOn(node);
    update();
    return i >= 0;
}

void GraphView::selectEdge(int viewEdge)
{
    m_selectedNode = -1;
    m_selectedEdge = viewEdge >= 0 && std::size_t(viewEdge) < m_view.edges.size() ? viewEdge : -1;
    update();
}

void GraphView::clearSelection()
{
    m_selectedNode = -1;
    m_selectedEdge = -1;
    update();
}

std::optional<NodeId> GraphView::selectedNode() const
{
    if (m_selectedNode < 0 || std::size_t(m_selectedNode) >= m_view.nodes.size())
        return std::nullopt;
    return m_view.nodes[std::size_t(m_selectedNode)].node;
}

std::optional<QPointF> GraphView::nodePosition(NodeId node) const
{
    const int i = m_view.viewIndex(node);
    if (i < 0 || std::size_t(i) >= positions().size())
        return std::nullopt;
    return m_transform.map(positions()[std::size_t(i)]);
}

void GraphView::rebuildGrid() const
{
    m_gridDirty = false;
    m_gridStart.clear();
    m_gridNodes.clear();
    m_gridMaxRadius = 0;
    const auto& pos = positions();
    const std::size_t n = std::min(m_view.nodes.size(), pos.size());
    if (n == 0)
        return;
    for (const ViewNode& node : m_view.nodes)
        m_gridMaxRadius = std::max(m_gridMaxRadius, double(node.radius));
    double x0 = pos[0].x(), x1 = x0, y0 = pos[0].y(), y1 = y0;
    for (std::size_t i = 0; i < n; ++i) {
        x0 = std::min(x0, pos[i].x());
        x1 = std::max(x1, pos[i].x());
        y0 = std::min(y0, pos[i].y());
        y1 = std::max(y1, pos[i].y());
    }
    // Cells of at least a node's diameter, and not many more cells than nodes.
    m_gridCell = std::max({32.0, 2 * m_gridMaxRadius,
                           std::sqrt((x1 - x0 + 1) * (y1 - y0 + 1) / (kGridCellsPerNode * double(n)))});
    m_gridOrigin = QPointF(x0, y0);
    m_gridColumns = int((x1 - x0) / m_gridCell) + 1;
    m_gridRows = int((y1 - y0) / m_gridCell) + 1;
    const auto cellOf = [&](std::size_t i) {
        const int cx = std::clamp(int((pos[i].x() - x0) / m_gridCell), 0, m_gridColumns - 1);
        const int cy = std::clamp(int((pos[i].y() - y0) / m_gridCell), 0, m_gridRows - 1);
        return std::size_t(cy) * std::size_t(m_gridColumns) + std::size_t(cx);
    };
    m_gridStart.assign(std::size_t(m_gridColumns) * std::size_t(m_gridRows) + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        ++m_gridStart[cellOf(i) + 1];
    for (std::size_t c = 1; c < m_gridStart.size(); ++c)
        m_gridStart[c] += m_gridStart[c - 1];
    m_gridNodes.resize(n);
    std::vector<int> fill(m_gridStart.begin(), m_gridStart.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        m_gridNodes[std::size_t(fill[cellOf(i)]++)] = int(i);
}

int GraphView::nodeAt(QPointF widgetPos, int except) const
{
    if (m_view.nodes.empty())
        return -1;
    if (m_gridDirty)
        rebuildGrid();
    if (m_gridNodes.empty())
        return -1;
    const QPointF scene = m_transform.unmap(widgetPos);
    // Small nodes get a minimum hit radius of a few pixels, converted to scene units.
    const double slack = 4.0 / m_transform.scale;
    const double reach = std::max(m_gridMaxRadius, 8.0 / m_transform.scale) + slack;
    const auto column = [&](double x) { return int(std::floor((x - m_gridOrigin.x()) / m_gridCell)); };
    const auto row = [&](double y) { return int(std::floor((y - m_gridOrigin.y()) / m_gridCell)); };
    const int cx0 = std::max(0, column(scene.x() - reach)), cx1 = std::min(m_gridColumns - 1, column(scene.x() + reach));
    const int cy0 = std::max(0, row(scene.y() - reach)), cy1 = std::min(m_gridRows - 1, row(scene.y() + reach));
    if (cx0 > cx1 || cy0 > cy1)
        return -1;
    if (double(cx1 - cx0 + 1) * double(cy1 - cy0 + 1) > 4096)
        return -1; // zoomed out so far that a click cannot mean one node
    const auto& pos = positions();
    int best = -1;
    double bestDistance = 0;
    for (int y = cy0; y <= cy1; ++y) {
        for (int x = cx0; x <= cx1; ++x) {
            const std::size_t cell = std::size_t(y) * std::size_t(m_gridColumns) + std::size_t(x);
            for (int k = m_gridStart[cell]; k < m_gridStart[cell + 1]; ++k) {
                const int i = m_gridNodes[std::size_t(k)];
                if (i == except)
                    continue;
                const double r = deviceRadius(m_view.nodes[std::size_t(i)], m_transform) / m_transform.scale + slack;
                const QPointF d = pos[std::size_t(i)] - scene;
                const double dist = std::hypot(d.x(), d.y());
                // Among overlapping nodes, the one whose centre is nearest wins.
                if (dist <= r && (best < 0 || dist < bestDistance)) {
                    best = i;
                    bestDistance = dist;
                }
            }
        }
    }
    return best;
}

int GraphView::edgeAt(QPointF widgetPos) const
{
    const auto& pos = positions();
    int best = -1;
    double bestDistance = kEdgePickTolerance;
    for (std::size_t k = 0; k < m_view.edges.size(); ++k) {
        const ViewEdge& e = m_view.edges[k];
        if (std::size_t(std::max(e.a, e.b)) >= pos.size())
            continue;
        const double d = segmentDistance(widgetPos, m_transform.map(pos[std::size_t(e.a)]),
                                         m_transform.map(pos[std::size_t(e.b)]));
        if (d < bestDistance) {
            best = int(k);
            bestDistance = d;
        }
    }
    return best;
}

void GraphView::fitToWindow()
{
    m_follow = -1;
    m_transform = fitTransform(sceneBounds(m_view, positions()), fitArea(rect()), 24.0);
    m_transform.nodeScale = crowdingScale(m_view, positions());
    m_autoFit = m_layout.isRunning();
    update();
}

void GraphView::zoomBy(double factor, QPointF anchor)
{
    const QPointF scene = m_transform.unmap(anchor);
    m_transform.scale = std::clamp(m_transform.scale * factor, kMinScale, kMaxScale);
    m_transform.offset = anchor - scene * m_transform.scale;
    m_autoFit = false;
    m_follow = -1;
    update();
}

QPointF GraphView::sceneCentre() const
{
    return m_transform.unmap(QPointF(width() / 2.0, height() / 2.0));
}

void GraphView::setCamera(double zoom, QPointF centre)
{
    if (!std::isfinite(zoom) || !std::isfinite(centre.x()) || !std::isfinite(centre.y()))
        return;
    m_transform.scale = std::clamp(zoom, kMinScale, kMaxScale);
    m_transform.offset = QPointF(width() / 2.0, height() / 2.0) - centre * m_transform.scale;
    m_autoFit = false;
    m_follow = -1;
    update();
}

void GraphView::centreOn(NodeId node)
{
    const int i = m_view.viewIndex(node);
    if (i < 0 || std::size_t(i) >= positions().size())
        return;
    // Zoom in enough to read the neighbourhood, but never zoom out.
    m_transform.scale = std::max(m_transform.scale, 1.0);
    m_transform.offset = QPointF(width() / 2.0, height() / 2.0) - positions()[std::size_t(i)] * m_transform.scale;
    m_autoFit = false;
    m_follow = i;
    update();
}

void GraphView::setHovered(int node)
{
    if (node == m_hovered)
        return;
    m_hovered = node;
    if (node >= 0) {
        const ViewNode& n = m_view.nodes[std::size_t(node)];
        setToolTip(n.label + QStringLiteral(" (") + toString(n.kind) + QStringLiteral(", %1 links)").arg(n.degree));
    } else {
        setToolTip({});
    }
    update();
}

void GraphView::paintEvent(QPaintEvent*)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(this);
    PaintOptions o;
    o.transform = m_transform;
    o.viewport = rect();
    o.background = QColor(0xfa, 0xfa, 0xf8);
    o.labels = m_labels;
    o.hovered = m_dragging ? -1 : m_hovered;
    // Over a drop target the verdict's ring is the only one: the selection ring on the
    // dragged node would read as a second target.
    o.selectedNode = isDraggingNode() && m_dropTarget >= 0 ? -1 : m_selectedNode;
    o.selectedEdge = m_selectedEdge;
    o.pinned = &m_layout.pinned();
    o.cache = &m_cache;
    o.legend = !m_view.nodes.empty();
    o.preview = m_zooming && m_lastDrawMs > kPreviewAboveMs;
    o.nodeFill = m_nodeFill.empty() ? nullptr : &m_nodeFill;
    // The analyst's colours (and the faded hidden nodes) over the community colours.
    std::vector<QColor> fill;
    if (!m_annotationFill.empty()) {
        fill = m_nodeFill.size() == m_annotationFill.size() ? m_nodeFill : m_annotationFill;
        for (std::size_t i = 0; i < fill.size(); ++i) {
            if (m_annotationFill[i].alpha() > 0)
                fill[i] = m_annotationFill[i];
        }
        o.nodeFill = &fill;
    }
    o.pathNodes = m_pathNodes.empty() ? nullptr : &m_pathNodes;
    o.pathEdges = m_pathEdges.empty() ? nullptr : &m_pathEdges;
    m_stats = paintGraph(painter, m_view, positions(), o);
    paintNoteMarkers(painter);
    paintDropFeedback(painter);
    if (m_view.nodes.empty()) {
        painter.setPen(QColor(0x70, 0x70, 0x70));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         m_graph ? tr("Nothing to show: no states, officials or meetings pass the filters.")
                                 : tr("Open articles with File ▸ Open, or drop files and folders here."));
    }
    m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
    if (!m_stats.reusedLayer && !m_stats.preview)
        m_lastDrawMs = m_lastPaintMs;
}

void GraphView::paintNoteMarkers(QPainter& painter) const
{
    if (m_noteNodes.empty())
        return;
    // A small amber tab at the node's upper right: "there is a note", read in Details.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x5a, 0x40, 0x00), 1.0));
    painter.setBrush(QColor(0xf2, 0xb1, 0x1c));
    const std::vector<QPointF>& at = positions();
    for (const int i : m_noteNodes) {
        if (std::size_t(i) >= at.size() || std::size_t(i) >= m_view.nodes.size())
            continue;
        const double r = deviceRadius(m_view.nodes[std::size_t(i)], m_transform);
        const QPointF centre = m_transform.map(at[std::size_t(i)]) + QPointF(r * 0.8, -r * 0.8);
        if (!rect().adjusted(-8, -8, 8, 8).contains(centre.toPoint()))
            continue;
        painter.drawRect(QRectF(centre - QPointF(3.5, 3.5), QSizeF(7, 7)));
    }
    painter.restore();
}

QColor GraphView::mergeColour()
{
    return QColor(0x1b, 0x7f, 0x3b);
}

QColor GraphView::refuseColour()
{
    return QColor(0xc6, 0x28, 0x28);
}

void GraphView::paintDropFeedback(QPainter& painter) const
{
    const bool merge = m_dropVerdict.action == NodeDropVerdict::Action::Merge;
    if (!isDraggingNode() || m_dropTarget < 0 || m_dropVerdict.action == NodeDropVerdict::Action::Move ||
        std::size_t(m_dropTarget) >= positions().size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = merge ? mergeColour() : refuseColour();
    // A ring just outside the target, wide enough to see under the dragged node.
    const QPointF centre = m_transform.map(positions()[std::size_t(m_dropTarget)]);
    const double r = deviceRadius(m_view.nodes[std::size_t(m_dropTarget)], m_transform) + 6.0;
    QPen ring(colour, 3.5);
    if (!merge)
        ring.setStyle(Qt::DashLine);
    painter.setPen(ring);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, r, r);
    if (!m_dropVerdict.hint.isEmpty()) {
        // The hint sits below and right of the cursor, flipped to stay inside the view.
        const QFontMetricsF metrics(font());
        const QSizeF text = metrics.size(Qt::TextSingleLine, m_dropVerdict.hint);
        QRectF box(QPointF(), text + QSizeF(16, 10));
        QPointF at = m_lastMouse + QPointF(18, 22);
        if (at.x() + box.width() > width() - 4)
            at.setX(std::max(4.0, m_lastMouse.x() - 18 - box.width()));
        if (at.y() + box.height() > height() - 4)
            at.setY(std::max(4.0, m_lastMouse.y() - 22 - box.height()));
        box.moveTopLeft(at);
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(merge ? QColor(0xec, 0xf7, 0xee) : QColor(0xfd, 0xec, 0xec));
        painter.drawRoundedRect(box, 5, 5);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(box, Qt::AlignCenter, m_dropVerdict.hint);
    }
    painter.restore();
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    if (m_autoFit) {
        m_transform = fitTransform(sceneBounds(m_view, positions()), fitArea(rect()), 24.0);
        m_transform.nodeScale = crowdingScale(m_view, positions());
    } else if (event->oldSize().isValid()) {
        // What was in the middle stays there (a restored camera, a dock opened beside).
        const QSize grown = event->size() - event->oldSize();
        m_transform.offset += QPointF(grown.width() / 2.0, grown.height() / 2.0);
    }
}

void GraphView::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position();
    m_lastMouse = event->position();
    m_dragging = false;
    if (event->button() != Qt::LeftButton)
        return;
    const int node = nodeAt(event->position());
    if (node >= 0) {
        m_dragNode = node;
        m_dragOrigin = positions()[std::size_t(node)];
        m_dragWasPinned = m_layout.pinned()[std::size_t(node)] != 0;
        m_selectedNode = node;
        m_selectedEdge = -1;
        update();
        Q_EMIT nodeActivated(m_view.nodes[std::size_t(node)].node);
        return;
    }
    const int edge = edgeAt(event->position());
    if (edge >= 0) {
        selectEdge(edge);
        Q_EMIT edgeActivated(edge);
        return;
    }
    m_panning = true;
    setCursor(Qt::ClosedHandCursor);
}

void GraphView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF p = event->position();
    if (m_dragNode >= 0 && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && QLineF(p, m_pressPos).length() < kDragThreshold)
            return;
        m_dragging = true;
        m_autoFit = false;
        m_follow = -1;
        m_layout.moveNode(m_dragNode, m_transform.unmap(p));
        m_gridDirty = true;
        m_lastMouse = p;
        updateDropTarget(p);
        update();
        return;
    }
    if (m_panning && (event->buttons() & Qt::LeftButton)) {
        m_transform.offset += p - m_lastMouse;
        m_lastMouse = p;
        m_autoFit = false;
        m_follow = -1;
        update();
        return;
    }
    m_lastMouse = p;
    setHovered(nodeAt(p));
}

void GraphView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning && QLineF(event->position(), m_pressPos).length() < kDragThreshold) {
        clearSelection();
        Q_EMIT selectionCleared();
    }
    // A node dropped onto another: the owner may merge them, or refuse and it goes back.
    if (isDraggingNode())
        updateDropTarget(event->position());
    const int target = m_dropTarget;
    const NodeDropVerdict::Action action = m_dropVerdict.action;
    if (target >= 0 && action == NodeDropVerdict::Action::Refuse) {
        cancelDrag();
        return;
    }
    const int dragged = m_dragNode;
    m_panning = false;
    m_dragging = false;
    m_dragNode = -1;
    m_dropTarget = -1;
    m_dropVerdict = {};
    unsetCursor();
    update();
    if (target >= 0 && action == NodeDropVerdict::Action::Merge && m_nodeDropHook)
        m_nodeDropHook(m_view.nodes[std::size_t(dragged)].node, m_view.nodes[std::size_t(target)].node);
}

void GraphView::updateDropTarget(QPointF widgetPos)
{
    const int target = m_nodeDropHook ? nodeAt(widgetPos, m_dragNode) : -1;
    if (target < 0) {
        m_dropVerdict = {};
    } else if (target != m_dropTarget) {
        const NodeId dragged = m_view.nodes[std::size_t(m_dragNode)].node;
        const NodeId onto = m_view.nodes[std::size_t(target)].node;
        m_dropVerdict = m_nodeDropCheck ? m_nodeDropCheck(dragged, onto)
                                        : NodeDropVerdict{NodeDropVerdict::Action::Merge, {}};
    }
    m_dropTarget = target;
    switch (m_dropVerdict.action) {
    case NodeDropVerdict::Action::Merge:
        setCursor(Qt::DragMoveCursor);
        break;
    case NodeDropVerdict::Action::Refuse:
        setCursor(Qt::ForbiddenCursor);
        break;
    case NodeDropVerdict::Action::Move:
        setCursor(Qt::ClosedHandCursor);
        break;
    }
}

void GraphView::cancelDrag()
{
    if (m_dragNode >= 0 && std::size_t(m_dragNode) < positions().size()) {
        m_layout.moveNode(m_dragNode, m_dragOrigin);
        if (!m_dragWasPinned)
            m_layout.setPinned(m_dragNode, false);
    }
    m_dragging = false;
    m_dragNode = -1;
    m_dropTarget = -1;
    m_dropVerdict = {};
    m_gridDirty = true;
    unsetCursor();
    update();
}

void GraphView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int node = nodeAt(event->position());
    if (node >= 0)
        centreOn(m_view.nodes[std::size_t(node)].node);
    else
        fitToWindow();
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        m_zooming = true;
        m_zoomSettle.start();
        zoomBy(std::pow(1.2, steps), event->position());
    }
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent* event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25, centre);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitToWindow();
        break;
    case Qt::Key_Left:
        m_transform.offset += QPointF(60, 0);
        break;
    case Qt::Key_Right:
        m_transform.offset -= QPointF(60, 0);
        break;
    case Qt::Key_Up:
        m_transform.offset += QPointF(0, 60);
        break;
    case Qt::Key_Down:
        m_transform.offset -= QPointF(0, 60);
        break;
    case Qt::Key_Escape:
        if (m_dragNode >= 0) {
            // Esc mid-drag cancels the drag only; the selection stays.
            if (m_dragging)
                cancelDrag();
            else
                m_dragNode = -1;
            return;
        }
        clearSelection();
        Q_EMIT selectionCleared();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (event->key() >= Qt::Key_Left && event->key() <= Qt::Key_Down) {
        m_autoFit = false;
        m_follow = -1;
    }
    update();
}

void GraphView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    const int node = nodeAt(event->pos());
    if (node >= 0) {
        const ViewNode& n = m_view.nodes[std::size_t(node)];
        menu.addSection(n.label);
        const bool pinned = m_layout.pinned()[std::size_t(node)];
        menu.addAction(pinned ? tr("Unpin") : tr("Pin here"), this, [this, node, pinned] {
            m_layout.setPinned(node, !pinned);
            update();
        });
        menu.addAction(tr("Show details"), this, [this, node] {
            m_selectedNode = node;
            m_selectedEdge = -1;
            Q_EMIT nodeActivated(m_view.nodes[std::size_t(node)].node);
            update();
        });
        menu.addAction(tr("Centre on it"), this, [this, node] { centreOn(m_view.nodes[std::size_t(node)].node); });
        if (m_nodeMenuHook)
            m_nodeMenuHook(menu, m_view.nodes[std::size_t(node)].node);
        menu.addSeparator();
    }
    QAction* showHidden = menu.addAction(tr("Show hidden nodes"), this, [this](bool on) { setShowHidden(on); });
    showHidden->setCheckable(true);
    showHidden->setChecked(m_showHidden);
    showHidden->setEnabled(!m_hiddenIds.isEmpty() || m_showHidden);
    menu.addAction(tr("Unpin all"), this, [this] {
        m_layout.unpinAll();
        update();
    });
    menu.addAction(tr("Fit to window"), this, &GraphView::fitToWindow);
    menu.exec(event->globalPos());
}

void GraphView::leaveEvent(QEvent*)
{
    setHovered(-1);
}

} // namespace parley
