// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/viewgraph.h"

#include <QColor>
#include <QFont>
#include <QPen>

namespace parley {

/// Colours, pens and fonts of the graph drawing, apart from the routine that draws (as
/// QtNodes separates DefaultNodePainter and NodeStyle): paintGraph() asks the style, never
/// spells a colour itself. standard() is the look of the screen and of every export; a
/// caller may pass a modified copy in PaintOptions::style (a print theme, a faded node
/// class). Plain value; thread-safe to read.
struct PaintStyle
{
    /// Fill of a node kind: states blue, officials orange, meetings purple.
    QColor stateFill{0x2b, 0x6c, 0xb0};
    QColor officialFill{0xe0, 0x7b, 0x1f};
    QColor meetingFill{0x7b, 0x52, 0xab};
    /// Edge colours by kind (extracted kinds, then the two projected ones).
    QColor servesEdge{0x4a, 0x7a, 0xb5};
    QColor attendedEdge{0xc0, 0x80, 0x40};
    QColor involvesEdge{0x8a, 0x6c, 0xb8};
    QColor statesMetEdge{0x2b, 0x6c, 0xb0};
    QColor officialsMetEdge{0xc0, 0x70, 0x30};

    QColor nodeOutline{255, 255, 255};   ///< ring around every node shape
    int dimOutlineAlpha = 60;            ///< that ring on nodes dimmed by a hover
    int dimNodeAlpha = 45;               ///< fill alpha of nodes dimmed by a hover
    int dimEdgeAlpha = 35;               ///< edges away from the hovered node (vector devices)
    int litEdgeAlpha = 230;              ///< edges of the hovered node
    double litEdgeWidth = 1.8;           ///< width factor on the hovered node's edges
    int veilAlpha = 208;                 ///< background veil over a cached layer under a hover
    QColor selection{0xd6, 0x27, 0x28};  ///< selected node ring and selected edge
    double selectedEdgeWidth = 3.5;
    double selectedRingWidth = 3.0;
    QColor hoverRing{0x20, 0x20, 0x20};
    double hoverRingWidth = 1.5;
    QColor path{0xff, 0x8c, 0x00};       ///< edges and node rings of an A-to-B path
    double pathEdgeWidth = 5.0;
    double pathRingWidth = 3.0;
    QColor pin{0x22, 0x22, 0x22};        ///< dot on pinned nodes
    QColor labelBox{255, 255, 255, 205}; ///< rounded box behind a label
    QColor labelText{0x1a, 0x1a, 0x1a};
    QColor meetingLabelText{0x55, 0x44, 0x70};
    QColor legendBox{255, 255, 255, 225};
    QColor legendFrame{0, 0, 0, 50};
    QColor legendText{0x22, 0x22, 0x22};

    /// The look of the screen and of every export.
    static const PaintStyle& standard();

    QColor nodeFill(NodeKind kind) const;
    QColor edgeColour(ViewEdgeKind kind) const;
    /// Outline pen of a node of device radius `r`, dimmed or not by a hover.
    QPen nodePen(double r, bool dim) const;
    /// Pen of an edge batch: `alpha` 0..255, dashes for involves/serves when `dashed`.
    QPen edgePen(ViewEdgeKind kind, double width, int alpha, bool dashed) const;
    /// Label font of a node kind. Pixel sizes, not points, so that PNG, SVG and screen agree
    /// whatever their resolution.
    QFont labelFont(NodeKind kind) const;
    QFont legendFont() const;
    /// Colour of community `c` (0 = the largest): twelve colours told apart on screen and in
    /// print (Tableau/ColorBrewer-like), grey past them.
    QColor communityColour(int c) const;
    QColor labelTextColour(NodeKind kind) const
    {
        return kind == NodeKind::Meeting ? meetingLabelText : labelText;
    }
};

} // namespace parley
