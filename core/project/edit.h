// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace parley {

/// What an analyst's correction does. Each is a rule that applyCorrections() re-applies to
/// every freshly extracted graph, so corrections outlive re-extraction and added articles.
enum class EditKind {
    Merge,             ///< target absorbs `others` (same kind): aliases, mentions, edges united
    SplitAlias,        ///< the mentions of alias `value` leave target for an entity of their own
    Rename,            ///< target's display name becomes `value`; the old name turns alias
    SetState,          ///< official target serves state `value` (a state id; empty clears)
    SetTitle,          ///< official target's title becomes `value` (empty clears)
    Reject,            ///< target and all its edges leave the graph
    SetStatus,         ///< meeting target's status becomes `value` (held, planned, ...)
    AddParticipant,    ///< official `others[0]` attended meeting target
    RemoveParticipant, ///< official `others[0]` did not attend meeting target
    AddMeeting,        ///< a meeting by hand: id target.id, status `value`, participants `others`,
                       ///< cited sentence or `text`; `values` = {mode, place, ISO date}, each optional
    Hide,              ///< `value` "1" hides target from the view, "0" shows it again
    Note,              ///< free text `value` on target
    Tags,              ///< `values` are target's tags
    Colour             ///< `value` "#rrggbb" colours target; empty clears
};

/// How an edit finds its entity again in a new extraction: by id first, then (when the id
/// is gone, e.g. a new dictionary spelled the name differently) by a name or alias string for
/// states and officials, or by shared evidence sentences for meetings.
struct EntityKey
{
    QString id;   ///< "person:vladimir-putin", "meeting:..."
    QString name; ///< display name when the edit was made
    QList<QPair<QString, int>> sentences; ///< meetings: (document id, sentence index) evidence

    bool operator==(const EntityKey&) const = default;
};

/// One correction, as stored in a project (edits table) and replayed in order.
struct Edit
{
    EditKind kind = EditKind::Rename;
    EntityKey target;
    std::vector<EntityKey> others; ///< merge sources, the participant, the meeting's people
    QString value;
    QStringList values;
    /// AddMeeting: the sentence cited as evidence, or none (then `text` is the
    /// only evidence).
    QString citedDocument;
    int citedSentence = -1;
    QString text; ///< AddMeeting: free-text evidence, e.g. a source not among the articles

    bool operator==(const Edit&) const = default;
};

QString toString(EditKind kind);              ///< "merge", "split-alias", "rename", ...
std::optional<EditKind> editKindFromString(QStringView name);

/// One line a person reads in the undo history or the Problems list: "Merge Ursula into
/// Ursula von der Leyen".
QString describe(const Edit& edit);

QJsonObject toJson(const Edit& edit);
/// Errors name the field that is wrong (`where` left empty for the caller to fill).
Result<Edit> editFromJson(const QJsonObject& object);

} // namespace parley
