// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/document.h"

#include <QStringView>

#include <vector>

namespace parley {

/// Splits news text into sentences, surviving abbreviations (U.S., Dr., Gen., Jan.), initials,
/// quotes, decimal numbers and ellipses. Returned spans are trimmed of surrounding white space,
/// never empty, in order and non-overlapping. Linear in the length of the text. Thread-safe.
///
/// Rules, in short:
/// - A blank line (paragraph break) always ends a sentence, so a headline without a full stop
///   is a sentence of its own; a single line break does only after a one-line headline or
///   byline with no full stop, before a byline ("By Kim Han-joo") or a dateline in capitals
///   ("BEIJING, May 28 (Xinhua) --"); a wrapped line never ("Foreign Minister Sergey\nLavrov",
///   "talks with\nNATO, the EU" stay whole).
/// - Closing quotes and brackets after . ! ? belong to the sentence that ends there.
/// - Title abbreviations (Dr., Gen., Mr., St., vs., ...) and initials never end a sentence
///   before a name; "U.S.", "Inc.", "Jr.", months and ellipses end one only when the next word
///   looks like a sentence opener ("The", "He", or a capitalised word followed by a lower-case
///   one) and not like a title or institution ("President", "Senate").
/// - No sentence is longer than 2000 UTF-16 units: a longer run without a boundary is cut at
///   its last white space (or hard, between code points, when it has none), which keeps every
///   later stage bounded on hostile input.
std::vector<Sentence> splitSentences(QStringView text);

} // namespace parley
