// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and oversized input for the loaders and the splitter (issue 7). Each case must
// finish, keep the invariants and report problems per file; speed is measured separately in
// tests/bench/bench_hostile.
#include "text/htmltext.h"
#include "text/loader.h"
#include "text/markdowntext.h"
#include "text/sentencesplitter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;

namespace {

constexpr qsizetype kMaxSentence = 2000;

// The splitter's promises: in order, non-overlapping, trimmed, non-empty, bounded, and
// together covering every non-space character.
bool checkSentences(const QString& text, const std::vector<Sentence>& sentences, QString* why)
{
    qsizetype previousEnd = 0;
    qsizetype covered = 0;
    for (const Sentence& s : sentences) {
        if (s.start < previousEnd || s.end <= s.start || s.end > text.size()) {
            *why = QStringLiteral("bad span %1-%2").arg(s.start).arg(s.end);
            return false;
        }
        if (s.end - s.start > kMaxSentence) {
            *why = QStringLiteral("sentence of %1 units").arg(s.end - s.start);
            return false;
        }
        if (text[s.start].isSpace() || text[s.end - 1].isSpace()) {
            *why = QStringLiteral("untrimmed span at %1").arg(s.start);
            return false;
        }
        for (qsizetype k = previousEnd; k < s.start; ++k) {
            if (!text[k].isSpace()) {
                *why = QStringLiteral("character %1 in no sentence").arg(k);
                return false;
            }
        }
        covered += s.end - s.start;
        previousEnd = s.end;
    }
    for (qsizetype k = previousEnd; k < text.size(); ++k) {
        if (!text[k].isSpace()) {
            *why = QStringLiteral("trailing character %1 in no sentence").arg(k);
            return false;
        }
    }
    return true;
}

QString repeat(const QString& unit, qsizetype totalSize)
{
    QString out;
    out.reserve(totalSize + unit.size());
    while (out.size() < totalSize)
        out += unit;
    return out;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitterInvariants_data();
    void splitterInvariants();
    void loaderSurvives_data();
    void loaderSurvives();
    void fiveMegabyteSentence();
    void tenMegabyteLine();
    void folderOfTwentyThousandFiles();
};

void TestHostileInput::splitterInvariants_data()
{
    QTest::addColumn<QString>("text");
    const qsizetype mb = 1024 * 1024;
    QTest::newRow("5 MB without punctuation") << repeat(QStringLiteral("word "), 5 * mb);
    QTest::newRow("5 MB without spaces") << QString(5 * mb, u'x');
    QTest::newRow("100k capitalised words") << repeat(QStringLiteral("Word "), 100000 * 5);
    QTest::newRow("abbreviations only") << repeat(QStringLiteral("U.S. Gen. Dr. No. "), mb);
    QTest::newRow("initials only") << repeat(QStringLiteral("A. B. C. "), mb);
    QTest::newRow("full stops only") << QString(mb, u'.');
    QTest::newRow("full stop space") << repeat(QStringLiteral(". "), mb);
    QTest::newRow("ellipses") << repeat(QStringLiteral("… The "), mb);
    QTest::newRow("quotes") << repeat(QStringLiteral("\"“'’)("), mb);
    QTest::newRow("10 MB of white space") << QString(10 * mb, u' ') + QStringLiteral("End.");
    QTest::newRow("newlines only") << QString(mb, u'\n');
    QTest::newRow("alternating newlines") << repeat(QStringLiteral("a\n"), mb);
    QTest::newRow("lone surrogates") << repeat(QString(QChar(0xD800)), mb);
    QTest::newRow("combining marks") << repeat(QString::fromUtf8("e\xCC\x81\xCC\x81\xCC\x81"), mb);
}

void TestHostileInput::splitterInvariants()
{
    QFETCH(QString, text);
    QString why;
    QVERIFY2(checkSentences(text, splitSentences(text), &why), qPrintable(why));
}

void TestHostileInput::loaderSurvives_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("documents");

