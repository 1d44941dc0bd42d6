// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/graphpainter.h"

#include "render/paintstyle.h"
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

int edgePixelWidth(const ViewEdge& e)
{
    return e.weight <= 1 ? 1 : std::min(8, 1 + int(std::lround(std::log2(e.weight) * 1.5)));
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
    return PaintStyle::standard().nodeFill(kind);
}

QColor edgeColor(ViewEdgeKind kind)
{
    return PaintStyle::standard().edgeColour(kind);
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


// Everything the phases of one frame share: the painter, the style, the options and the
// per-node arrays of the frame (device positions, culling, the hovered node's lit set).
struct Frame
{
    QPainter& p;
    const ViewGraph& view;
    const PaintOptions& o;
    const PaintStyle& style;
    PaintCache& cache;
    detail::FrameCache& fc;
    PaintStats& stats;
    std::size_t n = 0;       // view nodes that have a position
    int visibleNodes = 0;
    double maxRadius = 0;    // device radius of the largest node
    bool focus = false;      // a node is hovered: its neighbourhood lit, the rest dimmed

    const ViewTransform& t() const { return o.transform; }
    double radius(std::size_t i) const { return deviceRadius(view.nodes[i], o.transform); }
    bool hasEdge(const ViewEdge& e) const { return std::size_t(e.a) < n && std::size_t(e.b) < n; }
};

// Phase: device positions, culling to the viewport (grown by the largest node, so that
// items partly inside still count) and the hovered node's neighbourhood.
void prepareFrame(Frame& f, const std::vector<QPointF>& positions)
{
    detail::FrameCache& fc = f.fc;
    const std::size_t n = f.n;
    float maxScene = 0;
    for (std::size_t i = 0; i < n; ++i)
        maxScene = std::max(maxScene, f.view.nodes[i].radius);
    f.maxRadius = std::max(kMinDeviceRadius, double(maxScene) * f.t().scale * f.t().nodeScale);
    const double m = f.maxRadius + 2;
    const QRectF cull = f.o.viewport.adjusted(-m, -m, m, m);
    fc.dev.resize(n);
    fc.visible.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF d = f.t().map(positions[i]);
        fc.dev[i] = d;
        if (cull.contains(d)) {
            fc.visible[i] = 1;
            ++f.visibleNodes;
        }
    }
    f.focus = f.o.hovered >= 0 && std::size_t(f.o.hovered) < n;
    if (f.focus) {
        fc.lit.assign(n, 0);
        fc.lit[std::size_t(f.o.hovered)] = 1;
        for (int k : f.view.neighbours[std::size_t(f.o.hovered)])
            fc.lit[std::size_t(k)] = 1;
    }
}

// Edges and nodes of the frame, undimmed, into the cache's layer: `area` (logical device
// pixels under the frame's transform) is what the layer covers. Small nodes and thin aliased
// edges go through the RasterLayer, the rest through a QPainter on the same image.
void drawLayer(const Frame& f, const QRect& area, double dpr)
{
    detail::FrameCache& fc = f.fc;
    const ViewGraph& view = f.view;
    const std::size_t n = f.n;
    const PaintStyle& style = f.style;
    const QSize pixels(int(std::ceil(area.width() * dpr)), int(std::ceil(area.height() * dpr)));
    fc.layer.reset(pixels, dpr, f.o.background);
    const QRectF local(QPointF(0, 0), QSizeF(area.size()));
    const double m = f.maxRadius + 2;
    const QRectF cull = local.adjusted(-m, -m, m, m);
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
        if (!f.hasEdge(e))
            continue;
        const QPointF& a = fc.layerDev[std::size_t(e.a)];
        const QPointF& b = fc.layerDev[std::size_t(e.b)];
        if (!fc.inLayer[std::size_t(e.a)] && !fc.inLayer[std::size_t(e.b)] && !edgeMayCross(a, b, local))
            continue;
        fc.lines[std::size_t(int(e.kind) * kEdgeWidths + edgePixelWidth(e) - 1)].push_back(QLineF(a, b));
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
            QColor c = style.edgeColour(ViewEdgeKind(int(k) / kEdgeWidths));
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
        p.setPen(style.edgePen(ViewEdgeKind(int(k) / kEdgeWidths), width, alpha, d.dashed));
        p.drawLines(fc.lines[k].data(), int(fc.lines[k].size()));
    }

    p.setRenderHint(QPainter::Antialiasing, d.aaNodes);
    for (NodeKind kind : {NodeKind::Meeting, NodeKind::Official, NodeKind::State}) {
        const QColor fill = style.nodeFill(kind);
        fc.painted.clear();
        for (std::size_t i = 0; i < n; ++i) {
            const ViewNode& node = view.nodes[i];
            if (!fc.inLayer[i] || node.kind != kind)
                continue;
            const double r = f.radius(i);
            const QPointF c = fc.layerDev[i];
            if (raw && !d.aaNodes && r < 7.0)
                fc.layer.drawNode(kind, c, r, fill, style.nodeOutline);
            else if (r < 2.5 || (!d.shapes && r < 7.0))
                p.fillRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), fill);
            else
                fc.painted.push_back(i); // big nodes keep their shape: few, and most looked at
        }
        p.setRenderHint(QPainter::Antialiasing, d.aaNodes || fc.painted.size() <= kAntialiasNodeLimit / 4);
        p.setBrush(fill);
        for (std::size_t i : fc.painted) {
            const double r = f.radius(i);
            p.setPen(style.nodePen(r, false));
            drawShape(p, kind, fc.layerDev[i], r);
        }
    }
}

