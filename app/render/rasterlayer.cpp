// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/rasterlayer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <utility>

namespace parley {

namespace {

// 32 rows of a 1600-pixel frame are 200 KB: a band's pixels stay in the core's cache while
// all the lines crossing it are drawn, instead of every pixel of a steep line missing it.
constexpr int kBandShift = 5;
// Below this many segments a second thread costs more to start than it saves.
constexpr std::size_t kThreadedSegments = 12000;
// From this many segments, counting coverage and resolving each pixel once beats blending
// every line pixel (whose cost is clearing and scanning the count planes).
constexpr std::size_t kCountedSegments = 30000;

std::uint32_t premultiply(QColor c)
{
    const std::uint32_t a = std::uint32_t(c.alpha());
    return (a << 24) | ((std::uint32_t(c.red()) * a / 255) << 16) |
           ((std::uint32_t(c.green()) * a / 255) << 8) | (std::uint32_t(c.blue()) * a / 255);
}

// Source-over for premultiplied pixels.
inline void blend(std::uint32_t& dst, std::uint32_t src)
{
    const std::uint32_t inv = 255 - (src >> 24);
    if (inv == 0) {
        dst = src;
        return;
    }
    const std::uint32_t rb = (((dst & 0x00ff00ff) * inv + 0x00800080) >> 8) & 0x00ff00ff;
    const std::uint32_t ag = ((((dst >> 8) & 0x00ff00ff) * inv + 0x00800080)) & 0xff00ff00;
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

// Floor and ceiling of a / b for b > 0 and any sign of a.
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? (a + b - 1) / b : -((-a) / b);
}

} // namespace

void RasterLayer::reset(QSize pixelSize, double dpr, QColor background)
{
    if (m_image.size() != pixelSize || m_image.format() != QImage::Format_ARGB32_Premultiplied)
        m_image = QImage(pixelSize, QImage::Format_ARGB32_Premultiplied);
    m_dpr = dpr;
    if (m_image.isNull()) {
        m_width = m_height = 0;
        return;
    }
    m_image.setDevicePixelRatio(dpr);
    m_image.fill(background.alpha() > 0 ? background : QColor(Qt::transparent));
    m_width = m_image.width();
    m_height = m_image.height();
}

bool RasterLayer::prepare(double x0, double y0, double x1, double y1, Segment& s) const
{
    // Pixel row r covers [r - 0.5, r + 0.5) in these coordinates (rows are rounded).
    const double xmax = m_width - 1, ymin = -0.5, ymax = m_height - 0.501;
    const bool inside = x0 >= 0 && x1 >= 0 && x0 <= xmax && x1 <= xmax && y0 >= ymin && y1 >= ymin &&
                        y0 <= ymax && y1 <= ymax;
    if (!inside && !clip(x0, y0, x1, y1, xmax, ymin, ymax))
        return false;
    const double dx = x1 - x0, dy = y1 - y0;
    s.yMajor = std::abs(dx) < std::abs(dy);
    if (!s.yMajor) {
        if (x0 > x1) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        s.major0 = int(x0 + 0.5);
        s.major1 = std::min(int(x1 + 0.5), m_width - 1);
        s.step = x1 > x0 ? std::int64_t((y1 - y0) / (x1 - x0) * 65536.0) : 0;
        s.minor0 = std::int64_t((y0 + 0.5) * 65536.0);
        const std::int64_t last = s.minor0 + std::int64_t(s.major1 - s.major0) * s.step;
        s.row0 = int(std::clamp<std::int64_t>(std::min(s.minor0, last) >> 16, 0, m_height - 1));
        s.row1 = int(std::clamp<std::int64_t>(std::max(s.minor0, last) >> 16, 0, m_height - 1));
    } else {
        if (y0 > y1) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        s.major0 = std::max(0, int(y0 + 0.5));
        s.major1 = std::min(m_height - 1, int(y1 + 0.5));
        s.step = y1 > y0 ? std::int64_t((x1 - x0) / (y1 - y0) * 65536.0) : 0;
        s.minor0 = std::int64_t((x0 + 0.5) * 65536.0);
        s.row0 = s.major0;
        s.row1 = s.major1;
    }
    return s.major0 <= s.major1;
}

void RasterLayer::drawLines(const std::vector<LineBatch>& batches)
{
    if (m_image.isNull())
        return;
    for (std::size_t first = 0; first < batches.size(); first += kPlanes)
        drawGroup(batches.data() + first, int(std::min<std::size_t>(kPlanes, batches.size() - first)));
}

void RasterLayer::drawGroup(const LineBatch* batches, int count)
{
    m_segments.clear();
    for (int b = 0; b < count; ++b) {
        // Colour of n stacked lines: alpha 1 - (1 - a)^n, colour unchanged (premultiplied).
        const QColor c = batches[b].color;
        const double a = c.alphaF();
        auto& stack = m_stack[b];
        stack.assign(256, 0);
        for (int k = 1; k < 256; ++k) {
            const double alpha = 1.0 - std::pow(1.0 - a, k);
            const auto channel = [&](double v) { return std::uint32_t(std::lround(v * alpha * 255.0)); };
            stack[std::size_t(k)] = (channel(1.0) << 24) | (channel(c.redF()) << 16) |
                                    (channel(c.greenF()) << 8) | channel(c.blueF());
        }
        if (!batches[b].lines)
            continue;
        Segment s{};
        s.batch = std::uint8_t(b);
        for (const QLineF& l : *batches[b].lines) {
            if (prepare(l.x1() * m_dpr, l.y1() * m_dpr, l.x2() * m_dpr, l.y2() * m_dpr, s))
                m_segments.push_back(s);
        }
    }
    if (m_segments.empty())
        return;
    // Counting sort of the segments into the bands they cross (copied, so that a band reads
    // its segments sequentially instead of missing the cache on each).
    const int bands = ((m_height - 1) >> kBandShift) + 1;
    m_bandStart.assign(std::size_t(bands) + 1, 0);
    for (const Segment& s : m_segments)
        for (int b = s.row0 >> kBandShift; b <= s.row1 >> kBandShift; ++b)
            ++m_bandStart[std::size_t(b) + 1];
    for (int b = 0; b < bands; ++b)
        m_bandStart[std::size_t(b) + 1] += m_bandStart[std::size_t(b)];
    m_bandItems.resize(m_bandStart.back());
    m_bandFill.assign(m_bandStart.begin(), m_bandStart.end() - 1);
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        const Segment& s = m_segments[i];
        const BandSegment copy{s.major0, s.major1, s.minor0, std::int32_t(s.step), s.batch, s.yMajor};
        for (int b = s.row0 >> kBandShift; b <= s.row1 >> kBandShift; ++b)
            m_bandItems[m_bandFill[std::size_t(b)]++] = copy;
    }
    m_bits = reinterpret_cast<std::uint32_t*>(m_image.bits());
    m_stride = m_image.bytesPerLine() / 4;
    const std::size_t plane = std::size_t(m_width) << kBandShift;
    for (auto& c : m_counts)
        c.resize(plane * std::size_t(count));
    if (m_segments.size() < kThreadedSegments || bands < 4) {
        for (int b = 0; b < bands; ++b)
            drawBand(b, count, m_counts[0]);
        return;
    }
    // Bands share no pixel: odd ones on a second thread, interleaved so that both threads
    // get a similar share of a graph that is denser in some places than in others.
    std::thread other([this, bands, count] {
        for (int b = 1; b < bands; b += 2)
            drawBand(b, count, m_counts[1]);
    });
    for (int b = 0; b < bands; b += 2)
        drawBand(b, count, m_counts[0]);
    other.join();
}

