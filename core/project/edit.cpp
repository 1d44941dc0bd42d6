// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/edit.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace parley {

namespace {

// One table for both directions, so a kind cannot be written under one name and read
// under another.
constexpr std::array<std::pair<EditKind, const char*>, 14> kKindNames{{
    {EditKind::Merge, "merge"},
    {EditKind::SplitAlias, "split-alias"},
    {EditKind::Rename, "rename"},
    {EditKind::SetState, "set-state"},
    {EditKind::SetTitle, "set-title"},
    {EditKind::Reject, "reject"},
    {EditKind::SetStatus, "set-status"},
    {EditKind::AddParticipant, "add-participant"},
    {EditKind::RemoveParticipant, "remove-participant"},
    {EditKind::AddMeeting, "add-meeting"},
    {EditKind::Hide, "hide"},
    {EditKind::Note, "note"},
    {EditKind::Tags, "tags"},
    {EditKind::Colour, "colour"},
}};

QJsonObject keyToJson(const EntityKey& key)
{
    QJsonObject o{{QStringLiteral("id"), key.id}};
    if (!key.name.isEmpty())
        o.insert(QStringLiteral("name"), key.name);
    if (!key.sentences.isEmpty()) {
        QJsonArray sentences;
        for (const auto& [document, sentence] : key.sentences)
            sentences.append(QJsonArray{document, sentence});
        o.insert(QStringLiteral("sentences"), sentences);
    }
    return o;
}

std::optional<EntityKey> keyFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    EntityKey key;
    key.id = o.value(QStringLiteral("id")).toString();
    key.name = o.value(QStringLiteral("name")).toString();
    for (const auto& s : o.value(QStringLiteral("sentences")).toArray()) {
        const QJsonArray pair = s.toArray();
        if (pair.size() != 2 || !pair[0].isString() || !pair[1].isDouble())
            return std::nullopt;
        key.sentences.append({pair[0].toString(), pair[1].toInt()});
    }
    if (key.id.isEmpty())
        return std::nullopt;
    return key;
}

QString label(const EntityKey& key)
{
    return key.name.isEmpty() ? key.id : key.name;
}

} // namespace

QString toString(EditKind kind)
{
    for (const auto& [k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<EditKind> editKindFromString(QStringView name)
{
    for (const auto& [k, n] : kKindNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QString describe(const Edit& edit)
{
    QString target = label(edit.target);
    const QString other = edit.others.empty() ? QString() : label(edit.others.front());
    switch (edit.kind) {
    case EditKind::Merge: {
        QStringList names;
        for (const EntityKey& k : edit.others)
            names.append(label(k));
        return QStringLiteral("Merge %1 into %2").arg(names.join(QStringLiteral(", ")), target);
    }
    case EditKind::SplitAlias:
        return QStringLiteral("Split \u201c%1\u201d off %2").arg(edit.value, target);
    case EditKind::Rename: return QStringLiteral("Rename %1 to %2").arg(target, edit.value);
    case EditKind::SetState:
        return edit.value.isEmpty() ? QStringLiteral("Clear the state of %1").arg(target)
                                    : QStringLiteral("Set the state of %1 to %2").arg(target, edit.value);
    case EditKind::SetTitle:
        return edit.value.isEmpty() ? QStringLiteral("Clear the title of %1").arg(target)
                                    : QStringLiteral("Set the title of %1 to %2").arg(target, edit.value);
    case EditKind::Reject: return QStringLiteral("Reject %1").arg(target);
    case EditKind::SetStatus:
        return QStringLiteral("Set the status of %1 to %2").arg(target, edit.value);
    case EditKind::AddParticipant: return QStringLiteral("Add %1 to %2").arg(other, target);
    case EditKind::RemoveParticipant: return QStringLiteral("Remove %1 from %2").arg(other, target);
    case EditKind::AddMeeting: {
        QStringList names;
        for (const EntityKey& k : edit.others)
            names.append(label(k));
        return QStringLiteral("Add a meeting of %1").arg(names.join(QStringLiteral(", ")));
    }
    case EditKind::Hide:
        return edit.value == QLatin1String("0") ? QStringLiteral("Show %1").arg(target)
                                                : QStringLiteral("Hide %1").arg(target);
    case EditKind::Note: return QStringLiteral("Note on %1").arg(target);
    case EditKind::Tags:
        return QStringLiteral("Tag %1: %2").arg(target, edit.values.join(QStringLiteral(", ")));
    case EditKind::Colour:
        return edit.value.isEmpty() ? QStringLiteral("Clear the colour of %1").arg(target)
                                    : QStringLiteral("Colour %1 %2").arg(target, edit.value);
    }
    return target;
}

QJsonObject toJson(const Edit& edit)
{
    QJsonObject o{{QStringLiteral("op"), toString(edit.kind)},
                  {QStringLiteral("target"), keyToJson(edit.target)}};
    if (!edit.others.empty()) {
        QJsonArray others;
        for (const EntityKey& k : edit.others)
            others.append(keyToJson(k));
        o.insert(QStringLiteral("others"), others);
    }
    if (!edit.value.isEmpty())
        o.insert(QStringLiteral("value"), edit.value);
    if (!edit.values.isEmpty())
        o.insert(QStringLiteral("values"), QJsonArray::fromStringList(edit.values));
    if (!edit.citedDocument.isEmpty()) {
        o.insert(QStringLiteral("citedDocument"), edit.citedDocument);
        o.insert(QStringLiteral("citedSentence"), edit.citedSentence);
    }
    if (!edit.text.isEmpty())
        o.insert(QStringLiteral("text"), edit.text);
    return o;
}

Result<Edit> editFromJson(const QJsonObject& object)
{
    Edit edit;
    const auto kind = editKindFromString(object.value(QStringLiteral("op")).toString());
    if (!kind)
        return Error{{}, QStringLiteral("unknown edit '%1'")
                             .arg(object.value(QStringLiteral("op")).toString())};
    edit.kind = *kind;
    auto target = keyFromJson(object.value(QStringLiteral("target")));
    if (!target)
        return Error{{}, QStringLiteral("edit '%1' has no valid target").arg(toString(edit.kind))};
    edit.target = *target;
    for (const auto& v : object.value(QStringLiteral("others")).toArray()) {
        const auto key = keyFromJson(v);
        if (!key)
            return Error{{}, QStringLiteral("edit '%1' names an invalid entity").arg(toString(edit.kind))};
        edit.others.push_back(*key);
    }
    edit.value = object.value(QStringLiteral("value")).toString();
    for (const auto& v : object.value(QStringLiteral("values")).toArray())
        edit.values.append(v.toString());
    edit.citedDocument = object.value(QStringLiteral("citedDocument")).toString();
    edit.citedSentence = object.value(QStringLiteral("citedSentence")).toInt(-1);
    edit.text = object.value(QStringLiteral("text")).toString();
    return edit;
}

} // namespace parley
