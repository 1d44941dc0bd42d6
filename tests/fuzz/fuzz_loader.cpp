// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the document loaders: the first byte picks the format, the rest is
// the file. Every document must come out with valid sentences and an id.
#include "fuzzcheck.h"

#include "text/loader.h"

#include <array>

int parleyFuzzLoader(const unsigned char* data, std::size_t size)
{
    using namespace parley;
    if (size == 0)
        return 0;
    // New formats go at the end, so the seeds' first bytes keep choosing the format they did.
    static const std::array<QString, 5> names = {QStringLiteral("f.txt"), QStringLiteral("f.md"),
                                                 QStringLiteral("f.html"),
                                                 QStringLiteral("f.jsonl"),
                                                 QStringLiteral("f.rss")};
    const QString& name = names[data[0] % names.size()];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const LoadResult r = loadBytes(bytes, name);
    fuzz::require(!r.documents.empty() || !r.errors.empty(), "a document or an error");
    for (const Document& d : r.documents) {
        fuzz::require(d.id.size() >= 11 && d.id.startsWith(u'd'), "document id");
        fuzz::require(!QStringView(d.text).trimmed().isEmpty(), "document text not blank");
        fuzz::checkSentences(d.text, d.sentences);
    }
    for (const Error& e : r.errors)
        fuzz::require(!e.message.isEmpty() && e.where == name, "error names the file");
    return 0;
}

#ifndef PARLEY_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    return parleyFuzzLoader(data, size);
}
#endif
