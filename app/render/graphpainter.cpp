// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/graphpainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace parley {

namespace {

constexpr double kMinDeviceRadius = 1.6;
// Above these counts of visible items the painter drops antialiasing and dashes: at that
// density they are not visible anyway and they cost most of the frame with the raster engine.
constexpr int kAntialiasEdgeLimit = 6000;
constexpr int kAntialiasNodeLimit = 4000;
constexpr int kDashEdgeLimit = 2500;
constexpr int kShapeNodeLimit = 12000;

QFont labelFont(NodeKind kind)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    // Pixel sizes, not points, so that PNG, SVG and screen agree whatever their resolution.
    switch (kind) {
    case NodeKind::State:
        font.setPixelSize(13);
        font.setBold(true);
        break;
    case NodeKind::Official:
        font.setPixelSize(11);
        break;
    case NodeKind::Meeting:
        font.setPixelSize(10);
        font.setItalic(true);
        break;
    }
    return font;
}

int kindRank(NodeKind kind)
{
    switch (kind) {
    case NodeKind::State: return 0;
    case NodeKind::Official: return 1;
    case NodeKind::Meeting: return 2;
    }
    return 3;
}

void prepareCache(PaintCache& cache, const ViewGraph& view)
{
    if (cache.labelWidth.size() == view.nodes.size() && cache.labelOrder.size() == view.nodes.size())
        return;
    cache.labelWidth.assign(view.nodes.size(), -1.0f);
    cache.labelOrder.resize(view.nodes.size());
    for (std::size_t i = 0; i < view.nodes.size(); ++i)
        cache.labelOrder[i] = int(i);
    std::stable_sort(cache.labelOrder.begin(), cache.labelOrder.end(), [&](int a, int b) {
        const ViewNode& x = view.nodes[std::size_t(a)];
        const ViewNode& y = view.nodes[std::size_t(b)];
        if (x.kind != y.kind)
            return kindRank(x.kind) < kindRank(y.kind);
        return x.degree > y.degree;
    });
}

// Node shapes: states hexagons, officials circles, meetings diamonds (told apart in
// greyscale prints too).
void drawShape(QPainter& p, NodeKind kind, QPointF c, double r)
{
    switch (kind) {
    case NodeKind::State: {
        std::array<QPointF, 6> pts;
        for (int k = 0; k < 6; ++k) {
            const double a = M_PI / 3.0 * k + M_PI / 6.0;
            pts[std::size_t(k)] = c + QPointF(r * std::cos(a), r * std::sin(a));
        }
        p.drawPolygon(pts.data(), int(pts.size()));
        break;
    }
    case NodeKind::Official:
        p.drawEllipse(c, r, r);
        break;
    case NodeKind::Meeting: {
        const std::array<QPointF, 4> pts{c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r),
                                         c + QPointF(-r, 0)};
        p.drawPolygon(pts.data(), int(pts.size()));
        break;
    }
    }
}

QPen edgePen(ViewEdgeKind kind, double width, int alpha, bool dashed)
{
    QColor c = edgeColor(kind);
    c.setAlpha(alpha);
    QPen pen(c, width);
    pen.setCapStyle(Qt::FlatCap);
    if (dashed && kind == ViewEdgeKind::Involves)
        pen.setDashPattern({4.0, 3.0});
    if (dashed && kind == ViewEdgeKind::Serves)
        pen.setDashPattern({1.0, 2.0});
    return pen;
}

