// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace parley {

/// How one node is drawn, for exports that carry a layout (GraphML x/y/color/size, GEXF viz:*,
/// JSON and Cytoscape positions, CSV columns). Core knows no QColor, so colours are "#rrggbb".
struct NodeVisual
{
    double x = 0;      ///< layout position, scene units (y grows downwards, as on screen)
    double y = 0;
    QString color;     ///< "#rrggbb"; empty = the default colour of the node's kind
    double size = 0;   ///< diameter in scene units; 0 = the default size of the node's kind
};

/// Options shared by every exporter.
struct ExportOptions
{
    /// Node id ("state:syria") -> visual. Empty = no layout: positions are not written.
    /// Nodes missing from a non-empty map get no position.
    QHash<QString, NodeVisual> visuals;
    /// Indent JSON output (the contract JSON is pretty by default; JSONL never is).
    bool pretty = true;
};

/// The default colour ("#rrggbb") and size used for a node kind ("state", "official",
/// "meeting") when no NodeVisual gives one. Matches the GUI's palette.
QString defaultColor(const QString& kind);
double defaultSize(const QString& kind);

} // namespace parley
