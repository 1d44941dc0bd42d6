// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonparts.h"

namespace parley::jsonparts {

void writeMentions(JsonWriter& w, const std::vector<Mention>& mentions, EmptyRule emptyRule)
{
    // A node's mentions come in runs of one document id and mostly of one rule, one shared
    // string each in the graph: each is encoded once per run, not once per mention. The
    // mentions are alive and unchanged for the whole call, as the memos ask.
    JsonWriter::StringMemo document;
    JsonWriter::StringMemo rule;
    w.beginArray();
    for (const Mention& m : mentions) {
        if (emptyRule == EmptyRule::Write || !m.rule.isEmpty())
            w.object({{"document", m.document, document},
                      {"sentence", m.sentence},
                      {"start", m.start},
                      {"end", m.end},
                      {"rule", m.rule, rule}});
        else
            w.object({{"document", m.document, document}, {"sentence", m.sentence}, {"start", m.start}, {"end", m.end}});
    }
    w.endArray();
}

void writeDocument(JsonWriter& w, const Document& d)
{
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
        w.object({{"text", d.sentenceText(i)}, {"start", d.sentences[i].start}, {"end", d.sentences[i].end}});
    }
    w.endArray();
    w.endObject();
}

QByteArray documentsJson(const std::vector<Document>& documents)
{
    QByteArray out;
    JsonWriter w(out, false);
    w.beginArray();
    for (const Document& d : documents)
        writeDocument(w, d);
    w.endArray();
    return out;
}

void Reader::fail(const QString& message)
{
    if (error.isEmpty())
        error = message;
}

QString Reader::string(const QJsonObject& o, const char* key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if ((v.isNull() || v.isUndefined()) && !required)
        return {};
    fail(QStringLiteral("'%1' must be a string").arg(QLatin1String(key)));
    return {};
}

qint64 Reader::integer(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble(-1);
    // 2^53: beyond it doubles no longer hold every integer, and no offset is that large.
    if (!v.isDouble() || d < 0 || d > 9007199254740992.0 ||
        d != static_cast<double>(static_cast<qint64>(d))) {
        fail(QStringLiteral("'%1' must be a non-negative integer").arg(QLatin1String(key)));
        return 0;
    }
    return static_cast<qint64>(d);
}

QJsonArray Reader::array(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined() && !v.isNull())
        fail(QStringLiteral("'%1' must be an array").arg(QLatin1String(key)));
    return {};
}

QStringList Reader::strings(const QJsonObject& o, const char* key)
{
    QStringList out;
    for (const QJsonValue v : array(o, key)) {
        if (!v.isString()) {
            fail(QStringLiteral("'%1' must hold strings").arg(QLatin1String(key)));
            return {};
        }
        out.append(v.toString());
    }
    return out;
}

std::vector<Mention> Reader::mentions(const QJsonObject& o, const char* key)
{
    std::vector<Mention> out;
    for (const QJsonValue v : array(o, key)) {
        if (!v.isObject()) {
            fail(QStringLiteral("'%1' must hold objects").arg(QLatin1String(key)));
            return {};
        }
        const QJsonObject m = v.toObject();
        Mention mention;
        mention.document = string(m, "document", true);
        mention.sentence = static_cast<int>(std::min<qint64>(integer(m, "sentence"), INT_MAX));
        mention.start = integer(m, "start");
        mention.end = integer(m, "end");
        mention.rule = string(m, "rule");
        out.push_back(std::move(mention));
    }
    return out;
}

Document Reader::document(const QJsonObject& doc)
{
    Document d;
    d.id = string(doc, "id", true);
    d.path = string(doc, "path");
    d.title = string(doc, "title");
    const QString date = string(doc, "date");
    if (!date.isEmpty()) {
        d.date = QDate::fromString(date, Qt::ISODate);
        if (!d.date.isValid())
            fail(QStringLiteral("'date' is not an ISO date: %1").arg(date));
    }
    d.url = string(doc, "url");
    d.source = string(doc, "source");
    const qint64 length = integer(doc, "length");
    if (!error.isEmpty())
        return d;
    if (length > (qint64(1) << 30)) {
        fail(QStringLiteral("'length' is implausibly large"));
        return d;
    }
    // Only the sentences are stored; rebuild a text of the original length with each
    // sentence at its offset, so sentence texts and mention offsets are exactly as extracted.
    d.text = QString(static_cast<qsizetype>(length), QLatin1Char(' '));
    qint64 previousEnd = 0;
    for (const QJsonValue v : array(doc, "sentences")) {
        const QJsonObject s = v.toObject();
        const QString text = string(s, "text", true);
        const qint64 start = integer(s, "start");
        const qint64 end = integer(s, "end");
        if (!error.isEmpty())
            break;
        if (start < previousEnd || end < start || end > length || end - start != text.size()) {
            fail(QStringLiteral("sentence span %1-%2 does not fit its text").arg(start).arg(end));
            break;
        }
        previousEnd = end;
        d.text.replace(static_cast<qsizetype>(start), text.size(), text);
        d.sentences.push_back({static_cast<qsizetype>(start), static_cast<qsizetype>(end)});
    }
    return d;
}

} // namespace parley::jsonparts
