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

    void queriesAndRemoval()
    {
        CorpusGraph g;
        Document a;
        a.id = QStringLiteral("d1");
        QVERIFY(g.addDocument(a, moscowTalks(a.id)));
        g.canonicalize();
        const NodeId putin = *g.find(QStringLiteral("person:vladimir-putin"));
        const NodeId meeting = *g.find(QStringLiteral("meeting:2025-12-16:putin"));
        const NodeId russia = *g.find(QStringLiteral("state:russia"));
        const NodeId syria = *g.find(QStringLiteral("state:syria"));
        // Both directions, by kind, each once, in node order.
        QCOMPARE(g.neighbours(meeting), (std::vector<NodeId>{std::min(russia, syria), std::max(russia, syria), putin}));
        QCOMPARE(g.neighbours(meeting, EdgeKind::Attended), std::vector<NodeId>{putin});
        QCOMPARE(g.neighbours(russia, EdgeKind::Serves), std::vector<NodeId>{putin});
        QVERIFY(g.edgeBetween(putin, meeting) && g.edgeBetween(meeting, putin) == g.edgeBetween(putin, meeting));
        QVERIFY(g.edgeBetween(meeting, putin)->kind == EdgeKind::Attended);
        QVERIFY(!g.edgeBetween(putin, syria));
        QCOMPARE(g.mentions(meeting).size(), std::size_t(1));
        QCOMPARE(g.mentions(meeting).front().rule, QStringLiteral("met with"));

        // Removing a node on a copy: its edges go, the others keep their order and ids.
        CorpusGraph copy = g;
        copy.removeNode(russia);
        QCOMPARE(copy.nodeCount(), g.nodeCount() - 1);
        QVERIFY(!copy.find(QStringLiteral("state:russia")));
        QCOMPARE(copy.edgeCount(), g.edgeCount() - 2); // serves and involves
        for (NodeId v = 0; v < copy.nodeCount(); ++v)
            QCOMPARE(*copy.find(copy.node(v).id), v);
        QCOMPARE(g.nodeCount(), 4); // the original is untouched
    }

    // One official at many meetings: edges of a node with many out-edges go through the
    // edge index, before and after a copy of the graph and canonicalize(); every pair still
    // has one edge holding all its evidence, and the rule texts are shared.
    void manyEdgesFromOneNodeMergeByPair()
    {
        constexpr int meetings = 40;
        const auto extraction = [](const QString& doc, int i) {
            DocumentExtraction ex = moscowTalks(doc);
            ex.meetings[0].id = QStringLiteral("meeting:%1").arg(i, 3, 10, QLatin1Char('0'));
            // A fresh heap string per document, as the extractor makes them.
            ex.states[0].mentions[0].rule = QStringLiteral("state: '%1'").arg(u"Syrian");
            return ex;
        };
        CorpusGraph g;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < meetings; ++i) {
                Document d;
                d.id = QStringLiteral("d%1-%2").arg(round).arg(i);
                QVERIFY(g.addDocument(d, extraction(d.id, i)));
            }
            if (round == 0) {
                const CorpusGraph copy = g; // the copy's index must not point into g
                g = copy;
            }
        }
        CorpusGraph copy = g;
        g.canonicalize();
        Document late;
        late.id = QStringLiteral("late");
        QVERIFY(copy.addDocument(late, extraction(late.id, 0)));
        copy.canonicalize();

        for (const CorpusGraph* graph : {&g, &copy}) {
            // 2 states, 1 official, 40 meetings; serves + 40 attended + 80 involves.
            QCOMPARE(graph->nodeCount(), 3 + meetings);
            QCOMPARE(graph->edgeCount(), 1 + 3 * meetings);
            const Graph& bg = graph->graph();
            const auto putin = static_cast<std::size_t>(
                *graph->find(QStringLiteral("person:vladimir-putin")));
            QCOMPARE(boost::out_degree(putin, bg), std::size_t(1 + meetings));
            for (auto [it, end] = boost::out_edges(putin, bg); it != end; ++it) {
                const EdgeData& e = bg[*it];
                const NodeData& target = bg[boost::target(*it, bg)];
                // Serves: one mention per document; attended: the meeting's evidence, twice.
                const std::size_t expected = e.kind == EdgeKind::Serves ? 2 * meetings : 2;
                QCOMPARE(e.evidence.size(), expected + (graph == &copy && (e.kind == EdgeKind::Serves ||
                                                        target.id == u"meeting:000") ? 1 : 0));
            }
        }
        const NodeData& syria = g.node(*g.find(QStringLiteral("state:syria")));
        QCOMPARE(syria.mentions.size(), std::size_t(2 * meetings));
        QCOMPARE(syria.mentions.back().rule, QStringLiteral("state: 'Syrian'"));
        QCOMPARE(syria.mentions.front().rule.constData(), syria.mentions.back().rule.constData());
    }

    // A repeated span counts once per document, whether the document's mentions of a node
    // are few (scanned) or many (indexed in a set past 32), and repeats in other documents
    // stay: each document keeps its own.
    void repeatedMentionsCountOncePerDocument()
    {
        for (const int spans : {3, 31, 32, 33, 200}) {
            CorpusGraph g;
            for (const QString& doc : {QStringLiteral("d1"), QStringLiteral("d2")}) {
                DocumentExtraction ex = moscowTalks(doc);
                std::vector<Mention>& mentions = ex.states[0].mentions;
                mentions.clear();
                for (int round = 0; round < 2; ++round) {
                    for (int i = 0; i < spans; ++i) {
                        const int k = round == 0 ? i : spans - 1 - i; // again, backwards
                        mentions.push_back({doc, k / 4, k, k + 5, QStringLiteral("demonym")});
                    }
                }
                mentions.push_back({doc, 0, 0, 6, QStringLiteral("state")}); // a new span
                Document d;
                d.id = doc;
                QVERIFY(g.addDocument(d, ex));
            }
            const NodeData& syria = g.node(*g.find(QStringLiteral("state:syria")));
            QCOMPARE(syria.mentions.size(), std::size_t(2 * (spans + 1)));
            QCOMPARE(syria.mentions[std::size_t(spans)].rule, QStringLiteral("state"));
            QCOMPARE(syria.mentions.back().document, QStringLiteral("d2"));
        }
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
