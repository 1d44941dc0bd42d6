// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds and pages over HTTP from a server this test starts on 127.0.0.1: the right articles
// from RSS, Atom and HTML, and the right message for every way a download goes wrong.
#include "httpserver.h"
#include "net/fetcher.h"
#include "text/loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace parley;
using parley::test::HttpServer;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(PARLEY_TEST_DATA "/feeds/") + name;
}

// What the CLI and the GUI do with a download: load it by the suffix it deserves.
LoadResult loadDownload(const Download& d)
{
    return loadBytes(d.bytes, QStringLiteral("download.") + suffixFor(d));
}

QString messageOf(const Result<Download>& r)
{
    return r.ok() ? QStringLiteral("(no error)") : r.error().toString();
}

} // namespace

class TestFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rssFeed();
    void atomFeedAfterRedirect();
    void htmlPageWithMetaDate();
    void hugeFeedIsCapped();
    void redirectLoop();
    void serverThatNeverAnswers();
    void httpError();
    void connectionRefused();
    void noCookies();
    void onlyWebAddresses();
    void cliExtractUrl();
    void cliExtractBadUrl();

private:
    HttpServer m_server;
};

void TestFetcher::initTestCase()
{
    QVERIFY2(m_server.isListening(), qPrintable(m_server.errorString()));
    m_server.serveFile("/world.rss", fixture(QStringLiteral("world.rss")), "application/rss+xml");
    // Servers often send feeds as text/xml or even text/html; the root element decides.
    m_server.serveFile("/atom", fixture(QStringLiteral("diplomacy.atom")), "text/html");
    m_server.redirect("/go", "/atom");
    m_server.redirect("/loop", "/loop2");
    m_server.redirect("/loop2", "/loop");
    m_server.silent("/silent");
    m_server.endless("/huge.rss", qint64(50) * 1024 * 1024);
    m_server.answer("/page", {200, "text/html; charset=utf-8",
                              "<html><head><title>Site | Talks</title>"
                              "<meta property=\"og:title\" content=\"Talks in Ankara\">"
                              "<script type=\"application/ld+json\">{\"datePublished\":"
                              "\"2022-08-05T09:00:00Z\"}</script></head><body><p>Turkish "
                              "President Recep Tayyip Erdogan met Russian President Vladimir "
                              "Putin in Sochi.</p></body></html>",
                              {}});
    m_server.answer("/cookie", {200, "text/plain", "Putin met Erdogan.",
                                {"Set-Cookie: tracker=abc; Path=/"}});
    m_server.answer("/after-cookie", {200, "text/plain", "Macron met Scholz.", {}});
}

void TestFetcher::rssFeed()
{
    const Result<Download> r = Fetcher::fetchAndWait(QUrl(m_server.url(QStringLiteral("/world.rss"))));
    QVERIFY2(r.ok(), qPrintable(messageOf(r)));
    QCOMPARE(suffixFor(r.value()), QStringLiteral("rss"));
    const LoadResult loaded = loadDownload(r.value());
    // Five items: a duplicate guid dropped, an empty one reported.
    QCOMPARE(loaded.documents.size(), std::size_t(3));
    QCOMPARE(loaded.errors.size(), std::size_t(1));
    QVERIFY(loaded.errors[0].message.contains(QLatin1String("has no text; skipped")));
    QCOMPARE(loaded.documents[0].date, QDate(2021, 9, 29));
    QCOMPARE(loaded.documents[0].url, QStringLiteral("http://news.example.test/sochi"));
    QVERIFY(!loaded.documents[0].text.contains(QLatin1String("<p>")));
}

void TestFetcher::atomFeedAfterRedirect()
{
    const Result<Download> r = Fetcher::fetchAndWait(QUrl(m_server.url(QStringLiteral("/go"))));
    QVERIFY2(r.ok(), qPrintable(messageOf(r)));
    QCOMPARE(r.value().finalUrl.path(), QStringLiteral("/atom"));
    QCOMPARE(suffixFor(r.value()), QStringLiteral("rss"));
    const LoadResult loaded = loadDownload(r.value());
    QCOMPARE(loaded.documents.size(), std::size_t(3));
    QCOMPARE(loaded.documents[0].date, QDate(2023, 11, 15));
    QCOMPARE(loaded.documents[0].source, QStringLiteral("Diplomacy Atom"));
}

void TestFetcher::htmlPageWithMetaDate()
{
    const Result<Download> r = Fetcher::fetchAndWait(QUrl(m_server.url(QStringLiteral("/page"))));
    QVERIFY2(r.ok(), qPrintable(messageOf(r)));
    QCOMPARE(suffixFor(r.value()), QStringLiteral("html"));
    const LoadResult loaded = loadDownload(r.value());
    QCOMPARE(loaded.documents.size(), std::size_t(1));
    QCOMPARE(loaded.documents[0].title, QStringLiteral("Talks in Ankara"));
    QCOMPARE(loaded.documents[0].date, QDate(2022, 8, 5));
}

