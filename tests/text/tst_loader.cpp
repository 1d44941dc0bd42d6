// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/htmltext.h"
#include "text/loader.h"
#include "text/textdate.h"
#include "text/textdecode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace parley;

namespace {

QByteArray utf16(const QString& s, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : s) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList errorStrings(const LoadResult& r)
{
    QStringList out;
    for (const Error& e : r.errors)
        out << e.toString();
    return out;
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The JSONL loader skips decoding for clean UTF-8: it must answer true only where
    // decodeText() reads the bytes as UTF-8 unchanged, and false for whatever needs it.
    void cleanUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("clean");
        QTest::newRow("ascii") << QByteArray("{\"text\":\"Macron met Scholz.\"}\n") << true;
        QTest::newRow("accents and tabs") << QByteArray("Caf\xc3\xa9\tZ\xc3\xbcrich\r\n\xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80") << true;
        QTest::newRow("next line") << QByteArray("a\xc2\x85z") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf" "abc") << false;
        QTest::newRow("utf-16 bom") << QByteArray("\xff\xfe" "a") << false;
        QTest::newRow("nul") << QByteArray("a\0b", 3) << false;
        QTest::newRow("control") << QByteArray("a\x01" "b") << false;
        QTest::newRow("delete") << QByteArray("a\x7f") << false;
        QTest::newRow("c1 control") << QByteArray("a\xc2\x90") << false;
        QTest::newRow("windows-1252") << QByteArray("caf\xe9 ") << false;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("overlong 3") << QByteArray("\xe0\x80\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("beyond unicode") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("truncated") << QByteArray("ab\xe2\x80") << false;
        QTest::newRow("stray continuation") << QByteArray("a\x80") << false;
        QTest::newRow("noncharacter") << QByteArray("\xef\xbf\xbe") << false;
        // Printable ASCII is skipped sixteen bytes at a time: what follows a long run of it,
        // at and around a group's edge, is still looked at.
        const QByteArray run(37, 'a');
        QTest::newRow("long ascii") << run + run + "\n" << true;
        QTest::newRow("control after a run") << run + "\x01" + run << false;
        QTest::newRow("delete at a group's start") << QByteArray(16, 'a') + "\x7f" + run << false;
        QTest::newRow("nul at a group's end") << QByteArray(31, 'a') + QByteArray(1, '\0') + run << false;
        QTest::newRow("utf-8 after a run") << run + "\xc3\xa9" + run + "\xe2\x80\x9c" << true;
        QTest::newRow("c1 control after a run") << run + "\xc2\x90" + run << false;
        QTest::newRow("truncated after a run") << run + run + "\xe2\x80" << false;
    }

    void cleanUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, clean);
        QCOMPARE(isCleanUtf8(bytes), clean);
        if (clean) {
            const Result<DecodedText> decoded = decodeText(bytes);
            QVERIFY(decoded);
            QCOMPARE(decoded.value().encoding, TextEncoding::Utf8);
            QCOMPARE(decoded.value().text.toUtf8(), bytes);
        }
    }

    void formats_data();
    void formats();
    void encodings_data();
    void encodings();
    void badFiles_data();
    void badFiles();
    void dates_data();
    void dates();
    void htmlTitle_data();
    void htmlTitle();
    void jsonl();
    void jsonlWithMalformedLines();
    void htmlIsStrippedAndNothingFetched();
    void deeplyNestedHtml();
    void folderIsReadRecursivelyInOrder();
    void streamedEqualsWholeLoad();
    void streamedJsonlInParts();
    void symlinkLoopEnds();
    void unreadableFileIsReported();
    void fileNamesWithNewlines();
    void idsAreDeterministic();
    void idsAreSha1OfEveryLength();
    void cancellation();
    void tooLargeFileIsRejected();
    void fixtureFolder();
};

