// SPDX-License-Identifier: GPL-3.0-or-later
// Checks shared by the fuzz targets and their corpus replay test. A broken promise aborts, so
// libFuzzer records the input as a crash.
#pragma once

#include "text/document.h"

#include <cstdio>
#include <cstdlib>

namespace parley::fuzz {

inline void require(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

/// The splitter's promises: in order, non-empty, trimmed, bounded by 2000 units.
inline void checkSentences(QStringView text, const std::vector<Sentence>& sentences)
{
    qsizetype previousEnd = 0;
    for (const Sentence& s : sentences) {
        require(s.start >= previousEnd, "sentences in order");
        require(s.end > s.start, "sentence not empty");
        require(s.end <= text.size(), "sentence inside the text");
        require(s.end - s.start <= 2000, "sentence at most 2000 units");
        require(!text[s.start].isSpace() && !text[s.end - 1].isSpace(), "sentence trimmed");
        previousEnd = s.end;
    }
}

/// What a document read back from a file promises: sentences in order, inside the text.
inline void checkSpans(QStringView text, const std::vector<Sentence>& sentences)
{
    qsizetype previousEnd = 0;
    for (const Sentence& s : sentences) {
        require(s.start >= previousEnd && s.end >= s.start, "sentences in order");
        require(s.end <= text.size(), "sentence inside the text");
        previousEnd = s.end;
    }
}

} // namespace parley::fuzz

/// Entry points, also called by the replay test (tests/text/tst_fuzzcorpus.cpp).
int parleyFuzzLoader(const unsigned char* data, std::size_t size);
int parleyFuzzSplitter(const unsigned char* data, std::size_t size);
int parleyFuzzExtractor(const unsigned char* data, std::size_t size);
int parleyFuzzGraphML(const unsigned char* data, std::size_t size);
int parleyFuzzGexf(const unsigned char* data, std::size_t size);
int parleyFuzzJsonl(const unsigned char* data, std::size_t size);
