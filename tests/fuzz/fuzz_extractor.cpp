// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the extractor: the bytes are read as a plain-text article (decoded and
// split by the loader, as parley-cli would) and extracted twice. Every mention must lie in
// the document and inside its own sentence, every reference must name something extracted,
// and the second extraction must equal the first, byte for byte as a JSONL record.
#include "fuzzcheck.h"

#include "extract/extractor.h"
#include "io/jsonl.h"
#include "text/loader.h"

#include <QSet>

namespace {

using namespace parley;

const Extractor& extractor()
{
    static const Extractor instance = [] {
        Result<Gazetteer> g = Gazetteer::builtin();
        fuzz::require(g.ok(), "the built-in gazetteer loads");
        return Extractor(std::move(g).value());
    }();
    return instance;
}

void checkMentions(const Document& d, const std::vector<Mention>& mentions)
{
    for (const Mention& m : mentions) {
        fuzz::require(m.document == d.id, "mention names its document");
        fuzz::require(m.sentence >= 0 && std::size_t(m.sentence) < d.sentences.size(),
                      "mention's sentence exists");
        const Sentence& s = d.sentences[std::size_t(m.sentence)];
        fuzz::require(m.start >= s.start && m.end <= s.end && m.start <= m.end,
                      "mention span inside its sentence");
    }
}

} // namespace

int parleyFuzzExtractor(const unsigned char* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const LoadResult loaded = loadBytes(bytes, QStringLiteral("f.txt"));
    for (const Document& d : loaded.documents) {
        const DocumentExtraction x = extractor().extract(d);
        QSet<QString> states, officials, ids;
        for (const ExtractedState& s : x.states) {
            fuzz::require(s.id.startsWith(QLatin1String("state:")), "state id");
            fuzz::require(!ids.contains(s.id), "state ids unique");
            ids.insert(s.id);
            states.insert(s.id);
            checkMentions(d, s.mentions);
        }
        for (const ExtractedOfficial& p : x.officials) {
            fuzz::require(p.id.startsWith(QLatin1String("person:")), "official id");
            fuzz::require(!ids.contains(p.id), "official ids unique");
            ids.insert(p.id);
            officials.insert(p.id);
            fuzz::require(!p.mentions.empty(), "an official is mentioned");
            checkMentions(d, p.mentions);
        }
        for (const ExtractedMeeting& m : x.meetings) {
            fuzz::require(m.id.startsWith(QLatin1String("meeting:")), "meeting id");
            fuzz::require(!ids.contains(m.id), "meeting ids unique");
            ids.insert(m.id);
            for (const QString& p : m.participants)
                fuzz::require(officials.contains(p), "meeting participant is an official");
            for (const QString& s : m.states)
                fuzz::require(states.contains(s), "meeting state is a state");
            fuzz::require(!m.evidence.empty(), "a meeting has evidence");
            checkMentions(d, m.evidence);
        }
        const DocumentExtraction again = extractor().extract(d);
        fuzz::require(jsonlRecord({d, x}) == jsonlRecord({d, again}),
                      "extracting twice gives the same result");
    }
    return 0;
}

#ifndef PARLEY_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    return parleyFuzzExtractor(data, size);
}
#endif
