// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing token keys with ASCII words, inline. Internal to core/extract.
#pragma once

#include "extract/keyfilter.h"

#include <QString>

#include <cstddef>
#include <initializer_list>

namespace parley {

/// An ASCII word to compare keys with: `key == "met"_key`. The passes make millions of such
/// comparisons; `QString == QLatin1String` is an out-of-line call for each, this is a size
/// test and, when the sizes agree, a short loop the compiler inlines.
struct KeyLiteral
{
    const char* text;
    qsizetype size;
};

constexpr KeyLiteral operator""_key(const char* text, std::size_t size)
{
    return {text, static_cast<qsizetype>(size)};
}

inline bool operator==(const QString& key, KeyLiteral word)
{
    if (key.size() != word.size)
        return false;
    const QChar* chars = key.constData();
    for (qsizetype i = 0; i < word.size; ++i) {
        if (chars[i].unicode() != static_cast<unsigned char>(word.text[i]))
            return false;
    }
    return true;
}

inline bool operator!=(const QString& key, KeyLiteral word)
{
    return !(key == word);
}

/// A word table built once from literals (folded keys, so lower case ASCII).
inline WordSet latinSet(std::initializer_list<const char*> words)
{
    WordSet set;
    for (const char* w : words)
        set.insert(QString::fromLatin1(w));
    return set;
}

} // namespace parley
