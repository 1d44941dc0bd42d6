// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <vector>

namespace parley {

/// The members of one JSONL article line, as the loader reads them: each member's type and,
/// for a string, its text (which the loader may move out). Built by parseFlatJsonObject()
/// for the usual flat line, or from Qt's object for any other.
struct FlatJsonObject
{
    struct Member
    {
        QString key;
        QJsonValue::Type type = QJsonValue::Null;
        QString string; ///< when type is String
        bool boolean = false; ///< when type is Bool
    };
    std::vector<Member> members;

    /// The member named `key`, or nullptr.
    Member* find(QLatin1StringView key);
    /// The string member `key`; empty when it is absent or not a string, as
    /// QJsonValue::toString() gives.
    QString string(QLatin1StringView key) const;
    /// The same object as Qt's type (for comparisons); other than string, bool and null
    /// members become null.
    QJsonObject toJsonObject() const;
    /// The members of `object`, in its order; strings, booleans and null kept, others typed only.
    static FlatJsonObject fromJsonObject(const QJsonObject& object);
};

/// The object of one JSONL article line when it is flat: string, true, false and null
/// members only, valid UTF-8, no duplicate key. Anything else (numbers, nested values,
/// surrogate escapes, any syntax error) gives nullopt, and the caller parses the line with
/// QJsonDocument, which also words the error. When it answers, the object equals what
/// QJsonDocument::fromJson() gives, several times faster: Qt's parser appends a decoded
/// string a few characters at a time, and article texts are long and full of escapes. The
/// members are decoded straight into strings of their own size, with no QJsonObject between.
std::optional<FlatJsonObject> parseFlatJsonObject(QByteArrayView line);

} // namespace parley