void TestLoader::formats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("sentences");

    QTest::newRow("txt") << "a.txt"
                         << QByteArray("Talks in Ankara\n\nThe ministers met. They agreed.\n")
                         << "Talks in Ankara\n\nThe ministers met. They agreed.\n"
                         << "Talks in Ankara" << 3;
    QTest::newRow("txt header block")
        << "b.txt"
        << QByteArray("Title: Lavrov meets Fidan\nDate: 2025-12-16\nSource: TASS\n"
                      "URL: https://example.invalid/a\n\nLavrov met Fidan in Moscow.\n")
        << "Title: Lavrov meets Fidan\nDate: 2025-12-16\nSource: TASS\n"
           "URL: https://example.invalid/a\n\nLavrov met Fidan in Moscow.\n"
        << "Lavrov meets Fidan" << 1;
    QTest::newRow("txt CRLF") << "c.txt" << QByteArray("One line.\r\nTwo line.\r\n")
                              << "One line.\r\nTwo line.\r\n"
                              << "One line." << 2;
    QTest::newRow("long first line gives file name")
        << "long-title.txt" << QByteArray(QByteArray(200, 'x') + " end.")
        << QString(200, u'x') + " end."
        << "long-title" << 1;
    QTest::newRow("md")
        << "d.md"
        << QByteArray("# Putin *meets* Erdogan #\n\nThe **two** leaders met in "
                      "[Sochi](https://example.invalid/sochi \"x\") on `Monday`.\n"
                      "- First point\n- Second point\n\n```\ncode();\n```\n"
                      "> Quoted ![photo](img.png) words.\n\n---\n[ref]: https://x.invalid\n"
                      "See [the report][ref] and snake_case_name.\n")
        << "Putin meets Erdogan\n\nThe two leaders met in Sochi on Monday.\n\nFirst point\n\n"
           "Second point\n\nQuoted photo words.\n\nSee the report and snake_case_name."
        << "Putin meets Erdogan" << 6;
    QTest::newRow("md front matter")
        << "e.md"
        << QByteArray("---\ntitle: \"Summit in Baghdad\"\ndate: 2021-06-27\n---\nLeaders met.\n")
        << "Leaders met."
        << "Summit in Baghdad" << 1;
    QTest::newRow("html")
        << "f.html"
        << QByteArray("<!DOCTYPE html><html><head><title>Talks &amp; more</title>"
                      "<style>p { color: red }</style></head><body><h1>Headline here</h1>"
                      "<p>Erdogan&#8217;s aide said &ldquo;yes&rdquo;.</p><p>Second<br>line "
                      "&nbsp; here.</p></body></html>")
        << "Headline here\n\nErdogan’s aide said “yes”.\n\nSecond\nline here."
        << "Talks & more" << 3;
    QTest::newRow("htm uppercase tags")
        << "g.HTM" << QByteArray("<HTML><BODY><P>One.</P><DIV>Two.</DIV></BODY></HTML>")
        << "One.\n\nTwo."
        << "One." << 2;
}

void TestLoader::formats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(int, sentences);
    const LoadResult r = loadBytes(bytes, name);
    QVERIFY2(r.errors.empty(), qPrintable(errorStrings(r).join(u'\n')));
    QCOMPARE(r.documents.size(), std::size_t(1));
    const Document& d = r.documents.front();
    QCOMPARE(d.text, text);
    QCOMPARE(d.title, title);
    QCOMPARE(d.path, name);
    QCOMPARE(int(d.sentences.size()), sentences);
    // A header block stays in the text but is never part of a sentence.
    for (std::size_t i = 0; i < d.sentences.size(); ++i) {
        QVERIFY(!d.sentenceText(i).contains(u"Title:"));
        QVERIFY(!d.sentenceText(i).contains(u"\r"));
    }
}

void TestLoader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QString sample = QStringLiteral("Çavuşoğlu met Gabriel – “good talks”.");
    QTest::newRow("utf-8") << sample.toUtf8() << sample;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << sample;
    QTest::newRow("utf-16le bom") << utf16(sample, true, true) << sample;
    QTest::newRow("utf-16be bom") << utf16(sample, false, true) << sample;
    QTest::newRow("utf-16le no bom") << utf16(sample, true, false) << sample;
    QTest::newRow("utf-16be no bom") << utf16(sample, false, false) << sample;
    QTest::newRow("windows-1252 quote")
        << QByteArray("Erdogan\x92s visit \x93went\x94 well \x80 5.")
        << QStringLiteral("Erdogan’s visit “went” well € 5.");
    QTest::newRow("latin-1 accents as windows-1252")
        << QByteArray("Caf\xE9 in S\xE3o Paulo.") << QStringLiteral("Café in São Paulo.");
    QTest::newRow("truncated utf-8 sequence")
        << QByteArray("Ends badly \xC3") << QStringLiteral("Ends badly Ã");
}

void TestLoader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const LoadResult r = loadBytes(bytes, QStringLiteral("enc.txt"));
    QVERIFY2(r.errors.empty(), qPrintable(errorStrings(r).join(u'\n')));
    QCOMPARE(r.documents.size(), std::size_t(1));
    QCOMPARE(r.documents.front().text, text);
}

