// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every file of tests/fuzz/corpus/<target>/ through that fuzz target's checks. Inputs
// that once crashed a target are kept there, so this is also the fuzzers' regression test.
#include "fuzzcheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

// Every fuzz target of tests/fuzz/CMakeLists.txt, each with its corpus folder.
constexpr const char* kTargets[] = {"loader", "splitter", "extractor", "graphml", "gexf", "jsonl"};

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestFuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(PARLEY_SOURCE_DIR "/tests/fuzz/corpus");
    int rows = 0;
    for (const char* target : kTargets) {
        QDir dir(root + u'/' + QLatin1String(target));
        QVERIFY2(dir.exists(), target);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& f : files) {
            QTest::newRow(qPrintable(QLatin1String(target) + u'/' + f))
                << QString::fromLatin1(target) << dir.filePath(f);
            ++rows;
        }
    }
    QVERIFY2(rows > 40, "the seed corpus is missing");
}

void TestFuzzCorpus::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const auto size = std::size_t(bytes.size());
    // The checks abort on a broken invariant, which fails this test with the row's name.
    int (*entry)(const unsigned char*, std::size_t) = nullptr;
    if (target == u"loader")
        entry = &parleyFuzzLoader;
    else if (target == u"splitter")
        entry = &parleyFuzzSplitter;
    else if (target == u"extractor")
        entry = &parleyFuzzExtractor;
    else if (target == u"graphml")
        entry = &parleyFuzzGraphML;
    else if (target == u"gexf")
        entry = &parleyFuzzGexf;
    else if (target == u"jsonl")
        entry = &parleyFuzzJsonl;
    QVERIFY(entry);
    QCOMPARE(entry(data, size), 0);
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
