// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/layoutrunner.h"
#include "gui/nodedropverdict.h"
#include "project/corrections.h"
#include "render/graphpainter.h"
#include "render/viewgraph.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

#include <memory>
#include <optional>

class QMenu;

namespace parley {

/// The graph view: a custom-painted widget that draws a ViewGraph with paintGraph() (the
/// drawing routine shared with export) while a LayoutRunner animates it. Chosen over
/// QGraphicsView because one item per node and edge (80k items at 20k nodes) costs far more
/// in scene bookkeeping than drawing batched lines: here a frame is one pass over arrays.
/// Picking uses a uniform grid over scene positions, rebuilt lazily after each frame.
/// Interaction: click selects (node or edge), drag a node to move and pin it, drag the
/// background to pan, wheel zooms around the cursor, +/-/0/arrows/Esc from the keyboard,
/// context menu to pin, unpin and fit. A node dragged over another shows what dropping it
/// there does (a merge, or why not); Esc during a drag puts it back. While the user has not
/// zoomed or panned, the view keeps the unfolding layout fitted to the window.
class GraphView : public QWidget
{
    Q_OBJECT

public:
    explicit GraphView(QWidget* parent = nullptr);
    ~GraphView() override;

    /// Shows a new corpus graph under the current filter; layout starts from the seed, except
    /// that nodes in `initial` (scene positions, e.g. read from a GraphML file) start there.
    void setGraph(std::shared_ptr<const CorpusGraph> graph, const QHash<NodeId, QPointF>& initial = {});
    /// The next setGraph() keeps every node it gives a start position exactly there while
    /// the layout places the others around them (an Update adds articles to a map the
    /// analyst already knows). Cleared by that setGraph().
    void holdNextStartPositions() { m_holdStart = true; }
    const CorpusGraph* graph() const { return m_graph.get(); }
    /// Rebuilds the view under `filter`; nodes still visible keep their place.
    void setFilter(const ViewFilter& filter);
    const ViewFilter& filter() const { return m_filter; }
    const ViewGraph& viewGraph() const { return m_view; }
    const std::vector<QPointF>& positions() const { return m_layout.positions(); }
    LayoutRunner& layout() { return m_layout; }
    void setSeed(std::uint64_t seed) { m_seed = seed; }

    ViewTransform transform() const { return m_transform; }
    void setLabelsVisible(bool visible);
    bool labelsVisible() const { return m_labels; }

    /// Selects and (optionally) centres a node; false if the filters hide it.
    bool selectNode(NodeId node, bool centre = true);
    void selectEdge(int viewEdge);
    void clearSelection();
    std::optional<NodeId> selectedNode() const;
    int selectedEdge() const { return m_selectedEdge; }

    /// Widget position of a node's centre, if it is in the view.
    std::optional<QPointF> nodePosition(NodeId node) const;
    int nodeAt(QPointF widgetPos, int except = -1) const; ///< view node index or -1; never `except`
    int edgeAt(QPointF widgetPos) const; ///< view edge index or -1
    int hoveredNode() const { return m_hovered; }

    void fitToWindow();
    /// The camera as a project saves it: the zoom and the scene point in the view's middle.
    double zoom() const { return m_transform.scale; }
    QPointF sceneCentre() const;
    /// Shows scene point `centre` in the middle at `zoom` (clamped); stops fitting the window.
    void setCamera(double zoom, QPointF centre);
    void zoomBy(double factor, QPointF anchor);
    void centreOn(NodeId node);
    double lastPaintMs() const { return m_lastPaintMs; }

