// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built parley-cli as a user would: the JSON it prints follows the contract of
// shared/eval/README.md, exit codes are as documented, and sharded JSONL + merge gives the
// same bytes as one run.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString cli = QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli");
const QString data = QStringLiteral(PARLEY_TEST_DATA "/io");

using parley::test::Run;
using parley::test::runProgram;

Run run(const QStringList& args, const QString& program = cli, const QByteArray& input = {})
{
    return runProgram(program, args, input);
}

QStringList articles()
{
    return {data + QStringLiteral("/moscow-talks.txt"), data + QStringLiteral("/ankara-call.txt"),
            data + QStringLiteral("/wire.jsonl")};
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool isStringOrNull(const QJsonValue& v) { return v.isString() || v.isNull(); }

bool isCount(const QJsonValue& v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble()));
}

bool isStringArray(const QJsonValue& v)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue& x : v.toArray()) {
        if (!x.isString())
            return false;
    }
    return true;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Dictionaries in $XDG_CONFIG_HOME/parley/dictionaries are read without any option.
    void userDictionaryFolderIsRead()
    {
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("parley/dictionaries"))));
        QFile dict(config.filePath(QStringLiteral("parley/dictionaries/mine.tsv")));
        QVERIFY(dict.open(QIODevice::WriteOnly));
        dict.write("kind\tname\taliases\tstate\ttitle\n"
                   "person\tZorvan Qelisto\tQelisto\tSyria\tForeign Minister\n");
        dict.close();
        QTemporaryDir work;
        QFile article(work.filePath(QStringLiteral("a.txt")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("Zorvan Qelisto met Russian Foreign Minister Sergey Lavrov in Moscow.\n");
        article.close();

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        p.setProcessEnvironment(env);
        p.start(cli, {QStringLiteral("extract"), article.fileName()});
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject graph = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        bool found = false;
        for (const QJsonValue& o : graph[QLatin1String("officials")].toArray()) {
            if (o[QLatin1String("name")].toString() == QLatin1String("Zorvan Qelisto")) {
                QCOMPARE(o[QLatin1String("state")].toString(), QStringLiteral("state:syria"));
                found = true;
            }
        }
        QVERIFY2(found, "the user dictionary's person was not found");
    }

    void initTestCase();
    void jsonFollowsContract();
    void threadCountDoesNotChangeOutput();
    void shardsThenMergeEqualOneRun();
    void fileOrderDoesNotChangeOutput_data();
    void fileOrderDoesNotChangeOutput();
    void stdinPartitionsMerge();
    void everyFormatWrites_data();
    void everyFormatWrites();
    void exitCodes_data();
    void exitCodes();
    void badInputAmongGood();
    void outputFailureKeepsEarlierFile();
    void helpAndVersion();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(cli), qPrintable(cli + QStringLiteral(" is not built")));
    QVERIFY(m_dir.isValid());
}

