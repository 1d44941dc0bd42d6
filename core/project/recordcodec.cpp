// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/recordcodec.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QStringList>

#include <algorithm>

namespace parley {

namespace {

constexpr quint32 kMagic = 0x50524333; // "PRC3": PRC2 and whether an official's state is inferred
constexpr quint32 kMagicV2 = 0x50524332; // "PRC2", read only
// Records written before the extractor said so (PRC2): the state was inferred when the rule
// that set it is one of the inference rules of that extractor (assignFallbackStates(), and
// the meetings' fallback), known by their fixed texts.
bool inferredByLegacyRule(const QString& rule)
{
    return rule.startsWith(QLatin1String("fallback: ")) || rule.startsWith(QLatin1String("accompanying an official")) ||
           rule.startsWith(QLatin1String("the other state named in sentence")) ||
           (rule.startsWith(QLatin1String("title '")) && rule.contains(QLatin1String("' implies ")));
}

// Lists longer than this are taken for damage, not for an article.
constexpr quint32 kMaxItems = 1U << 24;

// The documents and rules of a record's mentions repeat (one document, a few rules): they are
// written once in a table and referred to by index, which makes the record a fraction of
// the size and lets every decoded mention share one copy of each string.
class StringTable
{
public:
    quint32 add(const QString& value)
    {
        const auto it = m_index.constFind(value);
        if (it != m_index.cend())
            return *it;
        const auto i = quint32(m_strings.size());
        m_index.insert(value, i);
        m_strings.append(value);
        return i;
    }
    const QStringList& strings() const { return m_strings; }

private:
    QHash<QString, quint32> m_index;
    QStringList m_strings;
};

template <typename T, typename Write>
void writeList(QDataStream& s, const std::vector<T>& items, Write write)
{
    s << quint32(items.size());
    for (const T& item : items)
        write(item);
}

// A count read from damaged bytes can be anything: it is believed only if the bytes left
// could hold that many items of at least `minBytes` each, so nothing huge is allocated.
bool readCount(QDataStream& s, quint32& n, qint64 minBytes)
{
    s >> n;
    return s.status() == QDataStream::Ok && n <= kMaxItems && qint64(n) * minBytes <= s.device()->bytesAvailable();
}

// QDataStream's own QStringList reader reserves whatever count it reads.
QStringList readStrings(QDataStream& s)
{
    QStringList out;
    quint32 n = 0;
    if (!readCount(s, n, 4)) {
        s.setStatus(QDataStream::ReadCorruptData);
        return out;
    }
    out.reserve(qsizetype(n));
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        QString v;
        s >> v;
        out.append(v);
    }
    return out;
}

// `minBytes`: the least an item takes in the stream (each string or count is 4 bytes or
// more), so a damaged count allocates at most a few times the record's size.
template <typename T, typename Read>
bool readList(QDataStream& s, std::vector<T>& items, qint64 minBytes, Read read)
{
    quint32 n = 0;
    if (!readCount(s, n, minBytes)) {
        // Damage, and the stream says so: a nested list (a mention list) whose result the
        // caller does not look at must not let the bytes after its count be read as items.
        s.setStatus(QDataStream::ReadCorruptData);
        return false;
    }
    items.resize(n);
    for (T& item : items) {
        read(item);
        if (s.status() != QDataStream::Ok)
            return false;
    }
    return true;
}

} // namespace

QByteArray encodeRecord(const ExtractedDocument& record)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    const DocumentExtraction& x = record.extraction;
    StringTable table;
    const auto collect = [&](const std::vector<Mention>& ms) {
        for (const Mention& m : ms) {
            table.add(m.document);
            table.add(m.rule);
        }
    };
    for (const ExtractedState& v : x.states)
        collect(v.mentions);
    for (const ExtractedOfficial& v : x.officials)
        collect(v.mentions);
    for (const ExtractedMeeting& v : x.meetings)
        collect(v.evidence);
    s << kMagic << table.strings();
    writeList(s, record.document.sentences, [&](const Sentence& v) { s << qint64(v.start) << qint64(v.end); });
    const auto mentions = [&](const std::vector<Mention>& m) {
        writeList(s, m, [&](const Mention& v) {
            s << table.add(v.document) << qint32(v.sentence) << qint64(v.start) << qint64(v.end) << table.add(v.rule);
        });
    };
    writeList(s, x.states, [&](const ExtractedState& v) {
        s << v.id << v.name << v.aliases;
        mentions(v.mentions);
    });
    writeList(s, x.officials, [&](const ExtractedOfficial& v) {
        s << v.id << v.name << v.aliases << v.title << v.state << v.organization << v.rule << v.affiliationRule
          << quint8(v.stateInferred ? 1 : 0);
        mentions(v.mentions);
    });
    writeList(s, x.meetings, [&](const ExtractedMeeting& v) {
        s << v.id << v.participants << v.states << v.place << v.when << v.date << v.mode << v.status << v.rule;
        mentions(v.evidence);
    });
    return bytes;
}

