// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting dates through the real Extractor: each construction, and beside it a text that must
// not give that date. An unknown date stays empty; a wrong one is a failure.
#include "extract/dates.h"
#include "extract/extractor.h"
#include "text/sentencesplitter.h"

#include <QtTest>

using namespace parley;

class TestDates : public QObject
{
    Q_OBJECT

private:
    Extractor* m_extractor = nullptr;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete m_extractor; }
    void meetingDate_data();
    void meetingDate();
    void deterministic();
    void isoDateAsQt_data();
    void isoDateAsQt();
    void dayOfMonthAt_data();
    void dayOfMonthAt();
};

void TestDates::initTestCase()
{
    Result<Gazetteer> g = Gazetteer::builtin();
    QVERIFY2(g.ok(), qPrintable(g.error().toString()));
    m_extractor = new Extractor(std::move(g).value());
}

// `text` is the whole article; `article` its own date (empty: none). The first meeting found
// must have `when` and `date` ("" = none).
void TestDates::meetingDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("when");
    QTest::addColumn<QString>("date");

    const QString a = QStringLiteral("Senegalese President Macky Ndiaye met Malian President Ibrahim Keita ");
    const QString will = QStringLiteral("Senegalese President Macky Ndiaye will meet Malian President Ibrahim Keita ");
    const QString wed = QStringLiteral("2025-03-12"); // a Wednesday

    // Weekdays: the last one for what happened, the next one for what is planned.
    QTest::newRow("weekday held") << a + "on Tuesday." << wed << "Tuesday" << "2025-03-11";
    QTest::newRow("weekday planned") << will + "on Tuesday." << wed << "Tuesday" << "2025-03-18";
    QTest::newRow("weekday possessive (no)") << a + "to discuss Tuesday's statement." << wed << "" << "";
    QTest::newRow("weekday possessive meeting") << "Tuesday's talks between Senegalese President Macky Ndiaye and Malian President Ibrahim Keita were held in Dakar." << wed << "Tuesday" << "2025-03-11";
    QTest::newRow("weekday without article date") << a + "on Tuesday." << "" << "Tuesday" << "";
    // Relative days.
    QTest::newRow("yesterday") << a + "yesterday." << wed << "yesterday" << "2025-03-11";
    QTest::newRow("Today in a name (no)") << a + "in Dakar, a source told L'Orient Today." << wed << "" << "";
    QTest::newRow("Today opening the sentence") << "Today, " + a + "in Dakar." << wed << "Today" << "2025-03-12";
    QTest::newRow("yesterday undated") << a + "yesterday." << "" << "yesterday" << "";
    // ... but its month when the whole week lies in one (session 21, places14)
    QTest::newRow("last week: no single day, its month") << a + "last week." << wed << "last week" << "2025-03";
    QTest::newRow("last week across two months: no month") << a + "last week." << "2025-04-09" << "last week" << "";
    QTest::newRow("earlier this week: its month") << a + "earlier this week." << wed << "earlier this week" << "2025-03";
    // a month or a year and no one day: that month or year, as the article's date places it
    // (session 19, places12)
    QTest::newRow("earlier this month: the month") << a + "earlier this month." << wed << "earlier this month" << "2025-03";
    // ... also told as "in the month", "in the year" (session 22, recall15)
    QTest::newRow("earlier in the month: the month") << a + "earlier in the month." << wed << "earlier in the month" << "2025-03";
    QTest::newRow("later in the year: the year") << will + "later in the year." << wed << "later in the year" << "2025";
    QTest::newRow("last month") << a + "last month." << wed << "last month" << "2025-02";
    QTest::newRow("last year") << a + "last year." << wed << "last year" << "2024";
    QTest::newRow("in a later month: last year's") << a + "in October." << wed << "in October" << "2024-10";
    QTest::newRow("in an earlier month: this year's") << a + "in January." << wed << "in January" << "2025-01";
    QTest::newRow("planned in an earlier month: next year's") << will + "in January." << wed << "in January" << "2026-01";
    QTest::newRow("month last year") << a + "in March last year." << wed << "in March last year" << "2024-03";
    // "May" after the day is the month, as "May 5" is (session 28); the modal stays no date
    QTest::newRow("day before May") << a + "on 5 May." << "2025-05-12" << "5 May" << "2025-05-05";
    QTest::newRow("day before May, year") << a + "on 5 May 2024." << wed << "5 May 2024" << "2024-05-05";
    QTest::newRow("modal May after a number (no)") << "The 2 May meet again, said Senegalese President Macky Ndiaye, who met Malian President Ibrahim Keita." << wed << "" << "";
    // ... also with "of" (session 22, places22)
    QTest::newRow("month of last year") << a + "in July of last year." << wed << "in July of last year" << "2024-07";
    QTest::newRow("month of this year") << a + "in January of this year." << wed << "in January of this year" << "2025-01";
    QTest::newRow("month of next year") << will + "in May of next year." << wed << "in May of next year" << "2026-05";
    QTest::newRow("month next year") << will + "in May next year." << wed << "in May next year" << "2026-05";
    QTest::newRow("early in a month of last year") << a + "in early July of last year." << wed << "in early July of last year" << "2024-07";
    QTest::newRow("late in a month") << a + "in late January." << wed << "in late January" << "2025-01";
    QTest::newRow("mid-month") << a + "in mid-October." << wed << "in mid-October" << "2024-10";
    QTest::newRow("month of a written year") << a + "in July of 2023." << wed << "in July of 2023" << "2023-07";
    QTest::newRow("month and year") << a + "in November 2023." << wed << "November 2023" << "2023-11";
    QTest::newRow("a year alone") << a + "in Dakar in 2023." << wed << "in 2023" << "2023";
    QTest::newRow("last and a month") << a + "last February." << wed << "last February" << "2025-02";
    QTest::newRow("last and the article's month") << a + "last March." << wed << "last March" << "2024-03";
    QTest::newRow("next and a month") << will + "next January." << wed << "next January" << "2026-01";
    QTest::newRow("last and a day of a month") << a + "last March 3." << wed << "March 3" << "2025-03-03";
    QTest::newRow("month undated (no)") << a + "in October." << "" << "in October" << "";
    QTest::newRow("two days ago") << a + "two days ago." << wed << "two days ago" << "2025-03-10";
    // Month and day, the year inferred.
    QTest::newRow("month day held") << a + "on March 3." << wed << "March 3" << "2025-03-03";
    QTest::newRow("month day held, last year") << a + "on March 20." << wed << "March 20" << "2024-03-20";
    QTest::newRow("month day planned") << will + "on March 20." << wed << "March 20" << "2025-03-20";
    QTest::newRow("month day planned, next year") << will + "on March 3." << wed << "March 3" << "2026-03-03";
    QTest::newRow("day month") << a + "on 3 March." << wed << "3 March" << "2025-03-03";
    QTest::newRow("ordinal") << will + "on March 30th." << wed << "March 30th" << "2025-03-30";
    QTest::newRow("month day undated") << a + "on March 3." << "" << "March 3" << "";
    QTest::newRow("explicit year") << a + "on August 5, 2016." << wed << "August 5, 2016" << "2016-08-05";
    QTest::newRow("iso") << a + "on 2025-03-03." << wed << "2025-03-03" << "2025-03-03";
    QTest::newRow("iso impossible (no)") << a + "on 2025-02-30." << wed << "" << "";
    // A weekday with its date: the written date, unless the two disagree.
    QTest::newRow("weekday and date") << a + "on Wednesday, March 5." << wed << "Wednesday, March 5" << "2025-03-05";
    QTest::newRow("weekday and date disagree (no)") << a + "on Thursday, March 5." << wed << "Thursday, March 5" << "";
    QTest::newRow("weekday and day-first date") << a + "on Wednesday, 5 March 2025." << "" << "Wednesday, 5 March 2025" << "2025-03-05";
    QTest::newRow("weekday and day-first date disagree (no)") << a + "on Thursday, 5 March 2025." << "" << "Thursday, 5 March 2025" << "";
    QTest::newRow("weekday and date in brackets") << a + "on Monday (March 10)." << wed << "Monday (March 10)" << "2025-03-10";
    // Dates of something else in the clause.
    QTest::newRow("since (no)") << a + "for the first time since March 3." << wed << "" << "";
    QTest::newRow("since, then the day") << a + "for the first time since March 3 on Tuesday." << wed << "Tuesday" << "2025-03-11";
    // ... and the date of the clause "since" or "until" opens (session 20, places13)
    QTest::newRow("since-clause's date (no)") << a + "for the second time since he took office in January." << wed << "" << "";
    QTest::newRow("since-clause's date, then the day") << a + "on Tuesday, the second time since taking office in January." << wed << "Tuesday" << "2025-03-11";
    QTest::newRow("until-clause's date (no)") << a + "and will stay until the summit opens on March 20." << wed << "" << "";
    // The since-clause's meeting is a recalled meeting of its own (session 21, events14): the
    // meeting of the main clause, told first, takes none of its date.
    QTest::newRow("since-clause with a meeting verb: its date is the recalled meeting's (no)") << a + "for the first time since they met in January." << wed << "" << "";
    // A day told from the day named before it: in the sentence, else the last meeting's
    // (relative-day; session 20, places13)
    QTest::newRow("two days later, from the sentence's day") << "Flooding hit Dakar on March 3, and " + a + "two days later." << wed << "two days later" << "2025-03-05";
    QTest::newRow("the next day, no meeting before to count from (no)") << "Flooding hit Dakar on March 3. The next day, " + a + "in Dakar." << wed << "" << "";
    QTest::newRow("the day before, with its own day") << "The day before, on March 3, " + a + "in Dakar." << wed << "March 3" << "2025-03-03";
    QTest::newRow("a day earlier, nothing to count from (no)") << "A day earlier, " + a + "in Dakar." << wed << "" << "";
    QTest::newRow("another event's date (no)") << a + "to discuss the March 3 election." << wed << "" << "";
    QTest::newRow("a meeting's date") << a + "at the March 3 summit." << wed << "March 3" << "2025-03-03";
    // ... a date that closes the phrase of an event that is no meeting (lexicon dated-event):
    // "the failed coup attempt in Benin on December 7" (session 19, places12)
    QTest::newRow("coup's date (no)") << a + "to discuss the failed coup attempt in the Republic of Benin on March 7." << wed << "" << "";
    QTest::newRow("coup, then the day") << a + "on Tuesday to discuss the failed coup attempt in the Republic of Benin." << wed << "Tuesday" << "2025-03-11";
    QTest::newRow("attacks' date (no)") << a + "to discuss the attacks in Kidal on March 3." << wed << "" << "";
    QTest::newRow("attacks, the day first") << a + "on March 3 to discuss the attacks in Kidal." << wed << "March 3" << "2025-03-03";
    QTest::newRow("referendum's date (no)") << a + "to review the referendum of March 3." << wed << "" << "";
    QTest::newRow("bombing's day (no)") << a + "over the bombing at the Dakar market on Sunday." << wed << "" << "";
    QTest::newRow("bombing, the day first") << a + "on Sunday over the bombing at the Dakar market." << wed << "Sunday" << "2025-03-09";
    QTest::newRow("a which-clause's date (no)") << a + "to discuss the presidency of the bloc, which began on March 1." << wed << "" << "";
    QTest::newRow("a which-clause's date, then the day") << a + "on Tuesday to discuss the presidency of the bloc, which began on March 1." << wed << "Tuesday" << "2025-03-11";
    QTest::newRow("the day before a visit's which-clause") << a + "on Tuesday during a visit, which began on Monday." << wed << "Tuesday" << "2025-03-11";
    QTest::newRow("election after the day") << a + "on Tuesday, after the election, in Dakar." << wed << "Tuesday" << "2025-03-11";
    // Datelines: the date anchors the article when it has no date of its own, with the year
    // read from a full date written shortly before; it is never the meeting's own `when`.
    QTest::newRow("dateline is no when") << "ANKARA, May 5 (Reuters) - " + a + "in Ankara." << "" << "" << "";
    QTest::newRow("dateline without year") << "ANKARA, May 5 (Reuters) - " + a + "on Tuesday." << "" << "Tuesday" << "";
    QTest::newRow("dateline, year from context") << "ANKARA, May 5 (Reuters) - " + a + "on Tuesday. The ceasefire began on April 28, 2025." << "" << "Tuesday" << "2025-04-29";
    QTest::newRow("dateline, year too far (no)") << "ANKARA, May 5 (Reuters) - " + a + "on Tuesday. The war began on February 24, 2022." << "" << "Tuesday" << "";
    QTest::newRow("dateline, contradicting years (no)") << "ANKARA, May 5 (Reuters) - " + a + "on Tuesday. A truce began on April 28, 2025, as one had on April 28, 2024." << "" << "Tuesday" << "";
    // the city's state between the city and the date (session 19, places12)
    QTest::newRow("dateline city, state, date") << "ENTEBBE, Uganda, May 5, 2025 (Reuters) - " + a + "yesterday." << "" << "yesterday" << "2025-05-04";
    QTest::newRow("dateline city, state, date is no when") << "ENTEBBE, Uganda, May 5 (Reuters) - " + a + "in Entebbe." << "" << "" << "";
    QTest::newRow("dateline with year") << "ANKARA, May 5, 2025 (Reuters) - " + a + "yesterday." << "" << "yesterday" << "2025-05-04";
    // the day first ("Tashkent, 12 April 2026 (Kun.uz) -"), with or without a year
    // ... after a dash, closed by a colon (session 22, places22)
    QTest::newRow("dateline dash, day first, colon") << "CAIRO – 17 February 2026: " + a + "yesterday." << "" << "yesterday" << "2026-02-16";
    QTest::newRow("dateline dash, no date: no day") << "CAIRO – " + a + "yesterday." << "" << "yesterday" << "";
    QTest::newRow("dateline day first with year") << "ANKARA, 5 May 2025 (Reuters) - " + a + "yesterday." << "" << "yesterday" << "2025-05-04";
    QTest::newRow("dateline day first, year from context") << "ANKARA, 5 May (Reuters) - " + a + "on Tuesday. The ceasefire began on April 28, 2025." << "" << "Tuesday" << "2025-04-29";
    QTest::newRow("dateline day first, no month (no)") << "ANKARA, 5 (Reuters) - " + a + "yesterday." << "" << "yesterday" << "";
    // the city cut off at its full stop: "MOSCOW. Feb 12 (Interfax) -"
    QTest::newRow("dateline city on its own") << "MOSCOW. May 5, 2025 (Interfax) - " + a + "yesterday." << "" << "yesterday" << "2025-05-04";
    QTest::newRow("city line, then the meeting's own date") << "MOSCOW. May 5, 2025, " + a + "in Moscow." << "" << "May 5, 2025" << "2025-05-05";
    QTest::newRow("dateline TASS style") << "MOSCOW, May 5, 2025. /TASS/. " + a + "today." << "" << "today" << "2025-05-05";
    // A line of its own near the top with the article's full date, when nothing else dates it
    // (session 19, places12)
    QTest::newRow("published line") << "Published at : March 12, 2025\n\n" + a + "on Tuesday." << "" << "Tuesday" << "2025-03-11";
    QTest::newRow("date and time line") << "12 March 2025 at 08:12\n\n" + a + "on Tuesday." << "" << "Tuesday" << "2025-03-11";
    QTest::newRow("weekday date line") << "Wednesday, March 12, 2025\n\n" + a + "yesterday." << "" << "yesterday" << "2025-03-11";
    QTest::newRow("outlet, date and place line") << "Agenda.ge, 12 Mar 2025 - 18:12, Tbilisi, Georgia\n\n" + a + "on Tuesday." << "" << "Tuesday" << "2025-03-11";
    QTest::newRow("date line joined to the lead") << "Leaders meet in Dakar\nThursday, 13 March 2025 17:42\n\n" + a + "on Tuesday." << "" << "Tuesday" << "2025-03-11";
    QTest::newRow("figures and time line") << "12.03.2025 18:20\n\n" + a + "on Tuesday." << "" << "Tuesday" << "2025-03-11";
    QTest::newRow("byline with its date") << "By Awa Diop in Politics on 12 March 2025\n\n" + a + "on Tuesday." << "" << "Tuesday" << "2025-03-11";
    QTest::newRow("headline with a deadline (no)") << "Leaders race to settle trade rules before the March 20, 2025 deadline\n\n" + a + "on Tuesday." << "" << "Tuesday" << "";
    QTest::newRow("date in a sentence (no)") << "The talks began on March 12, 2025, officials said.\n\n" + a + "on Tuesday." << "" << "Tuesday" << "";
    // ... or a footer line that closes the article ("The Brussels Times, Tuesday 13 January 2026",
    // "Taiwan News, 2026/03/12 19:40"), and a lead that gives the event's weekday with its full
    // date, the weekday agreeing with it (session 21, places14)
    QTest::newRow("footer date line") << a + "on Tuesday.\n\nThe Dakar Times, Wednesday 12 March 2025" << "" << "Tuesday" << "2025-03-11";
    QTest::newRow("footer numeric date after the outlet") << a + "on Tuesday.\n\nDakar News, 2025/03/12 19:40" << "" << "Tuesday" << "2025-03-11";
    // ... also after a time ("15:42, 22.01.2026") (session 29, place29)
    QTest::newRow("numeric date after a time") << "18:20, 12.03.2025\n\n" + a + "on Tuesday." << "" << "Tuesday" << "2025-03-11";
    QTest::newRow("twin: a time and figures with no year (no)") << "18:20, 12.03\n\n" + a + "on Tuesday." << "" << "Tuesday" << "";
    QTest::newRow("byline numeric date after the outlet") << "By Awa Diop | Dakar Daily | Updated: 2025-03-12 07:12\n\n" + a + "on Tuesday." << "" << "Tuesday" << "2025-03-11";
    QTest::newRow("lead weekday and full date") << "Senegal and Mali signed a border accord on Friday, March 7, 2025, in Dakar.\n\n" + a + "on Wednesday." << "" << "Wednesday" << "2025-03-05";
    QTest::newRow("lead weekday disagrees with the date (no)") << "Senegal and Mali signed a border accord on Friday, March 7, 2024, in Dakar.\n\n" + a + "on Wednesday." << "" << "Wednesday" << "";
    // "in May of that year", "in May of the same year": the year written last before it; none
    // written, no month (not the article's year) (session 21, places14)
    QTest::newRow("month of that year") << "The accord was signed in 2019. " + a + "in May of that year." << wed << "in May of that year" << "2019-05";
    QTest::newRow("month of the same year") << "The accord was signed in 2019. " + a + "in May of the same year." << wed << "in May of the same year" << "2019-05";
    QTest::newRow("month of that year, no year written (no)") << a + "in May of that year." << wed << "in May of that year" << "";
    QTest::newRow("later that year") << "The accord was signed in 2019. Later that year, " + a + "in Dakar." << wed << "Later that year" << "2019";
    QTest::newRow("that same year, no year written (no)") << "That same year, " + a + "in Dakar." << wed << "That same year" << "";
    QTest::newRow("article date wins over dateline") << "ANKARA, May 5, 2024 (Reuters) - " + a + "yesterday." << wed << "yesterday" << "2025-03-11";
}

