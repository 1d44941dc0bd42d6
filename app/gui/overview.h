// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"

#include <QString>

namespace parley {

/// Meetings a state (Involves edges) or an official (Attended edges) takes part in; 0 for a
/// meeting node. The Entities table and the overview count alike.
int meetingCount(const CorpusGraph& graph, NodeId node);

/// The Details dock before anything is clicked: what was read (articles, their date range,
/// states, officials, meetings), the most connected states and officials as links
/// ("node:<id>", like the rest of the dock) and where to start. Empty graph: a hint to open
/// articles.
QString overviewHtml(const CorpusGraph& graph);

} // namespace parley