// Device box of the whole graph grown by the largest node, to know whether a layer can hold
// all of it.
QRectF graphBoxOf(const Frame& f)
{
    if (f.n == 0)
        return {};
    double x0 = 0, y0 = 0, x1 = -1, y1 = -1;
    for (std::size_t i = 0; i < f.n; ++i) {
        const QPointF d = f.fc.dev[i];
        if (i == 0 || d.x() < x0)
            x0 = d.x();
        if (i == 0 || d.x() > x1)
            x1 = d.x();
        if (i == 0 || d.y() < y0)
            y0 = d.y();
        if (i == 0 || d.y() > y1)
            y1 = d.y();
    }
    const double m = f.maxRadius + 2;
    return QRectF(QPointF(x0, y0), QPointF(x1, y1)).adjusted(-m, -m, m, m);
}

// Phase (raster): a hover over a cached layer. Dimming is a veil of the background over the
// layer, with the hovered node's neighbourhood drawn again on top: a hover costs its
// neighbourhood, not a redraw.
void paintHoverOverLayer(const Frame& f)
{
    QPainter& p = f.p;
    const PaintStyle& style = f.style;
    const std::vector<QPointF>& dev = f.fc.dev;
    QColor veil = f.o.background.alpha() > 0 ? f.o.background : QColor(Qt::white);
    veil.setAlpha(style.veilAlpha);
    p.fillRect(f.o.viewport, veil);
    p.setRenderHint(QPainter::Antialiasing, true);
    const Detail d = detailFor(f.fc.edges, f.visibleNodes, false);
    const int hovered = f.o.hovered;
    for (int k : f.view.incident[std::size_t(hovered)]) {
        const ViewEdge& e = f.view.edges[std::size_t(k)];
        if (!f.hasEdge(e))
            continue;
        p.setPen(style.edgePen(e.kind, edgePixelWidth(e) * style.litEdgeWidth, style.litEdgeAlpha, d.dashed));
        p.drawLine(dev[std::size_t(e.a)], dev[std::size_t(e.b)]);
    }
    auto drawLit = [&](int i) {
        const ViewNode& node = f.view.nodes[std::size_t(i)];
        const double r = f.radius(std::size_t(i));
        p.setPen(style.nodePen(r, false));
        p.setBrush(style.nodeFill(node.kind));
        drawShape(p, node.kind, dev[std::size_t(i)], r);
    };
    for (int m : f.view.neighbours[std::size_t(hovered)])
        if (f.fc.visible[std::size_t(m)])
            drawLit(m);
    drawLit(hovered);
}

