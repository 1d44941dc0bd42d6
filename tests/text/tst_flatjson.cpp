// SPDX-License-Identifier: GPL-3.0-or-later
// parseFlatJsonObject() is the JSONL loader's fast path: wherever it answers, its object
// must equal QJsonDocument::fromJson()'s, and it must decline every line Qt rejects.
#include "text/flatjson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace parley;

class TestFlatJson : public QObject
{
    Q_OBJECT

private:
    // Fails unless the fast parser either declines or agrees with Qt.
    static void agrees(const QByteArray& line, bool mustAnswer = false)
    {
        const std::optional<FlatJsonObject> flat = parseFlatJsonObject(line);
        if (mustAnswer)
            QVERIFY2(flat.has_value(), line.constData());
        if (!flat)
            return;
        QJsonParseError error{};
        const QJsonDocument qt = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QVERIFY2(qt.isObject(), line.constData());
        QCOMPARE(flat->toJsonObject(), qt.object());
        // Members come in the line's order with their exact types (QJsonObject sorts them).
        QCOMPARE(qsizetype(flat->members.size()), qt.object().size());
        for (const FlatJsonObject::Member& m : flat->members)
            QCOMPARE(m.type, qt.object().value(m.key).type());
    }

private Q_SLOTS:
    void answersFlatLines_data();
    void answersFlatLines() { QFETCH(QByteArray, line); agrees(line, true); }
    void declinesWhatItDoesNotHandle_data();
    void declinesWhatItDoesNotHandle();
    void mutatedLinesNeverDisagree();
};

void TestFlatJson::answersFlatLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("plain") << QByteArray(R"({"text":"Putin met Erdogan.","url":"u"})");
    QTest::newRow("spaces and CR") << QByteArray(" { \"text\" : \"a\" , \"title\":null }\r");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("escapes") << QByteArray(R"({"text":"a\"b\\c\/d\b\f\n\r\t\u00e9\u4e2d\u2028"})");
    QTest::newRow("utf8") << QByteArray("{\"text\":\"Erdo\xc4\x9f" "an \xe4\xb8\xad \xf0\x9f\x87\xb8\"}");
    QTest::newRow("booleans") << QByteArray(R"({"a":true,"b":false,"c":null,"":""})");
}

void TestFlatJson::declinesWhatItDoesNotHandle_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("number") << QByteArray(R"({"text":"a","n":1})");
    QTest::newRow("nested") << QByteArray(R"({"text":"a","o":{}})");
    QTest::newRow("array") << QByteArray(R"({"text":["a"]})");
    QTest::newRow("surrogate escape") << QByteArray(R"({"text":"\ud83d\ude00"})");
    QTest::newRow("duplicate key") << QByteArray(R"({"text":"a","text":"b"})");
    QTest::newRow("raw control") << QByteArray("{\"text\":\"a\tb\"}");
    QTest::newRow("invalid utf8") << QByteArray("{\"text\":\"a\xff\"}");
    QTest::newRow("overlong utf8") << QByteArray("{\"text\":\"\xc0\xaf\"}");
    QTest::newRow("encoded surrogate") << QByteArray("{\"text\":\"\xed\xa0\x80\"}");
    QTest::newRow("truncated utf8") << QByteArray("{\"text\":\"\xe4\xb8");
    QTest::newRow("bad escape") << QByteArray(R"({"text":"\x"})");
    QTest::newRow("short unicode escape") << QByteArray(R"({"text":"\u12"})");
    QTest::newRow("unterminated") << QByteArray(R"({"text":"a)");
    QTest::newRow("trailing comma") << QByteArray(R"({"text":"a",})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"text":"a"} x)");
    QTest::newRow("array line") << QByteArray(R"(["text"])");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{\"text\":\"a\"}");
    QTest::newRow("bare word") << QByteArray(R"({"text":tru})");
}

void TestFlatJson::declinesWhatItDoesNotHandle()
{
    QFETCH(QByteArray, line);
    QVERIFY(!parseFlatJsonObject(line).has_value());
}

void TestFlatJson::mutatedLinesNeverDisagree()
{
    // Random byte edits of a realistic line: every answer must be Qt's.
    const QByteArray seed("{\"url\":\"a#1\",\"title\":\"T\\u00e9\",\"text\":\"Erdo\xc4\x9f" "an met \\\"Putin\\\".\\nThen "
                          "\xe4\xb8\xad \xf0\x9f\x87\xb8\",\"ok\":true,\"x\":null}");
    // Long plain runs, decoded sixteen bytes at a time: edits land inside and across them.
    const QByteArray longSeed("{\"url\":\"https://example.org/news/2024/05/05/talks-in-ankara\",\"text\":"
                              "\"ANKARA, May 5 (Reuters) - Turkish President Tayyip Erdogan met "
                              "\\\"his guest\\\" in the presidential palace on Sunday, officials "
                              "said.\\nThe talks lasted two hours. Erdo\xc4\x9f" "an then flew to Baku.\"}");
    agrees(seed, true);
    agrees(longSeed, true);
    QRandomGenerator rng(11);
    const char alphabet[] = "{}[]\":,\\ unt0e\x80\xc4\xe4\xf0\xff\n";
    for (int round = 0; round < 40000; ++round) {
        QByteArray line = round % 2 == 0 ? seed : longSeed;
        const int edits = 1 + rng.bounded(3);
        for (int e = 0; e < edits; ++e) {
            const int at = rng.bounded(static_cast<int>(line.size()));
            const char c = alphabet[rng.bounded(static_cast<int>(sizeof alphabet - 1))];
            switch (rng.bounded(3)) {
            case 0: line[at] = c; break;
            case 1: line.insert(at, c); break;
            default: line.remove(at, 1); break;
            }
        }
        agrees(line);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestFlatJson)
#include "tst_flatjson.moc"
