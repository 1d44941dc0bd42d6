// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixture.h"

#include "io/corpusbuilder.h"
#include "io/jsonexport.h"
#include "io/jsonl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace parley;
using namespace parley::testing;

class TestJsonl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordRoundTrip();
    void mergeIsOrderIndependent_data();
    void mergeIsOrderIndependent();
    void shardsThroughFilesEqualOneRun();
    void contractShape();
    void badLines_data();
    void badLines();
};

void TestJsonl::recordRoundTrip()
{
    for (const ExtractedDocument& r : fixtureRecords()) {
        const QByteArray line = jsonlRecord(r);
        QVERIFY(!line.contains('\n'));
        Result<ExtractedDocument> back = parseJsonlRecord(line);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        const Document& d = back.value().document;
        QCOMPARE(d.id, r.document.id);
        QCOMPARE(d.path, r.document.path);
        QCOMPARE(d.title, r.document.title);
        QCOMPARE(d.date, r.document.date);
        QCOMPARE(d.text.size(), r.document.text.size());
        QCOMPARE(d.sentences.size(), r.document.sentences.size());
        for (std::size_t i = 0; i < d.sentences.size(); ++i)
            QCOMPARE(d.sentenceText(i), r.document.sentenceText(i));
        // Writing the parsed record again gives the same bytes: nothing was lost.
        QCOMPARE(jsonlRecord(back.value()), line);
    }
}

void TestJsonl::mergeIsOrderIndependent_data()
{
    QTest::addColumn<bool>("reverse");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("reversed") << true << false;
    QTest::newRow("with a duplicate record") << false << true;
    QTest::newRow("reversed with duplicate") << true << true;
}

void TestJsonl::mergeIsOrderIndependent()
{
    QFETCH(bool, reverse);
    QFETCH(bool, duplicate);
    const QByteArray reference = contractJson(buildCorpusGraph(fixtureRecords()));
    std::vector<ExtractedDocument> records = fixtureRecords();
    if (reverse)
        std::reverse(records.begin(), records.end());
    if (duplicate)
        records.push_back(fixtureRecords().front());
    QCOMPARE(contractJson(buildCorpusGraph(std::move(records))), reference);
}

void TestJsonl::shardsThroughFilesEqualOneRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::vector<ExtractedDocument> all = fixtureRecords();
    const QByteArray reference = contractJson(buildCorpusGraph(all));
    // Shard 1 holds the second document, shard 2 the first: order must not matter.
    const QString shard1 = dir.filePath(QStringLiteral("a.jsonl"));
    const QString shard2 = dir.filePath(QStringLiteral("b.jsonl"));
    QVERIFY(writeJsonl({all[1]}, shard1).ok());
    QVERIFY(writeJsonl({all[0]}, shard2).ok());
    // A tree merge: merge shard 2 with itself into an intermediate JSONL, then with shard 1.
    JsonlReadResult s2 = readJsonl(shard2);
    QVERIFY(s2.errors.empty());
    std::vector<ExtractedDocument> twice = s2.records;
    twice.insert(twice.end(), s2.records.begin(), s2.records.end());
    const QString level1 = dir.filePath(QStringLiteral("level1.jsonl"));
    QVERIFY(writeJsonl(twice, level1).ok());

    std::vector<ExtractedDocument> merged;
    for (const QString& p : {shard1, level1}) {
        JsonlReadResult r = readJsonl(p);
        QVERIFY(r.errors.empty());
        merged.insert(merged.end(), r.records.begin(), r.records.end());
    }
    QCOMPARE(contractJson(buildCorpusGraph(std::move(merged))), reference);
}

