// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixture.h"

#include "io/exporter.h"
#include "io/gexf.h"
#include "io/graphml.h"
#include "io/importer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

bool sameMentions(const std::vector<Mention>& a, const std::vector<Mention>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].document != b[i].document || a[i].sentence != b[i].sentence ||
            a[i].start != b[i].start || a[i].end != b[i].end || a[i].rule != b[i].rule)
            return false;
    }
    return true;
}

// Compares everything a user could see: documents, every node field, every edge with its
// evidence.
void compareGraphs(const CorpusGraph& a, const CorpusGraph& b)
{
    QCOMPARE(a.nodeCount(), b.nodeCount());
    QCOMPARE(a.edgeCount(), b.edgeCount());
    QCOMPARE(a.documents().size(), b.documents().size());
    for (std::size_t i = 0; i < a.documents().size(); ++i) {
        const Document& x = a.documents()[i];
        const Document& y = b.documents()[i];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.path, x.path);
        QCOMPARE(y.title, x.title);
        QCOMPARE(y.date, x.date);
        QCOMPARE(y.sentences.size(), x.sentences.size());
        for (std::size_t s = 0; s < x.sentences.size(); ++s)
            QCOMPARE(y.sentenceText(s), x.sentenceText(s));
    }
    for (NodeId n = 0; n < a.nodeCount(); ++n) {
        const NodeData& x = a.node(n);
        const std::optional<NodeId> m = b.find(x.id);
        QVERIFY2(m.has_value(), qPrintable(x.id));
        const NodeData& y = b.node(*m);
        QCOMPARE(toString(y.kind), toString(x.kind));
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.aliases, x.aliases);
        QCOMPARE(y.title, x.title);
        QCOMPARE(y.state, x.state);
        QCOMPARE(y.organization, x.organization);
        QCOMPARE(y.place, x.place);
        QCOMPARE(y.when, x.when);
        QCOMPARE(y.date, x.date);
        QCOMPARE(y.mode, x.mode);
        QCOMPARE(y.status, x.status);
        QCOMPARE(y.rules, x.rules);
        QVERIFY(sameMentions(y.mentions, x.mentions));
    }
    const Graph& ga = a.graph();
    const Graph& gb = b.graph();
    for (auto [it, end] = boost::edges(ga); it != end; ++it) {
        const auto u = b.find(ga[boost::source(*it, ga)].id);
        const auto v = b.find(ga[boost::target(*it, ga)].id);
        const auto [e, found] = boost::edge(static_cast<std::size_t>(*u),
                                            static_cast<std::size_t>(*v), gb);
        QVERIFY(found);
        QCOMPARE(toString(gb[e].kind), toString(ga[*it].kind));
        QVERIFY(sameMentions(gb[e].evidence, ga[*it].evidence));
    }
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void hostile_data();
    void hostile();
    void notParley_data();
    void notParley();
    void fileErrors();
};

void TestImporter::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("laidOut");
    QTest::newRow("graphml with layout") << int(ExportFormat::GraphML) << true;
    QTest::newRow("graphml without layout") << int(ExportFormat::GraphML) << false;
    QTest::newRow("gexf with layout") << int(ExportFormat::Gexf) << true;
    QTest::newRow("gexf without layout") << int(ExportFormat::Gexf) << false;
}

