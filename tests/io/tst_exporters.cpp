// SPDX-License-Identifier: GPL-3.0-or-later
// Every export format, read back by the tools users actually open them with: NetworkX
// (read_graphml, read_gexf), Graphviz dot, Python's csv, json and xml.etree modules.
#include "fixture.h"
#include "pythonreader.h"

#include "io/csv.h"
#include "io/exporter.h"
#include "io/gexf.h"
#include "io/graphml.h"
#include "io/jsonexport.h"
#include "io/savefile.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

const QString graphmlScript = QStringLiteral(R"(
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
nodes = {}
for n, d in g.nodes(data=True):
    d = dict(d)
    d['_types'] = {k: type(v).__name__ for k, v in d.items()}
    nodes[d['id']] = d
edges = [[g.nodes[u]['id'], g.nodes[v]['id'], d['kind'], d['weight'], type(d['weight']).__name__,
          d['sentences']] for u, v, d in g.edges(data=True)]
print(json.dumps({'directed': g.is_directed(), 'nodes': nodes, 'edges': edges, 'graph': g.graph}))
)");

// NetworkX 2.8 knows GEXF 1.1draft and 1.2draft; 1.3 keeps the same elements under new
// namespaces, so the reader is registered for them (Gephi itself reads 1.3 natively).
const QString gexfScript = QStringLiteral(R"(
import json, sys, networkx as nx
from networkx.readwrite import gexf
v = dict(gexf.GEXF.versions['1.2draft'])
v.update({'NS_GEXF': 'http://gexf.net/1.3', 'NS_VIZ': 'http://gexf.net/1.3/viz', 'VERSION': '1.3'})
gexf.GEXF.versions['1.3'] = v
g = nx.read_gexf(sys.argv[1], version='1.3')
print(json.dumps({'directed': g.is_directed(),
                  'nodes': {n: d for n, d in g.nodes(data=True)},
                  'edges': [[u, v, d] for u, v, d in g.edges(data=True)]}, default=str))
)");

const QString xmlScript = QStringLiteral(R"(
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
def local(tag): return tag.split('}')[-1]
count = {}
for e in root.iter():
    count[local(e.tag)] = count.get(local(e.tag), 0) + 1
keys = {k.get('attr.name') + '/' + k.get('for'): k.get('attr.type') for k in root.iter() if local(k.tag) == 'key'}
starts = [e.get('start') for e in root.iter() if local(e.tag) == 'node' and e.get('start')]
print(json.dumps({'root': root.tag, 'version': root.get('version'), 'count': count,
                  'keys': keys, 'starts': starts}))
)");

const QString svgScript = QStringLiteral(R"(
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
G = '{http://www.w3.org/2000/svg}g'
nodes = [g for g in root.iter(G) if g.get('class') == 'node']
edges = [g for g in root.iter(G) if g.get('class') == 'edge']
texts = [''.join(t.itertext()) for t in root.iter('{http://www.w3.org/2000/svg}text')]
print(json.dumps({'nodes': len(nodes), 'edges': len(edges), 'texts': texts,
                  'ids': [g.get('id') for g in nodes]}))
)");

const QString csvScript = QStringLiteral(R"(
import csv, json, sys
def rows(p):
    with open(p, newline='', encoding='utf-8') as f:
        return list(csv.reader(f, strict=True))
print(json.dumps({'nodes': rows(sys.argv[1]), 'edges': rows(sys.argv[2])}))
)");

const QString jsonScript = QStringLiteral(R"(
import json, sys
with open(sys.argv[1], encoding='utf-8') as f:
    print(json.dumps(json.load(f)))
)");

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void graphmlWithNetworkX();
    void graphmlWithElementTree();
    void gexfWithNetworkX();
    void gexfWithElementTree();
    void dotWithGraphviz();
    void csvWithPythonCsv();
    void contractJsonWithPythonJson();
    void cytoscapeWithPythonJson();
    void deterministic_data();
    void deterministic();
    void unwritablePathKeepsEarlierFile();
    void streamedFilesEqualBytes_data();
    void streamedFilesEqualBytes();
    void contractWriterWithoutStoredDocuments();
    void failingDeviceIsReported_data();
    void failingDeviceIsReported();
    void failedStreamKeepsEarlierFile();

