// SPDX-License-Identifier: GPL-3.0-or-later
// parley-cli speaks like a modern tool: a progress line on standard error when that is a
// terminal (a real pseudo-terminal, made by Python's pty module), nothing when it is piped
// or --quiet is given; and a run that finds no article says so and fails.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli");
const QString kSamples = QStringLiteral(PARLEY_SOURCE_DIR "/resources/samples");

// Runs the command with stdin, stdout and stderr on a new pseudo-terminal and returns what
// the terminal showed. The exit status comes back as Python's.
const char* const kPtyRunner = R"(
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
out = b''
while True:
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    out += data
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(status))
)";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList& args, bool terminal)
{
    QProcess p;
    if (terminal)
        p.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), QString::fromLatin1(kPtyRunner), kCli} + args);
    else
        p.start(kCli, args);
    p.waitForFinished(300000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestCliProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed: no pseudo-terminal to run parley-cli on");
        QVERIFY(m_dir.isValid());
    }

    void extractShowsProgressOnATerminal()
    {
        const QString out = m_dir.filePath(QStringLiteral("graph.json"));
        const Run r = run({QStringLiteral("extract"), kSamples, QStringLiteral("-o"), out}, true);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\rextract: "), r.out.constData());
        QVERIFY2(r.out.contains(" files, ") && r.out.contains(" articles"), r.out.constData());
        // The line is wiped at the end, so what follows starts on a clean line.
        QVERIFY2(r.out.endsWith("\r\x1b[K"), r.out.right(40).toHex().constData());
        QVERIFY(QFile::exists(out));
    }

    void quietSilencesIt()
    {
        const QString out = m_dir.filePath(QStringLiteral("quiet.json"));
        const Run r = run({QStringLiteral("extract"), QStringLiteral("--quiet"), kSamples,
                           QStringLiteral("-o"), out},
                          true);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains("extract:"), r.out.constData());
    }

    void nothingWhenPiped()
    {
        const Run r = run({QStringLiteral("extract"), kSamples}, false);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QVERIFY(r.out.startsWith("{"));
    }

    void mergeAndLayoutToo()
    {
        const QString shard = m_dir.filePath(QStringLiteral("shard.jsonl"));
        QCOMPARE(run({QStringLiteral("extract"), QStringLiteral("-f"), QStringLiteral("jsonl"),
                      kSamples, QStringLiteral("-o"), shard},
                     false)
                     .exitCode,
                 0);
        const Run merged = run({QStringLiteral("merge"), shard, QStringLiteral("-o"),
                                m_dir.filePath(QStringLiteral("merged.json"))},
                               true);
        QCOMPARE(merged.exitCode, 0);
        QVERIFY2(merged.out.contains("\rmerge: 1/1 shards, "), merged.out.constData());

        const QString edges = m_dir.filePath(QStringLiteral("edges.tsv"));
        QFile f(edges);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 300; ++i)
            f.write(QByteArray::number(i) + '\t' + QByteArray::number((i * 7 + 1) % 300) + '\n');
        f.close();
        const QStringList layoutArgs = {QStringLiteral("layout"), QStringLiteral("--in"), edges,
                                        QStringLiteral("--out"),
                                        m_dir.filePath(QStringLiteral("pos.tsv"))};
        const Run laid = run(layoutArgs, true);
        QCOMPARE(laid.exitCode, 0);
        QVERIFY2(laid.out.contains("\rlayout: laying out "), laid.out.constData());
        const QByteArray withProgress = readAll(m_dir.filePath(QStringLiteral("pos.tsv")));
        // The same positions as without a terminal: progress does not change the layout.
        QCOMPARE(run(layoutArgs, false).exitCode, 0);
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("pos.tsv"))), withProgress);
    }

    void folderWithoutArticlesFails()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QFile(empty + QStringLiteral("/notes.pdf")).open(QIODevice::WriteOnly);
        const Run r = run({QStringLiteral("extract"), empty}, false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(("parley-cli: no readable article in " + empty).toUtf8()),
                 r.err.constData());
    }

private:
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliProgress)
#include "tst_cliprogress.moc"
