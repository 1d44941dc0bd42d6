// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/paintstyle.h"

namespace parley {

const PaintStyle& PaintStyle::standard()
{
    static const PaintStyle style;
    return style;
}

QColor PaintStyle::nodeFill(NodeKind kind) const
{
    switch (kind) {
    case NodeKind::State: return stateFill;
    case NodeKind::Official: return officialFill;
    case NodeKind::Meeting: return meetingFill;
    }
    return Qt::gray;
}

QColor PaintStyle::edgeColour(ViewEdgeKind kind) const
{
    switch (kind) {
    case ViewEdgeKind::Serves: return servesEdge;
    case ViewEdgeKind::Attended: return attendedEdge;
    case ViewEdgeKind::Involves: return involvesEdge;
    case ViewEdgeKind::StatesMet: return statesMetEdge;
    case ViewEdgeKind::OfficialsMet: return officialsMetEdge;
    }
    return Qt::gray;
}

QPen PaintStyle::nodePen(double r, bool dim) const
{
    QColor c = nodeOutline;
    if (dim)
        c.setAlpha(dimOutlineAlpha);
    // Big nodes get a thicker ring so that overlapping discs stay apart.
    return QPen(c, r > 6 ? 1.5 : 1.0);
}

QPen PaintStyle::edgePen(ViewEdgeKind kind, double width, int alpha, bool dashed) const
{
    QColor c = edgeColour(kind);
    c.setAlpha(alpha);
    QPen pen(c, width);
    pen.setCapStyle(Qt::FlatCap);
    // Dashes tell the membership edges apart from attendance in greyscale prints too.
    if (dashed && kind == ViewEdgeKind::Involves)
        pen.setDashPattern({4.0, 3.0});
    if (dashed && kind == ViewEdgeKind::Serves)
        pen.setDashPattern({1.0, 2.0});
    return pen;
}

QFont PaintStyle::labelFont(NodeKind kind) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
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

QFont PaintStyle::legendFont() const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    return font;
}

} // namespace parley
