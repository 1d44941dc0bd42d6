// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"

#include <QColor>
#include <QImage>
#include <QLineF>

#include <cstdint>
#include <vector>

namespace parley {

/// The screen path's fast lane for dense, zoomed-out frames: one-pixel edges and small nodes
/// written straight into an ARGB32 premultiplied image (fixed-point DDA lines, span-filled
/// shapes), which the painter then blits with one drawImage(). QPainter spends about a
/// microsecond per line on setup alone, which at 60k edges is most of a frame; here a line
/// costs its pixels. Lines are cut into bands of rows that fit in the CPU cache; in a band,
/// each batch counts how many of its lines cover each pixel (one byte per pixel), and the
/// counts are then turned into colour once per pixel: n lines of colour c and alpha a
/// blended one after the other equal one blend of c with alpha 1 - (1 - a)^n, so the result
/// is that of drawing the batches one after the other, for a fraction of the memory
/// traffic. Bands run on two threads for big frames. Never used for SVG/PDF (which must stay vector)
/// nor with antialiasing. The image is kept between frames (no per-frame allocation).
/// Not thread-safe.
class RasterLayer
{
public:
    /// One colour's lines, in the layer's logical coordinates.
    struct LineBatch
    {
        const std::vector<QLineF>* lines = nullptr;
        QColor color;
    };

    /// Makes the layer `pixelSize` device pixels at `dpr` (reallocating only when the size
    /// changes) and fills it with `background` (may be transparent).
    void reset(QSize pixelSize, double dpr, QColor background);
    /// Draws the batches in order, one-pixel aliased lines blended source-over.
    void drawLines(const std::vector<LineBatch>& batches);
    /// Filled node shape of radius `r` (logical px) with a one-pixel `outline` ring.
    void drawNode(NodeKind kind, QPointF centre, double r, QColor fill, QColor outline);
    QImage& image() { return m_image; }
    const QImage& image() const { return m_image; }

private:
    // A line after clipping, as a DDA along its major axis: pixels major0..major1, the minor
    // coordinate in 16.16 fixed point starting at minor0 and moving by step per pixel.
    struct Segment
    {
        std::int32_t major0;
        std::int32_t major1;
        std::int64_t minor0;
        std::int64_t step;
        std::uint8_t batch; ///< index into the current group of batches
        bool yMajor;
        std::int32_t row0; ///< first and last pixel row touched
        std::int32_t row1;
    };

    // Up to this many batches are counted in one pass (one byte plane each).
    static constexpr int kPlanes = 8;

    bool prepare(double x0, double y0, double x1, double y1, Segment& out) const;
    void drawGroup(const RasterLayer::LineBatch* batches, int count);
    void drawBand(int band, int planes, std::vector<std::uint8_t>& counts);
    void span(int y, int x0, int x1, std::uint32_t premultiplied);
    void shape(NodeKind kind, double cx, double cy, double r, std::uint32_t premultiplied);

    QImage m_image;
    std::uint32_t* m_bits = nullptr; ///< m_image's pixels while drawing (bits() once per call)
    qsizetype m_stride = 0;          ///< in pixels
    double m_dpr = 1.0;
    int m_width = 0;
    int m_height = 0;
    // Reused between frames: the segments and, per band, the segments crossing it.
    std::vector<Segment> m_segments;
    std::vector<std::uint32_t> m_bandStart;
    // Compact copy of a segment for a band's list: a band reads its list front to back.
    struct BandSegment
    {
        std::int32_t major0;
        std::int32_t major1;
        std::int64_t minor0;
        std::int32_t step;
        std::uint8_t batch;
        bool yMajor;
    };
    std::vector<BandSegment> m_bandItems;
    std::vector<std::uint32_t> m_bandFill;
    std::vector<std::uint8_t> m_counts[2]; ///< per thread: coverage counts of one band
    /// Per plane, the premultiplied colour of `n` overlapping lines (index n, 0..255).
    std::vector<std::uint32_t> m_stack[kPlanes];
};

} // namespace parley
