// SPDX-License-Identifier: GPL-3.0-or-later
// RSS 2.0, RSS 1.0 and Atom feeds read from files: one document per item, their dates,
// links and texts, duplicates once, broken items and broken XML reported.
#include "text/feed.h"
#include "text/loader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(PARLEY_TEST_DATA "/feeds/") + name;
}

QStringList errorStrings(const std::vector<Error>& errors)
{
    QStringList out;
    for (const Error& e : errors)
        out << e.toString();
    return out;
}

const Document* byUrl(const LoadResult& r, const QString& url)
{
    for (const Document& d : r.documents) {
        if (d.url == url)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rss();
    void atom();
    void rdf();
    void truncatedFeedKeepsItemsBefore();
    void xmlFilesInFolders();
    void notAFeedNamedExplicitly();
    void emptyFeed();
    void entitiesAndHostileXml();
};

void TestFeed::rss()
{
    const LoadResult r = loadFile(fixture(QStringLiteral("world.rss")));
    // Five items: one repeats the first guid, one has no text.
    QCOMPARE(r.documents.size(), std::size_t(3));
    QCOMPARE(errorStrings(r.errors),
             QStringList{fixture(QStringLiteral("world.rss")) +
                         QStringLiteral(":29: item \"An item with nothing in it\" has no text; "
                                        "skipped")});

    const Document* sochi = byUrl(r, QStringLiteral("http://news.example.test/sochi"));
    QVERIFY(sochi);
    QCOMPARE(sochi->title, QStringLiteral("Putin and Erdogan meet in Sochi"));
    QCOMPARE(sochi->date, QDate(2021, 9, 29));
    QCOMPARE(sochi->source, QStringLiteral("World Desk"));
    QCOMPARE(sochi->path, fixture(QStringLiteral("world.rss:8")));
    // content:encoded wins over description; markup and script are gone, &nbsp; decoded.
    QCOMPARE(sochi->text, QStringLiteral("Russian President Vladimir Putin met Turkish President "
                                         "Recep Tayyip Erdogan in Sochi on Wednesday.\n\nThe two "
                                         "leaders discussed Syria."));
    QCOMPARE(sochi->sentences.size(), std::size_t(2));
    QVERIFY(!byUrl(r, QStringLiteral("http://news.example.test/sochi-updated")));

    const Document* beijing = byUrl(r, QStringLiteral("http://news.example.test/beijing"));
    QVERIFY(beijing);
    QCOMPARE(beijing->title, QStringLiteral("Blinken arrives in Beijing"));
    QCOMPARE(beijing->date, QDate(2023, 6, 19));
    QCOMPARE(beijing->text, QStringLiteral("US Secretary of State Antony Blinken met Chinese "
                                           "President Xi Jinping in Beijing on Monday."));

    const Document* modi = byUrl(r, QStringLiteral("http://news.example.test/modi"));
    QVERIFY(modi);
    QCOMPARE(modi->date, QDate(2023, 6, 22)); // dc:date

    // Ids are those of any other document with the same text: the text's hash.
    QVERIFY(sochi->id.startsWith(u'd'));
    QCOMPARE(sochi->id.size(), 11);
}

void TestFeed::atom()
{
    const QString path = fixture(QStringLiteral("diplomacy.atom"));
    const LoadResult r = loadFile(path);
    QCOMPARE(errorStrings(r.errors),
             QStringList{path + QStringLiteral(":29: entry \"Content elsewhere\" has no text; "
                                               "skipped")});
    QCOMPARE(r.documents.size(), std::size_t(3));

    const Document& woodside = r.documents[0];
    QCOMPARE(woodside.title, QStringLiteral("Biden & Xi at Woodside"));
    QCOMPARE(woodside.url, QStringLiteral("http://atom.example.test/woodside"));
    QCOMPARE(woodside.date, QDate(2023, 11, 15)); // published, not updated
    QCOMPARE(woodside.source, QStringLiteral("Diplomacy Atom"));
    QCOMPARE(woodside.text, QStringLiteral("US President Joe Biden met Chinese President Xi "
                                           "Jinping at Woodside on Wednesday."));

    const Document& quad = r.documents[1];
    QCOMPARE(quad.url, QStringLiteral("http://atom.example.test/quad"));
    QCOMPARE(quad.date, QDate(2021, 9, 24)); // only updated
    // XHTML content keeps its paragraphs apart.
    QCOMPARE(quad.text, QStringLiteral("Japanese Prime Minister Yoshihide Suga met Biden in "
                                       "Washington.\n\nAustralian Prime Minister Scott Morrison "
                                       "joined them."));

    const Document& plain = r.documents[2];
    QCOMPARE(plain.url, QString());
    QCOMPARE(plain.text, QStringLiteral("Vladimir Putin met Recep Tayyip Erdogan in Moscow."));
}

void TestFeed::rdf()
{
    const LoadResult r = loadFile(fixture(QStringLiteral("rdf.xml")));
    QVERIFY2(r.errors.empty(), qPrintable(errorStrings(r.errors).join(u'\n')));
    QCOMPARE(r.documents.size(), std::size_t(1));
    QCOMPARE(r.documents[0].source, QStringLiteral("RDF Wire"));
    QCOMPARE(r.documents[0].date, QDate(2022, 3, 10));
    QCOMPARE(r.documents[0].title, QStringLiteral("Lavrov and Kuleba"));
}

void TestFeed::truncatedFeedKeepsItemsBefore()
{
    const QString path = fixture(QStringLiteral("truncated.rss"));
    const LoadResult r = loadFile(path);
    QCOMPARE(r.documents.size(), std::size_t(1));
    QCOMPARE(r.documents[0].title, QStringLiteral("First"));
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(r.errors[0].where, path);
    QVERIFY(r.errors[0].line >= 5);
    QVERIFY2(r.errors[0].message.startsWith(QLatin1String("not well-formed XML (")),
             qPrintable(r.errors[0].message));
    QVERIFY(r.errors[0].message.endsWith(QLatin1String("the rest of the feed is skipped")));
}

void TestFeed::xmlFilesInFolders()
{
    // A folder's .xml files are read when they are feeds and passed over quietly otherwise.
    const LoadResult r = loadPaths({QStringLiteral(PARLEY_TEST_DATA "/feeds")});
    QStringList sources;
    for (const Document& d : r.documents) {
        if (!sources.contains(d.source))
            sources << d.source;
    }
    sources.sort();
    QCOMPARE(sources, (QStringList{QStringLiteral("Cut"), QStringLiteral("Diplomacy Atom"),
                                   QStringLiteral("RDF Wire"), QStringLiteral("World Desk")}));
    for (const Error& e : r.errors)
        QVERIFY2(!e.where.endsWith(QLatin1String("settings.xml")), qPrintable(e.toString()));
}

void TestFeed::notAFeedNamedExplicitly()
{
    const QString path = fixture(QStringLiteral("settings.xml"));
    const LoadResult r = loadFile(path);
    QVERIFY(r.documents.empty());
    QCOMPARE(errorStrings(r.errors),
             QStringList{path + QStringLiteral(": not an RSS or Atom feed (the root element is "
                                               "not <rss>, <feed> or <rdf:RDF>)")});
}

void TestFeed::emptyFeed()
{
    const LoadResult r = loadBytes("<rss><channel><title>Quiet</title></channel></rss>",
                                   QStringLiteral("quiet.rss"));
    QVERIFY(r.documents.empty());
    QCOMPARE(errorStrings(r.errors),
             QStringList{QStringLiteral("quiet.rss: no articles (the feed has no items)")});
}

void TestFeed::entitiesAndHostileXml()
{
    // Entity expansion is bounded by QXmlStreamReader; a "billion laughs" feed fails as XML
    // instead of eating memory, and nothing is fetched for an external entity.
    const QByteArray laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
        "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
        "<!ENTITY ext SYSTEM \"http://127.0.0.1:9/x\">]>"
        "<rss><channel><item><title>t</title><description>&g; &ext;</description></item>"
        "</channel></rss>";
    const LoadResult r = loadBytes(laughs, QStringLiteral("laughs.rss"));
    for (const Document& d : r.documents)
        QVERIFY(d.text.size() < 1000000);
    QVERIFY(!r.errors.empty() || !r.documents.empty());

    // Undeclared HTML entities in a feed without a DTD read as HTML.
    // Other vocabularies' elements with the same local names are not the item's own.
    const LoadResult media = loadBytes(
        "<rss xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><item><title>Real</title>"
        "<media:title>Photo caption</media:title><description>Text.</description>"
        "<media:description>About the photo.</media:description></item></channel></rss>",
        QStringLiteral("media.rss"));
    QCOMPARE(media.documents.size(), std::size_t(1));
    QCOMPARE(media.documents[0].title, QStringLiteral("Real"));
    QCOMPARE(media.documents[0].text, QStringLiteral("Text."));

    const LoadResult nbsp = loadBytes(
        "<rss><channel><item><title>Caf&eacute;</title><description>Macron met Scholz&nbsp;in "
        "Paris.</description></item></channel></rss>",
        QStringLiteral("nbsp.rss"));
    QVERIFY2(nbsp.errors.empty(), qPrintable(errorStrings(nbsp.errors).join(u'\n')));
    QCOMPARE(nbsp.documents.size(), std::size_t(1));
    QCOMPARE(nbsp.documents[0].title, QStringLiteral("Café"));
    QCOMPARE(nbsp.documents[0].text, QStringLiteral("Macron met Scholz in Paris."));
}

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
