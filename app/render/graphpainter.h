// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/paintstyle.h"
#include "render/viewgraph.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

#include <memory>
#include <vector>

class QPainter;

namespace parley {

/// Scene -> device mapping of the view: device = scene * scale + offset. Kept as two numbers
/// rather than a QTransform because the view never rotates or shears, and node sizes and
/// pens must stay in device pixels (nodes grow with zoom, lines and text do not).
struct ViewTransform
{
    double scale = 1.0;
    QPointF offset;
    /// Factor (0..1] on node sizes for layouts too crowded to show nodes at full size (see
    /// crowdingScale()); it scales with the zoom like the nodes themselves.
    double nodeScale = 1.0;

    QPointF map(QPointF scene) const { return scene * scale + offset; }
    QPointF unmap(QPointF device) const { return (device - offset) / scale; }
    QRectF unmap(const QRectF& device) const
    {
        return QRectF(unmap(device.topLeft()), unmap(device.bottomRight()));
    }
};

/// Transform that fits `scene` into `viewport` with `margin` device pixels on each side.
/// An empty scene is centred at scale 1.
ViewTransform fitTransform(const QRectF& scene, const QRectF& viewport, double margin = 24.0);

namespace detail {
struct FrameCache;
}

/// Owner of the painter's between-frames state (see PaintCache::frame). Copies start empty,
/// so that two views never share a layer.
class FrameCacheSlot
{
public:
    FrameCacheSlot();
    ~FrameCacheSlot();
    FrameCacheSlot(const FrameCacheSlot&);
    FrameCacheSlot& operator=(const FrameCacheSlot&);
    FrameCacheSlot(FrameCacheSlot&&) noexcept;
    FrameCacheSlot& operator=(FrameCacheSlot&&) noexcept;

    detail::FrameCache& get();
    /// Forgets the cached layer (the next frame redraws everything).
    void reset();

private:
    std::unique_ptr<detail::FrameCache> m_cache;
};

/// Per-view memory of the painter, so that repeated frames do not redo work: label widths,
/// and on raster devices the layer of edges and nodes last drawn. That layer is reused while
/// the graph, the positions (compared by value), the zoom and the device pixel ratio stay
/// the same: panning, hovering and selecting then cost a blit plus what is drawn on top.
/// Owned by the caller; not thread-safe; reset it (assign {}) when the ViewGraph changes.
struct PaintCache
{
    std::vector<float> labelWidth; ///< device pixels at the label font, <0 = not measured
    std::vector<int> labelOrder;   ///< view nodes by labelling priority
    FrameCacheSlot frame;          ///< scratch arrays and the cached layer of the last frame
};

/// Everything the painter needs besides the graph: prepared state only, no widget.
struct PaintOptions
{
    ViewTransform transform;
    QRectF viewport;                  ///< device area to paint (logical pixels)
    QColor background = Qt::white;    ///< alpha 0 = leave the device transparent
    bool labels = true;               ///< level-of-detail labels with collision avoidance
    bool legend = true;               ///< key of shapes and edge styles, top left
    bool vector = false;              ///< true for SVG: real shapes always, no raster shortcuts
    int hovered = -1;                 ///< view node under the mouse: neighbours lit, rest dimmed
    int selectedNode = -1;            ///< view node drawn with a selection ring
    int selectedEdge = -1;            ///< view edge drawn highlighted
    const std::vector<char>* pinned = nullptr; ///< per view node, non-zero = pinned marker
    int maxLabels = 250;              ///< cap on labels per frame
    double labelMinRadius = 5.0;      ///< device radius from which any node may be labelled
    int alwaysLabelTop = 24;          ///< the N most important nodes are labelled at any zoom
    PaintCache* cache = nullptr;      ///< optional; a temporary one is used when null
    /// The camera is in the middle of a zoom gesture: on a raster device, when the cached
    /// layer shows the same graph and positions at another zoom, draw it scaled (slightly
    /// soft) instead of drawing every edge again; PaintStats::preview then asks for a sharp
    /// repaint once the gesture ends. Ignored without a cache.
    bool preview = false;
    /// Analysis overlays, drawn over the graph each frame (null = none, pixels unchanged):
    /// a fill per view node (communities; alpha 0 = keep the kind's colour) ...
    const std::vector<QColor>* nodeFill = nullptr;
    /// ... and a path: its view nodes ringed and its view edges drawn thick.
    const std::vector<int>* pathNodes = nullptr;
    const std::vector<int>* pathEdges = nullptr;
    /// Colours, pens and fonts; null = PaintStyle::standard().
    const PaintStyle* style = nullptr;
};

/// What a frame drew (for tests and the status bar).
struct PaintStats
{
    int nodes = 0;
    int edges = 0;
    int labels = 0;
    /// Raster frames: the edges and nodes came from the cached layer, not redrawn.
    bool reusedLayer = false;
    /// The edges and nodes are the cached layer scaled (see PaintOptions::preview).
    bool preview = false;
    std::vector<int> labelled;      ///< view nodes that got a label
    std::vector<QRectF> labelRects; ///< where their labels went (device pixels)
};

/// Drawn width of an edge in device pixels, 1..8: projected edges grow with log2 of their
/// meetings.
int edgePixelWidth(const ViewEdge& edge);

/// Device radius of node `i` under `transform` (never below a visible minimum).
double deviceRadius(const ViewNode& node, const ViewTransform& transform);

/// Level of detail for crowded layouts: the factor on node sizes that lets the nodes cover
/// at most a quarter of the area their centres span (1 when they fit). A compact layout of
/// 20k nodes, or one still unfolding from its coarse levels, otherwise draws as a solid
/// mass of overlapping discs hiding every edge (and costs a lot of large shapes). O(nodes).
double crowdingScale(const ViewGraph& view, const std::vector<QPointF>& positions);

/// Fill of a node kind and colour of an edge kind in the standard style (the Entities table,
/// Details and graph exports use them too).
QColor nodeColor(NodeKind kind);
QColor edgeColor(ViewEdgeKind kind);

/// THE drawing routine of Parley: the on-screen view, PNG export and SVG/PDF export all call
/// it, so that exports match the screen. Culls to the viewport, batches edges by kind, lowers
/// detail (antialiasing, dashes, node shapes) when many items are visible unless `vector`,
/// and places labels greedily by priority (selection and hover first, then states, then by
/// degree) without overlap. On raster devices edges and nodes go through one image layer
/// (RasterLayer for dense frames) that `options.cache` keeps for the next frame; hover
/// dimming, selection, pins and labels are drawn over it each frame. `positions` is indexed
/// by view node. GUI thread or any thread owning the paint device.
PaintStats paintGraph(QPainter& painter, const ViewGraph& view,
                      const std::vector<QPointF>& positions, const PaintOptions& options);

/// Draws the legend (node shapes and edge styles of the projection) at the top left of
/// `viewport`; returns the rectangle it covered.
QRectF paintLegend(QPainter& painter, const QRectF& viewport, ViewFilter::Projection projection,
                   const PaintStyle& style = PaintStyle::standard());

} // namespace parley
