// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/rasterlayer.h"

#include <algorithm>
#include <array>
#include <bit>
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

// floor() for |v| < 2^31 (also the rounding of clipped coordinates, where v + 0.5 >= 0 up to
// the clip's rounding, so that it equals the truncation used before): without SSE4.1 (the build targets generic x86-64) std::floor is a
// library call, which at three per row of every small node was half the cost of a node.
inline int floorInt(double v)
{
    const int i = int(v);
    return i - int(v < double(i));
}

// Source-over for premultiplied pixels, as a value.
inline std::uint32_t blended(std::uint32_t dst, std::uint32_t src)
{
    const std::uint32_t inv = 255 - (src >> 24);
    const std::uint32_t rb = (((dst & 0x00ff00ff) * inv + 0x00800080) >> 8) & 0x00ff00ff;
    const std::uint32_t ag = ((((dst >> 8) & 0x00ff00ff) * inv + 0x00800080)) & 0xff00ff00;
    return src + rb + ag;
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
        s.major0 = floorInt(x0 + 0.5);
        s.major1 = std::min(floorInt(x1 + 0.5), m_width - 1);
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
        s.major0 = std::max(0, floorInt(y0 + 0.5));
        s.major1 = std::min(m_height - 1, floorInt(y1 + 0.5));
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
    for (const Segment& s : m_segments) {
        const BandSegment copy{s.major0, s.major1, s.minor0, std::int32_t(s.step), s.batch, s.yMajor};
        for (int b = s.row0 >> kBandShift; b <= s.row1 >> kBandShift; ++b)
            m_bandItems[m_bandFill[std::size_t(b)]++] = copy;
    }
    m_bits = static_cast<std::uint32_t*>(static_cast<void*>(m_image.bits()));
    m_stride = m_image.bytesPerLine() / 4;
    const std::size_t plane = std::size_t(m_width) << kBandShift;
    const std::size_t lanes = count <= 1 ? 1 : count <= 2 ? 2 : count <= 4 ? 4 : 8;
    // Zero-filled when they grow; each band's resolve leaves them clear again.
    for (auto& c : m_counts)
        c.resize(plane * lanes, 0);
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

void RasterLayer::drawBand(int band, int planes, std::vector<std::uint16_t>& counts)
{
    if (m_segments.size() >= kCountedSegments)
        drawBandCounted(band, planes, counts);
    else
        drawBandBlended(band);
}

namespace {

// Walks the pixels of one segment that lie in band rows r0..r1, calling put(row - r0, x).
// Both axes solve for their first pixel in the band exactly, so that every pixel of a line
// is drawn by one band only; the per-pixel loops are kept free of branches and clamps.
template <typename Put>
inline void walkSegment(std::int32_t major0, std::int32_t major1, std::int64_t minor0, std::int64_t step,
                        bool yMajor, int r0, int r1, int width, Put&& put)
{
    if (yMajor) {
        const int ya = std::max(major0, r0), yb = std::min(major1, r1);
        if (ya > yb)
            return;
        std::int64_t x = minor0 + std::int64_t(ya - major0) * step;
        const std::int64_t xLast = x + std::int64_t(yb - ya) * step;
        // x moves monotonically: when both ends are on the image, every pixel is.
        if (std::min(x, xLast) >= 0 && (std::max(x, xLast) >> 16) < width) {
            for (int y = ya; y <= yb; ++y, x += step)
                put(std::size_t(y - r0), std::size_t(x >> 16));
        } else {
            for (int y = ya; y <= yb; ++y, x += step)
                put(std::size_t(y - r0), std::size_t(std::clamp<std::int64_t>(x >> 16, 0, width - 1)));
        }
        return;
    }
    // Along x the row is floor((minor0 + k * step) / 65536): solve for the pixels k whose
    // row lies in this band.
    const std::int64_t n = std::int64_t(major1 - major0) + 1;
    std::int64_t k0 = 0, k1 = n - 1;
    const std::int64_t lo = std::int64_t(r0) << 16, hi = (std::int64_t(r1) + 1) << 16;
    if (step > 0) {
        k0 = std::max(k0, ceilDiv(lo - minor0, step));
        k1 = std::min(k1, floorDiv(hi - minor0 - 1, step));
    } else if (step < 0) {
        k0 = std::max(k0, ceilDiv(minor0 - hi + 1, -step));
        k1 = std::min(k1, floorDiv(minor0 - lo, -step));
    } else if (minor0 < lo || minor0 >= hi) {
        return;
    }
    // Band-relative: lo is a whole number of rows, so the row's integer part just shifts.
    std::int64_t y = minor0 - lo + k0 * step;
    std::size_t x = std::size_t(major0 + k0);
    for (std::int64_t k = k0; k <= k1; ++k, y += step, ++x)
        put(std::size_t(y >> 16), x);
}

} // namespace

void RasterLayer::drawBandBlended(int band)
{
    const int r0 = band << kBandShift;
    const int r1 = std::min(m_height - 1, r0 + (1 << kBandShift) - 1);
    std::uint32_t* const bits = m_bits + std::size_t(r0) * std::size_t(m_stride);
    const std::size_t stride = std::size_t(m_stride);
    for (std::uint32_t k = m_bandStart[std::size_t(band)]; k < m_bandStart[std::size_t(band) + 1]; ++k) {
        const BandSegment& s = m_bandItems[k];
        const std::uint32_t colour = m_stack[s.batch][1];
        walkSegment(s.major0, s.major1, s.minor0, s.step, s.yMajor, r0, r1, m_width,
                    [&](std::size_t row, std::size_t x) { blend(bits[row * stride + x], colour); });
    }
}

void RasterLayer::drawBandCounted(int band, int planes, std::vector<std::uint16_t>& counts)
{
    const int r0 = band << kBandShift;
    const int r1 = std::min(m_height - 1, r0 + (1 << kBandShift) - 1);
    const std::size_t w = std::size_t(m_width);
    // Planes are interleaved, 1 << shift counters per pixel (a power of two), so that the
    // resolve reads one pixel's counts together and skips empty pixels eight bytes at a time.
    const int shift = planes <= 1 ? 0 : planes <= 2 ? 1 : planes <= 4 ? 2 : 3;
    const std::size_t rowLanes = w << shift;
    const std::uint32_t first = m_bandStart[std::size_t(band)], last = m_bandStart[std::size_t(band) + 1];
    // Columns the band's segments may touch: the resolve scans only those (a graph at fit
    // rarely spans the whole width; a band without segments is not scanned at all).
    std::int64_t xmin = std::int64_t(w), xmax = -1;
    const auto count = [&](auto increment) {
        for (std::uint32_t k = first; k < last; ++k) {
            const BandSegment& s = m_bandItems[k];
            if (s.yMajor) {
                const std::int64_t a = s.minor0 >> 16;
                const std::int64_t b = (s.minor0 + std::int64_t(s.major1 - s.major0) * s.step) >> 16;
                xmin = std::min(xmin, std::min(a, b));
                xmax = std::max(xmax, std::max(a, b));
            } else {
                xmin = std::min<std::int64_t>(xmin, s.major0);
                xmax = std::max<std::int64_t>(xmax, s.major1);
            }
            std::uint16_t* const plane = counts.data() + s.batch;
            walkSegment(s.major0, s.major1, s.minor0, s.step, s.yMajor, r0, r1, m_width,
                        [&](std::size_t row, std::size_t x) { increment(plane[row * rowLanes + (x << shift)]); });
        }
    };
    // A pixel gets at most one hit per segment: with fewer segments than a counter holds, a
    // plain increment (one instruction) cannot overflow; otherwise it saturates.
    if (last - first < 0xffff)
        count([](std::uint16_t& c) { ++c; });
    else
        count([](std::uint16_t& c) { c = std::uint16_t(c + (c != 0xffff)); });
    // Resolve: per pixel, each batch's stack of lines blended once, in batch order; the
    // counters read are cleared for the next band (the whole buffer is clear between bands,
    // so no memset of the band is needed).
    std::array<const std::uint32_t*, kPlanes> stacks{};
    for (int b = 0; b < planes; ++b)
        stacks[std::size_t(b)] = m_stack[b].data();
    xmin = std::max<std::int64_t>(xmin, 0);
    xmax = std::min<std::int64_t>(xmax, std::int64_t(w) - 1);
    if (xmin > xmax)
        return;
    const std::size_t lanes = std::size_t(1) << shift;
    const std::size_t xFirst = std::size_t(xmin), xEnd = std::size_t(xmax) + 1;
    const std::size_t laneEnd = xEnd << shift;
    for (int y = r0; y <= r1; ++y) {
        std::uint32_t* const row = m_bits + std::size_t(y) * std::size_t(m_stride);
        std::uint16_t* const c = counts.data() + std::size_t(y - r0) * rowLanes;
        const auto resolve = [&](std::size_t at, std::uint32_t n) {
            blend(row[at >> shift], stacks[at & (lanes - 1)][std::min<std::uint32_t>(n, 255)]);
        };
        std::size_t i = (xFirst << shift) & ~std::size_t(3);
        if (shift == 2) {
            // Three or four batches (the full projection): one pixel per eight bytes, read,
            // blended in a register and written once.
            for (std::size_t x = xFirst; x < xEnd; ++x) {
                std::uint64_t four = 0;
                std::memcpy(&four, c + 4 * x, 8);
                if (!four)
                    continue;
                std::memset(c + 4 * x, 0, 8);
                // Branch-free: in the dense middle of a graph which batches cover a pixel is
                // random, and mispredicted branches cost more than blending every plane and
                // keeping the result only where the count is non-zero.
                std::uint32_t px = row[x];
                const auto layer = [&](std::size_t b) {
                    const std::uint32_t n = std::uint32_t(four >> (16 * b)) & 0xffff;
                    const std::uint32_t over = blended(px, stacks[b][std::min<std::uint32_t>(n, 255)]);
                    px = n ? over : px;
                };
                layer(0);
                layer(1);
                layer(2);
                if (planes == 4)
                    layer(3);
                row[x] = px;
            }
            continue;
        }
        for (; i + 4 <= laneEnd; i += 4) {
            // Four counters (eight bytes) at a time: most of a band is empty away from the graph.
            std::uint64_t four = 0;
            std::memcpy(&four, c + i, 8);
            if (!four)
                continue;
            std::memset(c + i, 0, 8);
            // Lowest lane first: pixels left to right and, within one, batches in order.
            while (four) {
                const int lane = std::countr_zero(four) >> 4;
                resolve(i + std::size_t(lane), std::uint32_t(four >> (lane * 16)) & 0xffff);
                four &= ~(std::uint64_t(0xffff) << (lane * 16));
            }
        }
        for (; i < laneEnd; ++i) {
            if (c[i]) {
                resolve(i, c[i]);
                c[i] = 0;
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
    // Nodes partly off the layer are clipped here, before the rows are walked.
    const int y0 = std::max(floorInt(cy - r + 0.5), 0);
    const int y1 = std::min(floorInt(cy + r - 0.5), m_height - 1);
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
        span(y, floorInt(cx - half + 0.5), floorInt(cx + half - 0.5), c);
    }
}

std::uint32_t RasterLayer::premultiplied(QColor c)
{
    // A frame draws thousands of nodes in a handful of colours.
    const QRgb key = c.rgba();
    for (const auto& [rgba, value] : m_colours) {
        if (rgba == key && value != 0)
            return value;
    }
    const std::uint32_t value = premultiply(c);
    m_colours[m_nextColour] = {key, value};
    m_nextColour = (m_nextColour + 1) % m_colours.size();
    return value;
}

void RasterLayer::drawNode(NodeKind kind, QPointF centre, double r, QColor fill, QColor outline)
{
    if (m_image.isNull())
        return;
    const double cx = centre.x() * m_dpr, cy = centre.y() * m_dpr, rr = std::max(1.0, r * m_dpr);
    if (cx + rr < 0 || cy + rr < 0 || cx - rr > m_width || cy - rr > m_height)
        return;
    m_bits = static_cast<std::uint32_t*>(static_cast<void*>(m_image.bits()));
    m_stride = m_image.bytesPerLine() / 4;
    if (rr >= 3 && outline.alpha() > 0) {
        // Outline: the full shape in the outline colour, then the fill one pixel inside.
        // Both are opaque on screen, so the ring shows without double blending artefacts.
        shape(kind, cx, cy, rr, premultiplied(outline));
        shape(kind, cx, cy, rr - 1, premultiplied(fill));
    } else {
        shape(kind, cx, cy, rr, premultiplied(fill));
    }
}

} // namespace parley
