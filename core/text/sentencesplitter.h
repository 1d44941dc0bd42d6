// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/document.h"

#include <QStringView>

#include <vector>

namespace parley {

/// Splits news text into sentences, surviving abbreviations (U.S., Dr., Gen., Jan.), initials,
/// quotes, decimal numbers and ellipses. Returned spans are trimmed of surrounding white space,
/// never empty, in order and non-overlapping. Linear in the length of the text. Thread-safe.
std::vector<Sentence> splitSentences(QStringView text);

} // namespace parley
