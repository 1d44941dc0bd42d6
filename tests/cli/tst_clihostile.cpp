// SPDX-License-Identifier: GPL-3.0-or-later
// parley-cli on a folder of hostile and broken files (issue 7): one line on stderr per bad
// file or line, with the path and the reason; exit code 1; every good article still in the
// output; nothing of the pages' scripts, frames or remote images in it.
#include "../text/hostilecorpus.h"
#include "cli/commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::test;

class TestCliHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBadFileIsReportedAndTheRestRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HostileCorpus corpus = makeHostileCorpus(dir.path());
        QProcess p;
        p.start(QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli"),
                QStringList{QStringLiteral("extract")} + corpus.paths);
        // A FIFO or /dev/zero that were opened would never end: the time-out catches it.
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        QStringList reported;
        for (const QByteArray& line : p.readAllStandardError().split('\n')) {
            if (line.startsWith("parley-cli: "))
                reported << QString::fromUtf8(line.mid(12));
        }
        QStringList expected;
        for (const QString& problem : corpus.problems)
            expected << cli::oneLine(problem);
        QCOMPARE(reported, expected);
        // The name with a line break stays on one line.
        QVERIFY(reported[1].endsWith(QLatin1String("/bad\\nname.txt: empty file")));

        const QByteArray out = p.readAllStandardOutput();
        const QJsonDocument json = QJsonDocument::fromJson(out);
        QVERIFY(json.isObject());
        QCOMPARE(json.object().value(QLatin1String("documents")).toArray().size(), corpus.documents);
        for (const char* hostile : {"evil.invalid", "javascript", "fetch(", "alert(", "<div>"})
            QVERIFY2(!out.contains(hostile), hostile);
        // The article in the page was read, scripts and all stripped around it.
        QVERIFY(out.contains("person:hakan-fidan"));
    }

    void controlCharactersAreEscaped()
    {
        QCOMPARE(cli::oneLine(QStringLiteral("a\nb\rc\td\x01\x7f")),
                 QStringLiteral("a\\nb\\rc\\td\\x01\\x7f"));
        QCOMPARE(cli::oneLine(QStringLiteral("Çavuşoğlu.txt")), QStringLiteral("Çavuşoğlu.txt"));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
