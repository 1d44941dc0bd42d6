// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace parley::bench {

/// A state of the generator's roster (real names, so the shipped gazetteer knows them).
struct RosterState
{
    std::string name;    ///< "Syria"
    std::string demonym; ///< "Syrian"
    std::string capital; ///< "Damascus"
};

/// A generated official: a real-looking but invented person serving one state.
struct RosterOfficial
{
    std::string first;   ///< "Amira"
    std::string surname; ///< "al-Rashidi"; unique within the roster
    std::string title;   ///< "Foreign Minister"
    bool female = false;
    std::size_t state = 0; ///< index into CorpusGenerator::states()

    std::string fullName() const { return first + ' ' + surname; }
};

/// One wire-style article.
struct Article
{
    std::string title;
    std::string date; ///< ISO date, "2019-03-14"
    std::string source;
    std::string url;
    std::string text; ///< paragraphs separated by blank lines; 150 to 600 words
};

/// Deterministic generator of news-like corpora for the benchmarks: wire reports about a fixed
/// roster of officials of real states meeting, calling and planning visits, with surname-only
/// later mentions, pronouns, quotes, numbers and abbreviations (U.S., Jan. 5, a.m.).
///
/// Article `i` depends only on the seed and `i`, never on the corpus size, so the first N
/// articles of a larger corpus are exactly the corpus of N articles (growth curves compare
/// like with like). The random source is SplitMix64 with integer-only draws, so output is
/// identical on every platform and standard library. Thread-safe: article() is const.
class CorpusGenerator
{
public:
    explicit CorpusGenerator(std::uint64_t seed);

    /// The article with 0-based index `index`.
    Article article(std::uint64_t index) const;

    const std::vector<RosterState>& states() const { return m_states; }
    const std::vector<RosterOfficial>& officials() const { return m_officials; }

private:
    std::uint64_t m_seed;
    std::vector<RosterState> m_states;
    std::vector<RosterOfficial> m_officials;
    std::vector<std::vector<std::size_t>> m_officialsOfState;
    std::vector<std::uint64_t> m_stateWeights; ///< cumulative Zipf-like weights (some states recur more)
};

/// One JSONL record: {"title", "date", "source", "url", "text"}, newline-terminated.
std::string toJsonLine(const Article& article);
/// A text file: "Title: ..." and "Date: ..." header lines, a blank line, then the text.
std::string toTextFile(const Article& article);
/// Number of white-space separated words in `text`.
std::size_t wordCount(const std::string& text);

} // namespace parley::bench