void TestCli::jsonFollowsContract()
{
    const Run r = run(QStringList{QStringLiteral("extract"), QStringLiteral("--format"),
                                  QStringLiteral("json")} + articles());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();
    for (const char* key : {"documents", "states", "officials", "meetings"})
        QVERIFY2(root.value(QLatin1String(key)).isArray(), key);

    // Documents: every sentence is the text at its offsets in the file it came from.
    QHash<QString, int> sentenceCounts;
    const QJsonArray documents = root[QLatin1String("documents")].toArray();
    QVERIFY(documents.size() >= 3);
    for (const QJsonValue& v : documents) {
        const QJsonObject d = v.toObject();
        QVERIFY(d[QLatin1String("id")].isString());
        QVERIFY(d[QLatin1String("path")].isString());
        QVERIFY(isStringOrNull(d[QLatin1String("title")]));
        QVERIFY(isStringOrNull(d[QLatin1String("date")]));
        QVERIFY(d[QLatin1String("sentences")].isArray());
        const QJsonArray sentences = d[QLatin1String("sentences")].toArray();
        QVERIFY(!sentences.isEmpty());
        qint64 previousEnd = 0;
        for (const QJsonValue& s : sentences) {
            const QJsonObject o = s.toObject();
            QVERIFY(o[QLatin1String("text")].isString());
            QVERIFY(isCount(o[QLatin1String("start")]) && isCount(o[QLatin1String("end")]));
            const qint64 start = o[QLatin1String("start")].toInteger();
            const qint64 end = o[QLatin1String("end")].toInteger();
            QVERIFY(start >= previousEnd && end > start);
            QCOMPARE(o[QLatin1String("text")].toString().size(), end - start);
            previousEnd = end;
        }
        sentenceCounts.insert(d[QLatin1String("id")].toString(), int(sentences.size()));
        const QString path = d[QLatin1String("path")].toString();
        if (path.endsWith(QLatin1String(".txt"))) {
            // The loader removes the header block (Date: ...), so offsets index the text
            // after it; every sentence is still the file's own text, in order.
            const QString text = QString::fromUtf8(readFile(path));
            qsizetype from = 0;
            for (const QJsonValue& s : sentences) {
                const QString sentence = s.toObject()[QLatin1String("text")].toString();
                const qsizetype at = text.indexOf(sentence, from);
                QVERIFY2(at >= 0, qPrintable(sentence));
                from = at + sentence.size();
            }
            QVERIFY(d[QLatin1String("date")].toString().startsWith(QLatin1String("2025-12-")));
        }
    }

    auto checkMentions = [&](const QJsonValue& v) {
        if (!v.isArray())
            return false;
        for (const QJsonValue& m : v.toArray()) {
            const QJsonObject o = m.toObject();
            const QString d = o[QLatin1String("document")].toString();
            if (!sentenceCounts.contains(d) || !isCount(o[QLatin1String("sentence")]) ||
                o[QLatin1String("sentence")].toInt() >= sentenceCounts.value(d))
                return false;
            if (o.contains(QLatin1String("start")) &&
                (!isCount(o[QLatin1String("start")]) || !isCount(o[QLatin1String("end")]) ||
                 o[QLatin1String("start")].toInteger() > o[QLatin1String("end")].toInteger()))
                return false;
        }
        return true;
    };

    QSet<QString> stateIds, officialIds, allIds;
    for (const QJsonValue& v : root[QLatin1String("states")].toArray()) {
        const QJsonObject s = v.toObject();
        QVERIFY(s[QLatin1String("id")].isString());
        QVERIFY(s[QLatin1String("name")].isString());
        QVERIFY(isStringArray(s[QLatin1String("aliases")]));
        QVERIFY(checkMentions(s[QLatin1String("mentions")]));
        stateIds.insert(s[QLatin1String("id")].toString());
    }
    for (const QJsonValue& v : root[QLatin1String("officials")].toArray()) {
        const QJsonObject o = v.toObject();
        QVERIFY(o[QLatin1String("id")].isString());
        QVERIFY(o[QLatin1String("name")].isString());
        QVERIFY(isStringArray(o[QLatin1String("aliases")]));
        QVERIFY(isStringOrNull(o[QLatin1String("title")]));
        QVERIFY(isStringOrNull(o[QLatin1String("organization")]));
        QVERIFY(isStringArray(o[QLatin1String("rules")]));
        const QJsonValue state = o[QLatin1String("state")];
        QVERIFY(state.isNull() || stateIds.contains(state.toString()));
        QVERIFY(checkMentions(o[QLatin1String("mentions")]));
        officialIds.insert(o[QLatin1String("id")].toString());
    }
    for (const QJsonValue& v : root[QLatin1String("meetings")].toArray()) {
        const QJsonObject m = v.toObject();
        QVERIFY(m[QLatin1String("id")].isString());
        QVERIFY(isStringArray(m[QLatin1String("participants")]));
        QVERIFY(isStringArray(m[QLatin1String("states")]));
        for (const QJsonValue& p : m[QLatin1String("participants")].toArray())
            QVERIFY2(officialIds.contains(p.toString()), qPrintable(p.toString()));
        for (const QJsonValue& s : m[QLatin1String("states")].toArray())
            QVERIFY2(stateIds.contains(s.toString()), qPrintable(s.toString()));
        for (const char* key : {"place", "venue", "when", "date", "mode", "rule"})
            QVERIFY2(isStringOrNull(m.value(QLatin1String(key))), key);
        const QString status = m[QLatin1String("status")].toString();
        QVERIFY(QStringList({QStringLiteral("held"), QStringLiteral("planned"),
                             QStringLiteral("cancelled"), QStringLiteral("denied")})
                    .contains(status));
        QVERIFY(checkMentions(m[QLatin1String("evidence")]));
    }
    // Ids are unique across kinds.
    const int total = int(stateIds.size() + officialIds.size());
    allIds = stateIds + officialIds;
    QCOMPARE(int(allIds.size()), total);

    // Known answers of the articles (the extractor's own tests go much further).
    for (const char* id : {"state:syria", "state:russia", "state:turkey", "state:qatar"})
        QVERIFY2(stateIds.contains(QLatin1String(id)), id);
    for (const char* id : {"person:vladimir-putin", "person:sergey-lavrov", "person:hakan-fidan"})
        QVERIFY2(officialIds.contains(QLatin1String(id)), id);
    QVERIFY(!root[QLatin1String("meetings")].toArray().isEmpty());
}

