// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/graphpainter.h"

#include "render/rasterlayer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <memory>
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
// Nodes may cover this share of the area their centres span before they are drawn smaller.
constexpr double kCrowdedCover = 0.25;
constexpr double kMinNodeScale = 0.02;
// Edge batches: one per edge kind and drawn width (1..8 px, projected edges by weight).
constexpr int kEdgeWidths = 8;
constexpr int kEdgeBatches = 5 * kEdgeWidths;

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
    return std::max(kMinDeviceRadius, node.radius * transform.scale * transform.nodeScale);
}

double crowdingScale(const ViewGraph& view, const std::vector<QPointF>& positions)
{
    const std::size_t n = std::min(view.nodes.size(), positions.size());
    if (n < 2)
        return 1.0;
    double x0 = positions[0].x(), x1 = x0, y0 = positions[0].y(), y1 = y0;
    double discs = 0;
    for (std::size_t i = 0; i < n; ++i) {
        x0 = std::min(x0, positions[i].x());
        x1 = std::max(x1, positions[i].x());
        y0 = std::min(y0, positions[i].y());
        y1 = std::max(y1, positions[i].y());
        const double r = view.nodes[i].radius;
        discs += M_PI * r * r;
    }
    const double room = kCrowdedCover * std::max(1.0, x1 - x0) * std::max(1.0, y1 - y0);
    if (!(discs > room) || !std::isfinite(room))
        return 1.0;
    return std::max(kMinNodeScale, std::sqrt(room / discs));
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

namespace detail {

// What the painter keeps between frames: scratch arrays (so that a frame allocates nothing
// once the sizes are known) and the raster layer of edges and nodes with the key it was
// drawn under.
struct FrameCache
{
    std::vector<QPointF> dev;    // device position per view node, this frame
    std::vector<char> visible;   // in the viewport, this frame
    std::vector<char> lit;       // hovered node and its neighbours
    std::vector<char> done;      // labelled this frame
    std::vector<int> candidates; // label candidates this frame
    std::vector<QPointF> layerDev; // device position relative to the layer's origin
    std::vector<char> inLayer;
    std::array<std::vector<QLineF>, kEdgeBatches> lines; // per kind and width
    std::vector<std::size_t> painted;

    RasterLayer layer;
    bool valid = false;
    const ViewGraph* view = nullptr;
    std::size_t nodeCount = 0;
    std::size_t edgeCount = 0;
    std::vector<QPointF> positions; // the positions the layer shows
    double scale = 0;
    double nodeScale = 0;
    QPointF offset;       // transform offset the layer was drawn with
    QRect area;           // logical device rectangle the layer covers, under that offset
    double dpr = 0;
    QRgb background = 0;
    bool complete = false; // every node and edge lies inside `area`
    int edges = 0;         // edges drawn into the layer
};

} // namespace detail

FrameCacheSlot::FrameCacheSlot() = default;
FrameCacheSlot::~FrameCacheSlot() = default;
FrameCacheSlot::FrameCacheSlot(const FrameCacheSlot&) {}
FrameCacheSlot& FrameCacheSlot::operator=(const FrameCacheSlot& other)
{
    if (this != &other)
        m_cache.reset();
    return *this;
}
FrameCacheSlot::FrameCacheSlot(FrameCacheSlot&&) noexcept = default;
FrameCacheSlot& FrameCacheSlot::operator=(FrameCacheSlot&&) noexcept = default;

detail::FrameCache& FrameCacheSlot::get()
{
    if (!m_cache)
        m_cache = std::make_unique<detail::FrameCache>();
    return *m_cache;
}

void FrameCacheSlot::reset()
{
    m_cache.reset();
}

namespace {

int edgeWidth(const ViewEdge& e)
{
    return e.weight <= 1 ? 1 : std::min(8, 1 + int(std::lround(std::log2(e.weight) * 1.5)));
}

// Both ends outside `area`: keep the edge only if its box crosses it.
bool edgeMayCross(QPointF a, QPointF b, const QRectF& area)
{
    return !(std::max(a.x(), b.x()) < area.left() || std::min(a.x(), b.x()) > area.right() ||
             std::max(a.y(), b.y()) < area.top() || std::min(a.y(), b.y()) > area.bottom());
}

int denseAlpha(int edges)
{
    // Dense drawings get fainter edges so that the nodes stay legible.
    return edges > 20000 ? 70 : edges > 5000 ? 110 : 170;
}

struct Detail
{
    bool aaEdges;
    bool dashed;
    bool shapes;
    bool aaNodes;
};

Detail detailFor(int edges, int nodes, bool vector)
{
    return {vector || edges <= kAntialiasEdgeLimit, vector || edges <= kDashEdgeLimit,
            vector || nodes <= kShapeNodeLimit, vector || nodes <= kAntialiasNodeLimit};
}

void nodePen(QPainter& p, double r, bool dim)
{
    p.setPen(QPen(dim ? QColor(255, 255, 255, 60) : QColor(255, 255, 255), r > 6 ? 1.5 : 1.0));
}

// Edges and nodes of the frame, undimmed, into the cache's layer: `area` (logical device
// pixels under `t`) is what the layer covers. Small nodes and thin aliased edges go through
// the RasterLayer, the rest through a QPainter on the same image.
void drawLayer(detail::FrameCache& fc, const ViewGraph& view, std::size_t n, const ViewTransform& t,
               const QRect& area, double dpr, QColor background, double maxRadius)
{
    const QSize pixels(int(std::ceil(area.width() * dpr)), int(std::ceil(area.height() * dpr)));
    fc.layer.reset(pixels, dpr, background);
    const QRectF local(QPointF(0, 0), QSizeF(area.size()));
    const QRectF cull = local.adjusted(-maxRadius - 2, -maxRadius - 2, maxRadius + 2, maxRadius + 2);
    const QPointF origin = area.topLeft();
    fc.layerDev.resize(n);
    fc.inLayer.assign(n, 0);
    int nodes = 0;
    for (std::size_t i = 0; i < n; ++i) {
        fc.layerDev[i] = fc.dev[i] - origin;
        if (cull.contains(fc.layerDev[i])) {
            fc.inLayer[i] = 1;
            ++nodes;
        }
    }
    for (auto& l : fc.lines)
        l.clear();
    int edges = 0;
    for (const ViewEdge& e : view.edges) {
        if (std::size_t(e.a) >= n || std::size_t(e.b) >= n)
            continue;
        const QPointF& a = fc.layerDev[std::size_t(e.a)];
        const QPointF& b = fc.layerDev[std::size_t(e.b)];
        if (!fc.inLayer[std::size_t(e.a)] && !fc.inLayer[std::size_t(e.b)] && !edgeMayCross(a, b, local))
            continue;
        fc.lines[std::size_t(int(e.kind) * kEdgeWidths + edgeWidth(e) - 1)].push_back(QLineF(a, b));
        ++edges;
    }
    fc.edges = edges;
    const Detail d = detailFor(edges, nodes, false);
    const int alpha = denseAlpha(edges);
    const bool raw = !d.aaEdges || !d.aaNodes; // dense frame: the RasterLayer fast lane

    std::vector<RasterLayer::LineBatch> thin;
    for (std::size_t k = 0; k < fc.lines.size(); ++k) {
        const int width = int(k) % kEdgeWidths + 1;
        if (!fc.lines[k].empty() && raw && !d.aaEdges && width == 1) {
            QColor c = edgeColor(ViewEdgeKind(int(k) / kEdgeWidths));
            c.setAlpha(alpha);
            thin.push_back({&fc.lines[k], c});
        }
    }
    fc.layer.drawLines(thin);

    QPainter p(&fc.layer.image());
    // Without a clip, Qt 6's raster engine hands every antialiased line's spans to its thread
    // pool (a wake-up per line, 40x slower under load); clipped spans are filled in place.
    p.setClipRect(local);
    p.setRenderHint(QPainter::Antialiasing, d.aaEdges);
    for (std::size_t k = 0; k < fc.lines.size(); ++k) {
        const int width = int(k) % kEdgeWidths + 1;
        if (fc.lines[k].empty() || (raw && !d.aaEdges && width == 1))
            continue;
        p.setPen(edgePen(ViewEdgeKind(int(k) / kEdgeWidths), width, alpha, d.dashed));
        p.drawLines(fc.lines[k].data(), int(fc.lines[k].size()));
    }

    p.setRenderHint(QPainter::Antialiasing, d.aaNodes);
    const QColor outline(255, 255, 255);
    for (NodeKind kind : {NodeKind::Meeting, NodeKind::Official, NodeKind::State}) {
        const QColor fill = nodeColor(kind);
        fc.painted.clear();
        for (std::size_t i = 0; i < n; ++i) {
            const ViewNode& node = view.nodes[i];
            if (!fc.inLayer[i] || node.kind != kind)
                continue;
            const double r = deviceRadius(node, t);
            const QPointF c = fc.layerDev[i];
            if (raw && !d.aaNodes && r < 7.0)
                fc.layer.drawNode(kind, c, r, fill, outline);
            else if (r < 2.5 || (!d.shapes && r < 7.0))
                p.fillRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), fill);
            else
                fc.painted.push_back(i); // big nodes keep their shape: few, and most looked at
        }
        p.setRenderHint(QPainter::Antialiasing, d.aaNodes || fc.painted.size() <= kAntialiasNodeLimit / 4);
        p.setBrush(fill);
        for (std::size_t i : fc.painted) {
            const double r = deviceRadius(view.nodes[i], t);
            nodePen(p, r, false);
            drawShape(p, kind, fc.layerDev[i], r);
        }
    }
}

} // namespace

