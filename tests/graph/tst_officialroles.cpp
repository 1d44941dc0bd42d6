// SPDX-License-Identifier: GPL-3.0-or-later
// Roles over time: one official met people in two articles, dated in two of her offices; the
// title at each meeting is the office of that day, not the one the graph node keeps.
#include "extract/extractor.h"
#include "graph/officialroles.h"
#include "text/sentencesplitter.h"

#include <QtTest>

using namespace parley;

class TestOfficialRoles : public QObject
{
    Q_OBJECT

private:
    Gazetteer m_gazetteer;
    CorpusGraph m_graph;
    void add(const Extractor& x, const QString& id, const QString& text, const QString& date);
    NodeId node(const QString& id) const;

private Q_SLOTS:
    void initTestCase();
    void rolesOverTime();
    void titleAtEachMeeting();
    void unknownPerson();
    void titleOverAMonthOrAYear_data();
    void titleOverAMonthOrAYear();
};

void TestOfficialRoles::add(const Extractor& x, const QString& id, const QString& text, const QString& date)
{
    Document d;
    d.id = id;
    d.text = text;
    d.date = QDate::fromString(date, Qt::ISODate);
    d.sentences = splitSentences(d.text);
    const DocumentExtraction e = x.extract(d);
    m_graph.addDocument(std::move(d), e);
}

NodeId TestOfficialRoles::node(const QString& id) const
{
    const std::optional<NodeId> n = m_graph.find(id);
    return n ? *n : -1;
}

void TestOfficialRoles::initTestCase()
{
    Result<Gazetteer> g = Gazetteer::builtin();
    QVERIFY2(g.ok(), qPrintable(g.error().toString()));
    m_gazetteer = std::move(g).value();
    const Status st = m_gazetteer.addDictionary(QStringLiteral(PARLEY_TEST_DATA "/extract/dated-offices.tsv"));
    QVERIFY2(st.ok(), qPrintable(st.error.toString()));
    const Extractor x(m_gazetteer);
    // Foreign minister in 2021, prime minister in 2023; the third meeting has no day and an
    // undated article.
    add(x, QStringLiteral("a"), QStringLiteral("Icelandic Foreign Minister Anna Testdottir met Malian President Ibrahim Keita in Reykjavik on Tuesday."), QStringLiteral("2021-05-05"));
    add(x, QStringLiteral("b"), QStringLiteral("Icelandic Prime Minister Anna Testdottir met Senegalese President Macky Ndiaye in Dakar."), QStringLiteral("2023-05-05"));
    add(x, QStringLiteral("c"), QStringLiteral("Anna Testdottir met Ghanaian President Kwame Boateng in Accra."), QString());
    m_graph.canonicalize();
    QVERIFY(node(QStringLiteral("person:anna-testdottir")) >= 0);
}

void TestOfficialRoles::rolesOverTime()
{
    const std::vector<OfficeTerm> roles = officialRoles(m_graph, node(QStringLiteral("person:anna-testdottir")), m_gazetteer);
    QCOMPARE(roles.size(), std::size_t(2));
    QCOMPARE(roles[0].title, QStringLiteral("Foreign Minister"));
    QCOMPARE(roles[0].from, QDate(2020, 1, 1));
    QCOMPARE(roles[0].to, QDate(2022, 6, 30));
    QCOMPARE(roles[1].title, QStringLiteral("Prime Minister"));
    QCOMPARE(roles[1].state, QStringLiteral("Iceland"));
}

void TestOfficialRoles::titleAtEachMeeting()
{
    const NodeId anna = node(QStringLiteral("person:anna-testdottir"));
    const std::vector<MeetingTitle> titles = titlesAtMeetings(m_graph, anna, m_gazetteer);
    QCOMPARE(titles.size(), std::size_t(3));
    QHash<QString, MeetingTitle> byPartner;
    for (const MeetingTitle& t : titles) {
        const NodeData& m = m_graph.node(t.meeting);
        QVERIFY(m.kind == NodeKind::Meeting);
        QVERIFY(!m.mentions.empty());
        // Article a tells of Keita, b of Ndiaye, c of Boateng.
        const QString doc = m.mentions.front().document;
        byPartner.insert(doc == QLatin1String("a")   ? QStringLiteral("keita")
                         : doc == QLatin1String("b") ? QStringLiteral("ndiaye")
                                                     : QStringLiteral("boateng"),
                         t);
    }
    QCOMPARE(byPartner.size(), 3);
    // The meeting's own day (Tuesday before 2021-05-05).
    QCOMPARE(byPartner[QStringLiteral("keita")].date, QDate(2021, 5, 4));
    QVERIFY(!byPartner[QStringLiteral("keita")].articleDate);
    QCOMPARE(byPartner[QStringLiteral("keita")].title, QStringLiteral("Foreign Minister"));
    QVERIFY(byPartner[QStringLiteral("keita")].fromDictionary);
    // No day in the text: the article's date decides.
    QCOMPARE(byPartner[QStringLiteral("ndiaye")].date, QDate(2023, 5, 5));
    QVERIFY(byPartner[QStringLiteral("ndiaye")].articleDate);
    QCOMPARE(byPartner[QStringLiteral("ndiaye")].title, QStringLiteral("Prime Minister"));
    // No date at all: the title the graph node has, not a dictionary guess.
    QVERIFY(!byPartner[QStringLiteral("boateng")].date.isValid());
    QVERIFY(!byPartner[QStringLiteral("boateng")].fromDictionary);
    QCOMPARE(byPartner[QStringLiteral("boateng")].title, m_graph.node(anna).title);
}

