// SPDX-License-Identifier: GPL-3.0-or-later
// parley-cli analyze, path and extract --from/--to, run as a user would on articles whose
// answers are known: a chain Putin - Erdogan (January) - Macron (February) - Scholz (March)
// - Meloni (undated).
#include "../io/pythonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace parley::testing;

namespace {

const QString cli = QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli");

bool writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class TestCliAnalyze : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_articles;

    ProcessOutput run(const QStringList& args) { return runProcess(cli, args + m_articles); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray texts[] = {
            "Date: 2025-01-10\n\nRussian President Vladimir Putin met Turkish President Recep "
            "Tayyip Erdogan in Ankara on Friday.\n",
            "Date: 2025-02-14\n\nTurkish President Recep Tayyip Erdogan met French President "
            "Emmanuel Macron in Paris on Friday.\n",
            "Date: 2025-03-20\n\nFrench President Emmanuel Macron met German Chancellor Olaf "
            "Scholz in Berlin on Thursday.\n",
            "German Chancellor Olaf Scholz met Italian Prime Minister Giorgia Meloni in Rome.\n"};
        for (int i = 0; i < 4; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("%1.txt").arg(QChar(u'a' + i)));
            QVERIFY(writeText(path, texts[i]));
            m_articles.append(path);
        }
    }

    void analyzeCsvByHand()
    {
        const ProcessOutput r =
            run({QStringLiteral("analyze"), QStringLiteral("--view"), QStringLiteral("officials")});
        QCOMPARE(r.exitCode, 0);
        // A path of five: Macron is on the 4 pairs across him, Erdogan and Scholz on 3.
        QCOMPARE(
            QString::fromUtf8(r.out),
            QStringLiteral("id,name,kind,degree,weighted_degree,betweenness,community\n"
                           "person:emmanuel-macron,Emmanuel Macron,official,2,2,4,0\n"
                           "person:giorgia-meloni,Giorgia Meloni,official,1,1,0,0\n"
                           "person:olaf-scholz,Olaf Scholz,official,2,2,3,0\n"
                           "person:recep-tayyip-erdogan,Recep Tayyip Erdogan,official,2,2,3,1\n"
                           "person:vladimir-putin,Vladimir Putin,official,1,1,0,1\n"));
        QVERIFY(r.err.contains("betweenness exact over 5 nodes"));
    }

    void analyzeDateRange()
    {
        // February and March only: undated Meloni leaves with the range.
        const ProcessOutput r =
            run({QStringLiteral("analyze"), QStringLiteral("--view"), QStringLiteral("officials"),
                 QStringLiteral("--from"), QStringLiteral("2025-02-01")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[1], QByteArray("person:emmanuel-macron,Emmanuel Macron,official,2,2,1,0"));
        QVERIFY(lines[2].startsWith("person:olaf-scholz,"));
        QVERIFY(lines[3].startsWith("person:recep-tayyip-erdogan,"));
        // --undated brings Meloni back.
        const ProcessOutput undated = run(
            {QStringLiteral("analyze"), QStringLiteral("--view"), QStringLiteral("officials"),
             QStringLiteral("--from"), QStringLiteral("2025-02-01"), QStringLiteral("--undated")});
        QVERIFY(undated.out.contains("person:giorgia-meloni"));
        QVERIFY(!undated.out.contains("person:vladimir-putin"));
    }

    void analyzeXmlReadByNetworkX_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("graphml") << QStringLiteral("graphml");
        QTest::newRow("gexf") << QStringLiteral("gexf");
    }

    void analyzeXmlReadByNetworkX()
    {
        QFETCH(QString, format);
        if (!pythonHas(QStringLiteral("networkx")))
            QSKIP("python3-networkx is not installed (scripts/setup installs it)");
        const QString out = m_dir.filePath(QStringLiteral("metrics.") + format);
        const ProcessOutput r = run(
            {QStringLiteral("analyze"), QStringLiteral("-f"), format, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        // NetworkX reads the file, and its own betweenness of the graph it read matches ours.
        const QJsonObject nx = runPython(QStringLiteral(R"(
import json, sys, networkx as nx
from networkx.readwrite import gexf
v = dict(gexf.GEXF.versions['1.2draft'])  # GEXF 1.3: same elements, new namespace
v.update({'NS_GEXF': 'http://gexf.net/1.3', 'NS_VIZ': 'http://gexf.net/1.3/viz', 'VERSION': '1.3'})
gexf.GEXF.versions['1.3'] = v
G = nx.read_graphml(sys.argv[1]) if sys.argv[2] == "graphml" else nx.read_gexf(sys.argv[1], version='1.3')
G = nx.Graph(G)
ours = {}
for v, d in G.nodes(data=True):
    ours[v] = float(d["betweenness"])
theirs = nx.betweenness_centrality(G, normalized=False)
worst = max(abs(ours[v] - theirs[v]) for v in G.nodes)
print(json.dumps({"nodes": G.number_of_nodes(), "worst": worst,
                  "kinds": sorted(set(d["kind"] for _, d in G.nodes(data=True)))}))
)"),
                                         {out, format});
        QVERIFY(nx.value(QStringLiteral("nodes")).toInt() > 10);
        QVERIFY(nx.value(QStringLiteral("worst")).toDouble() < 1e-6);
        QCOMPARE(nx.value(QStringLiteral("kinds")).toArray().size(), 3);
    }

    void pathPrintsEvidenceChain()
    {
        const ProcessOutput r =
            run({QStringLiteral("path"), QStringLiteral("--view"), QStringLiteral("officials"),
                 QStringLiteral("Putin"), QStringLiteral("person:giorgia-meloni")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[0].startsWith(QStringLiteral("1 shortest path of 4 hops")));
        const char* const expected[][3] = {
            {"Vladimir Putin <person:vladimir-putin> -- met --> Recep Tayyip Erdogan", "2025-01-10",
             "a.txt #1"},
            {"Recep Tayyip Erdogan <person:recep-tayyip-erdogan> -- met --> Emmanuel Macron",
             "2025-02-14", "b.txt #1"},
            {"Emmanuel Macron <person:emmanuel-macron> -- met --> Olaf Scholz", "2025-03-20",
             "c.txt #1"},
            {"Olaf Scholz <person:olaf-scholz> -- met --> Giorgia Meloni <person:giorgia-meloni>",
             "undated", "d.txt #1"}};
        for (int i = 0; i < 4; ++i) {
            const QString& line = lines[i + 2];
            QVERIFY2(line.startsWith(QLatin1String(expected[i][0])), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("| %1 |").arg(QLatin1String(expected[i][1]))),
                     qPrintable(line));
            QVERIFY2(line.endsWith(QLatin1String(expected[i][2])), qPrintable(line));
        }
        QVERIFY(lines[2].contains(
            QStringLiteral("\"Russian President Vladimir Putin met Turkish "
                           "President Recep Tayyip Erdogan in Ankara on Friday.\"")));
        // Before March the chain breaks at Macron - Scholz.
        const ProcessOutput cut =
            run({QStringLiteral("path"), QStringLiteral("--to"), QStringLiteral("2025-02-28"),
                 QStringLiteral("Putin"), QStringLiteral("Scholz")});
        QCOMPARE(cut.exitCode, 0);
        QVERIFY(cut.out.startsWith("No path between Vladimir Putin"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown entity")
            << QStringList{"path", "Nobody", "Putin"} << "no state or official is called 'Nobody'";
        QTest::newRow("bad date") << QStringList{"analyze", "--from", "March"}
                                  << "--from wants YYYY-MM-DD";
        QTest::newRow("reversed range")
            << QStringList{"analyze", "--from", "2025-03-01", "--to", "2025-01-01"}
            << "--from is after --to";
        QTest::newRow("bad format")
            << QStringList{"analyze", "-f", "xls"} << "unknown format 'xls'";
        QTest::newRow("bad view") << QStringList{"path", "--view", "x", "Putin", "Scholz"}
                                  << "--view is full, states or officials";
        QTest::newRow("extract bad date")
            << QStringList{"extract", "--to", "2025-13-01"} << "--to wants YYYY-MM-DD";
        QTest::newRow("bad month")
            << QStringList{"analyze", "--from", "2025-13"} << "--from wants YYYY-MM-DD, YYYY-MM or YYYY";
        QTest::newRow("month after month")
            << QStringList{"analyze", "--from", "2025-03", "--to", "2025-02"} << "--from is after --to";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProcessOutput r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void extractLimitsByDate()
    {
        const ProcessOutput r =
            run({QStringLiteral("extract"), QStringLiteral("--from"), QStringLiteral("2025-02-01"),
                 QStringLiteral("--to"), QStringLiteral("2025-02-28")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonArray meetings = json.value(QStringLiteral("meetings")).toArray();
        QCOMPARE(meetings.size(), 1);
        QCOMPARE(meetings[0].toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2025-02-14"));
        QStringList officials;
        for (const QJsonValue& o : json.value(QStringLiteral("officials")).toArray())
            officials.append(o.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(officials, (QStringList{"person:emmanuel-macron", "person:recep-tayyip-erdogan"}));
        // A month for both bounds is all of it: the same cut; a year holds the three months.
        const ProcessOutput february =
            run({QStringLiteral("extract"), QStringLiteral("--from"), QStringLiteral("2025-02"),
                 QStringLiteral("--to"), QStringLiteral("2025-02")});
        QCOMPARE(february.exitCode, 0);
        QCOMPARE(february.out, r.out);
        const ProcessOutput year =
            run({QStringLiteral("extract"), QStringLiteral("--from"), QStringLiteral("2025"),
                 QStringLiteral("--to"), QStringLiteral("2025")});
        QCOMPARE(year.exitCode, 0);
        QVERIFY(year.out.size() > r.out.size());
        // The graph formats take the same cut.
        const ProcessOutput gexf =
            run({QStringLiteral("extract"), QStringLiteral("-f"), QStringLiteral("gexf"),
                 QStringLiteral("--to"), QStringLiteral("2025-01-31")});
        QCOMPARE(gexf.exitCode, 0);
        QCOMPARE(gexf.out.count("<node "), 5); // Putin, Erdogan, Russia, Turkey, the meeting
    }
};

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_clianalyze.moc"