private:
    QString write(ExportFormat format, const QString& name, bool laidOut = true);

    QTemporaryDir m_dir;
    CorpusGraph m_graph;
    GraphExportOptions m_layout;
    bool m_networkx = false;
    bool m_python = false;
    QString m_dot;
};

void TestExporters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_graph = buildCorpusGraph(fixtureRecords());
    QCOMPARE(m_graph.nodeCount(), 8);
    QCOMPARE(m_graph.edgeCount(), 12);
    m_layout = fixtureLayout();
    m_python = QFile::exists(systemPython);
    m_networkx = pythonHas(QStringLiteral("networkx"));
    m_dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
}

QString TestExporters::write(ExportFormat format, const QString& name, bool laidOut)
{
    const QString path = m_dir.filePath(name);
    const Status s = exportGraph(m_graph, format, path, laidOut ? m_layout : GraphExportOptions{});
    if (!s.ok())
        qWarning().noquote() << s.error.toString();
    return s.ok() ? path : QString();
}

void TestExporters::graphmlWithNetworkX()
{
    if (!m_networkx)
        QSKIP("/usr/bin/python3 has no networkx (scripts/setup installs python3-networkx)");
    const QString path = write(ExportFormat::GraphML, QStringLiteral("g.graphml"));
    QVERIFY(!path.isEmpty());
    const QJsonObject r = runPython(graphmlScript, {path});
    QVERIFY(r[QLatin1String("directed")].toBool());
    const QJsonObject nodes = r[QLatin1String("nodes")].toObject();
    QCOMPARE(nodes.size(), 8);
    QCOMPARE(r[QLatin1String("edges")].toArray().size(), 12);

    const QJsonObject k = nodes[QLatin1String("person:jean-le-sage-kouassi-jr")].toObject();
    QCOMPARE(k[QLatin1String("kind")].toString(), QStringLiteral("official"));
    QCOMPARE(k[QLatin1String("name")].toString(), kouassi);
    QCOMPARE(k[QLatin1String("title")].toString(), kouassiTitle);
    QCOMPARE(k[QLatin1String("state")].toString(), QStringLiteral("state:cote-divoire"));
    QCOMPARE(k[QLatin1String("sentences")].toInt(), 1);
    const QJsonObject types = k[QLatin1String("_types")].toObject();
    QCOMPARE(types[QLatin1String("sentences")].toString(), QStringLiteral("int"));
    QCOMPARE(types[QLatin1String("weight")].toString(), QStringLiteral("float"));
    QCOMPARE(types[QLatin1String("x")].toString(), QStringLiteral("float"));

    const QJsonObject s = nodes[QLatin1String("person:asaad-al-shaibani")].toObject();
    QVERIFY(s[QLatin1String("aliases")].toString().contains(shaibaniArabic));
    QCOMPARE(s[QLatin1String("sentences")].toInt(), 3);
    QCOMPARE(s[QLatin1String("x")].toDouble(), m_layout.visuals[QStringLiteral("person:asaad-al-shaibani")].x);
    QCOMPARE(s[QLatin1String("y")].toDouble(), m_layout.visuals[QStringLiteral("person:asaad-al-shaibani")].y);
    const QJsonObject syria = nodes[QLatin1String("state:syria")].toObject();
    QCOMPARE(syria[QLatin1String("color")].toString(), QStringLiteral("#123abc"));
    QCOMPARE(syria[QLatin1String("size")].toDouble(), 31.5);
    QCOMPARE(nodes[QLatin1String("state:bosnia-and-herzegovina")].toObject()[QLatin1String("name")]
                 .toString(), bosnia);
    const QJsonObject m = nodes[QLatin1String("meeting:2025-12-16-sarajevo")].toObject();
    QCOMPARE(m[QLatin1String("kind")].toString(), QStringLiteral("meeting"));
    QCOMPARE(m[QLatin1String("place")].toString(), sarajevoPlace);
    QCOMPARE(m[QLatin1String("when")].toString(), meetingWhen);
    QCOMPARE(m[QLatin1String("date")].toString(), QStringLiteral("2025-12-16"));
    QCOMPARE(m[QLatin1String("mode")].toString(), QStringLiteral("in person"));

    int serves = 0, attended = 0, involves = 0;
    for (const QJsonValue& v : r[QLatin1String("edges")].toArray()) {
        const QJsonArray e = v.toArray();
        const QString kind = e.at(2).toString();
        serves += kind == QLatin1String("serves");
        attended += kind == QLatin1String("attended");
        involves += kind == QLatin1String("involves");
        QCOMPARE(e.at(4).toString(), QStringLiteral("float"));
        if (kind == QLatin1String("serves") &&
            e.at(0).toString() == QLatin1String("person:asaad-al-shaibani"))
            QCOMPARE(e.at(1).toString(), QStringLiteral("state:syria"));
    }
    QCOMPARE(serves, 3);
    QCOMPARE(attended, 4);
    QCOMPARE(involves, 5);
    QVERIFY(r[QLatin1String("graph")].toObject()[QLatin1String("documents")].toString()
                .contains(QStringLiteral("news/two.txt")));
}

