// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extraction.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "text/document.h"

#include <memory>

namespace parley {

struct CityTable;

/// Rule-based, explainable extraction of states, officials and meetings from one document.
/// Works per document with no state kept between calls, so documents may be extracted on
/// many threads with one Extractor. Ids are global and deterministic (see extraction.h).
class Extractor
{
public:
    /// With the shipped lexicon.
    explicit Extractor(Gazetteer gazetteer);
    Extractor(Gazetteer gazetteer, Lexicon lexicon);

    /// `document.sentences` must be filled. Never throws; odd input yields less, not an error.
    DocumentExtraction extract(const Document& document) const;

    const Gazetteer& gazetteer() const { return m_gazetteer; }
    const Lexicon& lexicon() const { return m_lexicon; }

private:
    Gazetteer m_gazetteer;
    Lexicon m_lexicon;
    /// m_lexicon with m_gazetteer's phrase index (Lexicon::withPhraseIndex()), for the
    /// extraction only: it points into m_gazetteer's data, so it never leaves the extractor.
    Lexicon m_indexedLexicon;
    std::shared_ptr<const CityTable> m_cities; ///< read from the two above, once
};

} // namespace parley