// Phases background, edges and nodes on a raster device: through the cached layer, reused
// when only the pan offset moved by whole device pixels and the layer covers the new
// viewport (or the whole graph), shown scaled during a zoom gesture, else drawn afresh.
// Leaves the painter clipped to the viewport.
void paintRasterGraph(Frame& f, const std::vector<QPointF>& positions, double dpr)
{
    QPainter& p = f.p;
    const PaintOptions& o = f.o;
    const ViewTransform& t = o.transform;
    detail::FrameCache& fc = f.fc;
    const std::size_t n = f.n;
    const QPointF delta = t.offset - fc.offset;
    const auto whole = [&](double v) { return std::abs(v * dpr - std::round(v * dpr)) < 1e-6; };
    // Same graph and positions (compared by value: whoever moves a node, the layer notices).
    const bool sameContent = fc.valid && fc.view == &f.view && fc.nodeCount == f.view.nodes.size() &&
                             fc.edgeCount == f.view.edges.size() && fc.dpr == dpr &&
                             fc.background == o.background.rgba() && fc.positions.size() == n &&
                             std::equal(positions.begin(), positions.begin() + std::ptrdiff_t(n),
                                        fc.positions.begin());
    const bool same = sameContent && fc.scale == t.scale && fc.nodeScale == t.nodeScale;
    const QRectF seen = o.viewport.translated(-delta);
    const bool reuse = same && whole(delta.x()) && whole(delta.y()) &&
                       (fc.complete || QRectF(fc.area).contains(seen));
    f.stats.preview = !reuse && o.preview && o.cache && sameContent && fc.nodeScale == t.nodeScale &&
                      fc.scale != t.scale;
    if (f.stats.preview) {
        // Scene point s sat at s * old scale + old offset in the layer's frame; it belongs
        // at s * scale + offset now, so the layer is scaled by the ratio about that map.
        const double k = t.scale / fc.scale;
        const QPointF topLeft = (QPointF(fc.area.topLeft()) - fc.offset) * k + t.offset;
        if (o.background.alpha() > 0)
            p.fillRect(o.viewport, o.background);
        p.setClipRect(o.viewport);
        p.drawImage(QRectF(topLeft, QSizeF(fc.area.size()) * k), fc.layer.image());
    } else if (!reuse) {
        const QRectF graphBox = graphBoxOf(f);
        QRect area = o.viewport.toAlignedRect();
        // The camera pans over still positions (same graph and zoom, the layer did not
        // cover the new view): draw a margin around the viewport so that the next frames
        // of the pan are blits. A moving layout never pays for the margin.
        if (same) {
            const QRect margin = area.adjusted(-area.width() / 2, -area.height() / 2, area.width() / 2,
                                               area.height() / 2);
            area = area.united(margin.intersected(graphBox.toAlignedRect()));
        }
        drawLayer(f, area, dpr);
        fc.valid = true;
        fc.view = &f.view;
        fc.nodeCount = f.view.nodes.size();
        fc.edgeCount = f.view.edges.size();
        fc.positions.assign(positions.begin(), positions.begin() + std::ptrdiff_t(n));
        fc.scale = t.scale;
        fc.nodeScale = t.nodeScale;
        fc.offset = t.offset;
        fc.area = area;
        fc.dpr = dpr;
        fc.background = o.background.rgba();
        fc.complete = n == 0 || QRectF(area).contains(graphBox);
    }
    f.stats.reusedLayer = reuse;
    if (!f.stats.preview) {
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
    f.stats.edges = fc.edges;
    for (std::size_t i = 0; i < n; ++i)
        f.stats.nodes += fc.visible[i];
    if (f.focus)
        paintHoverOverLayer(f);
}

// Phase (vector): edges batched by kind and width, the hovered node's edges in a lit batch
// drawn last. Returns the number of edges drawn.
int paintVectorEdges(const Frame& f)
{
    QPainter& p = f.p;
    detail::FrameCache& fc = f.fc;
    const std::vector<QPointF>& dev = fc.dev;
    for (auto& l : fc.lines)
        l.clear();
    std::array<std::vector<QLineF>, kEdgeBatches> litLines;
    int visibleEdges = 0;
    const QRectF& vp = f.o.viewport;
    for (const ViewEdge& e : f.view.edges) {
        if (!f.hasEdge(e))
            continue;
        const QPointF& a = dev[std::size_t(e.a)];
        const QPointF& b = dev[std::size_t(e.b)];
        if (!fc.visible[std::size_t(e.a)] && !fc.visible[std::size_t(e.b)] && !edgeMayCross(a, b, vp))
            continue;
        const bool isLit = f.focus && (e.a == f.o.hovered || e.b == f.o.hovered);
        auto& batches = isLit ? litLines : fc.lines;
        batches[std::size_t(int(e.kind) * kEdgeWidths + edgePixelWidth(e) - 1)].push_back(QLineF(a, b));
        ++visibleEdges;
    }
    const Detail d = detailFor(visibleEdges, f.visibleNodes, f.o.vector);
    const int alpha = denseAlpha(visibleEdges);
    p.setRenderHint(QPainter::Antialiasing, d.aaEdges);
    for (bool isLit : {false, true}) {
        const auto& batches = isLit ? litLines : fc.lines;
        for (std::size_t k = 0; k < batches.size(); ++k) {
            if (batches[k].empty())
                continue;
            const int width = int(k) % kEdgeWidths + 1;
            const int a = f.focus ? (isLit ? f.style.litEdgeAlpha : f.style.dimEdgeAlpha) : alpha;
            p.setPen(f.style.edgePen(ViewEdgeKind(int(k) / kEdgeWidths),
                                     width * (isLit ? f.style.litEdgeWidth : 1.0), a, d.dashed));
            p.drawLines(batches[k].data(), int(batches[k].size()));
        }
    }
    return visibleEdges;
}

// Phase (vector): nodes by kind, meetings under officials under states; away from a hover
// they are dimmed.
void paintVectorNodes(Frame& f, int visibleEdges)
{
    QPainter& p = f.p;
    const PaintStyle& style = f.style;
    const std::vector<QPointF>& dev = f.fc.dev;
    const Detail d = detailFor(visibleEdges, f.visibleNodes, f.o.vector);
    p.setRenderHint(QPainter::Antialiasing, d.aaNodes);
    for (NodeKind kind : {NodeKind::Meeting, NodeKind::Official, NodeKind::State}) {
        const QColor fill = style.nodeFill(kind);
        QColor dimFill = fill;
        dimFill.setAlpha(style.dimNodeAlpha);
        for (std::size_t i = 0; i < f.n; ++i) {
            const ViewNode& node = f.view.nodes[i];
            if (!f.fc.visible[i] || node.kind != kind)
                continue;
            const bool dim = f.focus && !f.fc.lit[i];
            const double r = f.radius(i);
            ++f.stats.nodes;
            if (!d.shapes) {
                p.fillRect(QRectF(dev[i].x() - r, dev[i].y() - r, 2 * r, 2 * r), dim ? dimFill : fill);
                continue;
            }
            p.setPen(style.nodePen(r, dim));
            p.setBrush(dim ? dimFill : fill);
            drawShape(p, kind, dev[i], r);
        }
    }
}

// Phases background, edges and nodes on vector devices (SVG, PDF) and transformed painters:
// every item drawn as a shape. Leaves the painter clipped to the viewport.
void paintVectorGraph(Frame& f)
{
    if (f.o.background.alpha() > 0)
        f.p.fillRect(f.o.viewport, f.o.background);
    f.p.setClipRect(f.o.viewport);
    const int visibleEdges = paintVectorEdges(f);
    f.stats.edges = visibleEdges;
    paintVectorNodes(f, visibleEdges);
}

// Phase: the selected edge, thick and red over the graph.
void paintSelectedEdge(const Frame& f)
{
    const int k = f.o.selectedEdge;
    if (k < 0 || std::size_t(k) >= f.view.edges.size())
        return;
    const ViewEdge& e = f.view.edges[std::size_t(k)];
    if (!f.hasEdge(e))
        return;
    f.p.setRenderHint(QPainter::Antialiasing, true);
    f.p.setPen(QPen(f.style.selection, f.style.selectedEdgeWidth, Qt::SolidLine, Qt::RoundCap));
    f.p.drawLine(f.fc.dev[std::size_t(e.a)], f.fc.dev[std::size_t(e.b)]);
}

// Phase: community fills (alpha 0 = keep the kind's colour). Like every overlay it is not
// part of the cached layer, so switching it costs no redraw of the graph.
void paintCommunities(const Frame& f)
{
    if (!f.o.nodeFill)
        return;
    QPainter& p = f.p;
    p.setRenderHint(QPainter::Antialiasing, true);
    const std::vector<QColor>& fills = *f.o.nodeFill;
    for (std::size_t i = 0; i < f.n && i < fills.size(); ++i) {
        if (!f.fc.visible[i] || fills[i].alpha() == 0)
            continue;
        const double r = f.radius(i);
        p.setPen(f.style.nodePen(r, false));
        p.setBrush(fills[i]);
        drawShape(p, f.view.nodes[i].kind, f.fc.dev[i], r);
    }
}

// Phase: an A-to-B path, its edges thick and its nodes ringed.
void paintPath(const Frame& f)
{
    if (!f.o.pathNodes && !f.o.pathEdges)
        return;
    QPainter& p = f.p;
    const std::vector<QPointF>& dev = f.fc.dev;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(f.style.path, f.style.pathEdgeWidth, Qt::SolidLine, Qt::RoundCap));
    if (f.o.pathEdges) {
        for (const int k : *f.o.pathEdges) {
            if (k < 0 || std::size_t(k) >= f.view.edges.size())
                continue;
            const ViewEdge& e = f.view.edges[std::size_t(k)];
            if (f.hasEdge(e))
                p.drawLine(dev[std::size_t(e.a)], dev[std::size_t(e.b)]);
        }
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(f.style.path, f.style.pathRingWidth));
    if (f.o.pathNodes) {
        for (const int i : *f.o.pathNodes) {
            if (i >= 0 && std::size_t(i) < f.n) {
                const double r = f.radius(std::size_t(i)) + 5;
                p.drawEllipse(dev[std::size_t(i)], r, r);
            }
        }
    }
}

