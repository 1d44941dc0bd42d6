// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgen.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using parley::bench::Article;
using parley::bench::CorpusGenerator;

class TestCorpusGen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameCorpus();
    void otherSeedOtherCorpus();
    void rosterIsUsable();
    void articlesHaveWireShape();
    void patternsAppear();
    void jsonLineRoundTrips();
    void textFileHasHeaders();
};

namespace {

bool sameArticle(const Article& a, const Article& b)
{
    return a.title == b.title && a.date == b.date && a.url == b.url && a.text == b.text;
}

} // namespace

void TestCorpusGen::sameSeedSameCorpus()
{
    const CorpusGenerator g1(7), g2(7);
    // Order of generation must not matter: article i depends on (seed, i) only, which is what
    // makes the first N articles of a big corpus equal the small corpus.
    std::vector<Article> forward, backward(200);
    for (std::uint64_t i = 0; i < 200; ++i)
        forward.push_back(g1.article(i));
    for (std::uint64_t i = 200; i-- > 0;)
        backward[i] = g2.article(i);
    for (std::size_t i = 0; i < 200; ++i)
        QVERIFY(sameArticle(forward[i], backward[i]));
    const Article late = g2.article(99999);
    QVERIFY(sameArticle(g1.article(99999), late));
}

void TestCorpusGen::otherSeedOtherCorpus()
{
    const CorpusGenerator g1(1), g2(2);
    int same = 0;
    for (std::uint64_t i = 0; i < 100; ++i)
        same += g1.article(i).text == g2.article(i).text;
    QCOMPARE(same, 0);
    int neighbours = 0;
    for (std::uint64_t i = 0; i < 100; ++i)
        neighbours += g1.article(i).text == g1.article(i + 1).text;
    QCOMPARE(neighbours, 0);
}

void TestCorpusGen::rosterIsUsable()
{
    const CorpusGenerator g(1);
    QVERIFY(g.states().size() >= 150);
    QVERIFY(g.officials().size() >= 4 * g.states().size());
    QSet<QString> surnames;
    for (const auto& o : g.officials()) {
        QVERIFY(o.state < g.states().size());
        QVERIFY(!o.first.empty() && !o.title.empty());
        surnames.insert(QString::fromStdString(o.surname));
    }
    // Surname-only mentions must point at one person.
    QCOMPARE(surnames.size(), qsizetype(g.officials().size()));
}

void TestCorpusGen::articlesHaveWireShape()
{
    const CorpusGenerator g(3);
    QDate previous;
    for (std::uint64_t i = 0; i < 1000; ++i) {
        const Article a = g.article(i);
        const std::size_t words = parley::bench::wordCount(a.text);
        QVERIFY2(words >= 150 && words <= 600, qPrintable(QString::number(words)));
        QVERIFY(!a.title.empty());
        const QDate date = QDate::fromString(QString::fromStdString(a.date), Qt::ISODate);
        QVERIFY(date.isValid());
        if (previous.isValid())
            QVERIFY(date >= previous);
        previous = date;
        // The lead names at least one official of the roster by full name.
        bool named = false;
        const std::string lead = a.text.substr(0, a.text.find("\n\n"));
        for (const auto& o : g.officials())
            named = named || lead.find(o.fullName()) != std::string::npos;
        QVERIFY2(named || lead.rfind("Leaders of", 0) == 0, lead.c_str());
    }
    QCOMPARE(g.article(0).date, std::string("2019-01-01"));
    QCOMPARE(g.article(40).date, std::string("2019-01-02"));
}

void TestCorpusGen::patternsAppear()
{
    const CorpusGenerator g(1);
    std::string all;
    for (std::uint64_t i = 0; i < 300; ++i)
        all += g.article(i).text + '\n';
    for (const char* needle : {"'s foreign minister", "phone", "met ", " in ", "U.S.", "\"",
                               " on Monday", "Dr. ", "a.m.", "billion", "%", "expected to meet",
                               " said."}) {
        QVERIFY2(all.find(needle) != std::string::npos, needle);
    }
    // Later mentions by surname alone: some roster surname appears without its first name.
    int surnameOnly = 0;
    for (const auto& o : g.officials()) {
        const std::string needle = '\n' + o.surname + ' ';
        const std::string needle2 = ". " + o.surname + ' ';
        surnameOnly += all.find(needle) != std::string::npos || all.find(needle2) != std::string::npos;
    }
    QVERIFY(surnameOnly > 10);
}

void TestCorpusGen::jsonLineRoundTrips()
{
    const CorpusGenerator g(5);
    for (std::uint64_t i = 0; i < 50; ++i) {
        const Article a = g.article(i);
        const std::string line = parley::bench::toJsonLine(a);
        QVERIFY(line.back() == '\n');
        QCOMPARE(line.find('\n'), line.size() - 1); // one record, one line
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QLatin1String("text")).toString(), QString::fromStdString(a.text));
        QCOMPARE(o.value(QLatin1String("title")).toString(), QString::fromStdString(a.title));
        QCOMPARE(o.value(QLatin1String("date")).toString(), QString::fromStdString(a.date));
    }
}

void TestCorpusGen::textFileHasHeaders()
{
    const Article a = CorpusGenerator(1).article(12);
    const std::string f = parley::bench::toTextFile(a);
    QVERIFY(f.rfind("Title: " + a.title + "\nDate: " + a.date + "\n\n", 0) == 0);
    QVERIFY(f.find(a.text) != std::string::npos);
    QCOMPARE(parley::bench::wordCount("  two\nwords "), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestCorpusGen)
#include "tst_corpusgen.moc"
