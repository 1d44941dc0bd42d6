// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonl.h"

#include "io/jsonwriter.h"
#include "io/savefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parley {

namespace {

void writeMentions(JsonWriter& w, const std::vector<Mention>& mentions)
{
    w.beginArray();
    for (const Mention& m : mentions) {
        w.beginObject();
        w.key("document");
        w.value(m.document);
        w.key("sentence");
        w.value(m.sentence);
        w.key("start");
        w.value(static_cast<qint64>(m.start));
        w.key("end");
        w.value(static_cast<qint64>(m.end));
        w.key("rule");
        w.value(m.rule);
        w.endObject();
    }
    w.endArray();
}

// Parsing helpers: every field is checked, so that a truncated or hand-edited record gives
// a message rather than a half-filled document.
struct Reader
{
    QString error;

    QString string(const QJsonObject& o, const char* key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if ((v.isNull() || v.isUndefined()) && !required)
            return {};
        fail(QStringLiteral("'%1' must be a string").arg(QLatin1String(key)));
        return {};
    }

    qint64 integer(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != static_cast<double>(static_cast<qint64>(d))) {
            fail(QStringLiteral("'%1' must be a non-negative integer").arg(QLatin1String(key)));
            return 0;
        }
        return static_cast<qint64>(d);
    }

    QJsonArray array(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined() && !v.isNull())
            fail(QStringLiteral("'%1' must be an array").arg(QLatin1String(key)));
        return {};
    }

    QStringList strings(const QJsonObject& o, const char* key)
    {
        QStringList out;
        for (const QJsonValue& v : array(o, key)) {
            if (!v.isString()) {
                fail(QStringLiteral("'%1' must hold strings").arg(QLatin1String(key)));
                return {};
            }
            out.append(v.toString());
        }
        return out;
    }

    std::vector<Mention> mentions(const QJsonObject& o, const char* key)
    {
        std::vector<Mention> out;
        for (const QJsonValue& v : array(o, key)) {
            const QJsonObject m = v.toObject();
            Mention mention;
            mention.document = string(m, "document", true);
            mention.sentence = static_cast<int>(integer(m, "sentence"));
            mention.start = integer(m, "start");
            mention.end = integer(m, "end");
            mention.rule = string(m, "rule");
            out.push_back(std::move(mention));
        }
        return out;
    }

    void fail(const QString& message)
    {
        if (error.isEmpty())
            error = message;
    }
};

} // namespace