void TestExporters::graphmlWithElementTree()
{
    if (!m_python)
        QSKIP("/usr/bin/python3 is missing");
    const QString path = write(ExportFormat::GraphML, QStringLiteral("et.graphml"));
    const QJsonObject r = runPython(xmlScript, {path});
    const QJsonObject count = r[QLatin1String("count")].toObject();
    QCOMPARE(count[QLatin1String("node")].toInt(), 8);
    QCOMPARE(count[QLatin1String("edge")].toInt(), 12);
    const QJsonObject keys = r[QLatin1String("keys")].toObject();
    QCOMPARE(keys[QLatin1String("kind/node")].toString(), QStringLiteral("string"));
    QCOMPARE(keys[QLatin1String("x/node")].toString(), QStringLiteral("double"));
    QCOMPARE(keys[QLatin1String("sentences/node")].toString(), QStringLiteral("int"));
    QCOMPARE(keys[QLatin1String("weight/edge")].toString(), QStringLiteral("double"));
    QCOMPARE(keys[QLatin1String("documents/graph")].toString(), QStringLiteral("string"));

    // Without a layout, no position keys are declared.
    const QString plain = write(ExportFormat::GraphML, QStringLiteral("plain.graphml"), false);
    const QJsonObject rp = runPython(xmlScript, {plain});
    QVERIFY(!rp[QLatin1String("keys")].toObject().contains(QLatin1String("x/node")));
    QCOMPARE(rp[QLatin1String("count")].toObject()[QLatin1String("node")].toInt(), 8);
}

