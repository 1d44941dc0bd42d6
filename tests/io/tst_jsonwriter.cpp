// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"
#include "io/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parley;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringRoundTrip_data();
    void stringRoundTrip();
    void specialAmongPlainRuns();
    void structureAndNumbers();
    void keysAndIndentation();
    void csvCell_data();
    void csvCell();
};

void TestJsonWriter::stringRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Syria");
    QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ \\n");
    QTest::newRow("controls") << QStringLiteral("a\nb\r\tc") + QChar(0x01) + QChar(0x1f);
    QTest::newRow("markup") << QStringLiteral("<b>&amp;</b>");
    QTest::newRow("arabic rtl") << QStringLiteral("أسعد الشيباني") + QChar(0x200F);
    QTest::newRow("non-bmp") << QStringLiteral("𝔗 🇸🇾 𠜎");
    QTest::newRow("line separators") << QString(QChar(0x2028)) + QChar(0x2029);
}

void TestJsonWriter::stringRoundTrip()
{
    QFETCH(QString, text);
    QByteArray out;
    JsonWriter w(out);
    w.beginArray();
    w.value(text);
    w.endArray();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().at(0).toString(), text);
    // U+2028/2029 must be escaped so the output is also valid JavaScript.
    QVERIFY(!out.contains("\xe2\x80\xa8"));
}

// Plain ASCII is copied eight characters at a time: a character that needs escaping or
// encoding must be seen at every place in and around such a group, and long runs must cross
// the writer's internal block without losing or doubling a byte.
void TestJsonWriter::specialAmongPlainRuns()
{
    const QString plain = QStringLiteral("The talks in Ankara lasted two hours and ");
    const QList<QString> specials{QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\n"),
                                  QString(QChar(0x1F)), QString(QChar(0x7F)), QStringLiteral("é"),
                                  QString(QChar(0x2028)), QStringLiteral("🇸🇾"), QString(QChar(0xD800))};
    for (const QString& special : specials) {
        for (qsizetype at = 0; at <= 17; ++at) {
            const QString text = plain.left(at) + special + plain.mid(at);
            QByteArray out;
            {
                JsonWriter w(out);
                w.value(text);
            }
            const QJsonDocument doc = QJsonDocument::fromJson("[" + out + "]");
            // A lone surrogate is written as U+FFFD, as toUtf8() would.
            QString expected = text;
            expected.replace(QChar(0xD800), QChar(0xFFFD));
            QCOMPARE(doc.array().at(0).toString(), expected);
        }
    }
    QString longText;
    for (int i = 0; i < 1000; ++i)
        longText += plain.left(i % 37 + 1) + (i % 5 == 0 ? QStringLiteral("\"") : QString());
    QByteArray out;
    {
        JsonWriter w(out, true);
        w.beginArray();
        w.value(longText);
        w.value(longText.mid(3));
        w.endArray();
    }
    const QJsonArray back = QJsonDocument::fromJson(out).array();
    QCOMPARE(back.at(0).toString(), longText);
    QCOMPARE(back.at(1).toString(), longText.mid(3));
    // Each string's two quotes, and each quote inside escaped once.
    const qsizetype inside = longText.count(u'"') + longText.mid(3).count(u'"');
    QCOMPARE(out.count('"'), 4 + inside);
    QCOMPARE(out.count('\\'), inside);
}

void TestJsonWriter::structureAndNumbers()
{
    QByteArray out;
    JsonWriter w(out, true);
    w.beginObject();
    w.key("b");
    w.value(0.1);
    w.key("a");
    w.beginArray();
    w.value(1);
    w.null();
    w.value(true);
    w.value(std::numeric_limits<double>::quiet_NaN());
    w.endArray();
    w.key("empty");
    w.beginObject();
    w.endObject();
    w.endObject();
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    QVERIFY(doc.isObject());
    QCOMPARE(doc[QLatin1String("b")].toDouble(), 0.1);
    QCOMPARE(doc[QLatin1String("a")].toArray().size(), 4);
    QVERIFY(doc[QLatin1String("a")].toArray().at(3).isNull());
    // Keys keep the order they were written in.
    QVERIFY(out.indexOf("\"b\"") < out.indexOf("\"a\""));
    QVERIFY(out.contains("0.1"));
    QVERIFY(!out.contains("0.10000"));
}

void TestJsonWriter::keysAndIndentation()
{
    // Keys that need escaping, a key longer than the writer's block, and enough pretty
    // output to cross many block boundaries mid-key and mid-indentation: the bytes must be
    // exactly those QJsonDocument reads back, with two spaces per level.
    const QByteArray longKey(20000, 'k');
    QByteArray out;
    {
        JsonWriter w(out, true);
        w.beginObject();
        w.key("quote\"back\\slash");
        w.value(1);
        w.key("caf\xc3\xa9");
        w.value(2);
        w.key(longKey.constData());
        w.value(3);
        w.key("deep");
        w.beginArray();
        for (int i = 0; i < 3000; ++i) {
            w.beginObject();
            w.key(""); // an empty key at every offset of the block
            w.value(i);
            w.key("inner");
            w.beginArray();
            w.value(i);
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc[QLatin1String("quote\"back\\slash")].toInt(), 1);
    QCOMPARE(doc[QStringLiteral("café")].toInt(), 2);
    QCOMPARE(doc[QString::fromLatin1(longKey)].toInt(), 3);
    QCOMPARE(doc[QLatin1String("deep")].toArray().size(), 3000);
    QVERIFY(out.startsWith("{\n  \"quote\\\"back\\\\slash\": 1,\n  \"café\": 2,\n"));
    QVERIFY(out.contains("\n  \"deep\": [\n    {\n      \"\": 0,\n      \"inner\": [\n        0\n      ]\n    },\n    {\n"));
    QVERIFY(out.endsWith("    {\n      \"\": 2999,\n      \"inner\": [\n        2999\n      ]\n    }\n  ]\n}"));
}

void TestJsonWriter::csvCell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("Syria") << QByteArray("Syria");
    QTest::newRow("comma") << QStringLiteral("Paris, France") << QByteArray("\"Paris, France\"");
    QTest::newRow("quote") << QStringLiteral("a \"b\"") << QByteArray("\"a \"\"b\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("formula =") << QStringLiteral("=1+1") << QByteArray("'=1+1");
    QTest::newRow("formula +") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("formula -") << QStringLiteral("-2") << QByteArray("'-2");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QByteArray("'\tx");
    QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"u\",\"x\")")
                                        << QByteArray("\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"");
    QTest::newRow("arabic") << QStringLiteral("سوريا") << QStringLiteral("سوريا").toUtf8();
}

void TestJsonWriter::csvCell()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(csvTextCell(value), expected);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
