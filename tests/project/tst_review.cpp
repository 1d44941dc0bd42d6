// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue on a graph whose mistakes are known: a partial name, a shared surname, a
// place taken for a person, a meeting with one participant, an untitled one-off name; and a
// graph without them gives an empty queue. The indexed queue equals the pairwise one it
// replaced (reviewreference.h), row for row, on random names and on extracted corpora.
#include "projectfixture.h"
#include "reviewreference.h"

#include "corpusgen.h"
#include "project/recordcodec.h"
#include "project/review.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

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

QString describe(const ReviewItem& i)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(i.id)
        .arg(int(i.reason))
        .arg(i.score)
        .arg(i.message, i.other, i.document)
        .arg(i.sentence);
}

QStringList describe(const std::vector<ReviewItem>& items)
{
    QStringList out;
    for (const ReviewItem& i : items)
        out.append(describe(i));
    return out;
}

// Officials named from a small pool of tokens, so that names contain one another, share
// surnames, repeat a token, differ only in case, or are named like a state; some untitled and
// named once, some with an inferred state; meetings with one or two participants.
DocumentExtraction randomNames(quint32 seed, int officials)
{
    QRandomGenerator rng(seed);
    const QStringList pool{QStringLiteral("Ursula"), QStringLiteral("von"), QStringLiteral("der"),
                           QStringLiteral("Leyen"), QStringLiteral("Ali"), QStringLiteral("Hassan"),
                           QStringLiteral("ali"), QStringLiteral("Biden"), QStringLiteral("Joe"),
                           QStringLiteral("Kim"), QStringLiteral("Jong"), QStringLiteral("Un"),
                           QStringLiteral("Russia"), QStringLiteral("Mohammed"), QStringLiteral("bin")};
    DocumentExtraction x;
    for (const QString& id : {QStringLiteral("state:russia"), QStringLiteral("state:korea")}) {
        ExtractedState st;
        st.id = id;
        st.name = id.mid(6, 1).toUpper() + id.mid(7);
        st.aliases = {QStringLiteral("Kim")};
        x.states.push_back(st);
    }
    QSet<QString> ids;
    for (int k = 0; k < officials; ++k) {
        QStringList name;
        const int length = 1 + int(rng.bounded(4));
        for (int t = 0; t < length; ++t)
            name.append(pool[int(rng.bounded(qsizetype(pool.size())))]);
        if (rng.bounded(3) == 0) // a surname nobody else has
            name.append(QStringLiteral("Solo%1").arg(k));
        ExtractedOfficial o = person(name.join(QLatin1Char(' ')), rng.bounded(3) ? QStringLiteral("Minister") : QString(),
                                     int(rng.bounded(50)));
        o.id += QStringLiteral("-%1").arg(k); // distinct people with one name stay distinct
        if (rng.bounded(3) == 0)
            o.mentions.pop_back();
        if (rng.bounded(4) == 0) {
            o.state = QStringLiteral("state:russia");
            o.stateInferred = rng.bounded(2) == 1;
            o.affiliationRule = o.stateInferred ? QStringLiteral("fallback: the state the article names most")
                                                : QStringLiteral("possessive state before the name");
        }
        ids.insert(o.id);
        x.officials.push_back(o);
    }
    for (int k = 0; k < officials / 4; ++k) {
        ExtractedMeeting m;
        m.id = QStringLiteral("meeting:m%1").arg(k);
        m.participants = {x.officials[std::size_t(rng.bounded(officials))].id};
        if (rng.bounded(2))
            m.participants.append(x.officials[std::size_t(rng.bounded(officials))].id);
        m.status = QStringLiteral("held");
        m.evidence = {{QStringLiteral("d1"), int(rng.bounded(50)), 0, 1, QStringLiteral("test")}};
        x.meetings.push_back(m);
    }
    return x;
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
        guessed.stateInferred = true;
        ExtractedOfficial titled = person(QStringLiteral("Recep Erdogan"), QStringLiteral("President"), 4);
        titled.state = QStringLiteral("state:turkey");
        titled.affiliationRule = QStringLiteral("title 'President' implies state:turkey");
        titled.stateInferred = true;
        x.officials = {stated, guessed, titled};
        const std::vector<ReviewItem> queue = reviewQueue(graphOf(x));
        QVERIFY(!find(queue, QStringLiteral("person:sergey-lavrov")));
        const ReviewItem* fidan = find(queue, QStringLiteral("person:hakan-fidan"));
        QVERIFY(fidan);
        QVERIFY(fidan->reason == ReviewReason::InferredState);
        QVERIFY2(fidan->message.contains(QLatin1String("fallback")), qPrintable(fidan->message));
        QCOMPARE(fidan->sentence, 2);
        QVERIFY(find(queue, QStringLiteral("person:recep-erdogan"))->reason == ReviewReason::InferredState);

        // The analyst setting the state states it: the row goes.
        Edit set;
        set.kind = EditKind::SetState;
        set.target = {QStringLiteral("person:hakan-fidan"), QStringLiteral("Hakan Fidan"), {}};
        set.value = QStringLiteral("state:turkey");
        const CorrectedGraph corrected = applyCorrections(graphOf(x), {set});
        QVERIFY(!find(reviewQueue(*corrected.graph), QStringLiteral("person:hakan-fidan")));
        QVERIFY(find(reviewQueue(*corrected.graph), QStringLiteral("person:recep-erdogan")));
    }

    void inferredStateIsStoredInTheProject()
    {
        // The project keeps the extraction records: the flag survives encoding, both ways.
        for (const bool inferred : {true, false}) {
            ExtractedDocument record;
            record.document.text = QStringLiteral("x");
            record.document.sentences = {{0, 1}};
            ExtractedOfficial o = person(QStringLiteral("Hakan Fidan"), QStringLiteral("Foreign Minister"), 0);
            o.mentions.resize(1);
            o.state = QStringLiteral("state:turkey");
            o.stateInferred = inferred;
            record.extraction.officials.push_back(o);
            ExtractedDocument back;
            QVERIFY(decodeRecord(encodeRecord(record), 1, back));
            QCOMPARE(back.extraction.officials.front().stateInferred, inferred);
        }
    }

    void oneSourceStatingTheStateIsEnough()
    {
        // Documents (or merged entities) in either order: inferred by one, stated by another
        // gives a stated state; only sources that all infer it leave it inferred.
        const QString inference = QStringLiteral("fallback: the state the article names most");
        for (const bool statedFirst : {true, false}) {
            NodeData n;
            mergeState(n, QStringLiteral("state:turkey"), statedFirst ? QString() : inference);
            mergeState(n, QStringLiteral("state:turkey"), statedFirst ? inference : QString());
            QCOMPARE(n.state, QStringLiteral("state:turkey"));
            QVERIFY(n.stateInference.isEmpty());
        }
        NodeData n;
        mergeState(n, QStringLiteral("state:turkey"), inference);
        mergeState(n, QStringLiteral("state:syria"), QString()); // another state: the first stays
        mergeState(n, QString(), QString());
        QCOMPARE(n.state, QStringLiteral("state:turkey"));
        QCOMPARE(n.stateInference, inference);
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

    void indexedEqualsPairwiseOnRandomNames_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("officials");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(80 + seed * 20);
    }

    void indexedEqualsPairwiseOnRandomNames()
    {
        QFETCH(quint32, seed);
        QFETCH(int, officials);
        const CorpusGraph g = graphOf(randomNames(seed, officials));
        const QStringList expected = describe(test::referenceReviewQueue(g));
        QVERIFY(expected.size() > officials / 4); // the pool makes plenty of rows
        const std::vector<ReviewItem> queue = reviewQueue(g);
        QSet<int> reasons;
        for (const ReviewItem& i : queue)
            reasons.insert(int(i.reason));
        QCOMPARE(reasons.size(), 6); // every kind of row is compared
        QCOMPARE(describe(queue), expected);
        // Accepted rows: filtered inside reviewQueue() or afterwards, the same rows.
        QHash<QString, Annotation> annotations;
        QRandomGenerator rng(seed);
        for (NodeId v = 0; v < g.nodeCount(); ++v) {
            if (rng.bounded(3) == 0)
                annotations[g.node(v).id].tags = {kReviewedTag};
        }
        const QStringList accepted = describe(test::referenceReviewQueue(g, annotations));
        QVERIFY(accepted.size() < expected.size());
        QCOMPARE(describe(reviewQueue(g, annotations)), accepted);
        QCOMPARE(describe(withoutReviewed(reviewQueue(g), annotations)), accepted);
    }

    void indexedEqualsPairwiseOnExtractedCorpora()
    {
        // Real extraction: the shipped samples, and 800 generated wire articles.
        const auto extractor = test::builtinExtractor();
        QVERIFY(extractor);
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus.jsonl"));
        {
            std::ofstream out(corpus.toStdString());
            const bench::CorpusGenerator generator(7);
            for (std::uint64_t i = 0; i < 800; ++i)
                out << bench::toJsonLine(generator.article(i));
        }
        for (const QString& path : {QStringLiteral(PARLEY_SOURCE_DIR "/resources/samples"), corpus}) {
            ProjectData data;
            addArticles(data, {path}, *extractor);
            const auto g = extractedGraph(data);
            QVERIFY(g && g->nodeCount() > 0);
            const QStringList expected = describe(test::referenceReviewQueue(*g));
            QVERIFY2(!expected.isEmpty(), qPrintable(path));
            QCOMPARE(describe(reviewQueue(*g)), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