void TestExporters::gexfWithNetworkX()
{
    if (!m_networkx)
        QSKIP("/usr/bin/python3 has no networkx (scripts/setup installs python3-networkx)");
    const QString path = write(ExportFormat::Gexf, QStringLiteral("g.gexf"));
    QVERIFY(!path.isEmpty());
    const QJsonObject r = runPython(gexfScript, {path});
    QVERIFY(r[QLatin1String("directed")].toBool());
    const QJsonObject nodes = r[QLatin1String("nodes")].toObject();
    QCOMPARE(nodes.size(), 8);
    QCOMPARE(r[QLatin1String("edges")].toArray().size(), 12);

    const QJsonObject k = nodes[QLatin1String("person:jean-le-sage-kouassi-jr")].toObject();
    QCOMPARE(k[QLatin1String("label")].toString(), kouassi);
    QCOMPARE(k[QLatin1String("kind")].toString(), QStringLiteral("official"));
    QCOMPARE(k[QLatin1String("title")].toString(), kouassiTitle);
    QCOMPARE(k[QLatin1String("sentences")].toInt(), 1);
    const QJsonObject s = nodes[QLatin1String("person:asaad-al-shaibani")].toObject();
    QVERIFY(s[QLatin1String("aliases")].toString().contains(shaibaniArabic));
    const QJsonObject viz = nodes[QLatin1String("state:syria")].toObject()[QLatin1String("viz")].toObject();
    const QJsonObject position = viz[QLatin1String("position")].toObject();
    QCOMPARE(position[QLatin1String("x")].toDouble(), m_layout.visuals[QStringLiteral("state:syria")].x);
    // Gephi's y axis points up.
    QCOMPARE(position[QLatin1String("y")].toDouble(), -m_layout.visuals[QStringLiteral("state:syria")].y);
    const QJsonObject color = viz[QLatin1String("color")].toObject();
    QCOMPARE(color[QLatin1String("r")].toInt(), 0x12);
    QCOMPARE(color[QLatin1String("g")].toInt(), 0x3a);
    QCOMPARE(color[QLatin1String("b")].toInt(), 0xbc);
    QCOMPARE(viz[QLatin1String("size")].toDouble(), 31.5);
    const QJsonObject m = nodes[QLatin1String("meeting:2025-12-16-sarajevo")].toObject();
    QCOMPARE(m[QLatin1String("place")].toString(), sarajevoPlace);
    QCOMPARE(m[QLatin1String("start")].toString(), QStringLiteral("2025-12-16"));
    QCOMPARE(m[QLatin1String("end")].toString(), QStringLiteral("2025-12-16"));
    // States and officials live from their first to their last dated meeting.
    const QJsonObject syria = nodes[QLatin1String("state:syria")].toObject();
    QCOMPARE(syria[QLatin1String("start")].toString(), QStringLiteral("2025-12-16"));
    QCOMPARE(syria[QLatin1String("end")].toString(), QStringLiteral("2025-12-17"));
    int attended = 0;
    for (const QJsonValue& v : r[QLatin1String("edges")].toArray()) {
        const QJsonObject d = v.toArray().at(2).toObject();
        if (d[QLatin1String("kind")].toString() == QLatin1String("attended"))
            ++attended;
    }
    QCOMPARE(attended, 4);
}

void TestExporters::gexfWithElementTree()
{
    if (!m_python)
        QSKIP("/usr/bin/python3 is missing");
    const QString path = write(ExportFormat::Gexf, QStringLiteral("et.gexf"));
    const QJsonObject r = runPython(xmlScript, {path});
    QCOMPARE(r[QLatin1String("root")].toString(), QStringLiteral("{http://gexf.net/1.3}gexf"));
    QCOMPARE(r[QLatin1String("version")].toString(), QStringLiteral("1.3"));
    const QJsonObject count = r[QLatin1String("count")].toObject();
    QCOMPARE(count[QLatin1String("node")].toInt(), 8);
    QCOMPARE(count[QLatin1String("edge")].toInt(), 12);
    QCOMPARE(count[QLatin1String("position")].toInt(), 8);
    QCOMPARE(count[QLatin1String("color")].toInt(), 8);
    QCOMPARE(count[QLatin1String("size")].toInt(), 8);
    // Every node: the two dated meetings and everyone taking part in one of them.
    QCOMPARE(r[QLatin1String("starts")].toArray().size(), 8);
}