QByteArray jsonlRecord(const ExtractedDocument& record)
{
    const Document& d = record.document;
    const DocumentExtraction& x = record.extraction;
    QByteArray out;
    JsonWriter w(out, false);
    w.beginObject();
    w.key("document");
    w.beginObject();
    w.key("id");
    w.value(d.id);
    w.key("path");
    w.value(d.path);
    w.key("title");
    w.stringOrNull(d.title);
    w.key("date");
    w.stringOrNull(d.date.isValid() ? d.date.toString(Qt::ISODate) : QString());
    w.key("url");
    w.stringOrNull(d.url);
    w.key("source");
    w.stringOrNull(d.source);
    w.key("length");
    w.value(static_cast<qint64>(d.text.size()));
    w.key("sentences");
    w.beginArray();
    for (std::size_t i = 0; i < d.sentences.size(); ++i) {
        w.beginObject();
        w.key("text");
        w.value(d.sentenceText(i).toString());
        w.key("start");
        w.value(static_cast<qint64>(d.sentences[i].start));
        w.key("end");
        w.value(static_cast<qint64>(d.sentences[i].end));
        w.endObject();
    }
    w.endArray();
    w.endObject();

    w.key("states");
    w.beginArray();
    for (const ExtractedState& s : x.states) {
        w.beginObject();
        w.key("id");
        w.value(s.id);
        w.key("name");
        w.value(s.name);
        w.key("aliases");
        w.value(s.aliases);
        w.key("mentions");
        writeMentions(w, s.mentions);
        w.endObject();
    }
    w.endArray();

    w.key("officials");
    w.beginArray();
    for (const ExtractedOfficial& o : x.officials) {
        w.beginObject();
        w.key("id");
        w.value(o.id);
        w.key("name");
        w.value(o.name);
        w.key("aliases");
        w.value(o.aliases);
        w.key("title");
        w.value(o.title);
        w.key("state");
        w.value(o.state);
        w.key("organization");
        w.value(o.organization);
        w.key("rule");
        w.value(o.rule);
        w.key("affiliationRule");
        w.value(o.affiliationRule);
        w.key("mentions");
        writeMentions(w, o.mentions);
        w.endObject();
    }
    w.endArray();

    w.key("meetings");
    w.beginArray();
    for (const ExtractedMeeting& m : x.meetings) {
        w.beginObject();
        w.key("id");
        w.value(m.id);
        w.key("participants");
        w.value(m.participants);
        w.key("states");
        w.value(m.states);
        w.key("place");
        w.value(m.place);
        w.key("when");
        w.value(m.when);
        w.key("date");
        w.value(m.date);
        w.key("mode");
        w.value(m.mode);
        w.key("status");
        w.value(m.status);
        w.key("rule");
        w.value(m.rule);
        w.key("evidence");
        writeMentions(w, m.evidence);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return out;
}

QByteArray jsonlRecords(std::vector<ExtractedDocument> records)
{
    canonicalOrder(records);
    QByteArray out;
    for (const ExtractedDocument& r : records) {
        out += jsonlRecord(r);
        out += '\n';
    }
    return out;
}

Result<ExtractedDocument> parseJsonlRecord(QByteArrayView line)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{{}, QStringLiteral("not JSON (%1 at byte %2)")
                             .arg(parseError.errorString()).arg(parseError.offset)};
    if (!json.isObject() || !json.object().value(QLatin1String("document")).isObject())
        return Error{{}, QStringLiteral("not a Parley record (no 'document' object)")};

    Reader r;
    ExtractedDocument out;
    const QJsonObject root = json.object();
    const QJsonObject doc = root.value(QLatin1String("document")).toObject();
    Document& d = out.document;
    d.id = r.string(doc, "id", true);
    d.path = r.string(doc, "path");
    d.title = r.string(doc, "title");
    const QString date = r.string(doc, "date");
    if (!date.isEmpty()) {
        d.date = QDate::fromString(date, Qt::ISODate);
        if (!d.date.isValid())
            r.fail(QStringLiteral("'date' is not an ISO date: %1").arg(date));
    }
    d.url = r.string(doc, "url");
    d.source = r.string(doc, "source");
    const qint64 length = r.integer(doc, "length");
    // The record keeps only the sentences; rebuild a text of the original length with each
    // sentence at its offset, so sentence texts and mention offsets are exactly as extracted.
    if (r.error.isEmpty() && length > (qint64(1) << 30))
        r.fail(QStringLiteral("'length' is implausibly large"));
    if (r.error.isEmpty())
        d.text = QString(static_cast<qsizetype>(length), QLatin1Char(' '));
    for (const QJsonValue& v : r.array(doc, "sentences")) {
        const QJsonObject s = v.toObject();
        const QString text = r.string(s, "text", true);
        const qint64 start = r.integer(s, "start");
        const qint64 end = r.integer(s, "end");
        if (!r.error.isEmpty())
            break;
        if (end < start || end > length || end - start != text.size()) {
            r.fail(QStringLiteral("sentence span %1-%2 does not fit its text").arg(start).arg(end));
            break;
        }
        d.text.replace(static_cast<qsizetype>(start), text.size(), text);
        d.sentences.push_back({static_cast<qsizetype>(start), static_cast<qsizetype>(end)});
    }

    DocumentExtraction& x = out.extraction;
    for (const QJsonValue& v : r.array(root, "states")) {
        const QJsonObject o = v.toObject();
        ExtractedState s;
        s.id = r.string(o, "id", true);
        s.name = r.string(o, "name");
        s.aliases = r.strings(o, "aliases");
        s.mentions = r.mentions(o, "mentions");
        x.states.push_back(std::move(s));
    }
    for (const QJsonValue& v : r.array(root, "officials")) {
        const QJsonObject o = v.toObject();
        ExtractedOfficial p;
        p.id = r.string(o, "id", true);
        p.name = r.string(o, "name");
        p.aliases = r.strings(o, "aliases");
        p.title = r.string(o, "title");
        p.state = r.string(o, "state");
        p.organization = r.string(o, "organization");
        p.rule = r.string(o, "rule");
        p.affiliationRule = r.string(o, "affiliationRule");
        p.mentions = r.mentions(o, "mentions");
        x.officials.push_back(std::move(p));
    }
    for (const QJsonValue& v : r.array(root, "meetings")) {
        const QJsonObject o = v.toObject();
        ExtractedMeeting m;
        m.id = r.string(o, "id", true);
        m.participants = r.strings(o, "participants");
        m.states = r.strings(o, "states");
        m.place = r.string(o, "place");
        m.when = r.string(o, "when");
        m.date = r.string(o, "date");
        m.mode = r.string(o, "mode");
        m.status = r.string(o, "status");
        m.rule = r.string(o, "rule");
        m.evidence = r.mentions(o, "evidence");
        x.meetings.push_back(std::move(m));
    }
    if (!r.error.isEmpty())
        return Error{{}, r.error};
    return out;
}

JsonlReadResult readJsonl(const QString& path)
{
    JsonlReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.push_back({path, file.errorString()});
        return result;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        Result<ExtractedDocument> record = parseJsonlRecord(line);
        if (record.ok())
            result.records.push_back(std::move(record).value());
        else
            result.errors.push_back({path, record.error().message, lineNumber});
    }
    if (file.error() != QFileDevice::NoError)
        result.errors.push_back({path, file.errorString()});
    return result;
}

Status writeJsonl(std::vector<ExtractedDocument> records, const QString& path)
{
    return saveFile(path, jsonlRecords(std::move(records)));
}

} // namespace parley
