// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "render/graphpainter.h"

#include <QHash>
#include <QSize>
#include <QString>

#include <cstdint>
#include <vector>

namespace parley {

/// How Play is exported: picture size and what each step shows.
struct PlayExportOptions
{
    QSize size{1280, 800};  ///< logical pixels (SVG: user units)
    double scale = 1.0;     ///< PNG only: pixels per logical pixel
    bool labels = true;
    bool legend = true;
    int stepMs = 1000;      ///< SVG only: how long each step shows, in milliseconds
};

/// What an export drew: one frame per window, all under one transform.
struct PlayExport
{
    int frames = 0;
    ViewTransform transform;  ///< scene -> picture mapping shared by every frame
    QStringList files;        ///< PNG frames written, in order
};

/// Scene positions for every node the view of `graph` under `filter` shows at any date (the
/// filter's own date range is ignored), so that Play's frames can keep each node in one
/// place. Nodes in `known` stay exactly there (pinned); the others are laid out around them
/// with ForceLayout (seeded). No layout runs when `known` already places every node.
/// Blocking: seconds for tens of thousands of unplaced nodes. Any thread.
QHash<NodeId, QPointF> playPositions(const CorpusGraph& graph, const ViewFilter& filter,
                                     const QHash<NodeId, QPointF>& known, std::uint64_t seed = 1);

/// Caption of a window in the frames ("1 Mar 2024 – 31 Mar 2024").
QString windowCaption(const DateRange& range);

/// Writes one PNG per window into `directory` (created if missing) as frame-0001.png,
/// frame-0002.png, ...: the view of `graph` under `filter` with the window's date range, each
/// node at `positions` (see playPositions()), under one transform fitted to every window's
/// nodes, with the window's caption at the top right. Files are written atomically; the
/// first failure stops the export and names the file. GUI thread or any thread (QImage only).
Result<PlayExport> exportPlayFrames(const QString& directory, const CorpusGraph& graph,
                                    const ViewFilter& filter, const std::vector<DateRange>& windows,
                                    const QHash<NodeId, QPointF>& positions,
                                    const PlayExportOptions& options = {});

/// Writes Play as one animated SVG to `path`: every node, edge and state label that any
/// window shows, drawn once in the painter's style, each one that is not in every window with
/// one SMIL <animate> of its visibility (discrete, one value per window, looping), plus the
/// window captions animated the same way. Browsers play it without script or CSS.
Result<PlayExport> exportPlaySvg(const QString& path, const CorpusGraph& graph,
                                 const ViewFilter& filter, const std::vector<DateRange>& windows,
                                 const QHash<NodeId, QPointF>& positions,
                                 const PlayExportOptions& options = {});

} // namespace parley