// Phase: a dot on pinned nodes.
void paintPins(const Frame& f)
{
    QPainter& p = f.p;
    p.setRenderHint(QPainter::Antialiasing, true);
    if (!f.o.pinned)
        return;
    p.setPen(Qt::NoPen);
    p.setBrush(f.style.pin);
    for (std::size_t i = 0; i < f.n && i < f.o.pinned->size(); ++i) {
        if (f.fc.visible[i] && (*f.o.pinned)[i]) {
            const double r = f.radius(i);
            p.drawEllipse(f.fc.dev[i] + QPointF(r * 0.75, -r * 0.75), 2.5, 2.5);
        }
    }
}

// Phase: rings around the selected node and the hovered one.
void paintRings(const Frame& f)
{
    QPainter& p = f.p;
    for (int sel : {f.o.selectedNode, f.o.hovered}) {
        if (sel < 0 || std::size_t(sel) >= f.n)
            continue;
        const double r = f.radius(std::size_t(sel));
        const bool selected = sel == f.o.selectedNode;
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(selected ? f.style.selection : f.style.hoverRing,
                      selected ? f.style.selectedRingWidth : f.style.hoverRingWidth));
        p.drawEllipse(f.fc.dev[std::size_t(sel)], r + 4, r + 4);
    }
}

