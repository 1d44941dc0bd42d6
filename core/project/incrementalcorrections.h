// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/corrections.h"

#include <deque>
#include <memory>
#include <vector>

namespace parley {

/// The corrected graph of a project kept up to date one edit at a time, as the undo stack
/// pushes and pops them. Replaying every rule on a copy of the extracted graph
/// (applyCorrections()) costs seconds on a large project; most edits change little, so:
/// - hide, note, tags and colour change only the annotations and share the graph;
/// - rename, title, status and reject change a copy of the current graph in place;
/// - undoing the last edit gives back the graph from before it (the last few are kept);
/// - anything else (merge, split, state, participants, a meeting by hand, or an edit whose
///   target is not found by its id) replays all the edits, as before.
/// Whichever way it goes, current() equals applyCorrections(base, edits()): a test checks it
/// on random edit sequences. Not thread-safe; the graphs it hands out are never modified.
class IncrementalCorrections
{
public:
    /// How the edits so far were applied; for tests and the benchmark.
    struct Counts
    {
        int incremental = 0; ///< one edit applied to the current graph
        int restored = 0;    ///< undo that gave back a kept graph
        int replayed = 0;    ///< full applyCorrections()
    };

    /// Starts over from `base` with `edits`, replaying them all.
    void reset(std::shared_ptr<const CorpusGraph> base, std::vector<Edit> edits);
    /// Starts over with `corrected`, already computed as applyCorrections(*base, edits).
    void reset(std::shared_ptr<const CorpusGraph> base, std::vector<Edit> edits,
               CorrectedGraph corrected);
    /// Appends `edit` and brings current() up to date.
    void append(const Edit& edit);
    /// Drops the last edit (nothing when there is none) and brings current() up to date.
    void removeLast();

    const CorrectedGraph& current() const { return m_current; }
    const std::vector<Edit>& edits() const { return m_edits; }
    const std::shared_ptr<const CorpusGraph>& base() const { return m_base; }
    const Counts& counts() const { return m_counts; }

    /// How many results from before the latest edits are kept for undo.
    static constexpr std::size_t kKeptForUndo = 4;

private:
    /// `edit` applied to `m_current` alone, or nullopt when it needs a full replay.
    std::optional<CorrectedGraph> applyOne(const Edit& edit) const;
    void replay();

    std::shared_ptr<const CorpusGraph> m_base;
    std::vector<Edit> m_edits;
    CorrectedGraph m_current;
    /// (number of edits, the result for them): results before the latest edits, oldest first.
    std::deque<std::pair<std::size_t, CorrectedGraph>> m_before;
    Counts m_counts;
};

} // namespace parley
