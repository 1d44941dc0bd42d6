// SPDX-License-Identifier: GPL-3.0-or-later
// Word tables that answer "no" without hashing the key. Internal to core/extract.
#pragma once

#include "extract/tokenizer.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <utility>

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

/// Whether two folded keys are equal, inline: keys are a few characters, and Qt's operator==
/// calls out to a general comparison (its dispatch cost more than the characters did); the
/// gazetteer's and the lexicon's tables compare a key at every hit.
inline bool sameKey(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    if (n != b.size())
        return false;
    const QChar* x = a.constData();
    const QChar* y = b.constData();
    if (x == y)
        return true;
    for (qsizetype i = 0; i < n; ++i) {
        if (x[i] != y[i])
            return false;
    }
    return true;
}

/// A folded key as the key of a hash table, hashed inline (FNV-1a over its UTF-16 units, then
/// mixed). Qt's qHash of a QString is an out-of-line call behind a CPU-feature dispatch to an
/// AES-NI hash, which on the virtual machines we measure on costs about 200 ns a key (a
/// fifth of all extraction time went to it); the tables every token asks (the lexicon's
/// words and phrases, the gazetteer's phrase index) take a HashedKey instead. It converts
/// to and from QString, so lookups and iteration read as with a QString key.
struct HashedKey
{
    QString text;

    HashedKey() = default;
    HashedKey(const QString& key) : text(key) {} // NOLINT(google-explicit-constructor): lookups by QString
    HashedKey(QString&& key) noexcept : text(std::move(key)) {} // NOLINT(google-explicit-constructor)
    operator const QString&() const { return text; } // NOLINT(google-explicit-constructor)

    friend bool operator==(const HashedKey& a, const HashedKey& b) { return sameKey(a.text, b.text); }
    friend bool operator<(const HashedKey& a, const HashedKey& b) { return a.text < b.text; }
    friend std::size_t qHash(const HashedKey& key, std::size_t seed = 0) noexcept
    {
        quint32 h = 2166136261U;
        for (const QChar c : key.text)
            h = (h ^ c.unicode()) * 16777619U;
        const quint64 mixed = (quint64(h) ^ quint64(seed)) * 0x9E3779B97F4A7C15ULL;
        return std::size_t(mixed ^ (mixed >> 32));
    }
};

/// The constant word tables that every token key carries as bits (TokenKey::inTable()): the
/// passes ask them at nearly every token ("a stop word? a month? a particle?"), and the
/// tokenizer's key table classifies each distinct key once per thread (tokenizer.cpp defines
/// both functions, beside that table).
namespace WordTables {
/// Registers `words` as a table; its bit, or -1 once all bits are taken or a key has been
/// classified (a table added later answers by lookup, so no key ever carries a stale bit).
int add(const QSet<HashedKey>& words);
/// The bits of the registered tables that hold `key`.
quint64 classify(const QString& key);
} // namespace WordTables

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
    /// As above; a token key answers from its bit when the set is a token class.
    bool contains(const TokenKey& key) const
    {
        if (m_bit >= 0 && key.tablesKnown())
            return key.inTable(m_bit);
        return contains(key.text());
    }
    /// The set, complete, as a class every token key carries (WordTables). For the
    /// namespace-scope constants of the passes, built before main().
    WordSet tokenClass() &&
    {
        m_bit = WordTables::add(m_words);
        return std::move(*this);
    }

private:
    QSet<HashedKey> m_words;
    KeyFilter<> m_filter;
    int m_bit = -1; ///< its bit in TokenKey's tables, or -1
};

/// A constant map of folded words to values behind a KeyFilter; value() is `fallback` for
/// any other key, as QHash::value().
template <typename V>
class WordMap
{
public:
    /// The keys are a class every token key carries (WordTables, as WordSet::tokenClass()).
    WordMap(std::initializer_list<std::pair<QString, V>> entries)
    {
        QSet<HashedKey> keys;
        for (const auto& [word, value] : entries) {
            m_map.insert(word, value);
            m_filter.add(word);
            keys.insert(word);
        }
        m_bit = WordTables::add(keys);
    }
    V value(const QString& key, const V& fallback) const
    {
        return m_filter.mayHave(key) ? m_map.value(key, fallback) : fallback;
    }
    /// As above; a token key outside the map answers from its bit.
    V value(const TokenKey& key, const V& fallback) const
    {
        if (m_bit >= 0 && key.tablesKnown() && !key.inTable(m_bit))
            return fallback;
        return m_map.value(key.text(), fallback);
    }

private:
    QHash<HashedKey, V> m_map;
    KeyFilter<> m_filter;
    int m_bit = -1; ///< its bit in TokenKey's tables, or -1
};

} // namespace parley
