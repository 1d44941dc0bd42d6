// SPDX-License-Identifier: GPL-3.0-or-later
// Faults seen from the two front ends (issue 7): exports that fail half-way (file size limit)
// or on a full file system, from parley-cli render/layout and from the main window; and a
// long load cancelled half-way, after which the window is consistent and loading the same
// corpus again gives the identical graph.
#include "../io/faults.h"
#include "../text/hostilecorpus.h"
#include "guifixture.h"

#include "gui/graphview.h"
#include "gui/mainwindow.h"
#include "io/graphml.h"

#include <QDockWidget>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::test;

namespace {

const QByteArray kEarlier = "earlier contents, which must survive\n";

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

// Waits for a started parley-cli; exit code -1 when it crashed or did not finish.
Run finished(QProcess& p)
{
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = p.readAllStandardError();
    return r;
}

// Runs parley-cli under a file size limit of 512 bytes (`ulimit -f 1`), with SIGXFSZ ignored
// so that write() fails with EFBIG instead of the process dying: a disk that fills up mid-write.
Run runLimited(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral("-c"),
                        QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""),
                        QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli")} + args);
    return finished(p);
}

Run runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli"), args);
    return finished(p);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray canonicalBytes(const CorpusGraph& g)
{
    const Result<QByteArray> bytes = graphmlBytes(g);
    return bytes.ok() ? bytes.value() : QByteArray();
}

} // namespace