// Grid of placed label rectangles for overlap tests in O(labels per cell).
class LabelGrid
{
public:
    LabelGrid(const QRectF& area, double cell) : m_area(area), m_cell(cell)
    {
        m_cols = std::max(1, int(std::ceil(area.width() / cell)));
        m_rows = std::max(1, int(std::ceil(area.height() / cell)));
        m_cells.resize(std::size_t(m_cols * m_rows));
    }
    bool free(const QRectF& r) const
    {
        bool ok = true;
        visit(r, [&](const std::vector<QRectF>& cell) {
            for (const QRectF& o : cell) {
                if (o.intersects(r)) {
                    ok = false;
                    return;
                }
            }
        });
        return ok;
    }
    void add(const QRectF& r)
    {
        visitMut(r, [&](std::vector<QRectF>& cell) { cell.push_back(r); });
    }

private:
    template <typename F>
    void visit(const QRectF& r, F&& f) const
    {
        const auto [c0, c1, r0, r1] = range(r);
        for (int y = r0; y <= r1; ++y)
            for (int x = c0; x <= c1; ++x)
                f(m_cells[std::size_t(y * m_cols + x)]);
    }
    template <typename F>
    void visitMut(const QRectF& r, F&& f)
    {
        const auto [c0, c1, r0, r1] = range(r);
        for (int y = r0; y <= r1; ++y)
            for (int x = c0; x <= c1; ++x)
                f(m_cells[std::size_t(y * m_cols + x)]);
    }
    std::array<int, 4> range(const QRectF& r) const
    {
        auto clampCol = [&](double v) { return std::clamp(int((v - m_area.left()) / m_cell), 0, m_cols - 1); };
        auto clampRow = [&](double v) { return std::clamp(int((v - m_area.top()) / m_cell), 0, m_rows - 1); };
        return {clampCol(r.left()), clampCol(r.right()), clampRow(r.top()), clampRow(r.bottom())};
    }

    QRectF m_area;
    double m_cell;
    int m_cols = 1;
    int m_rows = 1;
    std::vector<std::vector<QRectF>> m_cells;
};

} // namespace

ViewTransform fitTransform(const QRectF& scene, const QRectF& viewport, double margin)
{
    ViewTransform t;
    if (scene.isEmpty() || viewport.isEmpty()) {
        t.offset = viewport.center() - scene.center();
        return t;
    }
    const double w = std::max(1.0, viewport.width() - 2 * margin);
    const double h = std::max(1.0, viewport.height() - 2 * margin);
    t.scale = std::min(w / scene.width(), h / scene.height());
    t.scale = std::clamp(t.scale, 1e-4, 4.0);
    t.offset = viewport.center() - scene.center() * t.scale;
    return t;
}

double deviceRadius(const ViewNode& node, const ViewTransform& transform)
{
    return std::max(kMinDeviceRadius, node.radius * transform.scale);
}

QColor nodeColor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::State: return QColor(0x2b, 0x6c, 0xb0);    // blue
    case NodeKind::Official: return QColor(0xe0, 0x7b, 0x1f); // orange
    case NodeKind::Meeting: return QColor(0x7b, 0x52, 0xab);  // purple
    }
    return Qt::gray;
}

QColor edgeColor(ViewEdgeKind kind)
{
    switch (kind) {
    case ViewEdgeKind::Serves: return QColor(0x4a, 0x7a, 0xb5);
    case ViewEdgeKind::Attended: return QColor(0xc0, 0x80, 0x40);
    case ViewEdgeKind::Involves: return QColor(0x8a, 0x6c, 0xb8);
    case ViewEdgeKind::StatesMet: return QColor(0x2b, 0x6c, 0xb0);
    case ViewEdgeKind::OfficialsMet: return QColor(0xc0, 0x70, 0x30);
    }
    return Qt::gray;
}

