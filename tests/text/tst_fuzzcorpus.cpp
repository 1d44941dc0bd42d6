// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every file of tests/fuzz/corpus/<target>/ through that fuzz target's checks. Inputs
// that once crashed a target are kept there, so this is also the fuzzers' regression test.
#include "fuzzcheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

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
    for (const QString& target : {QStringLiteral("loader"), QStringLiteral("splitter")}) {
        QDir dir(root + u'/' + target);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& f : files) {
            QTest::newRow(qPrintable(target + u'/' + f)) << target << dir.filePath(f);
            ++rows;
        }
    }
    QVERIFY2(rows > 10, "the seed corpus is missing");
}

void TestFuzzCorpus::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    // The checks abort on a broken invariant, which fails this test with the row's name.
    if (target == u"loader")
        QCOMPARE(parleyFuzzLoader(data, std::size_t(bytes.size())), 0);
    else
        QCOMPARE(parleyFuzzSplitter(data, std::size_t(bytes.size())), 0);
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
