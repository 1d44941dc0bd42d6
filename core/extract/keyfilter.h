// SPDX-License-Identifier: GPL-3.0-or-later
// Word tables that answer "no" without hashing the key. Internal to core/extract.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <array>
#include <cstddef>
#include <initializer_list>

namespace parley {

/// A bit filter over folded keys: one bit per key, at a position taken from the key's length
/// and its first, second and last characters. The extractor asks its word tables millions of
/// questions per megabyte of text ("is this token a negation? a month? a known name?"),
/// nearly all answered "no"; a clear bit answers them from a few loads, where Qt's qHash of a
/// QString reads the whole key behind an out-of-line call. A set bit only says "ask the table".
/// Bits are only ever added, so the filter never hides a key its table holds.
template <std::size_t Bits = 1024>
class KeyFilter
{
    static_assert(Bits % 64 == 0 && (Bits & (Bits - 1)) == 0, "a power of two, whole words");

public:
    void add(const QString& key)
    {
        const std::size_t bit = bitOf(key);
        m_bits[bit / 64] |= quint64(1) << (bit % 64);
    }
    bool mayHave(const QString& key) const
    {
        const std::size_t bit = bitOf(key);
        return ((m_bits[bit / 64] >> (bit % 64)) & 1U) != 0;
    }

private:
    static std::size_t bitOf(const QString& key)
    {
        const qsizetype n = key.size();
        if (n == 0)
            return 0;
        const QChar* c = key.constData();
        const quint32 mixed = quint32(n) * 0x9E3779B1U ^ quint32(c[0].unicode()) * 0x85EBCA77U ^
                              quint32(c[n > 1 ? 1 : 0].unicode()) * 0xC2B2AE3DU ^
                              quint32(c[n - 1].unicode()) * 0x27D4EB2FU;
        return (mixed ^ (mixed >> 15)) % Bits;
    }
    std::array<quint64, Bits / 64> m_bits{};
};

/// A constant set of folded words behind a KeyFilter.
class WordSet
{
public:
    WordSet() = default;
    WordSet(std::initializer_list<QString> words)
    {
        for (const QString& w : words)
            insert(w);
    }
    void insert(const QString& word)
    {
        m_words.insert(word);
        m_filter.add(word);
    }
    bool contains(const QString& key) const { return m_filter.mayHave(key) && m_words.contains(key); }

private:
    QSet<QString> m_words;
    KeyFilter<> m_filter;
};

/// A constant map of folded words to values behind a KeyFilter; value() is `fallback` for
/// any other key, as QHash::value().
template <typename V>
class WordMap
{
public:
    WordMap(std::initializer_list<std::pair<QString, V>> entries)
    {
        for (const auto& [word, value] : entries) {
            m_map.insert(word, value);
            m_filter.add(word);
        }
    }
    V value(const QString& key, const V& fallback) const
    {
        return m_filter.mayHave(key) ? m_map.value(key, fallback) : fallback;
    }

private:
    QHash<QString, V> m_map;
    KeyFilter<> m_filter;
};

} // namespace parley