PaintStats paintGraph(QPainter& p, const ViewGraph& view, const std::vector<QPointF>& positions,
                      const PaintOptions& o)
{
    PaintStats stats;
    p.save();
    if (o.background.alpha() > 0)
        p.fillRect(o.viewport, o.background);
    p.setClipRect(o.viewport);

    const std::size_t n = std::min(view.nodes.size(), positions.size());
    const ViewTransform& t = o.transform;
    // Items partly inside the viewport still count: grow it by the largest node.
    double maxRadius = 0;
    for (std::size_t i = 0; i < n; ++i)
        maxRadius = std::max(maxRadius, deviceRadius(view.nodes[i], t));
    const QRectF cull = o.viewport.adjusted(-maxRadius - 2, -maxRadius - 2, maxRadius + 2, maxRadius + 2);

    std::vector<QPointF> dev(n);
    std::vector<char> visible(n, 0);
    int visibleNodes = 0;
    for (std::size_t i = 0; i < n; ++i) {
        dev[i] = t.map(positions[i]);
        if (cull.contains(dev[i])) {
            visible[i] = 1;
            ++visibleNodes;
        }
    }

    // Hover focus: the node, its neighbours and its edges stay lit, the rest is dimmed.
    const bool focus = o.hovered >= 0 && std::size_t(o.hovered) < n;
    std::vector<char> lit;
    if (focus) {
        lit.assign(n, 0);
        lit[std::size_t(o.hovered)] = 1;
        for (int m : view.neighbours[std::size_t(o.hovered)])
            lit[std::size_t(m)] = 1;
    }

    // Edges, batched per kind (and per width for projections) so that each batch is one
    // drawLines call with one pen.
    struct Batch
    {
        ViewEdgeKind kind;
        int width;
        bool lit;
        std::vector<QLineF> lines;
    };
    std::vector<Batch> batches;
    auto batchFor = [&](ViewEdgeKind kind, int width, bool isLit) -> std::vector<QLineF>& {
        for (Batch& b : batches) {
            if (b.kind == kind && b.width == width && b.lit == isLit)
                return b.lines;
        }
        batches.push_back({kind, width, isLit, {}});
        return batches.back().lines;
    };
    int visibleEdges = 0;
    const QRectF& vp = o.viewport;
    for (std::size_t k = 0; k < view.edges.size(); ++k) {
        const ViewEdge& e = view.edges[k];
        if (std::size_t(e.a) >= n || std::size_t(e.b) >= n || int(k) == o.selectedEdge)
            continue;
        const QPointF& a = dev[std::size_t(e.a)];
        const QPointF& b = dev[std::size_t(e.b)];
        if (!visible[std::size_t(e.a)] && !visible[std::size_t(e.b)]) {
            // Both ends outside: keep the edge only if its box crosses the viewport.
            if (std::max(a.x(), b.x()) < vp.left() || std::min(a.x(), b.x()) > vp.right() ||
                std::max(a.y(), b.y()) < vp.top() || std::min(a.y(), b.y()) > vp.bottom())
                continue;
        }
        const int width = e.weight <= 1 ? 1 : std::min(8, 1 + int(std::lround(std::log2(e.weight) * 1.5)));
        const bool isLit = focus && (e.a == o.hovered || e.b == o.hovered);
        batchFor(e.kind, width, isLit).push_back(QLineF(a, b));
        ++visibleEdges;
    }
    stats.edges = visibleEdges;
    const bool aaEdges = o.vector || visibleEdges <= kAntialiasEdgeLimit;
    const bool dashed = o.vector || visibleEdges <= kDashEdgeLimit;
    // Dense drawings get fainter edges so that the nodes stay legible.
    int alpha = visibleEdges > 20000 ? 70 : visibleEdges > 5000 ? 110 : 170;
    p.setRenderHint(QPainter::Antialiasing, aaEdges);
    std::stable_sort(batches.begin(), batches.end(),
                     [](const Batch& x, const Batch& y) { return x.lit < y.lit; });
    for (const Batch& b : batches) {
        const int a = focus ? (b.lit ? 230 : 35) : alpha;
        const double w = b.width * (b.lit ? 1.8 : 1.0);
        p.setPen(edgePen(b.kind, w, a, dashed));
        p.drawLines(b.lines.data(), int(b.lines.size()));
    }
    if (o.selectedEdge >= 0 && std::size_t(o.selectedEdge) < view.edges.size()) {
        const ViewEdge& e = view.edges[std::size_t(o.selectedEdge)];
        if (std::size_t(e.a) < n && std::size_t(e.b) < n) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(QColor(0xd6, 0x27, 0x28), 3.5, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(dev[std::size_t(e.a)], dev[std::size_t(e.b)]);
        }
    }

    // Nodes: tiny ones as filled squares in one pass per kind, the rest as shapes.
    const bool shapes = o.vector || visibleNodes <= kShapeNodeLimit;
    p.setRenderHint(QPainter::Antialiasing, o.vector || visibleNodes <= kAntialiasNodeLimit);
    const QColor outline(255, 255, 255);
    for (NodeKind kind : {NodeKind::Meeting, NodeKind::Official, NodeKind::State}) {
        QColor fill = nodeColor(kind);
        QColor dimFill = fill;
        dimFill.setAlpha(45);
        for (std::size_t i = 0; i < n; ++i) {
            const ViewNode& node = view.nodes[i];
            if (!visible[i] || node.kind != kind)
                continue;
            const bool dim = focus && !lit[i];
            const double r = deviceRadius(node, t);
            if (!shapes || (!o.vector && r < 2.5)) {
                p.fillRect(QRectF(dev[i].x() - r, dev[i].y() - r, 2 * r, 2 * r), dim ? dimFill : fill);
            } else {
                p.setPen(QPen(dim ? QColor(255, 255, 255, 60) : outline, r > 6 ? 1.5 : 1.0));
                p.setBrush(dim ? dimFill : fill);
                drawShape(p, kind, dev[i], r);
            }
            ++stats.nodes;
        }
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    if (o.pinned) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x22, 0x22, 0x22));
        for (std::size_t i = 0; i < n && i < o.pinned->size(); ++i) {
            if (visible[i] && (*o.pinned)[i]) {
                const double r = deviceRadius(view.nodes[i], t);
                p.drawEllipse(dev[i] + QPointF(r * 0.75, -r * 0.75), 2.5, 2.5);
            }
        }
    }
    for (int sel : {o.selectedNode, o.hovered}) {
        if (sel < 0 || std::size_t(sel) >= n)
            continue;
        const double r = deviceRadius(view.nodes[std::size_t(sel)], t);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(sel == o.selectedNode ? QColor(0xd6, 0x27, 0x28) : QColor(0x20, 0x20, 0x20),
                      sel == o.selectedNode ? 3.0 : 1.5));
        p.drawEllipse(dev[std::size_t(sel)], r + 4, r + 4);
    }

    // Labels: greedy by priority, each placed right, left, above or below its node if that
    // spot is free, so that a zoomed-out graph shows a readable subset instead of a carpet.
    if (o.labels && n > 0) {
        PaintCache local;
        PaintCache& cache = o.cache ? *o.cache : local;
        prepareCache(cache, view);
        LabelGrid grid(o.viewport, 48.0);
        std::vector<int> candidates;
        candidates.reserve(64);
        if (o.selectedNode >= 0 && std::size_t(o.selectedNode) < n)
            candidates.push_back(o.selectedNode);
        if (focus) {
            candidates.push_back(o.hovered);
            for (int m : view.neighbours[std::size_t(o.hovered)])
                candidates.push_back(m);
        }
        const std::size_t forced = candidates.size();
        int rank = 0;
        for (int i : cache.labelOrder) {
            if (std::size_t(i) >= n || !visible[std::size_t(i)])
                continue;
            ++rank;
            if (focus && !lit[std::size_t(i)])
                continue;
            if (rank <= o.alwaysLabelTop || deviceRadius(view.nodes[std::size_t(i)], t) >= o.labelMinRadius)
                candidates.push_back(i);
        }
        std::vector<char> done(n, 0);
        const int maxTries = 3000;
        int tries = 0;
        NodeKind fontKind = NodeKind::Meeting;
        QFont font = labelFont(fontKind);
        p.setFont(font);
        std::array<QFontMetricsF, 3> metrics{QFontMetricsF(labelFont(NodeKind::State)),
                                             QFontMetricsF(labelFont(NodeKind::Official)),
                                             QFontMetricsF(labelFont(NodeKind::Meeting))};
        for (std::size_t c = 0; c < candidates.size(); ++c) {
            const int i = candidates[c];
            if (done[std::size_t(i)] || stats.labels >= o.maxLabels || ++tries > maxTries)
                continue;
            done[std::size_t(i)] = 1;
            const ViewNode& node = view.nodes[std::size_t(i)];
            const QFontMetricsF& fm = metrics[std::size_t(kindRank(node.kind))];
            float& width = cache.labelWidth[std::size_t(i)];
            if (width < 0)
                width = float(fm.horizontalAdvance(node.label));
            const double h = fm.height();
            const double r = deviceRadius(node, t);
            const QPointF c0 = dev[std::size_t(i)];
            const std::array<QRectF, 4> spots{
                QRectF(c0.x() + r + 3, c0.y() - h / 2, width + 6, h),
                QRectF(c0.x() - r - 3 - width - 6, c0.y() - h / 2, width + 6, h),
                QRectF(c0.x() - (width + 6) / 2, c0.y() - r - 2 - h, width + 6, h),
                QRectF(c0.x() - (width + 6) / 2, c0.y() + r + 2, width + 6, h)};
            const QRectF* chosen = nullptr;
            for (const QRectF& s : spots) {
                if (grid.free(s)) {
                    chosen = &s;
                    break;
                }
            }
            if (!chosen) {
                if (c >= forced)
                    continue;
                chosen = &spots[0]; // the selection and the hovered neighbourhood always show
            }
            grid.add(*chosen);
            if (node.kind != fontKind) {
                fontKind = node.kind;
                p.setFont(labelFont(fontKind));
            }
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 205));
            p.drawRoundedRect(*chosen, 3, 3);
            p.setPen(node.kind == NodeKind::Meeting ? QColor(0x55, 0x44, 0x70) : QColor(0x1a, 0x1a, 0x1a));
            p.drawText(chosen->adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, node.label);
            ++stats.labels;
            stats.labelled.push_back(i);
            stats.labelRects.push_back(*chosen);
        }
    }

    if (o.legend)
        paintLegend(p, o.viewport, view.projection);
    p.restore();
    return stats;
}