void RasterLayer::drawBand(int band, int planes, std::vector<std::uint8_t>& counts)
{
    const int r0 = band << kBandShift;
    const int r1 = std::min(m_height - 1, r0 + (1 << kBandShift) - 1);
    const std::size_t w = std::size_t(m_width);
    const std::size_t plane = w << kBandShift;
    const bool counted = m_segments.size() >= kCountedSegments;
    if (counted)
        std::fill(counts.begin(), counts.begin() + std::ptrdiff_t(plane * std::size_t(planes)), 0);
    std::uint32_t* const bits = m_bits; // taken once before the threads start: bits() detaches
    const std::size_t stride = std::size_t(m_stride);
    // Saturating at 255: by then (1 - a)^n is far below one 8-bit step.
    const auto hit = [](std::uint8_t& c) { c = std::uint8_t(c + (c != 255)); };
    // One pixel of segment s at band-relative row `row`, column `x`.
    const auto plot = [&](const BandSegment& s, std::size_t row, std::size_t x) {
        if (counted)
            hit(counts[plane * s.batch + row * w + x]);
        else
            blend(bits[(row + std::size_t(r0)) * stride + x], m_stack[s.batch][1]);
    };
    for (std::uint32_t k = m_bandStart[std::size_t(band)]; k < m_bandStart[std::size_t(band) + 1]; ++k) {
        const BandSegment& s = m_bandItems[k];
        if (s.yMajor) {
            const int ya = std::max(s.major0, r0), yb = std::min(s.major1, r1);
            std::int64_t x = s.minor0 + std::int64_t(ya - s.major0) * s.step;
            for (int y = ya; y <= yb; ++y, x += s.step)
                plot(s, std::size_t(y - r0), std::size_t(std::clamp<std::int64_t>(x >> 16, 0, m_width - 1)));
            continue;
        }
        // Along x the row is floor((minor0 + k * step) / 65536): solve for the pixels k whose
        // row lies in this band, exactly, so that every pixel is drawn by one band only.
        const std::int64_t n = std::int64_t(s.major1 - s.major0) + 1;
        std::int64_t k0 = 0, k1 = n - 1;
        const std::int64_t lo = std::int64_t(r0) << 16, hi = (std::int64_t(r1) + 1) << 16;
        if (s.step > 0) {
            k0 = std::max(k0, ceilDiv(lo - s.minor0, s.step));
            k1 = std::min(k1, floorDiv(hi - s.minor0 - 1, s.step));
        } else if (s.step < 0) {
            k0 = std::max(k0, ceilDiv(s.minor0 - hi + 1, -s.step));
            k1 = std::min(k1, floorDiv(s.minor0 - lo, -s.step));
        } else if (s.minor0 < lo || s.minor0 >= hi) {
            continue;
        }
        std::int64_t y = s.minor0 + k0 * s.step;
        for (std::int64_t k = k0; k <= k1; ++k, y += s.step)
            plot(s, std::size_t((y >> 16) - r0), std::size_t(s.major0 + k));
    }
    if (!counted)
        return;
    // Resolve: per pixel, each batch's stack of lines blended once, in batch order.
    for (int y = r0; y <= r1; ++y) {
        std::uint32_t* row = bits + std::size_t(y) * stride;
        for (int b = 0; b < planes; ++b) {
            const std::uint8_t* c = counts.data() + plane * std::size_t(b) + std::size_t(y - r0) * w;
            const std::uint32_t* stack = m_stack[b].data();
            // Most of a band is empty away from the graph: skip eight clear pixels at a time.
            std::size_t x = 0;
            for (; x + 8 <= w; x += 8) {
                std::uint64_t eight;
                std::memcpy(&eight, c + x, 8);
                if (!eight)
                    continue;
                for (std::size_t i = x; i < x + 8; ++i) {
                    if (c[i])
                        blend(row[i], stack[c[i]]);
                }
            }
            for (; x < w; ++x) {
                if (c[x])
                    blend(row[x], stack[c[x]]);
            }
        }
    }
}

void RasterLayer::span(int y, int x0, int x1, std::uint32_t c)
{
    if (y < 0 || y >= m_height)
        return;
    x0 = std::max(x0, 0);
    x1 = std::min(x1, m_width - 1);
    std::uint32_t* row = m_bits + qsizetype(y) * m_stride;
    for (int x = x0; x <= x1; ++x)
        blend(row[x], c);
}

void RasterLayer::shape(NodeKind kind, double cx, double cy, double r, std::uint32_t c)
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
    m_bits = reinterpret_cast<std::uint32_t*>(m_image.bits());
    m_stride = m_image.bytesPerLine() / 4;
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