void TestExporters::dotWithGraphviz()
{
    if (m_dot.isEmpty())
        QSKIP("Graphviz 'dot' is missing (scripts/setup installs graphviz)");
    if (!m_python)
        QSKIP("/usr/bin/python3 is missing");
    const QString path = write(ExportFormat::Dot, QStringLiteral("g.gv"), false);
    const QString svg = m_dir.filePath(QStringLiteral("g.svg"));
    const ProcessOutput run = runProcess(m_dot, {QStringLiteral("-Tsvg"), path,
                                                 QStringLiteral("-o"), svg});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // no warnings either
    const QJsonObject r = runPython(svgScript, {svg});
    QCOMPARE(r[QLatin1String("nodes")].toInt(), 8);
    QCOMPARE(r[QLatin1String("edges")].toInt(), 12);
    QStringList texts;
    for (const QJsonValue& t : r[QLatin1String("texts")].toArray())
        texts.append(t.toString());
    QVERIFY2(texts.contains(kouassi), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(bosnia));
    QVERIFY(texts.contains(becirovic));
    QVERIFY(texts.contains(ivoryCoast));
    QVERIFY(r[QLatin1String("ids")].toArray().contains(QStringLiteral("person:asaad-al-shaibani")));

    // With a layout, neato -n keeps the given positions.
    const QString laid = write(ExportFormat::Dot, QStringLiteral("laid.gv"));
    const ProcessOutput neato = runProcess(m_dot, {QStringLiteral("-Kneato"), QStringLiteral("-n"),
                                                   QStringLiteral("-Tsvg"), laid});
    QVERIFY2(neato.exitCode == 0, neato.err.constData());
}