void TestCli::threadCountDoesNotChangeOutput()
{
    const QStringList base = QStringList{QStringLiteral("extract")} + articles();
    const Run one = run(base + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
    const Run two = run(base + QStringList{QStringLiteral("--threads"), QStringLiteral("4")});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(two.exitCode, 0);
    QVERIFY(!one.out.isEmpty());
    QCOMPARE(two.out, one.out);
}

void TestCli::fileOrderDoesNotChangeOutput_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

// extract reads file by file when the files' documents come in canonical order, and loads
// everything first otherwise (files given out of order; a file whose name extends another
// JSONL file's, whose documents sort between); the output must not show which.
void TestCli::fileOrderDoesNotChangeOutput()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString jsonl = dir.filePath(QStringLiteral("a.jsonl"));
    QVERIFY(QFile::copy(data + QStringLiteral("/wire.jsonl"), jsonl));
    QVERIFY(QFile::copy(data + QStringLiteral("/moscow-talks.txt"),
                        dir.filePath(QStringLiteral("a.jsonl.txt"))));
    QVERIFY(QFile::copy(data + QStringLiteral("/ankara-call.txt"),
                        dir.filePath(QStringLiteral("b.txt"))));
    const QStringList f{QStringLiteral("extract"), QStringLiteral("-f"), format};
    const Run folder = run(f + QStringList{dir.path()});
    const Run sorted = run(f + QStringList{jsonl, dir.filePath(QStringLiteral("b.txt"))});
    const Run reversed = run(f + QStringList{dir.filePath(QStringLiteral("b.txt")), jsonl});
    const Run prefixFirst =
        run(f + QStringList{dir.filePath(QStringLiteral("a.jsonl.txt")), jsonl,
                            dir.filePath(QStringLiteral("b.txt"))});
    for (const Run* r : {&folder, &sorted, &reversed, &prefixFirst})
        QVERIFY2(r->exitCode == 0, r->err.constData());
    QCOMPARE(reversed.out, sorted.out);
    QCOMPARE(prefixFirst.out, folder.out);
    QVERIFY(folder.out.size() > sorted.out.size());
    // The text file named after the JSONL file sorts before that file's "a.jsonl:N" lines.
    QVERIFY(folder.out.indexOf("a.jsonl.txt") < folder.out.indexOf("a.jsonl:1"));
}

