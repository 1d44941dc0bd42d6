// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "io/corpusbuilder.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <vector>

namespace parley {

/// The per-document JSONL format (`extract --format jsonl`): one line per document,
/// {"document": {id, path, title, date, url, source, length, sentences: [{text, start, end}]},
///  "states": [...], "officials": [...], "meetings": [...]} with the fields of
/// extraction.h. Ids are global and deterministic, so records from any number of shards
/// merge into the graph a single run gives (buildCorpusGraph()). The document's text is kept
/// as its sentences: between them, where the original had only white space and markup
/// residue, it reads back as spaces of the same length, so every offset stays valid.

/// One record, without the trailing newline. Thread-safe.
QByteArray jsonlRecord(const ExtractedDocument& record);

/// Every record, one per line, in canonical order (path, then id).
QByteArray jsonlRecords(std::vector<ExtractedDocument> records);

/// Writes `records` as lines of jsonlRecord(), in the order given, to an open device.
/// Thread-safe (reads the records only).
Status writeJsonlRecords(const std::vector<ExtractedDocument>& records, QIODevice& device);

/// Parses one record. Errors say which field is wrong (`where` is left empty).
Result<ExtractedDocument> parseJsonlRecord(QByteArrayView line);

struct JsonlReadResult
{
    std::vector<ExtractedDocument> records;
    std::vector<Error> errors; ///< one per unreadable file or bad line ("file:line: reason")
};

/// Reads a JSONL file written by jsonlRecords(); bad lines are reported and skipped.
/// Blank lines are ignored. Thread-safe.
JsonlReadResult readJsonl(const QString& path);

/// Writes jsonlRecords() to `path` atomically.
Status writeJsonl(std::vector<ExtractedDocument> records, const QString& path);

} // namespace parley