void TestDates::meetingDate()
{
    QFETCH(QString, text);
    QFETCH(QString, article);
    QFETCH(QString, when);
    QFETCH(QString, date);
    Document d;
    d.id = QStringLiteral("t");
    d.text = text;
    d.date = QDate::fromString(article, Qt::ISODate);
    d.sentences = splitSentences(d.text);
    const DocumentExtraction x = m_extractor->extract(d);
    QVERIFY2(!x.meetings.empty(), "no meeting found");
    QCOMPARE(x.meetings.front().when, when);
    QCOMPARE(x.meetings.front().date, date);
}

void TestDates::deterministic()
{
    Document d;
    d.id = QStringLiteral("t");
    d.text = QStringLiteral("ANKARA, May 5 (Reuters) - Senegalese President Macky Ndiaye met Malian "
                            "President Ibrahim Keita on Tuesday. The ceasefire began on April 28, 2025.");
    d.sentences = splitSentences(d.text);
    const DocumentExtraction first = m_extractor->extract(d);
    for (int i = 0; i < 3; ++i) {
        const DocumentExtraction again = m_extractor->extract(d);
        QCOMPARE(again.meetings.size(), first.meetings.size());
        QCOMPARE(again.meetings.front().date, first.meetings.front().date);
        QCOMPARE(again.meetings.front().id, first.meetings.front().id);
    }
}