void TestCli::shardsThenMergeEqualOneRun()
{
    const QStringList all = articles();
    const Run single = run(QStringList{QStringLiteral("extract")} + all);
    QCOMPARE(single.exitCode, 0);

    const QString shardA = m_dir.filePath(QStringLiteral("a.jsonl"));
    const QString shardB = m_dir.filePath(QStringLiteral("b.jsonl"));
    QCOMPARE(run({QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                  QStringLiteral("-o"), shardA, all[1]}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("extract"), QStringLiteral("-f"), QStringLiteral("jsonl"),
                  QStringLiteral("-o"), shardB, all[2], all[0]}).exitCode, 0);
    QVERIFY(!readFile(shardA).isEmpty());

    // Order of shards does not matter.
    const Run merged = run({QStringLiteral("merge"), shardB, shardA});
    QVERIFY2(merged.exitCode == 0, merged.err.constData());
    QCOMPARE(merged.out, single.out);

    // A tree merge: merge one level to JSONL (with a duplicate shard), then merge again.
    const QString level = m_dir.filePath(QStringLiteral("level1.jsonl"));
    QCOMPARE(run({QStringLiteral("merge"), QStringLiteral("-f"), QStringLiteral("jsonl"),
                  QStringLiteral("-o"), level, shardB, shardB}).exitCode, 0);
    const Run tree = run({QStringLiteral("merge"), shardA, level});
    QCOMPARE(tree.exitCode, 0);
    QCOMPARE(tree.out, single.out);

    // Every other format agrees too.
    const Run gexfSingle = run(QStringList{QStringLiteral("extract"), QStringLiteral("-f"),
                                           QStringLiteral("gexf")} + all);
    const Run gexfMerged = run({QStringLiteral("merge"), QStringLiteral("-f"),
                                QStringLiteral("gexf"), shardA, shardB});
    QCOMPARE(gexfMerged.out, gexfSingle.out);
}

void TestCli::stdinPartitionsMerge()
{
    // Spark's pipe() and Hadoop Streaming feed JSONL lines on standard input, partitioned as
    // the engine likes; the merged result must not depend on the partitioning.
    const QList<QByteArray> lines = readFile(data + QStringLiteral("/wire.jsonl")).split('\n');
    QVERIFY(lines.size() >= 2);
    const QByteArray everything = lines[0] + '\n' + lines[1] + '\n';
    const Run one = run({QStringLiteral("extract"), QStringLiteral("-")}, cli, everything);
    QVERIFY2(one.exitCode == 0, one.err.constData());
    QVERIFY(one.out.contains("\"path\": \"https://example.invalid/doha\""));
    QVERIFY(one.out.contains("\"path\": \"https://example.invalid/rabat\""));
    QStringList shards;
    for (int i = 1; i >= 0; --i) {
        const QString shard = m_dir.filePath(QStringLiteral("part-%1.jsonl").arg(i));
        const Run part = run({QStringLiteral("extract"), QStringLiteral("-f"),
                              QStringLiteral("jsonl"), QStringLiteral("-o"), shard,
                              QStringLiteral("-")}, cli, lines[i] + '\n');
        QVERIFY2(part.exitCode == 0, part.err.constData());
        shards.append(shard);
    }
    const Run merged = run(QStringList{QStringLiteral("merge")} + shards);
    QCOMPARE(merged.exitCode, 0);
    QCOMPARE(merged.out, one.out);
}

void TestCli::everyFormatWrites_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("json") << "json" << QByteArray("{");
    QTest::newRow("jsonl") << "jsonl" << QByteArray("{\"document\"");
    QTest::newRow("graphml") << "graphml" << QByteArray("<?xml");
    QTest::newRow("gexf") << "gexf" << QByteArray("<?xml");
    QTest::newRow("dot") << "dot" << QByteArray("digraph");
    QTest::newRow("cytoscape") << "cytoscape" << QByteArray("{");
    QTest::newRow("csv") << "csv" << QByteArray("Id,Label,kind");
}