    const int mb = 1024 * 1024;
    QTest::newRow("html 100k nested divs")
        << "a.html" << QByteArray("<div>").repeated(100000) + "Deep." << 1;
    QTest::newRow("html lone angle brackets") << "b.html" << QByteArray("<").repeated(mb) << 1;
    QTest::newRow("html unterminated tags") << "c.html"
                                            << "Start." + QByteArray("<a").repeated(mb) << 1;
    QTest::newRow("html unterminated attribute")
        << "d.html"
        << "Start.<a href=\"" + QByteArray("x").repeated(mb) << 1;
    QTest::newRow("html unterminated comment") << "e.html"
                                               << "Start.<!--" + QByteArray("-").repeated(mb) << 1;
    QTest::newRow("html many scripts")
        << "f.html" << QByteArray("<script>x</script>Text. ").repeated(100000) << 1;
    QTest::newRow("html unterminated script")
        << "g.html"
        << "Start.<script>" + QByteArray("<script>").repeated(100000) << 1;
    QTest::newRow("html entity soup")
        << "h.html" << QByteArray("&&#&#x&amp&#99999999999;").repeated(50000) << 1;
    QTest::newRow("html nested svg") << "i.html"
                                     << "Start." + QByteArray("<svg>").repeated(100000) << 1;
    QTest::newRow("markdown brackets") << "j.md" << QByteArray("[").repeated(mb) << 1;
    QTest::newRow("markdown links") << "k.md" << QByteArray("[a](b").repeated(200000) << 1;
    QTest::newRow("markdown emphasis") << "l.md" << QByteArray("*_~`").repeated(mb / 4) + "x" << 1;
    QTest::newRow("markdown fence never closed")
        << "m.md"
        << "Text.\n```\n" + QByteArray("x\n").repeated(mb) << 1;
    QTest::newRow("jsonl deep nesting") << "n.jsonl" << QByteArray("[").repeated(mb) << 0;
    QTest::newRow("jsonl 100k lines")
        << "o.jsonl" << QByteArray("{\"text\":\"A.\"}\n").repeated(100000) << 100000;
    QTest::newRow("jsonl huge string")
        << "p.jsonl"
        << "{\"text\":\"" + QByteArray("a ").repeated(2 * mb) + "\"}" << 1;
    QTest::newRow("header lines only") << "q.txt" << QByteArray("Title: x\nDate: y\n") << 0;
    QTest::newRow("invalid utf-8 everywhere")
        << "r.txt" << QByteArray("\xC3\x28 \xA0\xA1 ").repeated(mb / 5) << 1;
    QTest::newRow("utf-16 odd length") << "s.txt" << QByteArray("A\0B\0C\0.\0\n", 9) << 1;
    QTest::newRow("utf-16 unpaired surrogates")
        << "t.txt" << QByteArray("\xFF\xFE\x00\xD8\x41\x00", 6) << 1;
}

void TestHostileInput::loaderSurvives()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, documents);
    const LoadResult r = loadBytes(bytes, name);
    QCOMPARE(int(r.documents.size()), documents);
    if (documents == 0)
        QVERIFY(!r.errors.empty());
    for (const Error& e : r.errors) {
        QCOMPARE(e.where, name);
        QVERIFY(!e.message.isEmpty());
    }
    for (const Document& d : r.documents) {
        QString why;
        QVERIFY2(checkSentences(d.text, d.sentences, &why), qPrintable(why));
        QVERIFY(d.id.startsWith(u'd'));
    }
}

void TestHostileInput::fiveMegabyteSentence()
{
    const QByteArray bytes = QByteArray("Word and word ").repeated(5 * 1024 * 1024 / 14);
    const LoadResult r = loadBytes(bytes, QStringLiteral("long.txt"));
    QCOMPARE(r.documents.size(), std::size_t(1));
    const Document& d = r.documents.front();
    QVERIFY(d.sentences.size() >= std::size_t(bytes.size() / kMaxSentence));
    QString why;
    QVERIFY2(checkSentences(d.text, d.sentences, &why), qPrintable(why));
}

void TestHostileInput::tenMegabyteLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("line.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray sentence = "The minister met his counterpart in the capital on Monday. ";
    QVERIFY(f.write(sentence.repeated(10 * 1024 * 1024 / sentence.size())) > 0);
    f.close();
    const LoadResult r = loadPaths({path});
    QCOMPARE(r.documents.size(), std::size_t(1));
    QCOMPARE(qsizetype(r.documents.front().sentences.size()),
             qsizetype(10 * 1024 * 1024 / sentence.size()));
}

void TestHostileInput::folderOfTwentyThousandFiles()
{
    // Memory-backed when possible: creating 20,000 files on a virtual disk can take longer than
    // everything this test is about.
    const QString shm = QStringLiteral("/dev/shm");
    QTemporaryDir dir(QFileInfo(shm).isWritable()
                          ? shm + QStringLiteral("/parley-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/parley-XXXXXX"));
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    for (int sub = 0; sub < 20; ++sub) {
        const QString folder = QStringLiteral("s%1").arg(sub, 2, 10, QLatin1Char('0'));
        QVERIFY(root.mkdir(folder));
        for (int i = 0; i < 1000; ++i) {
            QFile f(
                root.filePath(folder + QStringLiteral("/a%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Article " + QByteArray::number(sub * 1000 + i) + ". Leaders met.\n");
        }
    }
    int calls = 0;
    LoadOptions options;
    options.progress = [&calls](int, int total) {
        ++calls;
        return total == 20000;
    };
    const LoadResult r = loadPaths({dir.path()}, options);
    QVERIFY(r.errors.empty());
    QCOMPARE(r.documents.size(), std::size_t(20000));
    QCOMPARE(calls, 20001);
    QCOMPARE(r.documents.front().text, QStringLiteral("Article 0. Leaders met.\n"));
    QCOMPARE(r.documents.back().text, QStringLiteral("Article 19999. Leaders met.\n"));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