void TestDates::isoDateAsQt_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("2026") << QDate(2026, 3, 5);
    QTest::newRow("December 31") << QDate(1999, 12, 31);
    QTest::newRow("year 7") << QDate(7, 1, 9);
    QTest::newRow("year 9999") << QDate(9999, 11, 28);
    QTest::newRow("year 10000 (none)") << QDate(10000, 1, 1);
    QTest::newRow("before year 1 (none)") << QDate(-44, 3, 15);
    QTest::newRow("invalid") << QDate();
    QTest::newRow("February 30 (invalid)") << QDate(2025, 2, 30);
}

// isoDate() writes what Qt writes, including the null string where Qt writes none.
void TestDates::isoDateAsQt()
{
    QFETCH(QDate, date);
    const QString qt = date.toString(Qt::ISODate);
    QCOMPARE(isoDate(date), qt);
    QCOMPARE(isoDate(date).isNull(), qt.isNull());
}

// A month word in any form next to a day's number is a day (session 28, dates28): "Dec. 6",
// "May 6", "6 May"; the month word alone, a name, or a year after it is not.
void TestDates::dayOfMonthAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("at");
    QTest::addColumn<bool>("day");

    QTest::newRow("full month, day") << "met on December 6 with" << 2 << true;
    QTest::newRow("abbreviation with its stop") << "met on Dec. 6 with" << 2 << true;
    QTest::newRow("abbreviation without stop") << "met on Sept 6 with" << 2 << true;
    QTest::newRow("May, day") << "held talks on May 6 with" << 3 << true;
    QTest::newRow("day, May") << "a call on 5 May with" << 3 << true;
    QTest::newRow("day, abbreviation") << "met on 6 Aug. with" << 2 << true;
    QTest::newRow("ordinal day") << "met on Jan. 6th with" << 2 << true;
    QTest::newRow("abbreviation, no day (no)") << "talks on Dec. funding with" << 2 << false;
    QTest::newRow("May's (no)") << "met on May's behalf with" << 2 << false;
    QTest::newRow("Mayo (no)") << "met on Mayo 6 with" << 2 << false;
    QTest::newRow("modal may (no)") << "they may 6 times" << 1 << false;
    QTest::newRow("month, year (no)") << "in Dec. 2025 with" << 1 << false;
    QTest::newRow("day out of range (no)") << "on Dec. 36 with" << 1 << false;
    QTest::newRow("the number, not the pair's start (no)") << "on Dec. 6 with" << 2 << false;
    QTest::newRow("at the end (no)") << "met on Dec." << 2 << false;
}

void TestDates::dayOfMonthAt()
{
    QFETCH(QString, text);
    QFETCH(int, at);
    QFETCH(bool, day);
    QCOMPARE(parley::dayOfMonthAt(tokenize(text), at), day);
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
