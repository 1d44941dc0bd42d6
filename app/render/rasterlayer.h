// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"

#include <QColor>
#include <QImage>
#include <QLineF>

#include <vector>

namespace parley {

/// The screen path's fast lane for dense, zoomed-out frames: one-pixel edges and small nodes
/// written straight into an ARGB32 premultiplied image (Bresenham lines, span-filled shapes)
/// and then blitted with one drawImage(). QPainter spends about a microsecond per line on
/// setup alone, which at 60k edges is most of a frame; here a line costs its pixels.
/// Never used for SVG (which must stay vector) nor with antialiasing. Not thread-safe.
class RasterLayer
{
public:
    /// A transparent layer of `logicalSize` * `dpr` pixels; drawing takes logical coordinates.
    RasterLayer(QSizeF logicalSize, double dpr);

    void clear() { m_image.fill(Qt::transparent); }
    void drawLines(const std::vector<QLineF>& lines, QColor color);
    /// Filled node shape of radius `r` (logical px) with a one-pixel `outline` ring.
    void drawNode(NodeKind kind, QPointF centre, double r, QColor fill, QColor outline);
    const QImage& image() const { return m_image; }

private:
    void line(double x0, double y0, double x1, double y1, quint32 premultiplied, int rowFirst,
              int rowLast);
    void span(int y, int x0, int x1, quint32 premultiplied);
    void shape(NodeKind kind, double cx, double cy, double r, quint32 premultiplied);

    QImage m_image;
    double m_dpr = 1.0;
    int m_width = 0;
    int m_height = 0;
};

} // namespace parley