// Phase: labels, greedy by priority, each placed right, left, above or below its node if
// that spot is free, so that a zoomed-out graph shows a readable subset instead of a carpet.
void paintLabels(Frame& f)
{
    if (!f.o.labels || f.n == 0)
        return;
    QPainter& p = f.p;
    const PaintOptions& o = f.o;
    const ViewGraph& view = f.view;
    const PaintStyle& style = f.style;
    const std::size_t n = f.n;
    const std::vector<QPointF>& dev = f.fc.dev;
    const std::vector<char>& visible = f.fc.visible;
    PaintCache& cache = f.cache;
    prepareCache(cache, view);
    LabelGrid grid(o.viewport, 48.0);
    // Labels also keep off the nodes they do not belong to (all but tiny ones, and only
    // while that is cheap), so that a label never hides a state or a meeting.
    LabelGrid nodeGrid(o.viewport, 48.0);
    const bool avoidNodes = f.visibleNodes <= 6000;
    if (avoidNodes) {
        for (std::size_t i = 0; i < n; ++i) {
            const double r = visible[i] ? f.radius(i) : 0.0;
            if (r >= 3.0)
                nodeGrid.add(QRectF(dev[i].x() - r, dev[i].y() - r, 2 * r, 2 * r));
        }
    }
    std::vector<int>& candidates = f.fc.candidates;
    candidates.clear();
    if (o.selectedNode >= 0 && std::size_t(o.selectedNode) < n)
        candidates.push_back(o.selectedNode);
    if (f.focus)
        candidates.push_back(o.hovered);
    // The selection and the hovered node always get their label, and no other label
    // covers them; the hovered node's neighbours come next but must find free room (a
    // state has hundreds: forcing theirs too buried the view under text).
    std::array<QRectF, 2> keepClear;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const int i = candidates[k];
        const double r = f.radius(std::size_t(i)) + 4;
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
    if (f.focus) {
        for (int m : view.neighbours[std::size_t(o.hovered)])
            if (visible[std::size_t(m)])
                candidates.push_back(m);
    }
    int rank = 0;
    for (int i : cache.labelOrder) {
        if (std::size_t(i) >= n || !visible[std::size_t(i)])
            continue;
        ++rank;
        if (f.focus && !f.fc.lit[std::size_t(i)])
            continue;
        if (rank <= o.alwaysLabelTop || f.radius(std::size_t(i)) >= o.labelMinRadius)
            candidates.push_back(i);
    }
    std::vector<char>& done = f.fc.done;
    done.assign(n, 0);
    const int maxTries = 3000;
    int tries = 0;
    NodeKind fontKind = NodeKind::Meeting;
    p.setFont(style.labelFont(fontKind));
    const std::array<QFontMetricsF, 3> metrics{QFontMetricsF(style.labelFont(NodeKind::State)),
                                               QFontMetricsF(style.labelFont(NodeKind::Official)),
                                               QFontMetricsF(style.labelFont(NodeKind::Meeting))};
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const int i = candidates[c];
        if (done[std::size_t(i)] || f.stats.labels >= o.maxLabels || ++tries > maxTries)
            continue;
        done[std::size_t(i)] = 1;
        const ViewNode& node = view.nodes[std::size_t(i)];
        const QFontMetricsF& fm = metrics[std::size_t(kindRank(node.kind))];
        float& width = cache.labelWidth[std::size_t(i)];
        if (width < 0)
            width = float(fm.horizontalAdvance(node.label));
        const double h = fm.height();
        const double r = f.radius(std::size_t(i));
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
            p.setFont(style.labelFont(fontKind));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(style.labelBox);
        p.drawRoundedRect(*chosen, 3, 3);
        p.setPen(style.labelTextColour(node.kind));
        p.drawText(chosen->adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, node.label);
        ++f.stats.labels;
        f.stats.labelled.push_back(i);
        f.stats.labelRects.push_back(*chosen);
    }
}

} // namespace