void TestOfficialRoles::unknownPerson()
{
    const NodeId keita = node(QStringLiteral("person:ibrahim-keita"));
    QVERIFY(keita >= 0);
    QVERIFY(officialRoles(m_graph, keita, m_gazetteer).empty());
    const std::vector<MeetingTitle> titles = titlesAtMeetings(m_graph, keita, m_gazetteer);
    QCOMPARE(titles.size(), std::size_t(1));
    QCOMPARE(titles.front().title, QStringLiteral("President"));
    QVERIFY(!titles.front().fromDictionary);
    // A state node has no roles.
    QVERIFY(officialRoles(m_graph, node(QStringLiteral("state:iceland")), m_gazetteer).empty());
}

// Meetings the text dates only to a month or a year, in a graph of their own: the dictionary's
// office when one office covers the whole span, the text's title when her office changes
// inside it (Foreign Minister to 30 June 2022, Prime Minister from 1 July 2022). The article
// is dated in 2023, when she was Prime Minister: a month-dated meeting must not take it.
void TestOfficialRoles::titleOverAMonthOrAYear_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("fromDictionary");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("precision");
    const int month = int(DatePrecision::Month);
    const int year = int(DatePrecision::Year);
    QTest::newRow("month of one office") << "2021-10" << "Foreign Minister" << true << QDate(2021, 10, 1) << month;
    QTest::newRow("last month of an office") << "2022-06" << "Foreign Minister" << true << QDate(2022, 6, 1) << month;
    QTest::newRow("first month of the next") << "2022-07" << "Prime Minister" << true << QDate(2022, 7, 1) << month;
    QTest::newRow("year of one office") << "2021" << "Foreign Minister" << true << QDate(2021, 1, 1) << year;
    QTest::newRow("year the office changed") << "2022" << "Minister" << false << QDate(2022, 1, 1) << year;
    QTest::newRow("year before any office") << "2019" << "Minister" << false << QDate(2019, 1, 1) << year;
    QTest::newRow("day, for comparison") << "2022-06-30" << "Foreign Minister" << true << QDate(2022, 6, 30) << int(DatePrecision::Day);
}

void TestOfficialRoles::titleOverAMonthOrAYear()
{
    QFETCH(QString, date);
    QFETCH(QString, title);
    QFETCH(bool, fromDictionary);
    QFETCH(QDate, day);
    QFETCH(int, precision);
    Document doc;
    doc.id = QStringLiteral("p");
    doc.text = QStringLiteral("Anna Testdottir met Kwame Boateng.");
    doc.date = QDate(2023, 5, 5);
    doc.sentences = splitSentences(doc.text);
    DocumentExtraction ex;
    ExtractedOfficial anna;
    anna.id = QStringLiteral("person:anna-testdottir");
    anna.name = QStringLiteral("Anna Testdottir");
    anna.title = QStringLiteral("Minister"); // what the text says, unlike either office
    anna.mentions = {{doc.id, 0, 0, 15, QStringLiteral("t")}};
    ex.officials.push_back(anna);
    ExtractedMeeting m;
    m.id = QStringLiteral("meeting:p");
    m.date = date;
    m.participants = {anna.id};
    m.evidence = {{doc.id, 0, 0, doc.text.size(), QStringLiteral("met")}};
    ex.meetings.push_back(m);
    CorpusGraph graph;
    graph.addDocument(doc, ex);
    graph.canonicalize();
    const std::vector<MeetingTitle> titles =
        titlesAtMeetings(graph, *graph.find(anna.id), m_gazetteer);
    QCOMPARE(titles.size(), std::size_t(1));
    const MeetingTitle& t = titles.front();
    QCOMPARE(t.title, title);
    QCOMPARE(t.fromDictionary, fromDictionary);
    QCOMPARE(t.date, day);
    QCOMPARE(int(t.precision), precision);
    QVERIFY(!t.articleDate);
}

QTEST_GUILESS_MAIN(TestOfficialRoles)
#include "tst_officialroles.moc"
