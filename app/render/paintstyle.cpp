// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/paintstyle.h"

#include <iterator>

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

QColor PaintStyle::communityColour(int c) const
{
    static const QColor colours[] = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf),
        QColor(0x39, 0x3b, 0x79), QColor(0xad, 0x49, 0x4a), QColor(0x63, 0x79, 0x39)};
    return c >= 0 && c < int(std::size(colours)) ? colours[c] : QColor(0xb0, 0xb0, 0xb0);
}

} // namespace parley
