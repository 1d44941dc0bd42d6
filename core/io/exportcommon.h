// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/io: small pieces shared by the graph exporters and importers.
#pragma once

#include "graph/corpusgraph.h"
#include "io/exportoptions.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace parley::exportcommon {

/// `s` without the characters XML 1.0 cannot carry (C0 controls other than tab, newline and
/// carriage return; U+FFFE/U+FFFF; unpaired surrogates), which would make readers reject the
/// whole file.
QString xmlSafe(const QString& s);

/// Number of distinct (document, sentence) pairs: the "sentences" attribute.
int sentenceCount(const std::vector<Mention>& mentions);

/// Compact JSON of what plain attributes cannot hold exactly: {"aliases", "rules", "mentions"}
/// for a node, {"evidence"} for an edge. Stored in the "provenance" attribute.
QByteArray nodeProvenance(const NodeData& node);
QByteArray edgeProvenance(const EdgeData& edge);
/// Fill `node`/`edge` from provenance JSON; false with `error` set when malformed.
bool readNodeProvenance(const QString& json, NodeData& node, QString& error);
bool readEdgeProvenance(const QString& json, EdgeData& edge, QString& error);

std::optional<NodeKind> nodeKindFromString(const QString& s);
std::optional<EdgeKind> edgeKindFromString(const QString& s);

/// The visual of `node` with defaults filled in, or nullopt when the options carry no layout
/// for it.
std::optional<NodeVisual> visualFor(const ExportOptions& options, const NodeData& node);
/// Colour and size of `node`: from its visual when there is one, else the kind's default.
QString colorFor(const ExportOptions& options, const NodeData& node);
double sizeFor(const ExportOptions& options, const NodeData& node);

/// The label shown for a node: its name, or for a nameless meeting a label from place/date.
QString labelFor(const NodeData& node);

/// Shortest round-trip text of a double ("0.1", "-12.5", "1e+21").
QString number(double d);

} // namespace parley::exportcommon
