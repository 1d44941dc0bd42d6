// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue on a graph whose mistakes are known: a partial name, a shared surname, a
// place taken for a person, a meeting with one participant, an untitled one-off name; and a
// graph without them gives an empty queue.
#include "project/review.h"

#include <QTest>

using namespace parley;

namespace {

ExtractedOfficial person(const QString& name, const QString& title, int sentence)
{
    ExtractedOfficial o;
    o.id = QStringLiteral("person:") + slugify(name);
    o.name = name;
    o.title = title;
    o.mentions = {{QStringLiteral("d1"), sentence, 0, 1, QStringLiteral("test")},
                  {QStringLiteral("d1"), sentence + 1, 0, 1, QStringLiteral("test")}};
    return o;
}

CorpusGraph graphOf(DocumentExtraction x)
{
    Document d;
    d.id = QStringLiteral("d1");
    d.text = QStringLiteral("x");
    CorpusGraph g;
    g.addDocument(d, x);
    g.canonicalize();
    return g;
}

const ReviewItem* find(const std::vector<ReviewItem>& items, const QString& id)
{
    for (const ReviewItem& i : items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownMistakesAreRanked()
    {
        DocumentExtraction x;
        ExtractedState russia;
        russia.id = QStringLiteral("state:russia");
        russia.name = QStringLiteral("Russia");
        russia.aliases = {QStringLiteral("Kremlin")};
        x.states.push_back(russia);
        x.officials = {person(QStringLiteral("Ursula von der Leyen"), QStringLiteral("President"), 0),
                       person(QStringLiteral("Ursula"), QStringLiteral("President"), 2),
                       person(QStringLiteral("Kremlin"), QStringLiteral("Spokesman"), 4),
                       person(QStringLiteral("Joe Biden"), QStringLiteral("President"), 6),
                       person(QStringLiteral("Hunter Biden"), QStringLiteral("Lawyer"), 8)};
        ExtractedOfficial once = person(QStringLiteral("Jane Roe"), QString(), 10);
        once.mentions.pop_back();
        x.officials.push_back(once);
        ExtractedMeeting alone;
        alone.id = QStringLiteral("meeting:alone");
        alone.participants = {QStringLiteral("person:joe-biden")};
        alone.status = QStringLiteral("held");
        alone.evidence = {{QStringLiteral("d1"), 6, 0, 1, QStringLiteral("test")}};
        x.meetings.push_back(alone);
        const CorpusGraph g = graphOf(x);
        const std::vector<ReviewItem> queue = reviewQueue(g);

        const ReviewItem* ursula = find(queue, QStringLiteral("person:ursula"));
        QVERIFY(ursula);
        QVERIFY(ursula->reason == ReviewReason::NearDuplicate);
        QCOMPARE(ursula->other, QStringLiteral("person:ursula-von-der-leyen"));
        QCOMPARE(ursula->sentence, 2);
        QVERIFY(!find(queue, QStringLiteral("person:ursula-von-der-leyen")));
        QVERIFY(find(queue, QStringLiteral("person:kremlin"))->reason == ReviewReason::LooksLikePlace);
        QVERIFY(find(queue, QStringLiteral("person:hunter-biden"))->reason == ReviewReason::SameSurname);
        QVERIFY(find(queue, QStringLiteral("person:jane-roe"))->reason == ReviewReason::UntitledOnce);
        QVERIFY(find(queue, QStringLiteral("meeting:alone"))->reason == ReviewReason::LoneParticipant);
        // Ranked: the near duplicate first, the untitled one-off last.
        QCOMPARE(queue.front().id, QStringLiteral("person:ursula"));
        QCOMPARE(queue.back().id, QStringLiteral("person:jane-roe"));

        // Accepted rows leave the queue.
        QHash<QString, Annotation> annotations;
        annotations[QStringLiteral("person:ursula")].tags = {kReviewedTag};
        QVERIFY(!find(reviewQueue(g, annotations), QStringLiteral("person:ursula")));
    }

    void inferredStateIsQueued()
    {
        DocumentExtraction x;
        for (const char* id : {"state:russia", "state:turkey"}) {
            ExtractedState st;
            st.id = QString::fromLatin1(id);
            st.name = st.id.mid(6);
            x.states.push_back(st);
        }
        // Stated by the text: not queued. Inferred from the article's main state: queued.
        ExtractedOfficial stated = person(QStringLiteral("Sergey Lavrov"), QStringLiteral("Foreign Minister"), 0);
        stated.state = QStringLiteral("state:russia");
        stated.affiliationRule = QStringLiteral("possessive state before the name");
        ExtractedOfficial guessed = person(QStringLiteral("Hakan Fidan"), QStringLiteral("Foreign Minister"), 2);
        guessed.state = QStringLiteral("state:turkey");
        guessed.affiliationRule = QStringLiteral("fallback: the state the article names most");
        ExtractedOfficial titled = person(QStringLiteral("Recep Erdogan"), QStringLiteral("President"), 4);
        titled.state = QStringLiteral("state:turkey");
        titled.affiliationRule = QStringLiteral("title 'President' implies state:turkey");
        x.officials = {stated, guessed, titled};
        const std::vector<ReviewItem> queue = reviewQueue(graphOf(x));
        QVERIFY(!find(queue, QStringLiteral("person:sergey-lavrov")));
        const ReviewItem* fidan = find(queue, QStringLiteral("person:hakan-fidan"));
        QVERIFY(fidan);
        QVERIFY(fidan->reason == ReviewReason::InferredState);
        QVERIFY2(fidan->message.contains(QLatin1String("fallback")), qPrintable(fidan->message));
        QCOMPARE(fidan->sentence, 2);
        QVERIFY(find(queue, QStringLiteral("person:recep-erdogan"))->reason == ReviewReason::InferredState);
    }

    void cleanGraphGivesAnEmptyQueue()
    {
        DocumentExtraction x;
        x.officials = {person(QStringLiteral("Joe Biden"), QStringLiteral("President"), 0),
                       person(QStringLiteral("Xi Jinping"), QStringLiteral("President"), 2)};
        ExtractedMeeting m;
        m.id = QStringLiteral("meeting:summit");
        m.participants = {QStringLiteral("person:joe-biden"), QStringLiteral("person:xi-jinping")};
        m.evidence = {{QStringLiteral("d1"), 0, 0, 1, QStringLiteral("test")}};
        x.meetings.push_back(m);
        QVERIFY(reviewQueue(graphOf(x)).empty());
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