PaintStats paintGraph(QPainter& p, const ViewGraph& view, const std::vector<QPointF>& positions,
                      const PaintOptions& o)
{
    PaintStats stats;
    p.save();
    PaintCache local;
    PaintCache& cache = o.cache ? *o.cache : local;
    Frame f{p, view, o, o.style ? *o.style : PaintStyle::standard(), cache, cache.frame.get(), stats};
    f.n = std::min(view.nodes.size(), positions.size());
    prepareFrame(f, positions);

    // The phases, bottom to top: background, edges and nodes (through the cached layer on
    // raster devices, as shapes on vector ones), then the overlays that change without the
    // graph changing (selection, communities, path, pins, rings), then labels and legend.
    const double dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const bool raster = !o.vector && p.device() && p.worldTransform().isIdentity() && !o.viewport.isEmpty();
    if (raster)
        paintRasterGraph(f, positions, dpr);
    else
        paintVectorGraph(f);
    paintSelectedEdge(f);
    paintCommunities(f);
    paintPath(f);
    paintPins(f);
    paintRings(f);
    paintLabels(f);
    if (o.legend)
        paintLegend(p, o.viewport, view.projection, f.style);
    p.restore();
    return stats;
}
QRectF paintLegend(QPainter& p, const QRectF& viewport, ViewFilter::Projection projection,
                   const PaintStyle& style)
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
    const QFont font = style.legendFont();
    const QFontMetricsF fm(font);
    double textWidth = 0;
    for (const Row& r : rows)
        textWidth = std::max(textWidth, fm.horizontalAdvance(r.text));
    const double rowH = std::max(16.0, fm.height() + 4);
    const QRectF box(viewport.left() + 8, viewport.top() + 8, 44 + textWidth + 10, rowH * double(rows.size()) + 10);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(style.legendFrame, 1));
    p.setBrush(style.legendBox);
    p.drawRoundedRect(box, 5, 5);
    p.setFont(font);
    double y = box.top() + 5;
    for (const Row& r : rows) {
        const QPointF c(box.left() + 20, y + rowH / 2);
        if (r.node >= 0) {
            const auto kind = NodeKind(r.node);
            p.setPen(QPen(style.nodeOutline, 1));
            p.setBrush(style.nodeFill(kind));
            drawShape(p, kind, c, 6.5);
        } else {
            p.setPen(style.edgePen(r.edge, r.edge == ViewEdgeKind::StatesMet || r.edge == ViewEdgeKind::OfficialsMet ? 3 : 1.6, 230, true));
            p.drawLine(c - QPointF(12, 0), c + QPointF(12, 0));
        }
        p.setPen(style.legendText);
        p.drawText(QRectF(box.left() + 38, y, textWidth + 8, rowH), Qt::AlignVCenter | Qt::AlignLeft, r.text);
        y += rowH;
    }
    p.restore();
    return box;
}

} // namespace parley
