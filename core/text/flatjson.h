// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

namespace parley {

/// The object of one JSONL article line when it is flat: string, true, false and null
/// members only, valid UTF-8, no duplicate key. Anything else (numbers, nested values,
/// surrogate escapes, any syntax error) gives nullopt, and the caller parses the line with
/// QJsonDocument, which also words the error. When it answers, the object equals what
/// QJsonDocument::fromJson() gives, several times faster: Qt's parser appends a decoded
/// string a few characters at a time, and article texts are long and full of escapes.
std::optional<QJsonObject> parseFlatJsonObject(QByteArrayView line);

} // namespace parley
