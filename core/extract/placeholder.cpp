// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER so that everything links (finds nothing); replaced by the extraction work.
#include "extract/extractor.h"

namespace parley {

class GazetteerData {};

Gazetteer::Gazetteer() : m_data(std::make_shared<GazetteerData>()) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(const Gazetteer&) = default;
Gazetteer& Gazetteer::operator=(const Gazetteer&) = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Result<Gazetteer> Gazetteer::builtin() { return Gazetteer(); }
Status Gazetteer::addDictionary(const QString&) { return Status::success(); }

Extractor::Extractor(Gazetteer gazetteer) : m_gazetteer(std::move(gazetteer)) {}
DocumentExtraction Extractor::extract(const Document&) const { return {}; }

} // namespace parley