void TestLoader::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << "empty.txt" << QByteArray() << "empty.txt: empty file";
    QTest::newRow("white space only")
        << "blank.txt" << QByteArray(" \n\t\n") << "blank.txt: no text (only white space)";
    QTest::newRow("png") << "image.txt" << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20)
                         << "image.txt: not a text file (NUL byte at offset 8)";
    QTest::newRow("nul in text") << "nul.md" << QByteArray("Hello\0world, this is text.", 26)
                                 << "nul.md: not a text file (NUL byte at offset 5)";
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += char(1 + i % 8) + QByteArray("ab");
    QTest::newRow("control characters")
        << "ctrl.txt" << controls << "ctrl.txt: not a text file (200 control characters in 600)";
    QTest::newRow("only markup") << "markup.html" << QByteArray("<html><script>x()</script></html>")
                                 << "markup.html: no text left once the markup is removed";
    QTest::newRow("unsupported") << "photo.jpg" << QByteArray("text")
                                 << "photo.jpg: unsupported file type (expected .txt, .md, .html, "
                                    ".htm, .jsonl, .rss, .atom or .xml)";
}

void TestLoader::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    QVERIFY(writeFile(path, bytes));
    const QString good = dir.filePath(QStringLiteral("good.txt"));
    QVERIFY(writeFile(good, "A good file."));
    // The bad file is reported and the good one still loads.
    const LoadResult r = loadPaths({path, good});
    QCOMPARE(r.documents.size(), std::size_t(1));
    QCOMPARE(r.documents.front().path, good);
    QCOMPARE(errorStrings(r), QStringList{dir.path() + u'/' + message});
}

void TestLoader::dates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QDate>("date");

    QTest::newRow("iso line") << "a.txt" << QByteArray("Date: 2025-12-16\n\nThey met.")
                              << QDate(2025, 12, 16);
    QTest::newRow("worded line") << "a.txt" << QByteArray("Date: December 16, 2025\nThey met.")
                                 << QDate(2025, 12, 16);
    QTest::newRow("abbreviated month")
        << "a.txt" << QByteArray("Published: Dec. 6, 2025\nThey met.") << QDate(2025, 12, 6);
    QTest::newRow("day first") << "a.txt" << QByteArray("Date: Tuesday, 16th December 2025\nMet.")
                               << QDate(2025, 12, 16);
    QTest::newRow("datetime") << "a.md" << QByteArray("Date: 2025-12-16T09:30:00Z\n\nMet.")
                              << QDate(2025, 12, 16);
    // figures with the year last: the day first after dots and hyphens; a slash only when one
    // number can be no month (session 19, places12)
    QTest::newRow("dotted day first") << "a.txt" << QByteArray("Date: 28.01.2026\nThey met.") << QDate(2026, 1, 28);
    QTest::newRow("hyphened day first") << "a.txt" << QByteArray("Date: 17-12-2025\nThey met.") << QDate(2025, 12, 17);
    QTest::newRow("slashed day first") << "a.txt" << QByteArray("Date: 17/12/2025\nThey met.") << QDate(2025, 12, 17);
    QTest::newRow("slashed month first") << "a.txt" << QByteArray("Date: 12/17/2025\nThey met.") << QDate(2025, 12, 17);
    QTest::newRow("slashed, either order (default)")
        << "a.txt" << QByteArray("Date: 03/04/2026\nThey met.") << QDate(2020, 1, 2);
    QTest::newRow("default when absent") << "a.txt" << QByteArray("They met.") << QDate(2020, 1, 2);
    QTest::newRow("default when unreadable")
        << "a.txt" << QByteArray("Date: soon\nThey met.") << QDate(2020, 1, 2);
    QTest::newRow("html meta")
        << "a.html"
        << QByteArray("<meta property=\"article:published_time\" content=\"2024-03-01T10:00\">"
                      "<p>They met.</p>")
        << QDate(2024, 3, 1);
    QTest::newRow("html meta name=date")
        << "a.html" << QByteArray("<meta name=\"date\" content=\"2023-06-22\"><p>They met.</p>")
        << QDate(2023, 6, 22);
    QTest::newRow("html json-ld")
        << "a.html"
        << QByteArray("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                      "\"@type\":\"NewsArticle\",\"datePublished\":\"2021-09-29T14:00:00+03:00\"}"
                      "</script><p>They met.</p>")
        << QDate(2021, 9, 29);
    QTest::newRow("html json-ld in @graph")
        << "a.html"
        << QByteArray("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},"
                      "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-03-05\"}]}</script>"
                      "<p>They met.</p>")
        << QDate(2020, 3, 5);
    QTest::newRow("html time datetime")
        << "a.html" << QByteArray("<p>Posted <time datetime=\"2019-11-13T08:00Z\">Wednesday</time>."
                                  " They met.</p><time datetime=\"2001-01-01\">x</time>")
        << QDate(2019, 11, 13);
    QTest::newRow("html meta beats json-ld beats time")
        << "a.html"
        << QByteArray("<time datetime=\"2001-01-01\">then</time><script type=\"application/ld+json\">"
                      "{\"datePublished\":\"2002-02-02\"}</script><meta name=\"pubdate\" "
                      "content=\"2003-03-03\"><p>They met.</p>")
        << QDate(2003, 3, 3);
    QTest::newRow("html json-ld beats time")
        << "a.html"
        << QByteArray("<time datetime=\"2001-01-01\">then</time><script type=\"application/ld+json\">"
                      "[{\"name\":\"x\"},{\"datePublished\":\"2002-02-02\"}]</script><p>They met.</p>")
        << QDate(2002, 2, 2);
    QTest::newRow("html broken json-ld falls to time")
        << "a.html"
        << QByteArray("<script type=\"application/ld+json\">{\"datePublished\":</script>"
                      "<time datetime=\"2001-01-01\">then</time><p>They met.</p>")
        << QDate(2001, 1, 1);
    QTest::newRow("date line not at top is text")
        << "a.txt" << QByteArray("They met.\nDate: 2025-12-16\n") << QDate(2020, 1, 2);
}

