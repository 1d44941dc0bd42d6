// SPDX-License-Identifier: GPL-3.0-or-later
// The phrasing bank (tests/data/extract/phrasebank.txt): several hundred wire-style sentences,
// written for this test, each with the meetings it holds. The real Extractor reads every case;
// the test scores it as score.py scores the dev articles (held-meeting participant pairs) and
// adds what the dev set cannot show: false held meetings on the cases that hold none, and the
// status, mode and place of the meetings found. Floors sit at what the extractor reaches today,
// rounded down, so a regression fails; raise them as the rules improve.
// tests/data/extract/blindbank.txt is scored the same way: its cases were written by people who
// had not read the rules, each session's block before that session changed any rule, so its
// first score in a session is how far the rules carry to wording nobody tuned them for.
// PARLEY_PHRASEBANK_VERBOSE=1 prints every case that lost a point.
#include "extract/extractor.h"
#include "extract/gazetteerdata.h"
#include "text/sentencesplitter.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

using namespace parley;

namespace {

struct ExpectedMeeting
{
    QStringList participants; ///< names as written in the bank
    QString status;
    QString mode;  ///< empty = not checked
    QString place; ///< empty = not checked; "none" = the meeting has no place
    QStringList states; ///< the exact set of the meeting's states (gazetteer names); empty = not checked
};

struct BankCase
{
    int line = 0;
    QString text;
    QString date;
    std::vector<ExpectedMeeting> meetings;

    bool holdsHeldMeeting() const
    {
        return std::any_of(meetings.begin(), meetings.end(),
                           [](const ExpectedMeeting& m) { return m.status == QLatin1String("held"); });
    }
};

struct BankParse
{
    std::vector<BankCase> cases;
    QString error; ///< "phrasebank.txt:12: ..." on the first malformed line
};

BankParse parseBank(const QString& path)
{
    BankParse out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        out.error = path + QStringLiteral(": cannot be read: ") + f.errorString();
        return out;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    BankCase current;
    const auto flush = [&] {
        if (!current.text.isEmpty())
            out.cases.push_back(std::move(current));
        current = BankCase();
    };
    for (int i = 0; i < lines.size() && out.error.isEmpty(); ++i) {
        const QString line = lines.at(i).trimmed();
        const auto fail = [&](const QString& why) {
            out.error = QStringLiteral("%1:%2: %3").arg(path).arg(i + 1).arg(why);
        };
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            fail(QStringLiteral("expected 'text:', 'date:', 'meeting:' or 'states:'"));
            break;
        }
        const QString key = line.left(colon);
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("text")) {
            if (!current.text.isEmpty())
                fail(QStringLiteral("a second 'text:' without a blank line between the cases"));
            current.text = value;
            current.line = i + 1;
        } else if (key == QLatin1String("date")) {
            if (!QDate::fromString(value, Qt::ISODate).isValid())
                fail(QStringLiteral("the date '%1' is not YYYY-MM-DD").arg(value));
            current.date = value;
        } else if (key == QLatin1String("meeting")) {
            const QStringList parts = value.split(QLatin1Char('|'));
            if (parts.size() != 4) {
                fail(QStringLiteral("a meeting is 'names | status | mode | place'"));
                break;
            }
            ExpectedMeeting m;
            for (const QString& n : parts.at(0).split(QLatin1Char('+'), Qt::SkipEmptyParts))
                m.participants << n.trimmed();
            m.status = parts.at(1).trimmed();
            m.mode = parts.at(2).trimmed();
            m.place = parts.at(3).trimmed();
            if (m.mode == QLatin1String("-"))
                m.mode.clear();
            if (m.place == QLatin1String("-"))
                m.place.clear();
            static const QStringList statuses = {QStringLiteral("held"), QStringLiteral("planned"),
                                                 QStringLiteral("cancelled"), QStringLiteral("denied")};
            static const QStringList modes = {QString(), QStringLiteral("in person"), QStringLiteral("phone"),
                                              QStringLiteral("video")};
            if (!statuses.contains(m.status))
                fail(QStringLiteral("unknown status '%1'").arg(m.status));
            else if (!modes.contains(m.mode))
                fail(QStringLiteral("unknown mode '%1'").arg(m.mode));
            else if (m.participants.isEmpty())
                fail(QStringLiteral("a meeting without participants"));
            current.meetings.push_back(std::move(m));
        } else if (key == QLatin1String("states")) {
            // the states of the meeting on the line before
            if (current.meetings.empty() || !current.meetings.back().states.isEmpty()) {
                fail(QStringLiteral("'states:' must follow its 'meeting:' line"));
                break;
            }
            for (const QString& n : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                current.meetings.back().states << n.trimmed();
            if (current.meetings.back().states.isEmpty())
                fail(QStringLiteral("'states:' without a state"));
        } else {
            fail(QStringLiteral("unknown key '%1'").arg(key));
        }
        if (current.text.isEmpty() && out.error.isEmpty() && key != QLatin1String("text"))
            fail(QStringLiteral("'%1:' before the case's 'text:'").arg(key));
    }
    flush();
    return out;
}

