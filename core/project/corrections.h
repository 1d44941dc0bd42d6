// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"
#include "project/edit.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace parley {

/// What an edit says about a node that is not part of the graph itself: shown by the view,
/// kept in the project.
struct Annotation
{
    bool hidden = false;
    QString note;
    QStringList tags;
    QString colour; ///< "#rrggbb", empty for the kind's colour

    bool operator==(const Annotation&) const = default;
};

/// An edit that could not be applied in full, e.g. because re-extraction no longer finds its
/// entity. Listed in Problems; the edit itself stays in the project, so it applies again
/// once its target is back.
struct EditProblem
{
    std::size_t edit = 0; ///< index into the edits given to applyCorrections()
    QString message;      ///< "Merge Ursula into Ursula von der Leyen: 'person:ursula' is gone"
};

struct CorrectedGraph
{
    std::shared_ptr<CorpusGraph> graph; ///< canonicalized; never null
    QHash<QString, Annotation> annotations; ///< by node id of `graph`
    std::vector<EditProblem> problems;
    QHash<QString, QString> mergedInto; ///< id merged away -> the id that absorbed it
};

/// Replays `edits` in order on a copy of `base` (a freshly extracted graph) and returns the
/// corrected graph. Each edit finds its entities by the keys it stored (id, then name or
/// alias, then a meeting's evidence sentences), so it survives re-extraction and added
/// articles; what it cannot find becomes an EditProblem and the other edits go on.
/// Deterministic: the same base and edits give the same graph. Thread-safe (reads `base`).
CorrectedGraph applyCorrections(const CorpusGraph& base, const std::vector<Edit>& edits);

/// Rename: `name` (trimmed) becomes the display name, the old one an alias. The one
/// implementation for applyCorrections() and IncrementalCorrections.
void rename(NodeData& node, const QString& name);
/// Hide, Note, Tags or Colour: what `edit` says, written into `annotation`.
void annotate(Annotation& annotation, const Edit& edit);
/// The statuses a meeting may be given: held, planned, cancelled, denied.
const QStringList& meetingStatuses();

/// The corrections as a user dictionary (the `--dictionary` TSV of docs/dictionary.md): one
/// `person` or `state` row for each official or state a merge, rename, split, title or state
/// edit touched, with its corrected name, aliases, title and state, so batch runs read the
/// same people the analyst fixed. Rejections and meeting edits have no dictionary form and
/// are listed in a comment at the top.
QString correctionsDictionary(const CorrectedGraph& corrected, const std::vector<Edit>& edits);

/// The id of a meeting added by hand (AddMeeting): "meeting:manual-" + a hash of the
/// participants and the evidence, so the same meeting added twice is recognised.
QString manualMeetingId(const QStringList& participants, const QString& evidence);

} // namespace parley