void TestExporters::csvWithPythonCsv()
{
    if (!m_python)
        QSKIP("/usr/bin/python3 is missing");
    const QString prefix = m_dir.filePath(QStringLiteral("run"));
    QVERIFY(!write(ExportFormat::Csv, QStringLiteral("run")).isEmpty());
    const auto [nodesPath, edgesPath] = csvPaths(prefix);
    QCOMPARE(nodesPath, prefix + QStringLiteral("-nodes.csv"));
    const QJsonObject r = runPython(csvScript, {nodesPath, edgesPath});
    const QJsonArray nodes = r[QLatin1String("nodes")].toArray();
    const QJsonArray edges = r[QLatin1String("edges")].toArray();
    QCOMPARE(nodes.size(), 9);
    QCOMPARE(edges.size(), 13);
    const QJsonArray header = nodes.at(0).toArray();
    QCOMPARE(header.at(0).toString(), QStringLiteral("Id"));
    QCOMPARE(header.at(1).toString(), QStringLiteral("Label"));
    QCOMPARE(header.at(2).toString(), QStringLiteral("kind"));
    QCOMPARE(edges.at(0).toArray().at(0).toString(), QStringLiteral("Source"));
    QCOMPARE(edges.at(0).toArray().at(2).toString(), QStringLiteral("Type"));

    QHash<QString, QJsonArray> byId;
    for (int i = 1; i < nodes.size(); ++i) {
        QCOMPARE(nodes.at(i).toArray().size(), header.size());
        byId.insert(nodes.at(i).toArray().at(0).toString(), nodes.at(i).toArray());
    }
    const QJsonArray k = byId.value(QStringLiteral("person:jean-le-sage-kouassi-jr"));
    QCOMPARE(k.at(1).toString(), kouassi);
    QCOMPARE(k.at(5).toString(), kouassiTitle);
    // A title that starts with '@' is neutralised against formula injection.
    QCOMPARE(byId.value(QStringLiteral("person:denis-becirovic")).at(5).toString(),
             QLatin1Char('\'') + becirovicTitle);
    const QJsonArray meeting = byId.value(QStringLiteral("meeting:2025-12-16-sarajevo"));
    QCOMPARE(meeting.at(8).toString(), sarajevoPlace);
    QCOMPARE(meeting.at(9).toString(), meetingWhen);
    // Numeric columns stay numbers, negative ones included.
    const QJsonArray bosniaRow = byId.value(QStringLiteral("state:bosnia-and-herzegovina"));
    QCOMPARE(bosniaRow.at(header.toVariantList().indexOf(QStringLiteral("x"))).toString(),
             QStringLiteral("-300.1"));
    for (int i = 1; i < edges.size(); ++i) {
        const QJsonArray e = edges.at(i).toArray();
        QVERIFY(byId.contains(e.at(0).toString()));
        QVERIFY(byId.contains(e.at(1).toString()));
        QCOMPARE(e.at(2).toString(), QStringLiteral("Directed"));
    }

    // A folder as the target gives nodes.csv and edges.csv inside it.
    const QString folder = m_dir.filePath(QStringLiteral("tables"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(exportGraph(m_graph, ExportFormat::Csv, folder).ok());
    QVERIFY(QFile::exists(folder + QStringLiteral("/nodes.csv")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/edges.csv")));
}

void TestExporters::contractJsonWithPythonJson()
{
    if (!m_python)
        QSKIP("/usr/bin/python3 is missing");
    const QString path = write(ExportFormat::Json, QStringLiteral("g.json"));
    const QJsonObject r = runPython(jsonScript, {path});
    QCOMPARE(r[QLatin1String("states")].toArray().size(), 3);
    const QJsonObject syria = r[QLatin1String("states")].toArray().at(2).toObject();
    QCOMPARE(syria[QLatin1String("id")].toString(), QStringLiteral("state:syria"));
    QCOMPARE(syria[QLatin1String("x")].toDouble(), m_layout.visuals[QStringLiteral("state:syria")].x);
    QCOMPARE(syria[QLatin1String("color")].toString(), QStringLiteral("#123abc"));
    QCOMPARE(r[QLatin1String("officials")].toArray().at(2).toObject()[QLatin1String("name")]
                 .toString(), kouassi);
}

void TestExporters::cytoscapeWithPythonJson()
{
    if (!m_python)
        QSKIP("/usr/bin/python3 is missing");
    const QString path = write(ExportFormat::Cytoscape, QStringLiteral("g.cyjs"));
    const QJsonObject r = runPython(jsonScript, {path});
    const QJsonObject elements = r[QLatin1String("elements")].toObject();
    const QJsonArray nodes = elements[QLatin1String("nodes")].toArray();
    const QJsonArray edges = elements[QLatin1String("edges")].toArray();
    QCOMPARE(nodes.size(), 8);
    QCOMPARE(edges.size(), 12);
    QSet<QString> ids;
    for (const QJsonValue& n : nodes) {
        const QJsonObject o = n.toObject();
        ids.insert(o[QLatin1String("data")].toObject()[QLatin1String("id")].toString());
        QVERIFY(o[QLatin1String("position")].toObject().contains(QLatin1String("x")));
    }
    QSet<QString> edgeIds;
    for (const QJsonValue& e : edges) {
        const QJsonObject d = e.toObject()[QLatin1String("data")].toObject();
        QVERIFY(ids.contains(d[QLatin1String("source")].toString()));
        QVERIFY(ids.contains(d[QLatin1String("target")].toString()));
        edgeIds.insert(d[QLatin1String("id")].toString());
    }
    QCOMPARE(edgeIds.size(), 12);
    const QJsonObject k = nodes.at(5).toObject()[QLatin1String("data")].toObject();
    QCOMPARE(k[QLatin1String("name")].toString(), kouassi);
    QCOMPARE(k[QLatin1String("kind")].toString(), QStringLiteral("official"));
}

void TestExporters::deterministic_data()
{
    QTest::addColumn<int>("format");
    for (ExportFormat f : {ExportFormat::Json, ExportFormat::GraphML, ExportFormat::Gexf,
                           ExportFormat::Dot, ExportFormat::Cytoscape})
        QTest::newRow(qPrintable(exportFormatName(f))) << static_cast<int>(f);
}

void TestExporters::deterministic()
{
    QFETCH(int, format);
    const auto f = static_cast<ExportFormat>(format);
    std::vector<ExtractedDocument> reversed = fixtureRecords();
    std::reverse(reversed.begin(), reversed.end());
    const CorpusGraph other = buildCorpusGraph(std::move(reversed));
    const Result<QByteArray> a = exportToBytes(m_graph, f, m_layout);
    const Result<QByteArray> b = exportToBytes(other, f, m_layout);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a.value(), b.value());
}

void TestExporters::unwritablePathKeepsEarlierFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.graphml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("earlier");
    f.close();
    // A path inside a missing folder cannot be written; the error names it.
    const QString bad = m_dir.filePath(QStringLiteral("missing/folder/out.graphml"));
    const Status s = exportGraph(m_graph, ExportFormat::GraphML, bad);
    QVERIFY(!s.ok());
    QCOMPARE(s.error.where, bad);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("earlier"));
}

namespace {

// Accepts `limit` bytes, then fails like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        if (m_written + size > m_limit) {
            setErrorString(QStringLiteral("no space left on device"));
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

} // namespace

void TestExporters::streamedFilesEqualBytes_data()
{
    deterministic_data();
}

// Files are streamed in blocks (documents one by one); they must hold exactly the bytes of
// the in-memory export, with and without a layout.
void TestExporters::streamedFilesEqualBytes()
{
    QFETCH(int, format);
    const auto f = static_cast<ExportFormat>(format);
    for (const bool laidOut : {true, false}) {
        const QString path = write(f, QStringLiteral("streamed-%1").arg(format), laidOut);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<QByteArray> bytes =
            exportToBytes(m_graph, f, laidOut ? m_layout : GraphExportOptions{});
        QVERIFY(bytes.ok());
        QCOMPARE(file.readAll(), bytes.value());
    }
}

// parley-cli extract writes each document as its batch is done and keeps only the graph.
void TestExporters::contractWriterWithoutStoredDocuments()
{
    std::vector<ExtractedDocument> records = fixtureRecords();
    canonicalOrder(records);
    for (const bool laidOut : {true, false}) {
        const GraphExportOptions options = laidOut ? m_layout : GraphExportOptions{};
        QByteArray streamed;
        QBuffer device(&streamed);
        QVERIFY(device.open(QIODevice::WriteOnly));
        ContractJsonWriter writer(device, options);
        CorpusGraph graphOnly;
        for (const ExtractedDocument& r : records) {
            QVERIFY(writer.addDocument(r.document));
            graphOnly.addExtraction(r.extraction);
        }
        graphOnly.canonicalize();
        QVERIFY(graphOnly.documents().empty());
        QVERIFY(writer.finish(graphOnly).ok());
        QCOMPARE(streamed, contractJson(m_graph, options));
    }
}

void TestExporters::failingDeviceIsReported_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("limit");
    for (ExportFormat f : {ExportFormat::Json, ExportFormat::GraphML, ExportFormat::Gexf}) {
        for (qint64 limit : {0, 100, 2000}) {
            QTest::addRow("%s after %lld bytes", qPrintable(exportFormatName(f)), limit)
                << static_cast<int>(f) << limit;
        }
    }
}

void TestExporters::failingDeviceIsReported()
{
    QFETCH(int, format);
    QFETCH(qint64, limit);
    FullDevice device(limit);
    Status s;
    switch (static_cast<ExportFormat>(format)) {
    case ExportFormat::Json: s = writeContractJson(m_graph, device); break;
    case ExportFormat::GraphML: s = writeGraphml(m_graph, device); break;
    default: s = writeGexf(m_graph, device); break;
    }
    QVERIFY(!s.ok());
}

void TestExporters::failedStreamKeepsEarlierFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep-streamed.json"));
    QVERIFY(saveFile(path, "earlier").ok());
    const Status s = saveStreamed(path, [](QIODevice& device) {
        device.write(QByteArray(5 << 20, 'x')); // past one block: some bytes reach the file
        return Status::failure({{}, QStringLiteral("stopped")});
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error.where, path);
    QCOMPARE(s.error.message, QStringLiteral("stopped"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("earlier"));
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
