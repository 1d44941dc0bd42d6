// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/rasterlayer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <thread>
#include <utility>

namespace parley {

namespace {

quint32 premultiply(QColor c)
{
    const quint32 a = quint32(c.alpha());
    return (a << 24) | ((quint32(c.red()) * a / 255) << 16) | ((quint32(c.green()) * a / 255) << 8) |
           (quint32(c.blue()) * a / 255);
}

// Source-over for premultiplied pixels.
inline void blend(quint32& dst, quint32 src)
{
    const quint32 inv = 255 - (src >> 24);
    if (inv == 0) {
        dst = src;
        return;
    }
    const quint32 rb = (((dst & 0x00ff00ff) * inv + 0x00800080) >> 8) & 0x00ff00ff;
    const quint32 ag = ((((dst >> 8) & 0x00ff00ff) * inv + 0x00800080)) & 0xff00ff00;
    dst = src + rb + ag;
}

// Liang-Barsky: clips the segment to [0, xmax] x [ymin, ymax]; false if nothing is left.
bool clip(double& x0, double& y0, double& x1, double& y1, double xmax, double ymin, double ymax)
{
    double t0 = 0, t1 = 1;
    const double dx = x1 - x0, dy = y1 - y0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0, xmax - x0, y0 - ymin, ymax - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const double ox = x0, oy = y0;
    x0 = ox + t0 * dx;
    y0 = oy + t0 * dy;
    x1 = ox + t1 * dx;
    y1 = oy + t1 * dy;
    return true;
}

} // namespace

RasterLayer::RasterLayer(QSizeF logicalSize, double dpr)
    : m_image(QSize(int(std::ceil(logicalSize.width() * dpr)), int(std::ceil(logicalSize.height() * dpr))),
              QImage::Format_ARGB32_Premultiplied),
      m_dpr(dpr)
{
    m_image.fill(Qt::transparent);
    m_image.setDevicePixelRatio(dpr);
    m_width = m_image.width();
    m_height = m_image.height();
}

void RasterLayer::drawLines(const std::vector<QLineF>& lines, QColor color)
{
    if (m_image.isNull())
        return;
    const quint32 c = premultiply(color);
    auto band = [&](int rowFirst, int rowLast) {
        for (const QLineF& l : lines)
            line(l.x1() * m_dpr, l.y1() * m_dpr, l.x2() * m_dpr, l.y2() * m_dpr, c, rowFirst, rowLast);
    };
    // Big batches are cut into two horizontal bands drawn on two threads: the work is
    // pixel-bound and the bands share no pixel.
    if (lines.size() < 20000 || m_height < 64) {
        band(0, m_height - 1);
        return;
    }
    const int middle = m_height / 2;
    std::thread other(band, middle, m_height - 1);
    band(0, middle - 1);
    other.join();
}

void RasterLayer::line(double x0, double y0, double x1, double y1, quint32 c, int rowFirst,
                       int rowLast)
{
    // Pixel row r covers [r - 0.5, r + 0.5) in these coordinates (rows are rounded), so a
    // band of rows clips to that span and neighbouring bands never share a pixel.
    if (!clip(x0, y0, x1, y1, m_width - 1, rowFirst - 0.5, rowLast + 0.499))
        return;
    // Fixed-point DDA along the major axis: one add and one blend per pixel, no branches in
    // the loop (Bresenham's error test costs more than the blend at these line counts).
    auto* bits = reinterpret_cast<quint32*>(m_image.bits());
    const qsizetype stride = m_image.bytesPerLine() / 4;
    const double dx = x1 - x0, dy = y1 - y0;
    const auto row = [&](qint64 fixed) {
        return std::clamp<qsizetype>(qsizetype(fixed >> 16), rowFirst, rowLast);
    };
    if (std::abs(dx) >= std::abs(dy)) {
        if (x0 > x1) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        const int xa = int(x0 + 0.5), xb = std::min(int(x1 + 0.5), m_width - 1);
        const qint64 step = x1 > x0 ? qint64((y1 - y0) / (x1 - x0) * 65536.0) : 0;
        qint64 y = qint64((y0 + 0.5) * 65536.0);
        for (int x = xa; x <= xb; ++x, y += step)
            blend(bits[row(y) * stride + x], c);
    } else {
        if (y0 > y1) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        const int ya = std::max(rowFirst, int(y0 + 0.5)), yb = std::min(rowLast, int(y1 + 0.5));
        const qint64 step = y1 > y0 ? qint64((x1 - x0) / (y1 - y0) * 65536.0) : 0;
        qint64 x = qint64((x0 + 0.5) * 65536.0);
        for (int y = ya; y <= yb; ++y, x += step)
            blend(bits[qsizetype(y) * stride + std::clamp<qsizetype>(qsizetype(x >> 16), 0, m_width - 1)], c);
    }
}

void RasterLayer::span(int y, int x0, int x1, quint32 c)
{
    if (y < 0 || y >= m_height)
        return;
    x0 = std::max(x0, 0);
    x1 = std::min(x1, m_width - 1);
    auto* row = reinterpret_cast<quint32*>(m_image.scanLine(y));
    for (int x = x0; x <= x1; ++x)
        blend(row[x], c);
}

void RasterLayer::shape(NodeKind kind, double cx, double cy, double r, quint32 c)
{
    const int y0 = int(std::floor(cy - r + 0.5));
    const int y1 = int(std::floor(cy + r - 0.5));
    for (int y = y0; y <= y1; ++y) {
        const double dy = std::abs(y + 0.5 - cy);
        double half = 0;
        switch (kind) {
        case NodeKind::Official:
            half = std::sqrt(std::max(0.0, r * r - dy * dy));
            break;
        case NodeKind::Meeting:
            half = r - dy;
            break;
        case NodeKind::State:
            // Pointy-top hexagon, as QPainter draws it for larger nodes.
            half = dy <= r / 2 ? 0.866 * r : 0.866 * r * (r - dy) / (r / 2);
            break;
        }
        if (half <= 0)
            continue;
        span(y, int(std::floor(cx - half + 0.5)), int(std::floor(cx + half - 0.5)), c);
    }
}

void RasterLayer::drawNode(NodeKind kind, QPointF centre, double r, QColor fill, QColor outline)
{
    if (m_image.isNull())
        return;
    const double cx = centre.x() * m_dpr, cy = centre.y() * m_dpr, rr = std::max(1.0, r * m_dpr);
    if (cx + rr < 0 || cy + rr < 0 || cx - rr > m_width || cy - rr > m_height)
        return;
    if (rr >= 3 && outline.alpha() > 0) {
        // Outline: the full shape in the outline colour, then the fill one pixel inside.
        // Both are opaque on screen, so the ring shows without double blending artefacts.
        shape(kind, cx, cy, rr, premultiply(outline));
        shape(kind, cx, cy, rr - 1, premultiply(fill));
    } else {
        shape(kind, cx, cy, rr, premultiply(fill));
    }
}

} // namespace parley
