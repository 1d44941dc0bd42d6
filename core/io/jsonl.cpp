// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonl.h"

#include "io/jsonparts.h"
#include "io/jsonwriter.h"
#include "io/savefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parley {

using jsonparts::Reader;
using jsonparts::writeMentions;

QByteArray jsonlRecord(const ExtractedDocument& record)
{
    const Document& d = record.document;
    const DocumentExtraction& x = record.extraction;
    QByteArray out;
    JsonWriter w(out, false);
    w.beginObject();
    w.key("document");
    jsonparts::writeDocument(w, d);

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
        if (o.stateInferred) {
            w.key("stateInferred");
            w.value(true);
        }
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
        w.key("venue");
        w.value(m.venue);
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

Status writeJsonlRecords(const std::vector<ExtractedDocument>& records, QIODevice& device)
{
    for (const ExtractedDocument& r : records) {
        QByteArray line = jsonlRecord(r);
        line += '\n';
        if (device.write(line) != line.size())
            return Status::failure({{}, device.errorString()});
    }
    return Status::success();
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
    out.document = r.document(root.value(QLatin1String("document")).toObject());

    DocumentExtraction& x = out.extraction;
    for (const QJsonValue v : r.array(root, "states")) {
        const QJsonObject o = v.toObject();
        ExtractedState s;
        s.id = r.string(o, "id", true);
        s.name = r.string(o, "name");
        s.aliases = r.strings(o, "aliases");
        s.mentions = r.mentions(o, "mentions");
        x.states.push_back(std::move(s));
    }
    for (const QJsonValue v : r.array(root, "officials")) {
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
        p.stateInferred = o.value(QLatin1String("stateInferred")).toBool();
        p.mentions = r.mentions(o, "mentions");
        x.officials.push_back(std::move(p));
    }
    for (const QJsonValue v : r.array(root, "meetings")) {
        const QJsonObject o = v.toObject();
        ExtractedMeeting m;
        m.id = r.string(o, "id", true);
        m.participants = r.strings(o, "participants");
        m.states = r.strings(o, "states");
        m.place = r.string(o, "place");
        m.venue = r.string(o, "venue");
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
    canonicalOrder(records);
    return saveStreamed(path, [&](QIODevice& device) { return writeJsonlRecords(records, device); });
}

} // namespace parley
