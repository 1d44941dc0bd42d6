// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/corpusgraph.h"
#include "io/exportoptions.h"

#include <QByteArray>
#include <QString>

namespace parley {

/// The graph as the JSON contract of shared/eval/README.md: one object with `documents`
/// (id, path, title, date, url, source, sentences {text, start, end}), `states`
/// (id, name, aliases, mentions), `officials` (id, name, aliases, title, state, organization,
/// rules, mentions) and `meetings` (id, participants, states, place, when, date, mode, status,
/// rule, rules, evidence). Empty optional strings are null. When `options.visuals` holds a
/// node, its entry also gets `x`, `y`, `color` and `size`.
/// Output is deterministic for a canonicalized graph (CorpusGraph::canonicalize()): the same
/// corpus gives the same bytes. Thread-safe (reads the graph only).
QByteArray contractJson(const CorpusGraph& graph, const ExportOptions& options = {});

/// Writes contractJson() to `path` atomically (QSaveFile).
Status writeContractJson(const CorpusGraph& graph, const QString& path,
                         const ExportOptions& options = {});

/// Participants (official ids) and states (state ids) of meeting node `meeting`, read from
/// its `attended` and `involves` edges, in id order for a canonicalized graph.
QStringList meetingParticipants(const CorpusGraph& graph, NodeId meeting);
QStringList meetingStates(const CorpusGraph& graph, NodeId meeting);

} // namespace parley
