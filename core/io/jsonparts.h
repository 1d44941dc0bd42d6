// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/io: the JSON pieces shared by JSONL records and by the provenance that
// GraphML and GEXF carry for an exact round trip.
#pragma once

#include "extract/extraction.h"
#include "io/jsonwriter.h"
#include "text/document.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace parley::jsonparts {

/// A document without its full text: id, path, title, date, url, source, length and the
/// sentences {text, start, end}. readDocument() rebuilds a text of the same length with each
/// sentence at its offset (spaces between), so offsets and sentence texts are exact.
void writeDocument(JsonWriter& w, const Document& d);
/// Whether a mention whose rule is empty still gets a "rule" key (exact round trips want it;
/// the contract JSON leaves it out).
enum class EmptyRule { Write, Omit };

void writeMentions(JsonWriter& w, const std::vector<Mention>& mentions,
                   EmptyRule emptyRule = EmptyRule::Write);

/// `documents` array of a graph: every document, in order.
QByteArray documentsJson(const std::vector<Document>& documents);

/// Checks every field it reads; the first problem is kept in `error`.
struct Reader
{
    QString error;

    QString string(const QJsonObject& o, const char* key, bool required = false);
    qint64 integer(const QJsonObject& o, const char* key);
    QJsonArray array(const QJsonObject& o, const char* key);
    QStringList strings(const QJsonObject& o, const char* key);
    std::vector<Mention> mentions(const QJsonObject& o, const char* key);
    Document document(const QJsonObject& o);
    void fail(const QString& message);
};

} // namespace parley::jsonparts