void TestLoader::dates()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QDate, date);
    LoadOptions options;
    options.defaultDate = QDate(2020, 1, 2);
    const LoadResult r = loadBytes(bytes, name, options);
    QCOMPARE(r.documents.size(), std::size_t(1));
    const Document& d = r.documents.front();
    QCOMPARE(d.date, date);
    QVERIFY(!d.sentences.empty());
    if (name.endsWith(u".txt") && d.text.startsWith(u"Date:"))
        QVERIFY(!d.sentenceText(0).startsWith(u"Date:"));
}

void TestLoader::htmlTitle_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::newRow("og:title beats <title>")
        << QByteArray("<title>Talks in Sochi | World Desk</title><meta property=\"og:title\" "
                      "content=\"Talks in  Sochi &amp; after\"><p>They met.</p>")
        << QStringLiteral("Talks in Sochi & after");
    QTest::newRow("<title> alone") << QByteArray("<title>Talks in Sochi</title><p>They met.</p>")
                                   << QStringLiteral("Talks in Sochi");
    QTest::newRow("empty og:title") << QByteArray("<title>T</title><meta property=\"og:title\" "
                                                  "content=\"\"><p>They met.</p>")
                                    << QStringLiteral("T");
}

void TestLoader::htmlTitle()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    const LoadResult r = loadBytes(bytes, QStringLiteral("page.html"));
    QCOMPARE(r.documents.size(), std::size_t(1));
    QCOMPARE(r.documents[0].title, title);
    QCOMPARE(r.documents[0].text, QStringLiteral("They met."));
}

void TestLoader::jsonl()
{
    const QByteArray bytes =
        "{\"text\": \"Lavrov met Fidan. They agreed.\", \"title\": \"Talks\", \"date\": "
        "\"2025-12-16T08:00:00+03:00\", \"url\": \"https://example.invalid/1\", \"source\": "
        "\"TASS\"}\n"
        "\n"
        "{\"text\": \"Second article\\nwith a line.\"}\r\n";
    LoadOptions options;
    options.defaultDate = QDate(2020, 5, 5);
    const LoadResult r = loadBytes(bytes, QStringLiteral("c.jsonl"), options);
    QVERIFY(r.errors.empty());
    QCOMPARE(r.documents.size(), std::size_t(2));
    const Document& a = r.documents[0];
    QCOMPARE(a.path, QStringLiteral("c.jsonl:1"));
    QCOMPARE(a.title, QStringLiteral("Talks"));
    QCOMPARE(a.date, QDate(2025, 12, 16));
    QCOMPARE(a.url, QStringLiteral("https://example.invalid/1"));
    QCOMPARE(a.source, QStringLiteral("TASS"));
    QCOMPARE(a.sentences.size(), std::size_t(2));
    const Document& b = r.documents[1];
    QCOMPARE(b.path, QStringLiteral("c.jsonl:3"));
    QCOMPARE(b.text, QStringLiteral("Second article\nwith a line."));
    QCOMPARE(b.title, QStringLiteral("Second article"));
    QCOMPARE(b.date, QDate(2020, 5, 5));
}

