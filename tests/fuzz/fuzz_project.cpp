// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the project reader. An input that starts like an SQLite file is
// written to a temporary .parley file and opened: a damaged database must give an error
// naming the file, never a crash, and what opens must have its spans inside its texts. Any
// other input is fed to the stored-extraction decoder (the project's own binary format),
// which must reject it or give spans inside the text and encode back to the same bytes.
#include "fuzzcheck.h"

#include "project/projectfile.h"
#include "project/recordcodec.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

void checkRecord(const parley::ExtractedDocument& r, qsizetype textLength)
{
    using parley::fuzz::require;
    const auto inside = [&](const std::vector<parley::Mention>& mentions) {
        for (const parley::Mention& m : mentions)
            require(m.start >= 0 && m.start <= m.end && m.end <= textLength, "mention inside the text");
    };
    for (const parley::Sentence& s : r.document.sentences)
        require(s.start >= 0 && s.start <= s.end && s.end <= textLength, "sentence inside the text");
    for (const auto& s : r.extraction.states)
        inside(s.mentions);
    for (const auto& o : r.extraction.officials)
        inside(o.mentions);
    for (const auto& m : r.extraction.meetings)
        inside(m.evidence);
}

} // namespace

int parleyFuzzProject(const unsigned char* data, std::size_t size)
{
    using namespace parley;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (bytes.startsWith(QByteArray("SQLite format 3\0", 16))) {
        static QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fuzz.parley"));
        QFile f(path);
        fuzz::require(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size(),
                      "the input can be written");
        f.close();
        ProjectData project;
        const auto opened = ProjectFile::open(path, project);
        if (!opened) {
            fuzz::require(opened.error().where.endsWith(QLatin1String("fuzz.parley")), "the error names the file");
            return 0;
        }
        for (const ExtractedDocument& r : project.records)
            checkRecord(r, r.document.text.size());
        return 0;
    }
    constexpr qsizetype kText = 4096;
    ExtractedDocument record;
    if (!decodeRecord(bytes, kText, record))
        return 0;
    checkRecord(record, kText);
    // A record of the current version encodes to the same bytes; an older one (another magic,
    // the first four bytes) to the current version, which decodes and encodes to itself.
    const QByteArray encoded = encodeRecord(record);
    if (bytes.startsWith(encoded.left(4))) {
        fuzz::require(encoded == bytes, "a decoded record encodes to the same bytes");
    } else {
        ExtractedDocument again;
        again.document.text = record.document.text;
        fuzz::require(bool(decodeRecord(encoded, kText, again)) && encodeRecord(again) == encoded,
                      "an older record is rewritten in the current version");
    }
    return 0;
}

#ifndef PARLEY_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    return parleyFuzzProject(data, size);
}
#endif
