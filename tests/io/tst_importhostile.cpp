// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken graph files opened as the GUI opens them (importGraphFile, issue 7): each
// is refused with the exact message the Problems view shows, naming the file and the line.
// The inputs are the hostile seeds of the fuzz corpus, so the fuzzers start from them too.
#include "io/importer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;

class TestImportHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWithMessage_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("message");
        const QString entities = QStringLiteral(
            "the file declares XML entities (DOCTYPE); refused, since entity expansion can "
            "exhaust memory");
        for (const char* format : {"graphml", "gexf"}) {
            const QString f = QLatin1String(format);
            QTest::addRow("%s billion laughs", format) << f + QStringLiteral("/billion-laughs") << QStringLiteral("13: ") + entities;
            QTest::addRow("%s external entity", format) << f + QStringLiteral("/external-entity") << QStringLiteral("2: ") + entities;
            QTest::addRow("%s undeclared entity", format) << f + QStringLiteral("/undeclared-entity") << QStringLiteral("2: Entity 'nbsp' not declared.");
            QTest::addRow("%s truncated", format) << f + QStringLiteral("/truncated") << QStringLiteral("2: Premature end of document.");
            QTest::addRow("%s wrong root", format) << f + QStringLiteral("/wrong-root") << QStringLiteral(" neither GraphML nor GEXF");
            QTest::addRow("%s not Parley's", format) << f + QStringLiteral("/huge-attribute") << QStringLiteral("2: node 'n0' has no Parley kind (state, official, meeting)");
        }
        QTest::newRow("dangling edge") << QStringLiteral("graphml/dangling-edge") << QStringLiteral("2: edge a -> zz refers to a missing node");
        QTest::newRow("duplicate node") << QStringLiteral("graphml/duplicate-node") << QStringLiteral("2: node 'a' appears twice");
        QTest::newRow("bad provenance") << QStringLiteral("graphml/bad-provenance") << QStringLiteral("2: node 'a': 'sentence' must be a non-negative integer");
        QTest::newRow("bad documents") << QStringLiteral("graphml/bad-documents") << QStringLiteral(" bad document: sentence span 0-8 does not fit its text");
    }

    void refusedWithMessage()
    {
        QFETCH(QString, seed);
        QFETCH(QString, message);
        const QString path = QStringLiteral(PARLEY_SOURCE_DIR "/tests/fuzz/corpus/") + seed;
        const Result<ImportedGraph> r = importGraphFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().toString(), path + QLatin1Char(':') + message);
    }

    // 30,000 levels of unknown elements: read without recursion, and no Parley node in them.
    void deepNestingOpensEmpty()
    {
        for (const char* seed : {"graphml/deep-nesting", "gexf/deep-nesting"}) {
            const Result<ImportedGraph> r = importGraphFile(
                QStringLiteral(PARLEY_SOURCE_DIR "/tests/fuzz/corpus/") + QLatin1String(seed));
            QVERIFY2(r.ok(), seed);
            QCOMPARE(r.value().graph.nodeCount(), 0);
        }
    }

    // One attribute value beyond the cap (256 MiB): refused, whatever memory it would take.
    void hugeAttributeIsRefused()
    {
#if defined(PARLEY_SANITIZED)
        // Some GB under ASan's shadow memory, for a path the smaller cases already take.
        QSKIP("memory-heavy: run in the default build only");
#endif
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.graphml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\"?>\n<graphml><graph><node id=\"");
        const QByteArray chunk(1 << 20, 'x');
        for (qsizetype written = 0; written <= maxImportAttributeSize; written += chunk.size())
            QCOMPARE(f.write(chunk), chunk.size());
        f.write("\"/></graph></graphml>\n");
        f.close();
        const Result<ImportedGraph> r = importGraphFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().toString(), path + QStringLiteral(":2: attribute 'id' is larger than 256 MiB"));
    }
};

QTEST_GUILESS_MAIN(TestImportHostile)
#include "tst_importhostile.moc"