QRectF paintLegend(QPainter& p, const QRectF& viewport, ViewFilter::Projection projection)
{
    struct Row
    {
        QString text;
        int node; // -1: edge row
        ViewEdgeKind edge;
    };
    std::vector<Row> rows;
    using P = ViewFilter::Projection;
    if (projection != P::OfficialsOnly)
        rows.push_back({QStringLiteral("State"), int(NodeKind::State), {}});
    if (projection != P::StatesOnly)
        rows.push_back({QStringLiteral("Official"), int(NodeKind::Official), {}});
    if (projection == P::Full) {
        rows.push_back({QStringLiteral("Meeting"), int(NodeKind::Meeting), {}});
        rows.push_back({QStringLiteral("serves"), -1, ViewEdgeKind::Serves});
        rows.push_back({QStringLiteral("attended"), -1, ViewEdgeKind::Attended});
        rows.push_back({QStringLiteral("involves"), -1, ViewEdgeKind::Involves});
    } else if (projection == P::StatesOnly) {
        rows.push_back({QStringLiteral("met (width: meetings)"), -1, ViewEdgeKind::StatesMet});
    } else {
        rows.push_back({QStringLiteral("met (width: meetings)"), -1, ViewEdgeKind::OfficialsMet});
    }
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    const QFontMetricsF fm(font);
    double textWidth = 0;
    for (const Row& r : rows)
        textWidth = std::max(textWidth, fm.horizontalAdvance(r.text));
    const double rowH = std::max(16.0, fm.height() + 4);
    const QRectF box(viewport.left() + 8, viewport.top() + 8, 44 + textWidth + 10, rowH * double(rows.size()) + 10);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(0, 0, 0, 50), 1));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 5, 5);
    p.setFont(font);
    double y = box.top() + 5;
    for (const Row& r : rows) {
        const QPointF c(box.left() + 20, y + rowH / 2);
        if (r.node >= 0) {
            const auto kind = NodeKind(r.node);
            p.setPen(QPen(Qt::white, 1));
            p.setBrush(nodeColor(kind));
            drawShape(p, kind, c, 6.5);
        } else {
            p.setPen(edgePen(r.edge, r.edge == ViewEdgeKind::StatesMet || r.edge == ViewEdgeKind::OfficialsMet ? 3 : 1.6, 230, true));
            p.drawLine(c - QPointF(12, 0), c + QPointF(12, 0));
        }
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(box.left() + 38, y, textWidth + 8, rowH), Qt::AlignVCenter | Qt::AlignLeft, r.text);
        y += rowH;
    }
    p.restore();
    return box;
}

} // namespace parley