void TestLoader::jsonlWithMalformedLines()
{
    const QByteArray bytes = "{\"text\": \"One.\"}\n"
                             "{\"text\": \"Two.\"\n"
                             "[1, 2]\n"
                             "{\"title\": \"no text\"}\n"
                             "{\"text\": 5}\n"
                             "{\"text\": \"   \"}\n"
                             "not json at all\n"
                             "{\"text\": \"Eight.\"}\n";
    const LoadResult r = loadBytes(bytes, QStringLiteral("m.jsonl"));
    QCOMPARE(r.documents.size(), std::size_t(2));
    QCOMPARE(r.documents[0].path, QStringLiteral("m.jsonl:1"));
    QCOMPARE(r.documents[1].path, QStringLiteral("m.jsonl:8"));
    QCOMPARE(r.errors.size(), std::size_t(6));
    QList<int> lines;
    for (const Error& e : r.errors) {
        QCOMPARE(e.where, QStringLiteral("m.jsonl"));
        lines << e.line;
    }
    QCOMPARE(lines, (QList<int>{2, 3, 4, 5, 6, 7}));
    QVERIFY(r.errors[0].toString().startsWith(u"m.jsonl:2: invalid JSON ("));
    QCOMPARE(r.errors[1].message, QStringLiteral("expected a JSON object with a \"text\" field"));
    QCOMPARE(r.errors[2].message, QStringLiteral("no \"text\" field"));
    QCOMPARE(r.errors[3].message, QStringLiteral("the \"text\" field is not a string"));
    QCOMPARE(r.errors[4].message, QStringLiteral("empty \"text\" field"));
}

void TestLoader::htmlIsStrippedAndNothingFetched()
{
    const QString html = QStringLiteral(
        "<html><head><title>T</title><script src=\"https://evil.invalid/x.js\"></script>"
        "<script>document.write('<p>injected</p>'); var a = \"</p>\";</script>"
        "<style>body{background:url(https://evil.invalid/bg.png)}</style></head><body>"
        "<!-- a comment <p>hidden</p> -->"
        "<p>Visible <a href=\"javascript:alert(1)\" onclick=\"steal()\">link text</a> here.</p>"
        "<iframe src=\"https://evil.invalid/frame\">iframe fallback</iframe>"
        "<img src=\"https://evil.invalid/pixel.gif\" alt=\"tracking pixel\">"
        "<noscript>enable scripts</noscript><svg><title>icon</title><text>svg text</text></svg>"
        "<p>Numeric &#8220;quotes&#8221; &#x2014; &#150; &#0; &#99999999; &bogus; AT&T "
        "&lt;b&gt;</p>"
        "<SCRIPT type=\"text/javascript\">alert('x')</SCRIPT ><p>End</p></body></html>");
    const HtmlText t = htmlToText(html);
    QCOMPARE(t.title, QStringLiteral("T"));
    QCOMPARE(t.text, QStringLiteral("Visible link text here.\n\nNumeric “quotes” — – \uFFFD \uFFFD "
                                    "&bogus; AT&T <b>\n\nEnd"));
}

void TestLoader::deeplyNestedHtml()
{
    QString html;
    for (int i = 0; i < 10000; ++i)
        html += QStringLiteral("<div><span>");
    html += QStringLiteral("Deep text.");
    for (int i = 0; i < 10000; ++i)
        html += QStringLiteral("</span></div>");
    // Unclosed tags, attributes and comments at the end must not hang or crash either.
    html += QStringLiteral("<p>Tail.</p><a href=\"unterminated");
    const LoadResult r = loadBytes(html.toUtf8(), QStringLiteral("deep.html"));
    QCOMPARE(r.documents.size(), std::size_t(1));
    QCOMPARE(r.documents.front().text, QStringLiteral("Deep text.\n\nTail."));
}

void TestLoader::folderIsReadRecursivelyInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("b/inner")));
    QVERIFY(root.mkpath(QStringLiteral("a")));
    QVERIFY(root.mkpath(QStringLiteral(".hidden")));
    QVERIFY(writeFile(root.filePath("z.txt"), "Zed."));
    QVERIFY(writeFile(root.filePath("a/one.md"), "One."));
    QVERIFY(writeFile(root.filePath("b/inner/two.html"), "<p>Two.</p>"));
    QVERIFY(writeFile(root.filePath("b/three.jsonl"), "{\"text\":\"Three.\"}\n"));
    QVERIFY(writeFile(root.filePath("b/skip.pdf"), "%PDF"));
    QVERIFY(writeFile(root.filePath("b/skip.png"), QByteArray("\0\0\0", 3)));
    QVERIFY(writeFile(root.filePath(".hidden/no.txt"), "Hidden."));
    QList<std::pair<int, int>> progress;
    LoadOptions options;
    options.progress = [&progress](int done, int total) {
        progress.append({done, total});
        return true;
    };
    const LoadResult r = loadPaths({dir.path()}, options);
    QVERIFY2(r.errors.empty(), qPrintable(errorStrings(r).join(u'\n')));
    QStringList texts;
    for (const Document& d : r.documents)
        texts << d.text;
    QCOMPARE(texts, (QStringList{"One.", "Two.", "Three.", "Zed."}));
    QCOMPARE(r.documents[2].path, root.filePath("b/three.jsonl") + QStringLiteral(":1"));
    QCOMPARE(progress, (QList<std::pair<int, int>>{{0, 4}, {1, 4}, {2, 4}, {3, 4}, {4, 4}}));
    QVERIFY(!r.cancelled);
}

