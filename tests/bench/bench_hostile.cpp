// SPDX-License-Identifier: GPL-3.0-or-later
// Worst-case inputs for the loaders and the splitter, timed against ordinary news text
// (issue 7: within 5x of the normal rate). Prints MB/s and the slowdown ratio of each case.
#include "text/loader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace parley;

namespace {

// A paragraph in the style of the news the product reads (quotes, abbreviations, numbers).
const char kNews[] =
    "Syrian Foreign Minister Asaad al-Shaibani met Russian President Vladimir Putin in Moscow "
    "on Tuesday, according to the official news agency SANA. The talks covered political, "
    "military and economic issues, with a focus on the defense industry, it added. "
    "\"We discussed everything,\" al-Shaibani told reporters. U.S. Secretary of State Marco "
    "Rubio said on Dec. 16 that Washington was watching closely. Trade grew 3.5 percent to "
    "$1.2 billion last year, officials said.\n\n";

double secondsFor(const std::function<void()>& work)
{
    // Best of three runs, so a busy shared machine disturbs the figure less.
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, t.nsecsElapsed() / 1e9);
    }
    return best;
}

double rate(const QByteArray& bytes, const QString& name)
{
    const double s = secondsFor([&] {
        const LoadResult r = loadBytes(bytes, name);
        QVERIFY(!r.documents.empty() || !r.errors.empty());
    });
    return bytes.size() / (1024.0 * 1024.0) / s;
}

QByteArray news(qsizetype size)
{
    return QByteArray(kNews).repeated(int(size / qsizetype(sizeof(kNews) - 1)) + 1).left(size);
}

} // namespace

class BenchHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void worstCases_data();
    void worstCases();
    void twoHundredMegabyteFile();
    void twentyThousandFiles();

private:
    double m_normal = 0; // MB/s on news text
};

void BenchHostile::initTestCase()
{
    m_normal = rate(news(20 * 1024 * 1024), QStringLiteral("news.txt"));
    qInfo("normal news text: %.1f MB/s", m_normal);
}

void BenchHostile::worstCases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    const int mb = 1024 * 1024;
    QTest::newRow("5 MB sentence without punctuation")
        << "a.txt" << QByteArray("word ").repeated(mb);
    QTest::newRow("10 MB line") << "b.txt" << news(10 * mb).replace('\n', ' ');
    QTest::newRow("100k capitalised words") << "c.txt" << QByteArray("Word ").repeated(100000);
    QTest::newRow("5 MB without white space") << "d.txt" << QByteArray(5 * mb, 'x');
    QTest::newRow("abbreviations")
        << "e.txt" << QByteArray("U.S. Gen. Dr. No. W. ").repeated(mb / 4);
    QTest::newRow("full stops") << "f.txt" << QByteArray(5 * mb, '.');
    QTest::newRow("ellipses and quotes") << "g.txt" << QByteArray("... \"The ").repeated(mb / 2);
    QTest::newRow("windows-1252") << "h.txt" << news(5 * mb).replace(' ', '\x92');
    QTest::newRow("utf-16 without BOM") << "i.txt" << [] {
        QByteArray out;
        for (const char c : news(5 * mb))
            out.append(c).append('\0');
        return out;
    }();
    QTest::newRow("html news") << "j.html"
                               << "<html><head><title>t</title></head><body>" +
                                      news(10 * mb).replace("\n\n", "</p><p>") + "</body></html>";
    QTest::newRow("html 100k nested")
        << "k.html" << QByteArray("<div><span>").repeated(100000) + news(mb);
    QTest::newRow("html scripts and iframes")
        << "l.html"
        << QByteArray("<script>var a='<p>'</script><iframe src=x>f</iframe>Text. ")
               .repeated(mb / 8);
    QTest::newRow("html lone brackets") << "m.html" << QByteArray("a < b <a ").repeated(mb / 2);
    QTest::newRow("html entities")
        << "n.html" << QByteArray("&amp;&#8217;&rsquo;&x ").repeated(mb / 4);
    QTest::newRow("markdown brackets")
        << "o.md" << QByteArray("[a](b [c] *d* _e_ ").repeated(mb / 4);
    QTest::newRow("jsonl news") << "p.jsonl" << [] {
        QByteArray line = "{\"text\": \"" +
                          QByteArray(kNews).replace("\"", "\\\"").replace("\n", "\\n") +
                          "\", \"date\": \"2025-12-16\"}\n";
        return line.repeated(10 * 1024 * 1024 / line.size());
    }();
    QTest::newRow("jsonl malformed")
        << "q.jsonl" << QByteArray("{\"text\": [1, 2,\n").repeated(mb / 4);
}

void BenchHostile::worstCases()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const double r = rate(bytes, name);
    const double ratio = m_normal / r;
    qInfo("%-36s %7.1f MB/s  slowdown x%.2f", QTest::currentDataTag(), r, ratio);
    QVERIFY2(ratio <= 5.0, qPrintable(QStringLiteral("%1 is %2x slower than news text")
                                          .arg(QString::fromLatin1(QTest::currentDataTag()))
                                          .arg(ratio)));
}

void BenchHostile::twoHundredMegabyteFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray chunk = news(8 * 1024 * 1024);
        for (int i = 0; i < 25; ++i)
            QVERIFY(f.write(chunk) == chunk.size());
    }
    QElapsedTimer t;
    t.start();
    const LoadResult r = loadPaths({path});
    const double s = t.nsecsElapsed() / 1e9;
    QCOMPARE(r.documents.size(), std::size_t(1));
    const double mbps = 200.0 / s;
    qInfo("200 MB file: %.2f s, %.1f MB/s, %zu sentences, slowdown x%.2f", s, mbps,
          r.documents.front().sentences.size(), m_normal / mbps);
    QVERIFY(m_normal / mbps <= 5.0);
}

void BenchHostile::twentyThousandFiles()
{
    // Memory-backed when possible: creating 20,000 files on a virtual disk can take longer than
    // everything this test is about.
    const QString shm = QStringLiteral("/dev/shm");
    QTemporaryDir dir(QFileInfo(shm).isWritable()
                          ? shm + QStringLiteral("/parley-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/parley-XXXXXX"));
    QVERIFY(dir.isValid());
    const QByteArray article = news(2000);
    for (int sub = 0; sub < 20; ++sub) {
        QVERIFY(QDir(dir.path()).mkdir(QString::number(sub)));
        for (int i = 0; i < 1000; ++i) {
            QFile f(dir.filePath(QStringLiteral("%1/%2.txt").arg(sub).arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(article + QByteArray::number(i));
        }
    }
    QElapsedTimer t;
    t.start();
    const LoadResult r = loadPaths({dir.path()});
    const double s = t.nsecsElapsed() / 1e9;
    QCOMPARE(r.documents.size(), std::size_t(20000));
    qInfo("20,000 files of 2 kB: %.2f s (%.0f files/s, %.1f MB/s)", s, 20000 / s, 40.0 / s);
}

QTEST_GUILESS_MAIN(BenchHostile)
#include "bench_hostile.moc"
