// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the per-document JSONL records that `parley-cli merge` reads. A record
// that parses must have a consistent document, and writing it and parsing it again must give
// the same record (the merge of shards relies on that).
#include "fuzzcheck.h"

#include "io/jsonl.h"

#include <QJsonDocument>

int parleyFuzzJsonl(const unsigned char* data, std::size_t size)
{
    using namespace parley;
    const QByteArrayView line(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<ExtractedDocument> first = parseJsonlRecord(line);
    if (!first) {
        fuzz::require(!first.error().message.isEmpty(), "a rejected record says why");
        return 0;
    }
    const Document& d = first.value().document;
    fuzz::checkSpans(d.text, d.sentences);
    const QByteArray written = jsonlRecord(first.value());
    fuzz::require(!written.contains('\n'), "a record is one line");
    const Result<ExtractedDocument> second = parseJsonlRecord(written);
    if (!second)
        std::fprintf(stderr, "re-parse: %s\n", qPrintable(second.error().message));
    fuzz::require(second.ok(), "a written record parses again");
    // Equal as JSON, not byte for byte: a lone surrogate is written as the escape "\ufffd",
    // which reads back as U+FFFD and is then written as plain UTF-8.
    const QByteArray again = jsonlRecord(second.value());
    if (QJsonDocument::fromJson(again) != QJsonDocument::fromJson(written))
        std::fprintf(stderr, "first:  %s\nsecond: %s\n", written.constData(), again.constData());
    fuzz::require(QJsonDocument::fromJson(again) == QJsonDocument::fromJson(written),
                  "write after parse is stable");
    return 0;
}

#ifndef PARLEY_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    return parleyFuzzJsonl(data, size);
}
#endif
