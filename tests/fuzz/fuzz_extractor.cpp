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

// Each id once per extraction; the repeated id is printed before the abort.
void requireNew(QSet<QString>& ids, const QString& id, const char* what)
{
    if (ids.contains(id))
        std::fprintf(stderr, "repeated id: %s\n", qPrintable(id));
    fuzz::require(!ids.contains(id), what);
    ids.insert(id);
}

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
            requireNew(ids, s.id, "state ids unique");
            states.insert(s.id);
            checkMentions(d, s.mentions);
        }
        for (const ExtractedOfficial& p : x.officials) {
            fuzz::require(p.id.startsWith(QLatin1String("person:")), "official id");
            requireNew(ids, p.id, "official ids unique");
            officials.insert(p.id);
            fuzz::require(!p.mentions.empty(), "an official is mentioned");
            checkMentions(d, p.mentions);
        }
        for (const ExtractedMeeting& m : x.meetings) {
            fuzz::require(m.id.startsWith(QLatin1String("meeting:")), "meeting id");
            requireNew(ids, m.id, "meeting ids unique");
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
