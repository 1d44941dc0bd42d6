// SPDX-License-Identifier: GPL-3.0-or-later
// The people dictionary's dated offices: a definite description ("the Icelandic foreign
// minister") is the person who held the office on the article's date, and nobody outside
// every term; an official's roles over time and the title on a given day.
#include "extract/extractor.h"
#include "extract/gazetteerdata.h"
#include "text/sentencesplitter.h"

#include <QtTest>

using namespace parley;

class TestDatedRoles : public QObject
{
    Q_OBJECT

private:
    Extractor* m_extractor = nullptr;
    DocumentExtraction extract(const QString& text, const QString& date) const;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete m_extractor; }
    void definiteTitle_data();
    void definiteTitle();
    void rolesOverTime();
};

void TestDatedRoles::initTestCase()
{
    Result<Gazetteer> g = Gazetteer::builtin();
    QVERIFY2(g.ok(), qPrintable(g.error().toString()));
    Gazetteer gz = std::move(g).value();
    const Status st = gz.addDictionary(QStringLiteral(PARLEY_TEST_DATA "/extract/dated-offices.tsv"));
    QVERIFY2(st.ok(), qPrintable(st.error.toString()));
    m_extractor = new Extractor(std::move(gz));
}

DocumentExtraction TestDatedRoles::extract(const QString& text, const QString& date) const
{
    Document d;
    d.id = QStringLiteral("t");
    d.text = text;
    d.date = QDate::fromString(date, Qt::ISODate);
    d.sentences = splitSentences(d.text);
    return m_extractor->extract(d);
}

// `holder`: the official the description stands for, "" = nobody; it must then also be a
// participant of the meeting the sentence tells of. The test names the holder in a sentence after
// the description (a holder the article never names is nobody).
void TestDatedRoles::definiteTitle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("holder");
    QTest::addColumn<QString>("title");

    const QString iceland = QStringLiteral("The Icelandic foreign minister met Malian President Ibrahim Keita in Reykjavik.");
    QTest::newRow("first term") << iceland << "2021-05-04" << "Anna Testdottir" << "Foreign Minister";
    QTest::newRow("second term") << iceland << "2023-05-04" << "Bjorn Testson" << "Foreign Minister";
    QTest::newRow("last day of the first term") << iceland << "2022-06-30" << "Anna Testdottir" << "Foreign Minister";
    QTest::newRow("before both terms (no)") << iceland << "2019-05-04" << "" << "";
    QTest::newRow("after both terms (no)") << iceland << "2025-05-04" << "" << "";
    QTest::newRow("no article date (no)") << iceland << "" << "" << "";
    QTest::newRow("the holder's other office (no)") << "The Icelandic prime minister met Malian President Ibrahim Keita in Reykjavik." << "2021-05-04" << "" << "";
    QTest::newRow("her later office") << "The Icelandic prime minister met Malian President Ibrahim Keita in Reykjavik." << "2023-05-04" << "Anna Testdottir" << "Prime Minister";
    // The shipped dictionary: Germany's chancellors.
    const QString german = QStringLiteral("The German chancellor met Malian President Ibrahim Keita in Berlin.");
    QTest::newRow("German chancellor 2019") << german << "2019-05-04" << "Angela Merkel" << "Chancellor";
    QTest::newRow("German chancellor 2023") << german << "2023-05-04" << "Olaf Scholz" << "Chancellor";
    QTest::newRow("the chancellor, Germany named") << "Germany's economy grew. The chancellor met Malian President Ibrahim Keita in Bamako." << "2023-05-04" << "Olaf Scholz" << "Chancellor";
    QTest::newRow("the chancellor, no state named (no)") << "The chancellor met Malian President Ibrahim Keita." << "2023-05-04" << "" << "";
    QTest::newRow("a named holder is kept") << "German Chancellor Olaf Scholz spoke in Berlin. The German chancellor met Malian President Ibrahim Keita." << "2019-05-04" << "Olaf Scholz" << "Chancellor";
}

void TestDatedRoles::definiteTitle()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, holder);
    QFETCH(QString, title);
    // (session 19: the holder must be named somewhere in the article; one the text never names
    // is no official)
    if (!holder.isEmpty() && !text.contains(holder))
        text += QStringLiteral(" ") + holder + QStringLiteral(" spoke to reporters later.");
    const DocumentExtraction x = extract(text, date);
    QStringList names;
    const ExtractedOfficial* found = nullptr;
    for (const ExtractedOfficial& o : x.officials) {
        names << o.name;
        if (o.name == holder)
            found = &o;
    }
    names.removeAll(QStringLiteral("Ibrahim Keita"));
    if (holder.isEmpty()) {
        QVERIFY2(names.isEmpty(), qPrintable(names.join(QStringLiteral(", "))));
        return;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("found: ") + names.join(QStringLiteral(", "))));
    QCOMPARE(found->title, title);
    QCOMPARE(x.meetings.size(), std::size_t(1));
    QVERIFY2(x.meetings.front().participants.contains(found->id),
             qPrintable(x.meetings.front().participants.join(QLatin1Char(' '))));
}

void TestDatedRoles::rolesOverTime()
{
    const GazetteerData& g = m_extractor->gazetteer().data();
    const std::vector<int> roles = g.personOffices(QStringLiteral("Testdottir"));
    QCOMPARE(roles.size(), std::size_t(2));
    QCOMPARE(g.people[std::size_t(roles[0])].title, QStringLiteral("Foreign Minister"));
    QCOMPARE(g.people[std::size_t(roles[1])].title, QStringLiteral("Prime Minister"));
    // The title on a meeting's day is the office held that day.
    QCOMPARE(g.people[std::size_t(g.personEntry(QStringLiteral("Anna Testdottir"), QDate(2021, 1, 1)))].title,
             QStringLiteral("Foreign Minister"));
    QCOMPARE(g.people[std::size_t(g.personEntry(QStringLiteral("Anna Testdottir"), QDate(2023, 1, 1)))].title,
             QStringLiteral("Prime Minister"));
    QCOMPARE(g.personEntry(QStringLiteral("Anna Testdottir"), QDate(2026, 1, 1)), -1);
    QVERIFY(g.personOffices(QStringLiteral("Nobody Atall")).empty());
}

QTEST_GUILESS_MAIN(TestDatedRoles)
#include "tst_datedroles.moc"
