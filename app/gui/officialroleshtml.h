// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/gazetteer.h"
#include "graph/corpusgraph.h"

#include <QString>

namespace parley {

/// The Details panel's "Roles over time" and "Title at each meeting" for an official: the
/// people dictionary's offices with their dates, and for each meeting attended the office held
/// on its day (core/graph/officialroles.h). Empty for a person the dictionary does not know.
/// Meetings are "node:<id>" links, as in the rest of the panel.
QString officialRolesHtml(const CorpusGraph& graph, NodeId official, const Gazetteer& gazetteer);

/// The shipped dictionaries plus the user's ($XDG_CONFIG_HOME/parley/dictionaries), read on
/// first use and then shared: the same people the extraction knew.
const Gazetteer& rolesGazetteer();

} // namespace parley
