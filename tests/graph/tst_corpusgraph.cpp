// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/corpusgraph.h"

#include <QTest>

using namespace parley;

class TestCorpusGraph : public QObject
{
    Q_OBJECT

private:
    static DocumentExtraction moscowTalks(const QString& doc)
    {
        DocumentExtraction ex;
        ex.states.push_back({QStringLiteral("state:syria"), QStringLiteral("Syria"),
                             {QStringLiteral("Syrian")}, {{doc, 0, 0, 6, QStringLiteral("demonym")}}});
        ex.states.push_back({QStringLiteral("state:russia"), QStringLiteral("Russia"), {}, {}});
        ExtractedOfficial putin;
        putin.id = QStringLiteral("person:vladimir-putin");
        putin.name = QStringLiteral("Putin");
        putin.state = QStringLiteral("state:russia");
        putin.mentions = {{doc, 0, 10, 15, QStringLiteral("surname")}};
        ex.officials.push_back(putin);
        ExtractedMeeting m;
        m.id = QStringLiteral("meeting:2025-12-16:putin");
        m.participants = {putin.id};
        m.states = {QStringLiteral("state:syria"), QStringLiteral("state:russia")};
        m.evidence = {{doc, 0, 20, 29, QStringLiteral("met with")}};
        ex.meetings.push_back(m);
        return ex;
    }

private Q_SLOTS:
    void mergesAcrossDocuments()
    {
        CorpusGraph g;
        Document a;
        a.id = QStringLiteral("d1");
        Document b;
        b.id = QStringLiteral("d2");
        QVERIFY(g.addDocument(a, moscowTalks(a.id)));
        DocumentExtraction second = moscowTalks(b.id);
        second.officials[0].name = QStringLiteral("Vladimir Putin");
        QVERIFY(g.addDocument(b, second));
        QVERIFY(!g.addDocument(a, moscowTalks(a.id)));
        g.canonicalize();

        // 2 states, 1 official, 1 meeting; serves + attended + 2 involves.
        QCOMPARE(g.nodeCount(), 4);
        QCOMPARE(g.edgeCount(), 4);
        const NodeData& putin = g.node(*g.find(QStringLiteral("person:vladimir-putin")));
        QCOMPARE(putin.name, QStringLiteral("Vladimir Putin"));
        QCOMPARE(putin.aliases, QStringList{QStringLiteral("Putin")});
        QCOMPARE(putin.mentions.size(), std::size_t(2));
        const NodeData& meeting = g.node(*g.find(QStringLiteral("meeting:2025-12-16:putin")));
        QCOMPARE(meeting.mentions.size(), std::size_t(2));
        QCOMPARE(meeting.mentions[0].document, QStringLiteral("d1"));
    }

    void slugFoldsAccents()
    {
        QCOMPARE(slugify(u"Yaşar Güler"), QStringLiteral("yasar-guler"));
        QCOMPARE(slugify(u"Ibrahim Kalın"), QStringLiteral("ibrahim-kalin"));
        QCOMPARE(slugify(u"  Asaad al-Shaibani "), QStringLiteral("asaad-al-shaibani"));
    }
};

QTEST_GUILESS_MAIN(TestCorpusGraph)
#include "tst_corpusgraph.moc"
