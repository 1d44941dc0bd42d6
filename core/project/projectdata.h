// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/corpusbuilder.h"
#include "project/edit.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace parley {

/// Where the analyst left a node, by node id (stable across re-extraction).
struct NodePosition
{
    double x = 0; ///< scene units
    double y = 0;
    bool pinned = false;

    bool operator==(const NodePosition&) const = default;
};

/// Everything a project holds, in memory. ProjectFile reads and writes it; the pipeline
/// (project/pipeline.h) adds articles and re-extracts; applyCorrections() turns `records`
/// and `edits` into the graph on screen. A value type: copy it to keep a snapshot.
struct ProjectData
{
    /// The articles with their texts and what was read from them, in canonical order
    /// (canonicalOrder()). The texts are kept, so a project opens on another machine.
    std::vector<ExtractedDocument> records;
    /// Bumped whenever the extractions are redone (re-extract), so a save knows that every
    /// stored record must be rewritten, not only those of new articles.
    std::uint64_t extractionRevision = 0;
    std::vector<Edit> edits;   ///< the corrections, in the order they are replayed
    QStringList sources;       ///< absolute files and folders the articles came from
    QHash<QString, NodePosition> positions;
    QJsonObject view;          ///< filters, projection, zoom, selection (the GUI's keys)
    QString notes;             ///< the analyst's notes on the whole project
};

} // namespace parley
