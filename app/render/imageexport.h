// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "render/graphpainter.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace parley {

/// How to export the drawing.
struct ExportOptions
{
    enum class Region {
        WholeGraph, ///< fit every node into `size`
        Visible     ///< exactly what the view shows: `size` is the view size, `transform` its mapping
    };
    Region region = Region::WholeGraph;
    QSize size{1600, 1200};   ///< logical pixels (SVG: user units)
    double scale = 1.0;       ///< PNG only: pixels per logical pixel (2 = HiDPI-sharp)
    bool transparent = false; ///< else a white background
    bool labels = true;
    bool legend = true;
    ViewTransform transform;  ///< used with Region::Visible
    int selectedNode = -1;    ///< drawn as on screen
    int selectedEdge = -1;
};

/// The PNG bytes of the drawing (size * scale pixels, device pixel ratio = scale).
QByteArray renderPng(const ViewGraph& view, const std::vector<QPointF>& positions,
                     const ExportOptions& options);

/// The SVG bytes of the drawing, true vector: nodes, edges and labels are SVG shapes, paths
/// and <text> elements (QSvgGenerator), never an embedded bitmap.
QByteArray renderSvg(const ViewGraph& view, const std::vector<QPointF>& positions,
                     const ExportOptions& options);

/// The PDF bytes of the drawing (QPdfWriter): one page of `size` points, vector like the SVG.
QByteArray renderPdf(const ViewGraph& view, const std::vector<QPointF>& positions,
                     const ExportOptions& options);

/// Renders to memory, then writes `path` (.png, .svg or .pdf, by suffix) through QSaveFile, so
/// that a failure leaves any earlier file intact. Errors name the file and the reason.
Status exportImage(const QString& path, const ViewGraph& view,
                   const std::vector<QPointF>& positions, const ExportOptions& options);

} // namespace parley