void TestFetcher::hugeFeedIsCapped()
{
    const QUrl url(m_server.url(QStringLiteral("/huge.rss")));
    const Result<Download> r = Fetcher::fetchAndWait(url);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, url.toString());
    QCOMPARE(r.error().message, QStringLiteral("the answer is larger than the limit of 20.0 MB"));
    // Stopped near the cap, not after taking all 50 MB.
    QVERIFY2(m_server.endlessSent() < qint64(30) * 1024 * 1024,
             qPrintable(QString::number(m_server.endlessSent())));
}

void TestFetcher::redirectLoop()
{
    const Result<Download> r = Fetcher::fetchAndWait(QUrl(m_server.url(QStringLiteral("/loop"))));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("more than 5 redirect(s) (a redirect loop?)"));
}

void TestFetcher::serverThatNeverAnswers()
{
    FetchLimits limits;
    limits.timeoutMs = 300;
    const QUrl url(m_server.url(QStringLiteral("/silent")));
    const Result<Download> r = Fetcher::fetchAndWait(url, limits);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().toString(),
             url.toString() + QStringLiteral(": no complete answer within 0.3 s (the server is "
                                             "too slow or does not answer)"));
}

void TestFetcher::httpError()
{
    const Result<Download> r = Fetcher::fetchAndWait(QUrl(m_server.url(QStringLiteral("/nothing"))));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("the server answered HTTP 404 Not Found"));
}

void TestFetcher::connectionRefused()
{
    // A port that was just free: nothing listens there any more.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/feed.rss").arg(port));
    const Result<Download> r = Fetcher::fetchAndWait(url);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().toString(),
             url.toString() + QStringLiteral(": the connection was refused (is the address "
                                             "right?)"));
}

void TestFetcher::noCookies()
{
    Fetcher fetcher;
    bool done = false;
    fetcher.fetch(QUrl(m_server.url(QStringLiteral("/cookie"))), [&](Result<Download> r) {
        QVERIFY(r.ok());
        fetcher.fetch(QUrl(m_server.url(QStringLiteral("/after-cookie"))),
                      [&](Result<Download> second) {
                          QVERIFY(second.ok());
                          done = true;
                      });
    });
    QTRY_VERIFY(done);
    const QByteArray last = m_server.requests().constLast();
    QVERIFY2(last.startsWith("GET /after-cookie"), last.constData());
    QVERIFY2(!last.toLower().contains("\r\ncookie:"), last.constData());
}

void TestFetcher::onlyWebAddresses()
{
    const Result<Download> r = Fetcher::fetchAndWait(QUrl(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().toString(),
             QStringLiteral("file:///etc/passwd: not an http:// or https:// address"));
    QVERIFY(isWebUrl(QStringLiteral("HTTPS://example.test/feed")));
    QVERIFY(!isWebUrl(QStringLiteral("feeds/http.rss")));
}

void TestFetcher::cliExtractUrl()
{
    // The server answers from this process's event loop, so wait with a spy, not a block.
    QProcess cli;
    QSignalSpy finished(&cli, &QProcess::finished);
    const QString feed = m_server.url(QStringLiteral("/world.rss"));
    cli.start(QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli"),
              {QStringLiteral("extract"), feed, m_server.url(QStringLiteral("/page"))});
    QVERIFY(finished.wait(60000));
    const QByteArray err = cli.readAllStandardError();
    // The empty item is reported under the feed's address and line; the rest was read.
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(err.contains((feed + QStringLiteral(":29: item \"An item with nothing in it\" has "
                                                  "no text; skipped")).toUtf8()),
             err.constData());
    const QJsonObject graph = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QJsonArray documents = graph.value(QLatin1String("documents")).toArray();
    QCOMPARE(documents.size(), 4);
    QStringList paths;
    for (const QJsonValue& d : documents)
        paths << d.toObject().value(QLatin1String("path")).toString();
    QVERIFY2(paths.contains(feed + QStringLiteral(":8")), qPrintable(paths.join(u' ')));
    QVERIFY2(paths.contains(m_server.url(QStringLiteral("/page"))), qPrintable(paths.join(u' ')));
    QVERIFY(!graph.value(QLatin1String("meetings")).toArray().isEmpty());
}

void TestFetcher::cliExtractBadUrl()
{
    QProcess cli;
    QSignalSpy finished(&cli, &QProcess::finished);
    const QString missing = m_server.url(QStringLiteral("/gone.rss"));
    cli.start(QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli"),
              {QStringLiteral("extract"), missing, fixture(QStringLiteral("rdf.xml"))});
    QVERIFY(finished.wait(60000));
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(err.contains(("parley-cli: " + missing + ": the server answered HTTP 404 Not Found")
                              .toUtf8()),
             err.constData());
    // The other input was still read.
    const QJsonObject graph = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(graph.value(QLatin1String("documents")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestFetcher)
#include "tst_fetcher.moc"