class TestGuiFaults : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<CorpusGraph> m_corpus;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto w = std::make_unique<MainWindow>();
        w->resize(1000, 700);
        w->show();
        w->setCorpus(m_corpus);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("parley-tests"));
        m_corpus = handBuiltCorpus();
    }

    void cliRenderAndLayoutKeepEarlierFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("args");
        const QString data = QStringLiteral(PARLEY_TEST_DATA "/gui");
        for (const char* suffix : {"png", "svg", "pdf"}) {
            QTest::newRow(suffix) << QStringLiteral("graph.") + QLatin1String(suffix)
                                  << QStringList{QStringLiteral("render"), data};
        }
        QTest::newRow("layout") << QStringLiteral("positions.tsv")
                                << QStringList{QStringLiteral("layout"), QStringLiteral("--in"),
                                               QStringLiteral("EDGES")};
    }

    // `render -o` and `layout --out` into a file that cannot grow past 512 bytes: exit code
    // 3, the path on stderr, the earlier file byte for byte, no temporary file left.
    void cliRenderAndLayoutKeepEarlierFile()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString edges = dir.filePath(QStringLiteral("edges.tsv"));
        QByteArray edgeList;
        for (int i = 0; i < 200; ++i)
            edgeList += "n" + QByteArray::number(i) + "\tn" + QByteArray::number((i * 7 + 1) % 200) + "\n";
        writeFile(edges, edgeList);
        args.replaceInStrings(QStringLiteral("EDGES"), edges);
        const QString out = dir.filePath(name);
        const QString outOption = args.front() == u"layout" ? QStringLiteral("--out") : QStringLiteral("-o");

        // Unlimited, the output is larger than the limit below.
        const Run fine = runCli(args + QStringList{outOption, out});
        QVERIFY2(fine.exitCode == 0, fine.err.constData());
        QVERIFY(QFileInfo(out).size() > 2048);

        writeFile(out, kEarlier);
        const Run r = runLimited(args + QStringList{outOption, out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(out.toUtf8()), r.err.constData());
        QCOMPARE(readAll(out), kEarlier);
        QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("edges.tsv"), name}));
    }

    // The same with a really full file system, where the test may mount one.
    void cliOnFullFilesystem()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString tiny = dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("tiny")));
        const QString data = QStringLiteral(PARLEY_TEST_DATA "/gui");
        const std::vector<std::pair<QString, QStringList>> cases = {
            {QStringLiteral("graph.json"), {QStringLiteral("extract"), data}},
            {QStringLiteral("graph.graphml"), {QStringLiteral("extract"), QStringLiteral("-f"), QStringLiteral("graphml"), data}},
            {QStringLiteral("graph.png"), {QStringLiteral("render"), data}},
            {QStringLiteral("graph.svg"), {QStringLiteral("render"), data}}};
        for (const auto& [name, args] : cases) {
            FullFilesystem fs(tiny, name, kEarlier);
            if (!fs.mounted())
                QSKIP("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)");
            QVERIFY(fs.full());
            const QString out = QDir(tiny).filePath(name);
            const Run r = runCli(args + QStringList{QStringLiteral("-o"), out});
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains(out.toUtf8()), r.err.constData());
            QCOMPARE(readAll(out), kEarlier);
            QCOMPARE(filesIn(tiny), (QStringList{QStringLiteral(".filler"), name}));
        }
    }

    // File > Export graph that fails: the Problems view names the file and the reason, the
    // earlier file stays, the graph on screen is untouched.
    void windowGraphExportFailureIsShown()
    {
        auto w = openWindow();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("graph.graphml"));
        writeFile(path, kEarlier);
        const int before = w->problems()->count();
        Status s;
        {
            FileSizeLimit limit(1024);
            QVERIFY(limit.ok());
            s = w->exportGraph(path, ExportFormat::GraphML);
        }
        QVERIFY(!s.ok());
        QCOMPARE(w->problems()->count(), before + 1);
        const QString shown = w->problems()->item(before)->text();
        QVERIFY2(shown.startsWith(path + QStringLiteral(": ")), qPrintable(shown));
        QVERIFY(shown.size() > path.size() + 5);
        QCOMPARE(readAll(path), kEarlier);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("graph.graphml")});
        QCOMPARE(w->corpus()->nodeCount(), m_corpus->nodeCount());
    }

    // File > Export image that fails (PNG, SVG, PDF): an error naming the file (shown in a
    // warning box by the interactive action) and the earlier file intact.
    void windowImageExportFailureKeepsEarlierFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        // Small images too: below Qt's 16 KiB write buffer a short write shows only at commit.
        QTest::newRow("png") << QStringLiteral("graph.png") << QSize(800, 600);
        QTest::newRow("small png") << QStringLiteral("graph.png") << QSize(60, 40);
        QTest::newRow("svg") << QStringLiteral("graph.svg") << QSize(800, 600);
        QTest::newRow("pdf") << QStringLiteral("graph.pdf") << QSize(800, 600);
    }

    void windowImageExportFailureKeepsEarlierFile()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        auto w = openWindow();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        ExportOptions o;
        o.size = size;
        QVERIFY(w->exportImage(path, o).ok());
        const qint64 full = QFileInfo(path).size();
        QVERIFY(full > 2 * kEarlier.size());
        writeFile(path, kEarlier);
        Status s;
        {
            FileSizeLimit limit(rlim_t(full / 2));
            QVERIFY(limit.ok());
            s = w->exportImage(path, o);
        }
        QVERIFY(!s.ok());
        QCOMPARE(s.error.where, path);
        QVERIFY(!s.error.message.isEmpty());
        QCOMPARE(readAll(path), kEarlier);
        QCOMPARE(filesIn(dir.path()), QStringList{name});
    }

    // The hostile folder of tst_clihostile, opened in the window: one row in the Problems view
    // per bad file or line, with the path and the reason, and every good article read.
    void hostileFilesGoToProblems()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HostileCorpus corpus = makeHostileCorpus(dir.path());
        MainWindow w;
        w.show();
        QSignalSpy done(&w, &MainWindow::loadFinished);
        w.openPaths(corpus.paths);
        QVERIFY(done.wait(120000));
        QStringList shown;
        for (int i = 0; i < w.problems()->count(); ++i)
            shown << w.problems()->item(i)->text();
        QCOMPARE(shown, corpus.problems);
        QCOMPARE(int(w.corpus()->documents().size()), corpus.documents);
        QVERIFY(w.corpus()->find(QStringLiteral("person:hakan-fidan")));
    }

    // Cancel a long load: the window keeps the graph it showed, is no longer loading, and
    // reports nothing; then the same corpus, loaded twice, gives the identical graph.
    void cancelledLoadLeavesConsistentStateAndReloadIsIdentical()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList samples = MainWindow::sampleCorpusFiles();
        QVERIFY(samples.size() >= 10);
        // 300 articles: the sample corpus, each copy made distinct by a last line.
        for (int i = 0; i < 300; ++i) {
            const QByteArray text = readAll(samples[i % samples.size()]);
            writeFile(dir.filePath(QStringLiteral("a%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
                      text + "\nCopy " + QByteArray::number(i) + ".\n");
        }
        auto w = openWindow();
        QSignalSpy done(w.get(), &MainWindow::loadFinished);
        w->openPaths({dir.path()});
        QVERIFY(w->isLoading());
        w->cancelLoading();
        QVERIFY(done.wait(60000));
        QVERIFY(!w->isLoading());
        QCOMPARE(w->corpus(), m_corpus.get());
        QCOMPARE(w->problems()->count(), 0);

        w->openPaths({dir.path()});
        QVERIFY(done.wait(120000));
        QVERIFY(w->corpus() != m_corpus.get());
        QCOMPARE(int(w->corpus()->documents().size()), 300);
        const QByteArray first = canonicalBytes(*w->corpus());
        QVERIFY(first.size() > 10000);

        MainWindow other;
        other.show();
        QSignalSpy otherDone(&other, &MainWindow::loadFinished);
        other.openPaths({dir.path()});
        QVERIFY(otherDone.wait(120000));
        QCOMPARE(canonicalBytes(*other.corpus()), first);
        w->openPaths({dir.path()});
        QVERIFY(done.wait(120000));
        QCOMPARE(canonicalBytes(*w->corpus()), first);
    }
};

QTEST_MAIN(TestGuiFaults)
#include "tst_guifaults.moc"