Status decodeRecord(const QByteArray& bytes, qsizetype textLength, ExtractedDocument& record)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    s >> magic;
    const auto bad = [] { return Status::failure(Error{{}, QStringLiteral("the stored extraction is damaged")}); };
    QStringList strings;
    const bool legacy = magic == kMagicV2;
    if (magic == kMagic || legacy)
        strings = readStrings(s);
    if ((magic != kMagic && !legacy) || s.status() != QDataStream::Ok)
        return bad();
    std::vector<Sentence> sentences;
    DocumentExtraction x;
    bool ok = readList(s, sentences, 16, [&](Sentence& v) {
        qint64 start = 0;
        qint64 end = 0;
        s >> start >> end;
        v.start = start;
        v.end = end;
    });
    bool indicesOk = true;
    // A flag is one byte, 0 or 1: anything else is damage (and would not encode back the same).
    const auto readFlag = [&](bool& flag) {
        quint8 byte = 0;
        s >> byte;
        indicesOk = indicesOk && byte <= 1;
        flag = byte == 1;
    };
    const auto mentions = [&](std::vector<Mention>& m) {
        return readList(s, m, 28, [&](Mention& v) {
            quint32 document = 0;
            quint32 rule = 0;
            qint32 sentence = 0;
            qint64 start = 0;
            qint64 end = 0;
            s >> document >> sentence >> start >> end >> rule;
            if (document >= quint32(strings.size()) || rule >= quint32(strings.size())) {
                indicesOk = false;
                return;
            }
            v.document = strings[qsizetype(document)];
            v.rule = strings[qsizetype(rule)];
            v.sentence = sentence;
            v.start = start;
            v.end = end;
        });
    };
    ok = ok && readList(s, x.states, 16, [&](ExtractedState& v) {
        s >> v.id >> v.name;
        v.aliases = readStrings(s);
        mentions(v.mentions);
    });
    ok = ok && readList(s, x.officials, 36, [&](ExtractedOfficial& v) {
        s >> v.id >> v.name;
        v.aliases = readStrings(s);
        s >> v.title >> v.state >> v.organization >> v.rule >> v.affiliationRule;
        if (legacy)
            v.stateInferred = !v.state.isEmpty() && inferredByLegacyRule(v.affiliationRule);
        else
            readFlag(v.stateInferred);
        mentions(v.mentions);
    });
    ok = ok && readList(s, x.meetings, 40, [&](ExtractedMeeting& v) {
        s >> v.id;
        v.participants = readStrings(s);
        v.states = readStrings(s);
        s >> v.place >> v.when >> v.date >> v.mode >> v.status >> v.rule;
        mentions(v.evidence);
    });
    if (!ok || !indicesOk || s.status() != QDataStream::Ok || !s.atEnd())
        return bad();
    // Every span must lie in the text, or the sources view would read past it.
    if (!spansInText(sentences, x, textLength))
        return bad();
    record.document.sentences = std::move(sentences);
    record.extraction = std::move(x);
    return Status::success();
}

bool spansInText(const std::vector<Sentence>& sentences, const DocumentExtraction& extraction, qsizetype textLength)
{
    const auto inText = [&](const Mention& m) {
        return m.start >= 0 && m.start <= m.end && m.end <= textLength && m.sentence >= 0 &&
               std::size_t(m.sentence) < sentences.size();
    };
    const auto allInText = [&](const std::vector<Mention>& ms) { return std::all_of(ms.begin(), ms.end(), inText); };
    return std::all_of(sentences.begin(), sentences.end(),
                       [&](const Sentence& v) { return v.start >= 0 && v.start <= v.end && v.end <= textLength; }) &&
           std::all_of(extraction.states.begin(), extraction.states.end(),
                       [&](const ExtractedState& v) { return allInText(v.mentions); }) &&
           std::all_of(extraction.officials.begin(), extraction.officials.end(),
                       [&](const ExtractedOfficial& v) { return allInText(v.mentions); }) &&
           std::all_of(extraction.meetings.begin(), extraction.meetings.end(),
                       [&](const ExtractedMeeting& v) { return allInText(v.evidence); });
}

} // namespace parley
