// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/gazetteerimage.h"

#include "extract/gazetteerdata.h"

#include <QDate>

#include <cstring>

#include <algorithm>

namespace parley {

namespace {

constexpr quint32 kMagic = 0x50474149; // "PGAI": Parley gazetteer image
// Raised whenever GazetteerData or this layout changes; an older image is then refused.
constexpr quint32 kFormat = 2;
constexpr quint32 kNullString = 0xFFFFFFFFU;

// A plain byte layout in the machine's order (the image is made and read by one build):
// QDataStream on a QBuffer made reading cost nearly as much as parsing the files.
class Writer
{
public:
    void raw(const void* data, std::size_t size)
    {
        m_bytes.append(static_cast<const char*>(data), qsizetype(size));
    }
    template <typename T>
    void number(T v)
    {
        raw(&v, sizeof v);
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

class Reader
{
public:
    explicit Reader(const QByteArray& bytes) : m_at(bytes.constData()), m_end(m_at + bytes.size()) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    /// `size` bytes, or nullptr (and not ok) past the end.
    const char* take(std::size_t size)
    {
        if (!m_ok || std::size_t(m_end - m_at) < size) {
            m_ok = false;
            return nullptr;
        }
        const char* at = m_at;
        m_at += size;
        return at;
    }
    template <typename T>
    T number()
    {
        T v{};
        if (const char* at = take(sizeof v))
            std::memcpy(&v, at, sizeof v);
        return v;
    }

private:
    const char* m_at;
    const char* m_end;
    bool m_ok = true;
};

void put(Writer& w, const QString& v)
{
    w.number(v.isNull() ? kNullString : quint32(v.size()));
    w.raw(v.constData(), std::size_t(v.size()) * sizeof(QChar));
}
void get(Reader& r, QString& v)
{
    const auto n = r.number<quint32>();
    if (n == kNullString) {
        v = QString();
        return;
    }
    const char* at = r.take(std::size_t(n) * sizeof(QChar));
    if (!at)
        return;
    v = QString(qsizetype(n), Qt::Uninitialized);
    std::memcpy(v.data(), at, std::size_t(n) * sizeof(QChar));
}
void put(Writer& w, const HashedKey& v) { put(w, v.text); }
void get(Reader& r, HashedKey& v) { get(r, v.text); }
void put(Writer& w, const QStringList& v)
{
    w.number(quint32(v.size()));
    for (const QString& x : v)
        put(w, x);
}
void get(Reader& r, QStringList& v)
{
    const auto n = r.number<quint32>();
    v.clear();
    v.reserve(std::min<quint32>(n, 1U << 16));
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        QString x;
        get(r, x);
        v.append(std::move(x));
    }
}
void put(Writer& w, const QDate& v) { w.number(qint64(v.toJulianDay())); }
void get(Reader& r, QDate& v) { v = QDate::fromJulianDay(r.number<qint64>()); }
void put(Writer& w, int v) { w.number(qint32(v)); }
void get(Reader& r, int& v) { v = r.number<qint32>(); }
void put(Writer& w, quint8 v) { w.number(v); }
void get(Reader& r, quint8& v) { v = r.number<quint8>(); }
void put(Writer& w, bool v) { w.number(quint8(v ? 1 : 0)); }
void get(Reader& r, bool& v) { v = r.number<quint8>() != 0; }

// Vectors of any of the above, and of the entries below (declared before their use).
template <typename T>
void put(Writer& w, const std::vector<T>& v);
template <typename T>
void get(Reader& r, std::vector<T>& v);

void put(Writer& s, const StateEntry& e)
{
    put(s, e.name), put(s, e.aliases), put(s, e.demonyms), put(s, e.places);
}
void get(Reader& s, StateEntry& e)
{
    get(s, e.name), get(s, e.aliases), get(s, e.demonyms), get(s, e.places);
}
void put(Writer& s, const TitleEntry& e)
{
    put(s, e.name), put(s, e.aliases), put(s, e.category), put(s, e.state), put(s, e.diplomat);
}
void get(Reader& s, TitleEntry& e)
{
    get(s, e.name), get(s, e.aliases), get(s, e.category), get(s, e.state), get(s, e.diplomat);
}
void put(Writer& s, const OrganizationEntry& e)
{
    put(s, e.name), put(s, e.aliases), put(s, e.titles), put(s, e.places);
}
void get(Reader& s, OrganizationEntry& e)
{
    get(s, e.name), get(s, e.aliases), get(s, e.titles), get(s, e.places);
}
void put(Writer& s, const AgencyEntry& e) { put(s, e.name), put(s, e.aliases), put(s, e.state); }
void get(Reader& s, AgencyEntry& e) { get(s, e.name), get(s, e.aliases), get(s, e.state); }
void put(Writer& s, const PersonEntry& e)
{
    put(s, e.name), put(s, e.aliases), put(s, e.state), put(s, e.title), put(s, e.organization);
    put(s, e.from), put(s, e.to), put(s, e.toDate);
}
void get(Reader& s, PersonEntry& e)
{
    get(s, e.name), get(s, e.aliases), get(s, e.state), get(s, e.title), get(s, e.organization);
    get(s, e.from), get(s, e.to), get(s, e.toDate);
}
void put(Writer& s, const Phrase& p)
{
    put(s, p.keys), put(s, p.caseNeed), put(s, int(p.kind)), put(s, p.entry);
    put(s, p.plural), put(s, p.capital);
}
void get(Reader& s, Phrase& p)
{
    int kind = 0;
    get(s, p.keys), get(s, p.caseNeed), get(s, kind), get(s, p.entry);
    get(s, p.plural), get(s, p.capital);
    p.kind = PhraseKind(kind);
    p.seal();
}

template <typename T>
void put(Writer& s, const std::vector<T>& v)
{
    s.number(quint32(v.size()));
    for (const T& x : v)
        put(s, x);
}
template <typename T>
void get(Reader& s, std::vector<T>& v)
{
    const auto n = s.number<quint32>();
    v.clear();
    // A damaged count must not reserve gigabytes: the reads fail at the end of the bytes.
    v.reserve(std::min<quint32>(n, 1U << 16));
    for (quint32 i = 0; i < n && s.ok(); ++i) {
        T x{};
        get(s, x);
        v.push_back(std::move(x));
    }
}

// Hash tables in key order, so equal data gives equal bytes. A multi-hash keeps each key's
// values in the order they were inserted (the lookups return them newest first and some
// callers take the first): written oldest first, inserted again in that order.
template <typename Hash>
QList<typename Hash::key_type> sortedKeys(const Hash& hash)
{
    QList<typename Hash::key_type> keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

template <typename Key, typename Value>
void put(Writer& s, const QHash<Key, Value>& hash)
{
    s.number(quint32(hash.size()));
    for (const Key& k : sortedKeys(hash))
        put(s, k), put(s, hash.value(k));
}
/// Reads the entries put() wrote into a QHash or QMultiHash (whose insert() keeps every value,
/// in the order written, so that values() gives them newest first as when parsed).
template <typename Hash>
void getEntries(Reader& s, Hash& hash)
{
    const auto n = s.number<quint32>();
    hash.clear();
    hash.reserve(qsizetype(std::min<quint32>(n, 1U << 16)));
    for (quint32 i = 0; i < n && s.ok(); ++i) {
        typename Hash::key_type k{};
        typename Hash::mapped_type v{};
        get(s, k), get(s, v);
        hash.insert(k, std::move(v));
    }
}
template <typename Key, typename Value>
void get(Reader& s, QHash<Key, Value>& hash)
{
    getEntries(s, hash);
}

template <typename Key>
void put(Writer& s, const QMultiHash<Key, int>& hash)
{
    s.number(quint32(hash.size()));
    for (const Key& k : sortedKeys(hash)) {
        const QList<int> newestFirst = hash.values(k);
        for (qsizetype i = newestFirst.size() - 1; i >= 0; --i)
            put(s, k), put(s, newestFirst[i]);
    }
}
template <typename Key>
void get(Reader& s, QMultiHash<Key, int>& hash)
{
    getEntries(s, hash);
}

} // namespace

QByteArray writeGazetteerImage(const GazetteerData& data)
{
    Writer s;
    s.number(kMagic);
    s.number(kFormat);
    put(s, data.states), put(s, data.titles), put(s, data.organizations);
    put(s, data.agencies), put(s, data.people);
    put(s, data.index), put(s, data.stateByName), put(s, data.titleByName);
    put(s, data.orgByPlace), put(s, data.personByName), put(s, data.personByLooseName);
    put(s, data.peopleByTitle);
    return s.take();
}

bool readGazetteerImage(const QByteArray& bytes, GazetteerData& data)
{
    Reader s(bytes);
    const auto magic = s.number<quint32>();
    const auto format = s.number<quint32>();
    if (magic != kMagic || format != kFormat)
        return false;
    GazetteerData read;
    get(s, read.states), get(s, read.titles), get(s, read.organizations);
    get(s, read.agencies), get(s, read.people);
    get(s, read.index), get(s, read.stateByName), get(s, read.titleByName);
    get(s, read.orgByPlace), get(s, read.personByName), get(s, read.personByLooseName);
    get(s, read.peopleByTitle);
    if (!s.ok() || !s.atEnd())
        return false;
    // The filter holds exactly the index's first keys (rebuildIndex adds each bucket's key).
    for (auto it = read.index.cbegin(); it != read.index.cend(); ++it)
        read.indexFilter.add(it.key());
    data = std::move(read);
    return true;
}

} // namespace parley