// parley-cli extract loads file by file: the files, documents (ids of repeated texts
// across files included) and errors must be those of one loadPaths().
void TestLoader::streamedEqualsWholeLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("b")));
    QVERIFY(writeFile(root.filePath("a.jsonl"),
                      "{\"text\":\"Same.\"}\nnot json\n{\"text\":\"Other.\"}\n"));
    QVERIFY(writeFile(root.filePath("b/c.txt"), "Same."));
    QVERIFY(writeFile(root.filePath("b/d.jsonl"), "{\"text\":\"Same.\"}\n"));
    const QStringList paths{dir.path(), root.filePath("missing.txt")};
    const LoadResult whole = loadPaths(paths);

    QStringList planned;
    std::vector<Document> documents;
    std::vector<Error> errors;
    int calls = 0;
    loadPathsStreamed(
        paths, {},
        [&](const QStringList& files) {
            planned = files;
            return true;
        },
        [&](LoadResult&& file) {
            ++calls;
            std::move(file.documents.begin(), file.documents.end(), std::back_inserter(documents));
            std::move(file.errors.begin(), file.errors.end(), std::back_inserter(errors));
            return true;
        });
    QCOMPARE(planned, (QStringList{root.filePath("a.jsonl"), root.filePath("b/c.txt"),
                                   root.filePath("b/d.jsonl")}));
    QCOMPARE(calls, 4); // the listing's error, then one call per file
    QCOMPARE(documents.size(), whole.documents.size());
    QCOMPARE(documents.size(), std::size_t(4));
    for (std::size_t i = 0; i < documents.size(); ++i) {
        QCOMPARE(documents[i].id, whole.documents[i].id);
        QCOMPARE(documents[i].path, whole.documents[i].path);
        QCOMPARE(documents[i].text, whole.documents[i].text);
        QCOMPARE(documents[i].sentences.size(), whole.documents[i].sentences.size());
    }
    QVERIFY(documents[3].id.endsWith(QStringLiteral("-3"))); // third "Same."
    QCOMPARE(errors.size(), whole.errors.size());
    for (std::size_t i = 0; i < errors.size(); ++i)
        QCOMPARE(errors[i].toString(), whole.errors[i].toString());

    // Stopping after the first file loads nothing more.
    int loadedFiles = 0;
    loadPathsStreamed(
        {dir.path()}, {}, [](const QStringList&) { return true; },
        [&](LoadResult&&) {
            ++loadedFiles;
            return false;
        });
    QCOMPARE(loadedFiles, 1);
}

