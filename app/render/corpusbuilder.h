// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/corpusgraph.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace parley {

/// The outcome of reading paths into a graph.
struct CorpusBuild
{
    std::shared_ptr<CorpusGraph> graph; ///< canonicalized; never null
    std::vector<Error> errors;          ///< one per file that could not be read
    bool cancelled = false;
};

/// Loads `paths` (files or folders), extracts every document on all cores and merges the
/// result into one canonical CorpusGraph. `progress(done, total)` counts files then
/// documents (total = files + documents) and may return false to cancel. Runs on the
/// calling thread (call it from a worker); progress is called on worker threads.
CorpusBuild buildCorpus(const QStringList& paths,
                        const std::function<bool(int, int)>& progress = {});

} // namespace parley