// Phase: analysis overlays (community fills, a highlighted path) over the drawn graph. They
// are not part of the cached layer, so switching them costs no redraw of the graph.
void paintOverlays(QPainter& p, const ViewGraph& view, const std::vector<QPointF>& dev,
                   const std::vector<char>& visible, const PaintOptions& o)
{
    const std::size_t n = std::min(view.nodes.size(), dev.size());
    const ViewTransform& t = o.transform;
    if (o.nodeFill) {
        p.setRenderHint(QPainter::Antialiasing, true);
        for (std::size_t i = 0; i < n && i < o.nodeFill->size(); ++i) {
            const QColor& fill = (*o.nodeFill)[i];
            if (!visible[i] || fill.alpha() == 0)
                continue;
            const double r = deviceRadius(view.nodes[i], t);
            nodePen(p, r, false);
            p.setBrush(fill);
            drawShape(p, view.nodes[i].kind, dev[i], r);
        }
    }
    if (!o.pathNodes && !o.pathEdges)
        return;
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor path(0xff, 0x8c, 0x00);
    p.setPen(QPen(path, 5.0, Qt::SolidLine, Qt::RoundCap));
    for (const int k : o.pathEdges ? *o.pathEdges : std::vector<int>{}) {
        if (k < 0 || std::size_t(k) >= view.edges.size())
            continue;
        const ViewEdge& e = view.edges[std::size_t(k)];
        if (std::size_t(e.a) < n && std::size_t(e.b) < n)
            p.drawLine(dev[std::size_t(e.a)], dev[std::size_t(e.b)]);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(path, 3.0));
    for (const int i : o.pathNodes ? *o.pathNodes : std::vector<int>{}) {
        if (i >= 0 && std::size_t(i) < n)
            p.drawEllipse(dev[std::size_t(i)], deviceRadius(view.nodes[std::size_t(i)], t) + 5,
                          deviceRadius(view.nodes[std::size_t(i)], t) + 5);
    }
}