// In parts, a JSONL file's documents come in the order of their paths (":10" before ":2"),
// at most `batch` a call, with the ids a whole load gives (a repeated text's "-2" on its
// later line, even when that line comes first) and the file's errors with the first part.
void TestLoader::streamedJsonlInParts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("a.jsonl"));
    QByteArray lines;
    for (int line = 1; line <= 23; ++line) {
        if (line == 4)
            lines += "not json\n";
        else if (line == 7)
            lines += "\n";
        else if (line == 2 || line == 12)
            lines += "{\"text\":\"Same.\"}\n"; // \"-2\" on line 12, which sorts first
        else
            lines += "{\"text\":\"Text " + QByteArray::number(line) + ".\"}\n";
    }
    QVERIFY(writeFile(file, lines));
    const LoadResult whole = loadPaths({file});
    QCOMPARE(whole.documents.size(), std::size_t(21));

    std::vector<Document> documents;
    std::vector<Error> errors;
    std::vector<std::pair<std::size_t, bool>> calls; // (documents, more)
    std::size_t laterErrors = 0;
    loadPathsStreamed(
        {file}, {}, [](const QStringList&) { return true; },
        [&](LoadResult&& part) {
            calls.emplace_back(part.documents.size(), part.more);
            if (calls.size() > 1)
                laterErrors += part.errors.size();
            std::move(part.documents.begin(), part.documents.end(), std::back_inserter(documents));
            std::move(part.errors.begin(), part.errors.end(), std::back_inserter(errors));
            return true;
        },
        8);
    QCOMPARE(calls, (std::vector<std::pair<std::size_t, bool>>{{8, true}, {8, true}, {5, false}}));
    QCOMPARE(laterErrors, std::size_t(0));
    QStringList paths;
    for (const Document& d : documents)
        paths << d.path.mid(file.size() + 1);
    QCOMPARE(paths, (QStringList{"1", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
                                 "2", "20", "21", "22", "23", "3", "5", "6", "8", "9"}));
    std::vector<Document> sorted = whole.documents;
    std::sort(sorted.begin(), sorted.end(),
              [](const Document& a, const Document& b) { return a.path < b.path; });
    for (std::size_t i = 0; i < documents.size(); ++i) {
        QCOMPARE(documents[i].path, sorted[i].path);
        QCOMPARE(documents[i].id, sorted[i].id);
        QCOMPARE(documents[i].title, sorted[i].title);
        QCOMPARE(documents[i].text, sorted[i].text);
        QCOMPARE(documents[i].sentences.size(), sorted[i].sentences.size());
    }
    QVERIFY(documents[3].id.endsWith(QStringLiteral("-2"))); // line 12
    QCOMPARE(errors.size(), whole.errors.size());
    for (std::size_t i = 0; i < errors.size(); ++i)
        QCOMPARE(errors[i].toString(), whole.errors[i].toString());

    // A file smaller than `partsFrom` comes whole, in line order.
    std::vector<std::size_t> wholeCalls;
    loadPathsStreamed(
        {file}, {}, [](const QStringList&) { return true; },
        [&](LoadResult&& all) {
            wholeCalls.push_back(all.documents.size());
            paths.clear();
            for (const Document& d : all.documents)
                paths << d.path;
            return !all.more;
        },
        8, lines.size() + 1);
    QCOMPARE(wholeCalls, std::vector<std::size_t>{21});
    QCOMPARE(paths.at(1), whole.documents[1].path); // line 2, in file order

    // Stopping after the first part loads nothing more.
    int parts = 0;
    loadPathsStreamed(
        {file, file + QStringLiteral("x.txt")}, {}, [](const QStringList&) { return true; },
        [&](LoadResult&&) {
            ++parts;
            return false;
        },
        8);
    QCOMPARE(parts, 1);
}

void TestLoader::symlinkLoopEnds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("corpus/sub")));
    QVERIFY(writeFile(root.filePath("corpus/sub/a.txt"), "Alpha."));
    QVERIFY(QFile::link(root.filePath("corpus"), root.filePath("corpus/sub/loop")));
    QVERIFY(QFile::link(root.filePath("corpus/sub"), root.filePath("corpus/again")));
    QVERIFY(QFile::link(root.filePath("corpus/sub/a.txt"), root.filePath("corpus/sub/b.txt")));
    QVERIFY(QFile::link(root.filePath("missing.txt"), root.filePath("corpus/broken.txt")));
    QVERIFY(QFile::link(root.filePath("self"), root.filePath("self")));
    const LoadResult r = loadPaths({root.filePath("corpus")});
    QCOMPARE(r.documents.size(), std::size_t(1));
    QCOMPARE(r.documents.front().text, QStringLiteral("Alpha."));
    QVERIFY(r.errors.empty());
    const LoadResult self = loadPaths({root.filePath("self")});
    QCOMPARE(errorStrings(self), QStringList{root.filePath("self") + ": broken symbolic link"});
}

void TestLoader::unreadableFileIsReported()
{
    if (geteuid() == 0)
        QSKIP("running as root, which can read any file");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString locked = dir.filePath(QStringLiteral("locked.txt"));
    QVERIFY(writeFile(locked, "Secret."));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("open.txt")), "Open."));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    const LoadResult r = loadPaths({dir.path()});
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(r.documents.size(), std::size_t(1));
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(r.errors.front().where, locked);
    QVERIFY(r.errors.front().message.startsWith(u"cannot open: "));
}

void TestLoader::fileNamesWithNewlines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString odd = dir.filePath(QStringLiteral("line\none.txt"));
    QVERIFY(writeFile(odd, "Odd name."));
    const QString bad = dir.filePath(QStringLiteral("bad\nname.txt"));
    QVERIFY(writeFile(bad, QByteArray()));
    const LoadResult r = loadPaths({dir.path()});
    QCOMPARE(r.documents.size(), std::size_t(1));
    QCOMPARE(r.documents.front().path, odd);
    QCOMPARE(r.documents.front().title, QStringLiteral("Odd name."));
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(r.errors.front().where, bad);
}

