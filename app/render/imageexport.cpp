// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/imageexport.h"

#include "io/savefile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace parley {

namespace {

PaintOptions paintOptionsFor(const ViewGraph& view, const std::vector<QPointF>& positions,
                             const ExportOptions& o, bool vector)
{
    PaintOptions p;
    p.viewport = QRectF(QPointF(0, 0), QSizeF(o.size));
    p.transform = o.region == ExportOptions::Region::Visible
        ? o.transform
        : fitTransform(sceneBounds(view, positions), p.viewport, 32.0);
    if (o.region != ExportOptions::Region::Visible)
        p.transform.nodeScale = crowdingScale(view, positions);
    p.background = o.transparent ? QColor(Qt::transparent) : QColor(Qt::white);
    p.labels = o.labels;
    p.legend = o.legend;
    p.vector = vector;
    p.selectedNode = o.selectedNode;
    p.selectedEdge = o.selectedEdge;
    // A still picture is studied longer than a frame: allow more labels.
    p.maxLabels = 800;
    p.alwaysLabelTop = 40;
    return p;
}

} // namespace

QByteArray renderPng(const ViewGraph& view, const std::vector<QPointF>& positions,
                     const ExportOptions& options)
{
    const double scale = std::clamp(options.scale, 0.25, 8.0);
    QImage image(QSize(int(options.size.width() * scale), int(options.size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paintGraph(painter, view, positions, paintOptionsFor(view, positions, options, false));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray renderSvg(const ViewGraph& view, const std::vector<QPointF>& positions,
                     const ExportOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(0, 0), options.size));
    svg.setTitle(QStringLiteral("Parley graph"));
    svg.setDescription(QStringLiteral("States, officials and meetings read from the news"));
    // 72 dpi makes one user unit one logical pixel, so pixel-sized fonts keep their size.
    svg.setResolution(72);
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return {};
        paintGraph(painter, view, positions, paintOptionsFor(view, positions, options, true));
        painter.end();
    }
    return bytes;
}

QByteArray renderPdf(const ViewGraph& view, const std::vector<QPointF>& positions,
                     const ExportOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("Parley"));
        pdf.setTitle(QStringLiteral("Parley graph"));
        // 72 dpi makes one device pixel one point, so the page is exactly `size` and
        // pixel-sized fonts keep their size, as in the SVG.
        pdf.setResolution(72);
        pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(options.size), QPageSize::Point),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&pdf))
            return {};
        paintGraph(painter, view, positions, paintOptionsFor(view, positions, options, true));
        painter.end();
    }
    return bytes;
}

Status exportImage(const QString& path, const ViewGraph& view,
                   const std::vector<QPointF>& positions, const ExportOptions& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return Status::failure({path, QStringLiteral("unknown image format '%1' (use .png, .svg or .pdf)").arg(suffix)});
    if (options.size.isEmpty())
        return Status::failure({path, QStringLiteral("empty image size")});
    const QByteArray bytes = suffix == QLatin1String("png")   ? renderPng(view, positions, options)
                             : suffix == QLatin1String("svg") ? renderSvg(view, positions, options)
                                                              : renderPdf(view, positions, options);
    if (bytes.isEmpty())
        return Status::failure({path, QStringLiteral("could not render the image (too large?)")});
    // core's saveFile() writes unbuffered: through QSaveFile's buffer, a short write of a small
    // image (disk full) passed unnoticed and commit() replaced the earlier file with a stub.
    return saveFile(path, bytes);
}

} // namespace parley