PaintStats paintGraph(QPainter& p, const ViewGraph& view, const std::vector<QPointF>& positions,
                      const PaintOptions& o)
{
    PaintStats stats;
    p.save();
    PaintCache local;
    PaintCache& cache = o.cache ? *o.cache : local;
    detail::FrameCache& fc = cache.frame.get();

    const std::size_t n = std::min(view.nodes.size(), positions.size());
    const ViewTransform& t = o.transform;
    // Items partly inside the viewport still count: grow it by the largest node.
    float maxScene = 0;
    for (std::size_t i = 0; i < n; ++i)
        maxScene = std::max(maxScene, view.nodes[i].radius);
    const double maxRadius = std::max(kMinDeviceRadius, double(maxScene) * t.scale * t.nodeScale);
    const QRectF cull = o.viewport.adjusted(-maxRadius - 2, -maxRadius - 2, maxRadius + 2, maxRadius + 2);

    fc.dev.resize(n);
    fc.visible.assign(n, 0);
    int visibleNodes = 0;
    QRectF graphBox;
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF d = t.map(positions[i]);
        fc.dev[i] = d;
        if (cull.contains(d)) {
            fc.visible[i] = 1;
            ++visibleNodes;
        }
    }
    const std::vector<QPointF>& dev = fc.dev;
    const std::vector<char>& visible = fc.visible;

    // Hover focus: the node, its neighbours and its edges stay lit, the rest is dimmed.
    const bool focus = o.hovered >= 0 && std::size_t(o.hovered) < n;
    std::vector<char>& lit = fc.lit;
    if (focus) {
        lit.assign(n, 0);
        lit[std::size_t(o.hovered)] = 1;
        for (int m : view.neighbours[std::size_t(o.hovered)])
            lit[std::size_t(m)] = 1;
    }

    const double dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const bool raster = !o.vector && p.device() && p.worldTransform().isIdentity() && !o.viewport.isEmpty();
    if (raster) {
        // Reuse the layer when only the pan offset moved by whole device pixels and the layer
        // covers the new viewport (or the whole graph).
        const QPointF delta = t.offset - fc.offset;
        const auto whole = [&](double v) { return std::abs(v * dpr - std::round(v * dpr)) < 1e-6; };
        // Same graph and positions (compared by value: whoever moves a node, the layer notices).
        const bool sameContent = fc.valid && fc.view == &view && fc.nodeCount == view.nodes.size() &&
                                 fc.edgeCount == view.edges.size() && fc.dpr == dpr &&
                                 fc.background == o.background.rgba() && fc.positions.size() == n &&
                                 std::equal(positions.begin(), positions.begin() + std::ptrdiff_t(n),
                                            fc.positions.begin());
        const bool same = sameContent && fc.scale == t.scale && fc.nodeScale == t.nodeScale;
        const QRectF seen = o.viewport.translated(-delta);
        const bool reuse = same && whole(delta.x()) && whole(delta.y()) &&
                           (fc.complete || QRectF(fc.area).contains(seen));
        stats.preview = !reuse && o.preview && o.cache && sameContent && fc.nodeScale == t.nodeScale &&
                        fc.scale != t.scale;
        if (stats.preview) {
            // Scene point s sat at s * old scale + old offset in the layer's frame; it belongs
            // at s * scale + offset now, so the layer is scaled by the ratio about that map.
            const double k = t.scale / fc.scale;
            const QPointF topLeft = (QPointF(fc.area.topLeft()) - fc.offset) * k + t.offset;
            if (o.background.alpha() > 0)
                p.fillRect(o.viewport, o.background);
            p.setClipRect(o.viewport);
            p.drawImage(QRectF(topLeft, QSizeF(fc.area.size()) * k), fc.layer.image());
        } else if (!reuse) {
            // Device box of the whole graph, to know whether the layer can hold all of it.
            double x0 = 0, y0 = 0, x1 = -1, y1 = -1;
            for (std::size_t i = 0; i < n; ++i) {
                const QPointF d = dev[i];
                if (i == 0 || d.x() < x0)
                    x0 = d.x();
                if (i == 0 || d.x() > x1)
                    x1 = d.x();
                if (i == 0 || d.y() < y0)
                    y0 = d.y();
                if (i == 0 || d.y() > y1)
                    y1 = d.y();
            }
            if (n > 0)
                graphBox = QRectF(QPointF(x0, y0), QPointF(x1, y1)).adjusted(-maxRadius - 2, -maxRadius - 2,
                                                                            maxRadius + 2, maxRadius + 2);
            QRect area = o.viewport.toAlignedRect();
            // The camera pans over still positions (same graph and zoom, the layer did not
            // cover the new view): draw a margin around the viewport so that the next frames
            // of the pan are blits. A moving layout never pays for the margin.
            if (same) {
                const QRect margin = area.adjusted(-area.width() / 2, -area.height() / 2, area.width() / 2,
                                                   area.height() / 2);
                area = area.united(margin.intersected(graphBox.toAlignedRect()));
            }
            drawLayer(fc, view, n, t, area, dpr, o.background, maxRadius);
            fc.valid = true;
            fc.view = &view;
            fc.nodeCount = view.nodes.size();
            fc.edgeCount = view.edges.size();
            fc.positions.assign(positions.begin(), positions.begin() + std::ptrdiff_t(n));
            fc.scale = t.scale;
            fc.nodeScale = t.nodeScale;
            fc.offset = t.offset;
            fc.area = area;
            fc.dpr = dpr;
            fc.background = o.background.rgba();
            fc.complete = n == 0 || QRectF(area).contains(graphBox);
        }
        stats.reusedLayer = reuse;
        if (!stats.preview) {
            const QPointF shift = t.offset - fc.offset;
            const bool opaque = o.background.alpha() == 255;
            if (o.background.alpha() > 0 && !QRectF(fc.area).translated(shift).contains(o.viewport))
                p.fillRect(o.viewport, o.background);
            p.setClipRect(o.viewport);
            if (opaque)
                p.setCompositionMode(QPainter::CompositionMode_Source);
            p.drawImage(QPointF(fc.area.topLeft()) + shift, fc.layer.image());
            p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        }
        stats.edges = fc.edges;
        for (std::size_t i = 0; i < n; ++i)
            stats.nodes += visible[i];

        if (focus) {
            // Dimming is a veil of the background over the layer, with the hovered node's
            // neighbourhood drawn again on top: a hover costs its neighbourhood, not a redraw.
            QColor veil = o.background.alpha() > 0 ? o.background : QColor(Qt::white);
            veil.setAlpha(208);
            p.fillRect(o.viewport, veil);
            p.setRenderHint(QPainter::Antialiasing, true);
            const Detail d = detailFor(fc.edges, visibleNodes, false);
            const int hovered = o.hovered;
            for (int k : view.incident[std::size_t(hovered)]) {
                const ViewEdge& e = view.edges[std::size_t(k)];
                if (std::size_t(e.a) >= n || std::size_t(e.b) >= n)
                    continue;
                p.setPen(edgePen(e.kind, edgeWidth(e) * 1.8, 230, d.dashed));
                p.drawLine(dev[std::size_t(e.a)], dev[std::size_t(e.b)]);
            }
            auto drawLit = [&](int i) {
                const ViewNode& node = view.nodes[std::size_t(i)];
                const double r = deviceRadius(node, t);
                nodePen(p, r, false);
                p.setBrush(nodeColor(node.kind));
                drawShape(p, node.kind, dev[std::size_t(i)], r);
            };
            for (int m : view.neighbours[std::size_t(hovered)])
                if (visible[std::size_t(m)])
                    drawLit(m);
            drawLit(hovered);
        }
    } else {
        if (o.background.alpha() > 0)
            p.fillRect(o.viewport, o.background);
        p.setClipRect(o.viewport);
        // Vector devices (SVG, PDF) and transformed painters: every item drawn as a shape.
        for (auto& l : fc.lines)
            l.clear();
        std::array<std::vector<QLineF>, kEdgeBatches> litLines;
        int visibleEdges = 0;
        const QRectF& vp = o.viewport;
        for (const ViewEdge& e : view.edges) {
            if (std::size_t(e.a) >= n || std::size_t(e.b) >= n)
                continue;
            const QPointF& a = dev[std::size_t(e.a)];
            const QPointF& b = dev[std::size_t(e.b)];
            if (!visible[std::size_t(e.a)] && !visible[std::size_t(e.b)] && !edgeMayCross(a, b, vp))
                continue;
            const bool isLit = focus && (e.a == o.hovered || e.b == o.hovered);
            auto& batches = isLit ? litLines : fc.lines;
            batches[std::size_t(int(e.kind) * kEdgeWidths + edgeWidth(e) - 1)].push_back(QLineF(a, b));
            ++visibleEdges;
        }
        stats.edges = visibleEdges;
        const Detail d = detailFor(visibleEdges, visibleNodes, o.vector);
        const int alpha = denseAlpha(visibleEdges);
        p.setRenderHint(QPainter::Antialiasing, d.aaEdges);
        for (bool isLit : {false, true}) {
            const auto& batches = isLit ? litLines : fc.lines;
            for (std::size_t k = 0; k < batches.size(); ++k) {
                if (batches[k].empty())
                    continue;
                const int width = int(k) % kEdgeWidths + 1;
                const int a = focus ? (isLit ? 230 : 35) : alpha;
                p.setPen(edgePen(ViewEdgeKind(int(k) / kEdgeWidths), width * (isLit ? 1.8 : 1.0), a, d.dashed));
                p.drawLines(batches[k].data(), int(batches[k].size()));
            }
        }
        p.setRenderHint(QPainter::Antialiasing, d.aaNodes);
        for (NodeKind kind : {NodeKind::Meeting, NodeKind::Official, NodeKind::State}) {
            const QColor fill = nodeColor(kind);
            QColor dimFill = fill;
            dimFill.setAlpha(45);
            for (std::size_t i = 0; i < n; ++i) {
                const ViewNode& node = view.nodes[i];
                if (!visible[i] || node.kind != kind)
                    continue;
                const bool dim = focus && !lit[i];
                const double r = deviceRadius(node, t);
                ++stats.nodes;
                if (!d.shapes) {
                    p.fillRect(QRectF(dev[i].x() - r, dev[i].y() - r, 2 * r, 2 * r), dim ? dimFill : fill);
                    continue;
                }
                nodePen(p, r, dim);
                p.setBrush(dim ? dimFill : fill);
                drawShape(p, kind, dev[i], r);
            }
        }
    }

    if (o.selectedEdge >= 0 && std::size_t(o.selectedEdge) < view.edges.size()) {
        const ViewEdge& e = view.edges[std::size_t(o.selectedEdge)];
        if (std::size_t(e.a) < n && std::size_t(e.b) < n) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(QColor(0xd6, 0x27, 0x28), 3.5, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(dev[std::size_t(e.a)], dev[std::size_t(e.b)]);
        }
    }
    paintOverlays(p, view, dev, visible, o);
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
        prepareCache(cache, view);
        LabelGrid grid(o.viewport, 48.0);
        // Labels also keep off the nodes they do not belong to (all but tiny ones, and only
        // while that is cheap), so that a label never hides a state or a meeting.
        LabelGrid nodeGrid(o.viewport, 48.0);
        const bool avoidNodes = visibleNodes <= 6000;
        if (avoidNodes) {
            for (std::size_t i = 0; i < n; ++i) {
                const double r = visible[i] ? deviceRadius(view.nodes[i], t) : 0.0;
                if (r >= 3.0)
                    nodeGrid.add(QRectF(dev[i].x() - r, dev[i].y() - r, 2 * r, 2 * r));
            }
        }
        std::vector<int>& candidates = fc.candidates;
        candidates.clear();
        if (o.selectedNode >= 0 && std::size_t(o.selectedNode) < n)
            candidates.push_back(o.selectedNode);
        if (focus)
            candidates.push_back(o.hovered);
        // The selection and the hovered node always get their label, and no other label
        // covers them; the hovered node's neighbours come next but must find free room (a
        // state has hundreds: forcing theirs too buried the view under text).
        std::array<QRectF, 2> keepClear;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            const int i = candidates[k];
            const double r = deviceRadius(view.nodes[std::size_t(i)], t) + 4;
            keepClear[k] = QRectF(dev[std::size_t(i)].x() - r, dev[std::size_t(i)].y() - r, 2 * r, 2 * r);
        }
        const std::size_t forced = candidates.size();
        const auto clearOfFocus = [&](const QRectF& r) {
            for (std::size_t k = 0; k < forced; ++k) {
                if (keepClear[k].intersects(r))
                    return false;
            }
            return true;
        };
        if (focus) {
            for (int m : view.neighbours[std::size_t(o.hovered)])
                if (visible[std::size_t(m)])
                    candidates.push_back(m);
        }
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
        std::vector<char>& done = fc.done;
        done.assign(n, 0);
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
            // Labels keep a little air between them, so that a dense view reads as separate
            // names rather than a block of text.
            const auto airy = [](const QRectF& r) { return r.adjusted(-4, -2, 4, 2); };
            const bool mayCover = c < forced;
            for (const QRectF& s : spots) {
                if (grid.free(airy(s)) && (!avoidNodes || nodeGrid.free(s)) && (mayCover || clearOfFocus(s))) {
                    chosen = &s;
                    break;
                }
            }
            // Better a label over another node than no label: labels still never overlap.
            for (std::size_t k = 0; k < spots.size() && !chosen; ++k) {
                if (grid.free(airy(spots[k])) && (mayCover || clearOfFocus(spots[k])))
                    chosen = &spots[k];
            }
            if (!chosen) {
                if (c >= forced)
                    continue;
                chosen = &spots[0]; // the selection and the hovered node always show
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