void TestLoader::idsAreDeterministic()
{
    const QByteArray bytes = "{\"text\":\"Same.\"}\n{\"text\":\"Other.\"}\n{\"text\":\"Same.\"}\n";
    const LoadResult a = loadBytes(bytes, QStringLiteral("x.jsonl"));
    const LoadResult b = loadBytes(bytes, QStringLiteral("renamed.jsonl"));
    QCOMPARE(a.documents.size(), std::size_t(3));
    static const QRegularExpression idPattern(QStringLiteral("^d[0-9a-f]{10}(-[0-9]+)?$"));
    for (std::size_t i = 0; i < a.documents.size(); ++i) {
        QVERIFY(idPattern.match(a.documents[i].id).hasMatch());
        QCOMPARE(a.documents[i].id, b.documents[i].id);
    }
    // SHA-1("Same.") starts with these digits; the repeat is told apart by a suffix.
    const QString same =
        QLatin1Char('d') +
        QString::fromLatin1(
            QCryptographicHash::hash("Same.", QCryptographicHash::Sha1).toHex().left(10));
    QCOMPARE(a.documents[0].id, same);
    QCOMPARE(a.documents[2].id, same + QStringLiteral("-2"));
    QVERIFY(a.documents[1].id != same);
}

// The loader hashes with the CPU's SHA extensions where it has them: every length of text
// around the 64-byte blocks and the padding's boundaries (55, 56, 63, 64 bytes) and a few
// long ones must give Qt's digest.
void TestLoader::idsAreSha1OfEveryLength()
{
    QByteArray bytes;
    const auto textOf = [](int length, int seed) {
        QByteArray t;
        for (int i = 0; i < length; ++i)
            t += char('a' + (i * 7 + seed * 3 + i / 5) % 26);
        return t;
    };
    for (int length = 1; length <= 300; ++length)
        bytes += "{\"text\":\"" + textOf(length, length) + "\"}\n";
    for (const int length : {4095, 4096, 4097, 70001})
        bytes += "{\"text\":\"" + textOf(length, 1) + "\"}\n";
    bytes += "{\"text\":\"Erdo\u011fan met \u00c7avu\u015fo\u011flu in S\u00e3o Paulo.\"}\n";
    const LoadResult r = loadBytes(bytes, QStringLiteral("lengths.jsonl"));
    QCOMPARE(r.documents.size(), std::size_t(305));
    for (const Document& d : r.documents) {
        const QString expected =
            QLatin1Char('d') +
            QString::fromLatin1(QCryptographicHash::hash(d.text.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
        QCOMPARE(d.id, expected);
    }
}

void TestLoader::cancellation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("f%1.txt").arg(i)),
                          "Text " + QByteArray::number(i)));
    LoadOptions options;
    options.progress = [](int done, int) { return done < 2; };
    const LoadResult r = loadPaths({dir.path()}, options);
    QVERIFY(r.cancelled);
    QCOMPARE(r.documents.size(), std::size_t(2));
    options.progress = [](int, int) { return false; };
    const LoadResult none = loadPaths({dir.path()}, options);
    QVERIFY(none.cancelled);
    QVERIFY(none.documents.empty());
    // Loading again after a cancel gives the same documents in the same order.
    options.progress = {};
    const LoadResult all1 = loadPaths({dir.path()}, options);
    const LoadResult all2 = loadPaths({dir.path()}, options);
    QCOMPARE(all1.documents.size(), std::size_t(5));
    for (std::size_t i = 0; i < 5; ++i)
        QCOMPARE(all1.documents[i].id, all2.documents[i].id);
}

void TestLoader::tooLargeFileIsRejected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString big = dir.filePath(QStringLiteral("big.txt"));
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(kMaxFileBytes + 1)); // sparse: costs no disk space
    f.close();
    const LoadResult r = loadPaths({big});
    QVERIFY(r.documents.empty());
    QCOMPARE(errorStrings(r), QStringList{big + ": file too large (256 MB; the limit is 256 MB)"});
}

void TestLoader::fixtureFolder()
{
    const QString folder = QFINDTESTDATA("../data/text");
    QVERIFY(!folder.isEmpty());
    const LoadResult r = loadPaths({folder});
    QStringList titles;
    for (const Document& d : r.documents)
        titles << d.title;
    QCOMPARE(titles, (QStringList{"Foreign ministers meet in Ankara", "Summit in Baghdad",
                                  "Summit in Baghdad, day two", "Putin receives al-Shaibani"}));
    QCOMPARE(errorStrings(r).size(), 1);
    QVERIFY(errorStrings(r).front().endsWith(u"corpus.jsonl:2: no \"text\" field"));
    for (const Document& d : r.documents) {
        QVERIFY(!d.sentences.empty());
        QVERIFY(d.date.isValid());
    }
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