using Pair = std::pair<QString, QString>;

Pair orderedPair(const QString& a, const QString& b)
{
    return a < b ? Pair(a, b) : Pair(b, a);
}

void addPairs(const QStringList& people, std::set<Pair>& into)
{
    for (qsizetype i = 0; i < people.size(); ++i)
        for (qsizetype j = i + 1; j < people.size(); ++j)
            if (people.at(i) != people.at(j))
                into.insert(orderedPair(people.at(i), people.at(j)));
}

double jaccard(const QStringList& a, const QStringList& b)
{
    const std::set<QString> sa(a.begin(), a.end());
    const std::set<QString> sb(b.begin(), b.end());
    std::size_t common = 0;
    for (const QString& x : sa)
        common += sb.count(x);
    const std::size_t all = sa.size() + sb.size() - common;
    return all == 0 ? 0.0 : double(common) / double(all);
}

struct Counts
{
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
    double recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
};

struct Ratio
{
    int ok = 0;
    int n = 0;
    void add(bool good)
    {
        ++n;
        ok += good ? 1 : 0;
    }
    double value() const { return n == 0 ? 1.0 : double(ok) / n; }
    QString text() const { return QStringLiteral("%1 (%2/%3)").arg(value(), 0, 'f', 3).arg(ok).arg(n); }
};

struct BankScore
{
    Counts pairs;          ///< held-meeting participant pairs
    Ratio negativesClean;  ///< cases without a held meeting where none was read as held
    Ratio found;           ///< expected meetings (any status) matched by a predicted one
    Ratio status;          ///< of the found, the share with the right status
    Ratio mode;
    Ratio place;
    Ratio states; ///< of the found meetings with a 'states:' line, those with exactly its states
};

/// The lowest score each measure of a bank may reach, in BankScore's order.
struct Floors
{
    double pairsF1 = 0;
    double negativesClean = 0;
    double found = 0;
    double status = 0;
    double mode = 0;
    double place = 0;
    double states = 0;
};

} // namespace

Q_DECLARE_METATYPE(Floors)

class TestPhraseBank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete m_extractor; }
    void bankIsWellFormed_data();
    void bankIsWellFormed();
    void scoresAboveFloor_data();
    void scoresAboveFloor();

private:
    Extractor* m_extractor = nullptr;
    std::map<QString, BankParse> m_banks; ///< by file name
    /// The slug of a state's name or alias -> its id: a bank may write "Türkiye" for Turkey.
    QHash<QString, QString> m_stateIds;
    /// The gazetteer's honorifics ("Sheikh", "His Highness", "Dr."), as slugs, longest first: the
    /// writer of a case may keep one before a name the extractor reads without it.
    QStringList m_honorificSlugs;
};