    /// Analysis overlays, by view node / view edge; cleared when the view is rebuilt (the
    /// indices change). An empty fill vector means no community colours.
    void setNodeFill(std::vector<QColor> fill);
    void setPath(std::vector<int> viewNodes, std::vector<int> viewEdges);
    const std::vector<int>& pathNodes() const { return m_pathNodes; }
    const std::vector<QColor>& nodeFill() const { return m_nodeFill; }
    /// Scene radius per view node (size by a measure); empty restores sizes by degree.
    void setNodeRadii(const std::vector<float>& radii);
    /// The analyst's annotations by node id (a project's corrections): hidden nodes are left
    /// out of the view, or drawn faded while showHidden(); a colour fills its node (over the
    /// community colours); a note puts a marker beside its node.
    void setAnnotations(QHash<QString, Annotation> annotations);
    const QHash<QString, Annotation>& annotations() const { return m_annotations; }
    void setShowHidden(bool show);
    bool showHidden() const { return m_showHidden; }
    /// View nodes drawn with a note marker, and the fill the annotations give (empty = none).
    const std::vector<int>& noteNodes() const { return m_noteNodes; }
    const std::vector<QColor>& annotationFill() const { return m_annotationFill; }
    /// The colour a hidden node is drawn in while showHidden().
    static QColor hiddenColour();
    /// Lets the owner add entries (corrections) to a node's context menu.
    void setNodeMenuHook(std::function<void(QMenu&, NodeId)> hook) { m_nodeMenuHook = std::move(hook); }
    /// Called when a dragged node is dropped onto another (dragged, target) and the drop
    /// check says Merge (or there is no check): merging.
    void setNodeDropHook(std::function<void(NodeId, NodeId)> hook) { m_nodeDropHook = std::move(hook); }
    /// Asked while a dragged node is over another (dragged, target): what a release there
    /// would do. Merge rings the target and shows the hint by the cursor; Refuse rings it in
    /// red with a forbidding cursor, and a release puts the dragged node back.
    void setNodeDropCheck(std::function<NodeDropVerdict(NodeId, NodeId)> check)
    {
        m_nodeDropCheck = std::move(check);
    }
    /// While a node is dragged: the view node it is over (-1 if none) and what a release
    /// there would do; the hint is empty when no target or nothing special.
    int dropTarget() const { return m_dropTarget; }
    const NodeDropVerdict& dropVerdict() const { return m_dropVerdict; }
    bool isDraggingNode() const { return m_dragging && m_dragNode >= 0; }
    /// The colours of the ring round a drop target: merge and refuse.
    static QColor mergeColour();
    static QColor refuseColour();
    const PaintStats& lastPaintStats() const { return m_stats; }

Q_SIGNALS:
    void nodeActivated(parley::NodeId node);
    void edgeActivated(int viewEdge);
    void selectionCleared();
    void viewRebuilt(); ///< the ViewGraph changed (new graph or filter)
    void showHiddenChanged(bool show);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void rebuild(bool keepPositions, const QHash<NodeId, QPointF>& start = {});
    /// The filter the view is built with: m_filter plus the hidden nodes.
    ViewFilter effectiveFilter() const;
    /// Recomputes the annotation fill and the note markers for the current view.
    void refreshAnnotations();
    void paintNoteMarkers(QPainter& painter) const;
    void onFrame();
    void rebuildGrid() const;
    void setHovered(int node);
    /// The node under a dragged node at `widgetPos`, the verdict on it, and the cursor.
    void updateDropTarget(QPointF widgetPos);
    /// Esc or a refused drop: the dragged node goes back where it was, pinned as it was.
    void cancelDrag();
    /// The ring round the drop target and the hint beside the cursor.
    void paintDropFeedback(QPainter& painter) const;

    std::shared_ptr<const CorpusGraph> m_graph;
    ViewFilter m_filter;
    QHash<QString, Annotation> m_annotations;
    QSet<QString> m_hiddenIds;
    bool m_showHidden = false;
    std::vector<QColor> m_annotationFill;
    std::vector<int> m_noteNodes;
    ViewGraph m_view;
    LayoutRunner m_layout;
    PaintCache m_cache;
    PaintStats m_stats;
    ViewTransform m_transform;
    std::uint64_t m_seed = 1;
    bool m_labels = true;
    bool m_autoFit = true;
    bool m_holdStart = false; ///< see holdNextStartPositions()
    int m_hovered = -1;
    int m_selectedNode = -1;
    int m_selectedEdge = -1;
    int m_dragNode = -1;
    QPointF m_dragOrigin;        ///< scene position of the dragged node at the press
    bool m_dragWasPinned = false; ///< whether it was pinned before the drag pinned it
    int m_dropTarget = -1;
    NodeDropVerdict m_dropVerdict;
    int m_follow = -1; ///< view node kept centred while the layout moves it (after centreOn)
    bool m_dragging = false;
    bool m_panning = false;
    QPointF m_pressPos;
    QPointF m_lastMouse;
    double m_lastPaintMs = 0;

    // Zoom gesture: while wheel steps keep coming, slow frames show the cached layer scaled
    // (PaintOptions::preview); m_zoomSettle repaints sharp once they stop.
    bool m_zooming = false;
    QTimer m_zoomSettle;
    double m_lastDrawMs = 0; ///< paint time of the last frame that drew the layer afresh

    // Picking grid over scene positions (flat: cell -> range of m_gridNodes), rebuilt lazily
    // after positions change: one counting sort, no hashing, so 100k nodes rebuild in ~1 ms.
    mutable bool m_gridDirty = true;
    mutable double m_gridCell = 64;
    mutable double m_gridMaxRadius = 0;
    mutable QPointF m_gridOrigin;
    mutable int m_gridColumns = 0;
    mutable int m_gridRows = 0;
    mutable std::vector<int> m_gridStart; ///< per cell, first index in m_gridNodes (+1 sentinel)
    mutable std::vector<int> m_gridNodes;
    std::vector<QColor> m_nodeFill;
    std::vector<int> m_pathNodes;
    std::vector<int> m_pathEdges;
    std::function<void(QMenu&, NodeId)> m_nodeMenuHook;
    std::function<void(NodeId, NodeId)> m_nodeDropHook;
    std::function<NodeDropVerdict(NodeId, NodeId)> m_nodeDropCheck;
};

} // namespace parley
