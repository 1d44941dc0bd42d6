// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the sentence splitter. The bytes are read as UTF-16 so that every
// code unit, lone surrogates included, can reach it.
#include "fuzzcheck.h"

#include "text/sentencesplitter.h"

#include <cstring>

int parleyFuzzSplitter(const unsigned char* data, std::size_t size)
{
    using namespace parley;
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    if (!text.isEmpty())
        std::memcpy(text.data(), data, std::size_t(text.size()) * 2);
    const std::vector<Sentence> sentences = splitSentences(text);
    fuzz::checkSentences(text, sentences);
    // Every non-space character lies in some sentence.
    qsizetype at = 0;
    for (const Sentence& s : sentences) {
        for (; at < s.start; ++at)
            fuzz::require(text[at].isSpace(), "only white space between sentences");
        at = s.end;
    }
    for (; at < text.size(); ++at)
        fuzz::require(text[at].isSpace(), "only white space after the last sentence");
    return 0;
}

#ifndef PARLEY_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    return parleyFuzzSplitter(data, size);
}
#endif
