// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "io/corpusbuilder.h"

#include <QByteArray>

namespace parley {

/// The compact binary form of what was read from one article, as a project stores it
/// (QDataStream, versioned): the sentence spans and the extraction, without the article's
/// text, which the project keeps beside it. Decoding it is several times faster than
/// parsing the JSONL record, which is what makes opening a project quicker than extracting.
QByteArray encodeRecord(const ExtractedDocument& record);

/// Fills `record.document.sentences` and `record.extraction` from `bytes`; the document's
/// text and metadata are left as they are. Fails on truncated or foreign bytes, or spans
/// outside a text of `textLength` code units. Thread-safe.
Status decodeRecord(const QByteArray& bytes, qsizetype textLength, ExtractedDocument& record);

/// Whether every sentence span of `sentences` and every mention of `extraction` lies in a text
/// of `textLength` code units, each mention in one of `sentences`: what the sources view may
/// read. A stored record that fails it is damaged, whatever its format.
bool spansInText(const std::vector<Sentence>& sentences, const DocumentExtraction& extraction, qsizetype textLength);

} // namespace parley