void TestImporter::roundTrip()
{
    QFETCH(int, format);
    QFETCH(bool, laidOut);
    const CorpusGraph graph = buildCorpusGraph(fixtureRecords());
    const ExportOptions options = laidOut ? fixtureLayout() : ExportOptions{};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.") +
                                      exportFormatSuffix(ExportFormat(format)));
    QVERIFY(exportGraph(graph, ExportFormat(format), path, options).ok());

    Result<ImportedGraph> imported = importGraphFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    compareGraphs(graph, imported.value().graph);
    if (QTest::currentTestFailed())
        return;

    const QHash<QString, NodeVisual>& visuals = imported.value().visuals;
    QCOMPARE(visuals.size(), laidOut ? 8 : 0);
    for (auto it = options.visuals.cbegin(); it != options.visuals.cend(); ++it) {
        QCOMPARE(visuals.value(it.key()).x, it->x);
        QCOMPARE(visuals.value(it.key()).y, it->y);
    }
    if (laidOut) {
        QCOMPARE(visuals.value(QStringLiteral("state:syria")).color, QStringLiteral("#123abc"));
        QCOMPARE(visuals.value(QStringLiteral("state:syria")).size, 31.5);
    }
    // Exporting the imported graph gives the very same file.
    ExportOptions again;
    again.visuals = visuals;
    const Result<QByteArray> first = exportToBytes(graph, ExportFormat(format), options);
    const Result<QByteArray> second =
        exportToBytes(imported.value().graph, ExportFormat(format), again);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second.value(), first.value());
}

void TestImporter::hostile_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QTest::newRow("billion laughs") << QByteArray(
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE graphml [\n"
        " <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
        " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        " <!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
        "]>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"k\" for=\"node\" "
        "attr.name=\"kind\"/><graph><node id=\"n0\"><data key=\"k\">&lol9;</data></node>"
        "</graph></graphml>\n") << QStringLiteral("entities");
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        "<graphml><graph><node id=\"n0\"><data key=\"k\">&xxe;</data></node></graph></graphml>\n")
        << QStringLiteral("entities");
    QTest::newRow("undeclared entity") << QByteArray(
        "<graphml><graph><node id=\"n0\">&nope;</node></graph></graphml>")
        << QStringLiteral("nope");
    QTest::newRow("truncated") << QByteArray(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"n0\">")
        << QStringLiteral("");
}

void TestImporter::hostile()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    const Result<ImportedGraph> r = importGraphML(xml, QStringLiteral("hostile.graphml"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, QStringLiteral("hostile.graphml"));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QVERIFY(r.error().line > 0);
    // The same guard protects GEXF.
    QByteArray gexf = xml;
    gexf.replace("graphml", "gexf");
    QVERIFY(!importGexf(gexf, QStringLiteral("hostile.gexf")).ok());
}

void TestImporter::notParley_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QTest::newRow("no kind") << QByteArray(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
        "<node id=\"a\"/></graph></graphml>") << QStringLiteral("no Parley kind");
    QTest::newRow("dangling edge") << QByteArray(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"k\" for=\"node\" "
        "attr.name=\"kind\"/><graph><node id=\"a\"><data key=\"k\">state</data></node>"
        "<edge source=\"a\" target=\"b\"/></graph></graphml>") << QStringLiteral("missing node");
    QTest::newRow("bad provenance") << QByteArray(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"k\" for=\"node\" "
        "attr.name=\"kind\"/><key id=\"p\" for=\"node\" attr.name=\"provenance\"/><graph>"
        "<node id=\"a\"><data key=\"k\">state</data><data key=\"p\">{oops</data></node>"
        "</graph></graphml>") << QStringLiteral("provenance");
    QTest::newRow("undeclared key") << QByteArray(
        "<graphml><graph><node id=\"a\"><data key=\"zz\">state</data></node></graph></graphml>")
        << QStringLiteral("undeclared key");
    QTest::newRow("other root") << QByteArray("<svg/>") << QStringLiteral("not GraphML");
}

void TestImporter::notParley()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    const Result<ImportedGraph> r = importGraphML(xml, QStringLiteral("x.graphml"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestImporter::fileErrors()
{
    const Result<ImportedGraph> missing = importGraphFile(QStringLiteral("/nonexistent/g.graphml"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().where, QStringLiteral("/nonexistent/g.graphml"));
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.graphml"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just some notes\n");
    f.close();
    const Result<ImportedGraph> r = importGraphFile(text);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("neither GraphML nor GEXF")));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