void TestCli::everyFormatWrites()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    const QString out = m_dir.filePath(QStringLiteral("out-") + format);
    const Run r = run(QStringList{QStringLiteral("extract"), QStringLiteral("--format"), format,
                                  QStringLiteral("-o"), out} + articles());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    const QString written = format == QLatin1String("csv") ? out + QStringLiteral("-nodes.csv") : out;
    QVERIFY2(readFile(written).startsWith(start), qPrintable(written));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << 2 << "Usage";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command";
    QTest::newRow("no input") << QStringList{"extract"} << 2 << "no input";
    QTest::newRow("unknown option") << QStringList{"extract", "--frob", "x"} << 2 << "frob";
    QTest::newRow("bad format") << QStringList{"extract", "-f", "xls", "x"} << 2 << "unknown format";
    QTest::newRow("bad date") << QStringList{"extract", "--date", "16/12/2025", "x"} << 2 << "--date";
    QTest::newRow("bad threads") << QStringList{"extract", "--threads", "many", "x"} << 2 << "--threads";
    QTest::newRow("csv to stdout") << QStringList{"extract", "-f", "csv", "x"} << 2 << "-o DIR";
    QTest::newRow("merge without shards") << QStringList{"merge"} << 2 << "no shard";
    QTest::newRow("only a missing file") << QStringList{"extract", "/nonexistent/a.txt"} << 1
                                         << "parley-cli: /nonexistent/a.txt: ";
    QTest::newRow("missing dictionary")
        << QStringList{"extract", "--dictionary", "/nonexistent/d.tsv", articles()[0]} << 1
        << "/nonexistent/d.tsv";
    QTest::newRow("merge of a missing shard") << QStringList{"merge", "/nonexistent/s.jsonl"} << 1
                                              << "parley-cli: /nonexistent/s.jsonl: ";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCli::badInputAmongGood()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
    const Run good = run(QStringList{QStringLiteral("extract")} + articles());
    const Run r = run(QStringList{QStringLiteral("extract"), missing} + articles());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QByteArray("parley-cli: " + missing.toUtf8() + ": ")), r.err.constData());
    // The good articles were still processed and written: the same graph as without it.
    QCOMPARE(r.out, good.out);

    // A damaged shard line is reported with its line number; the rest is merged.
    const QString shard = m_dir.filePath(QStringLiteral("damaged.jsonl"));
    QCOMPARE(run({QStringLiteral("extract"), QStringLiteral("-f"), QStringLiteral("jsonl"),
                  QStringLiteral("-o"), shard, articles()[0]}).exitCode, 0);
    QFile f(shard);
    QVERIFY(f.open(QIODevice::Append));
    f.write("{\"document\": tru\n");
    f.close();
    const Run merged = run({QStringLiteral("merge"), shard});
    QCOMPARE(merged.exitCode, 1);
    QVERIFY2(merged.err.contains(QByteArray(shard.toUtf8() + ":2: ")), merged.err.constData());
    QVERIFY(merged.out.contains("moscow-talks.txt"));
}

void TestCli::outputFailureKeepsEarlierFile()
{
    const QString out = m_dir.filePath(QStringLiteral("kept.json"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("earlier result\n");
    f.close();

    // A folder that does not exist cannot receive the file.
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/dir/out.json"));
    const Run r1 = run(QStringList{QStringLiteral("extract"), QStringLiteral("-o"), nowhere} + articles());
    QCOMPARE(r1.exitCode, 3);
    QVERIFY2(r1.err.contains(nowhere.toUtf8()), r1.err.constData());

    // A write that fails half-way (file size limit; works for root too, unlike permissions)
    // must leave the earlier file as it was.
    const Run r2 = run({QStringLiteral("-c"),
                        QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""), cli,
                        QStringLiteral("extract"), QStringLiteral("-o"), out, articles()[0],
                        articles()[1], articles()[2]},
                       QStringLiteral("/bin/sh"));
    QCOMPARE(r2.exitCode, 3);
    QVERIFY2(r2.err.startsWith(QByteArray("parley-cli: " + out.toUtf8() + ": ")), r2.err.constData());
    QCOMPARE(readFile(out), QByteArray("earlier result\n"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.json*")}, QDir::Files),
             QStringList{QStringLiteral("kept.json")}); // no temporary file left behind
}

void TestCli::helpAndVersion()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("parley-cli " PARLEY_VERSION "\n"));
    for (const QString& command : {QStringLiteral("extract"), QStringLiteral("merge")}) {
        const Run help = run({command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Exit codes"));
        QVERIFY(help.out.contains("--format"));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