void TestPhraseBank::initTestCase()
{
    Result<Gazetteer> g = Gazetteer::builtin();
    QVERIFY2(g.ok(), qPrintable(g.error().toString()));
    for (const StateEntry& state : g.value().data().states) {
        const QString id = QStringLiteral("state:") + slugify(state.name);
        m_stateIds.insert(slugify(state.name), id);
        for (const QString& alias : state.aliases)
            m_stateIds.insert(slugify(alias), id);
    }
    for (const TitleEntry& t : g.value().data().titles) {
        if (t.category != QLatin1String("honorific"))
            continue;
        m_honorificSlugs << slugify(t.name);
        for (const QString& alias : t.aliases)
            m_honorificSlugs << slugify(alias);
    }
    m_honorificSlugs.removeAll(QString());
    std::sort(m_honorificSlugs.begin(), m_honorificSlugs.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    m_extractor = new Extractor(std::move(g).value());
    for (const QString& name : {QStringLiteral("phrasebank.txt"), QStringLiteral("blindbank.txt")}) {
        BankParse bank = parseBank(QStringLiteral(PARLEY_TEST_DATA "/extract/") + name);
        QVERIFY2(bank.error.isEmpty(), qPrintable(bank.error));
        m_banks.emplace(name, std::move(bank));
    }
}

// The banks' contract (issue 11): at least so many cases, at least half without a held meeting.
// blindbank.txt holds cases written by people who had not read the rules, each session's block
// before that session changed any rule: its score is how far the rules carry to new wording.
void TestPhraseBank::bankIsWellFormed_data()
{
    QTest::addColumn<QString>("bank");
    QTest::addColumn<int>("minimum");
    QTest::newRow("phrasebank") << QStringLiteral("phrasebank.txt") << 300;
    QTest::newRow("blindbank") << QStringLiteral("blindbank.txt") << 200;
}

void TestPhraseBank::bankIsWellFormed()
{
    QFETCH(QString, bank);
    QFETCH(int, minimum);
    const BankParse& parsed = m_banks.at(bank);
    const auto negatives = std::count_if(parsed.cases.begin(), parsed.cases.end(),
                                         [](const BankCase& c) { return !c.holdsHeldMeeting(); });
    QVERIFY2(parsed.cases.size() >= std::size_t(minimum), qPrintable(QString::number(parsed.cases.size())));
    QVERIFY2(2 * negatives >= qsizetype(parsed.cases.size()),
             qPrintable(QStringLiteral("%1 of %2 cases hold no held meeting").arg(negatives).arg(parsed.cases.size())));
    std::set<QString> texts;
    for (const BankCase& c : parsed.cases)
        QVERIFY2(texts.insert(c.text).second, qPrintable(QStringLiteral("line %1 repeats a case").arg(c.line)));
}

// Floors: the scores the extractor reaches today, rounded down. Raise them when it improves.
void TestPhraseBank::scoresAboveFloor_data()
{
    QTest::addColumn<QString>("bank");
    QTest::addColumn<Floors>("floors");
    QTest::newRow("phrasebank") << QStringLiteral("phrasebank.txt")
                                << Floors{0.99, 0.99, 0.99, 1.00, 1.00, 0.99, 1.00};
    // Session 22 added a blind block that scored .861 alone (held pairs F1, start of the session);
    // the session's rules took the whole bank from .929 to .994. Session 23 added a third block that
    // scored .905 alone (the whole bank .964 at the start); that session's rules took the whole bank
    // to .983 (negatives .995, found .974), and the floors followed. Session 24 added a fourth block on
    // who takes part that scored .921 alone (the whole bank .954 at the start, negatives .979), and a
    // fifth on whose official a person is that scored .932 alone, its meetings' states .983 (the whole
    // bank .951 with both at the start, negatives .963). That session's rules took the whole bank to
    // .968 (negatives .971, found .973, states .991), the fourth block to .944 and the fifth to .962.
    // Session 25 added a sixth block on who is an official and where a name starts and ends, which
    // scored .832 alone (negatives .754, found .885), and a seventh on which states take part, which
    // scored .974 alone with its meetings' states at .877 (the whole bank .955 with both at the start,
    // negatives .931, found .963, states .967). That session's rules took the whole bank to .969
    // (negatives .953, found .982, states .991), the sixth block to .966 (negatives .862) and the
    // seventh to .974 with its meetings' states at .983. Session 26 added an eighth block on one
    // event or several and where each was held, which scored .948 alone (negatives .914, found .931,
    // place .843); with it the whole bank started at .967 (negatives .949, found .971, place .964),
    // and the floors went down to those start scores. That session's rules took the eighth block to
    // .984 (negatives .966, found .960, place .847) and the whole bank to .972 (negatives .956, found
    // .978, states .990), and the floors followed.
    QTest::newRow("blindbank") << QStringLiteral("blindbank.txt")
                               << Floors{0.97, 0.95, 0.97, 0.99, 0.99, 0.96, 0.99};
}

void TestPhraseBank::scoresAboveFloor()
{
    QFETCH(QString, bank);
    QFETCH(Floors, floors);
    const bool verbose = qEnvironmentVariableIntValue("PARLEY_PHRASEBANK_VERBOSE") != 0;
    const BankParse& parsed = m_banks.at(bank);
    // PARLEY_PHRASEBANK_FROM_LINE=N scores only the cases from line N on (one session's block);
    // the floors hold for the whole bank, so a partial run reports its score and may fail them.
    const int fromLine = qEnvironmentVariableIntValue("PARLEY_PHRASEBANK_FROM_LINE");
    BankScore score;
    for (const BankCase& c : parsed.cases) {
        if (c.line < fromLine)
            continue;
        Document d;
        d.id = QStringLiteral("bank-%1").arg(c.line);
        d.text = c.text;
        if (!c.date.isEmpty())
            d.date = QDate::fromString(c.date, Qt::ISODate);
        d.sentences = splitSentences(d.text);
        const DocumentExtraction x = m_extractor->extract(d);

        // An expected name is the predicted official whose name or alias folds to the same
        // slug, the writer's leading honorifics aside ("Sheikh Tamim bin Hamad Al Thani" is the
        // extractor's "Tamim bin Hamad Al Thani"); a name not found stays its own "missing:" key,
        // so it can only miss.
        const auto resolve = [&](const QString& name) -> QString {
            QString key = slugify(name);
            const QString full = key;
            for (;;) {
                for (const ExtractedOfficial& o : x.officials) {
                    if (slugify(o.name) == key)
                        return o.id;
                    for (const QString& a : o.aliases)
                        if (slugify(a) == key)
                            return o.id;
                }
                const auto h = std::find_if(m_honorificSlugs.begin(), m_honorificSlugs.end(), [&](const QString& s) {
                    return key.size() > s.size() + 1 && key.startsWith(s) && key.at(s.size()) == QLatin1Char('-');
                });
                if (h == m_honorificSlugs.end())
                    return QStringLiteral("missing:") + full;
                key = key.mid(h->size() + 1);
            }
        };
        const auto officialName = [&](const QString& id) -> QString {
            for (const ExtractedOfficial& o : x.officials)
                if (o.id == id)
                    return o.name;
            return id;
        };
        QStringList notes;

        std::set<Pair> expectedPairs;
        std::vector<QStringList> expectedIds;
        for (const ExpectedMeeting& m : c.meetings) {
            QStringList ids;
            for (const QString& n : m.participants)
                ids << resolve(n);
            if (m.status == QLatin1String("held"))
                addPairs(ids, expectedPairs);
            expectedIds.push_back(ids);
        }
        std::set<Pair> predictedPairs;
        bool predictedHeld = false;
        for (const ExtractedMeeting& m : x.meetings) {
            if (m.status != QLatin1String("held"))
                continue;
            predictedHeld = true;
            addPairs(m.participants, predictedPairs);
        }
        for (const Pair& p : predictedPairs) {
            const bool good = expectedPairs.count(p) != 0;
            (good ? score.pairs.tp : score.pairs.fp) += 1;
            if (!good)
                notes << QStringLiteral("extra pair %1 + %2").arg(officialName(p.first), officialName(p.second));
        }
        for (const Pair& p : expectedPairs)
            if (predictedPairs.count(p) == 0) {
                ++score.pairs.fn;
                notes << QStringLiteral("missed pair %1 + %2").arg(officialName(p.first), officialName(p.second));
            }
        if (!c.holdsHeldMeeting()) {
            score.negativesClean.add(!predictedHeld);
            if (predictedHeld)
                notes << QStringLiteral("a held meeting where none was held");
        }

        // One-to-one matching of expected and predicted meetings (any status), as score.py does.
        std::vector<bool> used(x.meetings.size(), false);
        for (std::size_t e = 0; e < c.meetings.size(); ++e) {
            const ExpectedMeeting& want = c.meetings[e];
            double best = 0.5;
            int bestIndex = -1;
            // Among equal people, the meeting of the expected status, then of the expected place,
            // then the first told: "A met B. They agreed to meet again." holds a held and a planned
            // meeting of the same two; "A met B in X. The two last met in Y" two held ones.
            auto rank = [&](int p) {
                if (p < 0)
                    return -1;
                const ExtractedMeeting& m = x.meetings[std::size_t(p)];
                const bool place = !want.place.isEmpty() && (want.place == QLatin1String("none")
                                                                 ? m.place.isEmpty()
                                                                 : slugify(m.place) == slugify(want.place));
                return 2 * int(m.status == want.status) + int(place);
            };
            for (std::size_t p = 0; p < x.meetings.size(); ++p) {
                const double j = jaccard(expectedIds[e], x.meetings[p].participants);
                if (!used[p] && (j > best || (j == best && rank(int(p)) > rank(bestIndex)))) {
                    best = j;
                    bestIndex = int(p);
                }
            }
            score.found.add(bestIndex >= 0);
            if (bestIndex < 0) {
                notes << QStringLiteral("meeting not found: %1 (%2)").arg(want.participants.join(QStringLiteral(" + ")), want.status);
                continue;
            }
            used[std::size_t(bestIndex)] = true;
            const ExtractedMeeting& got = x.meetings[std::size_t(bestIndex)];
            score.status.add(got.status == want.status);
            if (got.status != want.status)
                notes << QStringLiteral("status %1, expected %2").arg(got.status, want.status);
            if (!want.mode.isEmpty()) {
                score.mode.add(got.mode == want.mode);
                if (got.mode != want.mode)
                    notes << QStringLiteral("mode %1, expected %2").arg(got.mode, want.mode);
            }
            if (!want.place.isEmpty()) {
                const bool none = want.place == QLatin1String("none");
                const bool good = none ? got.place.isEmpty() : slugify(got.place) == slugify(want.place);
                score.place.add(good);
                if (!good)
                    notes << QStringLiteral("place '%1', expected %2").arg(got.place, want.place);
            }
            if (!want.states.isEmpty()) {
                std::set<QString> wanted, gotStates;
                for (const QString& n : want.states)
                    wanted.insert(m_stateIds.value(slugify(n), QStringLiteral("unknown-state:") + n));
                for (const QString& id : got.states)
                    gotStates.insert(id);
                const bool good = wanted == gotStates;
                score.states.add(good);
                if (!good) {
                    QStringList names;
                    for (const QString& id : gotStates)
                        names << id.mid(6);
                    notes << QStringLiteral("states %1, expected %2")
                                 .arg(names.join(QStringLiteral(", ")), want.states.join(QStringLiteral(", ")));
                }
            }
        }
        if (verbose && !notes.isEmpty())
            qInfo().noquote() << QStringLiteral("line %1: %2\n    %3").arg(c.line).arg(c.text, notes.join(QStringLiteral("; ")));
    }

    const auto num = [](double v) { return QString::number(v, 'f', 3); };
    qInfo().noquote() << QStringLiteral(
                             "%1: cases=%2 held_pairs P=%3 R=%4 F1=%5 negatives_clean=%6 found=%7 "
                             "status=%8 mode=%9 place=%10 states=%11")
                             .arg(bank)
                             .arg(parsed.cases.size())
                             .arg(num(score.pairs.precision()), num(score.pairs.recall()), num(score.pairs.f1()),
                                  score.negativesClean.text(), score.found.text(), score.status.text(),
                                  score.mode.text(), score.place.text(), score.states.text());

    const struct
    {
        const char* name;
        double value;
        double floor;
    } checks[] = {
        {"held pairs F1", score.pairs.f1(), floors.pairsF1},
        {"negatives without a false held meeting", score.negativesClean.value(), floors.negativesClean},
        {"meetings found", score.found.value(), floors.found},
        {"status accuracy", score.status.value(), floors.status},
        {"mode accuracy", score.mode.value(), floors.mode},
        {"place accuracy", score.place.value(), floors.place},
        {"meeting states accuracy", score.states.value(), floors.states},
    };
    for (const auto& f : checks)
        QVERIFY2(f.value >= f.floor, qPrintable(QStringLiteral("%1: %2 = %3, below the floor %4")
                                                    .arg(bank, QLatin1String(f.name), num(f.value), num(f.floor))));
}

QTEST_GUILESS_MAIN(TestPhraseBank)
#include "tst_phrasebank.moc"