void TestJsonl::contractShape()
{
    const QJsonObject json =
        QJsonDocument::fromJson(contractJson(buildCorpusGraph(fixtureRecords()))).object();
    QCOMPARE(json[QLatin1String("documents")].toArray().size(), 2);
    QCOMPARE(json[QLatin1String("states")].toArray().size(), 3);
    QCOMPARE(json[QLatin1String("officials")].toArray().size(), 3);
    QCOMPARE(json[QLatin1String("meetings")].toArray().size(), 2);
    const QJsonArray officials = json[QLatin1String("officials")].toArray();
    // Officials are sorted by id: al-Shaibani, Bećirović, Kouassi.
    const QJsonObject shaibaniJson = officials.at(0).toObject();
    QCOMPARE(shaibaniJson[QLatin1String("name")].toString(), shaibani);
    QVERIFY(shaibaniJson[QLatin1String("aliases")].toArray().contains(shaibaniArabic));
    QVERIFY(shaibaniJson[QLatin1String("aliases")].toArray().contains(QStringLiteral("al-Shaibani")));
    QCOMPARE(shaibaniJson[QLatin1String("state")].toString(), QStringLiteral("state:syria"));
    QVERIFY(shaibaniJson[QLatin1String("organization")].isNull());
    QCOMPARE(shaibaniJson[QLatin1String("mentions")].toArray().size(), 4);
    const QJsonObject kouassiJson = officials.at(2).toObject();
    QCOMPARE(kouassiJson[QLatin1String("name")].toString(), kouassi);
    QCOMPARE(kouassiJson[QLatin1String("title")].toString(), kouassiTitle);
    const QJsonObject meeting = json[QLatin1String("meetings")].toArray().at(0).toObject();
    QCOMPARE(meeting[QLatin1String("participants")].toArray().size(), 2);
    QCOMPARE(meeting[QLatin1String("states")].toArray().size(), 3);
    QCOMPARE(meeting[QLatin1String("place")].toString(), sarajevoPlace);
    QCOMPARE(meeting[QLatin1String("when")].toString(), meetingWhen);
    QCOMPARE(meeting[QLatin1String("status")].toString(), QStringLiteral("held"));
    const QJsonObject evidence = meeting[QLatin1String("evidence")].toArray().at(0).toObject();
    QCOMPARE(evidence[QLatin1String("document")].toString(), QStringLiteral("d1"));
    const QJsonObject phone = json[QLatin1String("meetings")].toArray().at(1).toObject();
    QVERIFY(phone[QLatin1String("place")].isNull());
    QCOMPARE(phone[QLatin1String("mode")].toString(), QStringLiteral("phone"));
    // Documents are sorted by path: "news/two.txt" comes before "news/ümlaut & <one>.txt".
    const QJsonArray documents = json[QLatin1String("documents")].toArray();
    QCOMPARE(documents.at(0).toObject()[QLatin1String("id")].toString(), QStringLiteral("d2"));
    const QJsonObject doc = documents.at(1).toObject();
    const QJsonObject s0 = doc[QLatin1String("sentences")].toArray().at(0).toObject();
    QCOMPARE(s0[QLatin1String("start")].toInt(), 0);
    QVERIFY(s0[QLatin1String("text")].toString().contains(shaibaniArabic));
}

void TestJsonl::badLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"document\":") << QStringLiteral("not JSON");
    QTest::newRow("no document") << QByteArray("{\"states\":[]}") << QStringLiteral("no 'document'");
    QTest::newRow("span out of text")
        << QByteArray(R"({"document":{"id":"d","length":3,"sentences":[{"text":"abcd","start":0,"end":4}]}})")
        << QStringLiteral("does not fit");
    QTest::newRow("negative offset")
        << QByteArray(R"({"document":{"id":"d","length":3,"sentences":[]},"states":[{"id":"s","mentions":[{"document":"d","sentence":0,"start":-1,"end":2}]}]})")
        << QStringLiteral("non-negative");
    QTest::newRow("aliases not strings")
        << QByteArray(R"({"document":{"id":"d","length":0},"states":[{"id":"s","aliases":[1]}]})")
        << QStringLiteral("must hold strings");
}

void TestJsonl::badLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(jsonlRecord(fixtureRecords().front()) + "\n\n" + line + "\n");
    f.close();
    const JsonlReadResult r = readJsonl(path);
    QCOMPARE(r.records.size(), std::size_t(1)); // the good line is kept
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(r.errors[0].line, 3);
    QVERIFY2(r.errors[0].message.contains(message), qPrintable(r.errors[0].message));
    QVERIFY(r.errors[0].toString().startsWith(path + QStringLiteral(":3: ")));
}

QTEST_GUILESS_MAIN(TestJsonl)
#include "tst_jsonl.moc"
