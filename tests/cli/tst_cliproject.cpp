// SPDX-License-Identifier: GPL-3.0-or-later
// `parley-cli project` run as a user would: a project made from a folder, updated when
// articles arrive or change, corrected, re-extracted with a dictionary (corrections kept),
// exported and read back; bad files and edits give their messages and exit codes.
#include "../net/feedfixture.h"
#include "../net/httpserver.h"
#include "clirun.h"

#include "project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString cli = QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli");
const QString data = QStringLiteral(PARLEY_TEST_DATA "/io");
const QString ankaraCall = QStringLiteral("meeting:2025-12-18:person:hakan-fidan+person:marco-rubio+state:turkey+state:united-states");

using parley::test::Run;
using parley::test::runProgram;

Run run(const QStringList& args)
{
    return runProgram(cli, args);
}

QStringList ids(const QJsonObject& graph, const char* kind)
{
    QStringList out;
    for (const QJsonValue& v : graph.value(QLatin1String(kind)).toArray())
        out.append(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

QJsonObject findNode(const QJsonObject& graph, const char* kind, const QString& id)
{
    for (const QJsonValue& v : graph.value(QLatin1String(kind)).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void lifeOfAProject()
    {
        const QString articles = m_dir.filePath(QStringLiteral("articles"));
        QVERIFY(QDir().mkpath(articles));
        QVERIFY(QFile::copy(data + QStringLiteral("/moscow-talks.txt"), articles + QStringLiteral("/a.txt")));
        const QString project = m_dir.filePath(QStringLiteral("p.parley"));

        Run r = run({QStringLiteral("project"), QStringLiteral("new"), project, articles});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("1 new articles, 0 changed, 0 unchanged; 3 new officials, 2 new meetings"), r.out.constData());
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("new"), project, articles}).exitCode, 2);

        // A new article arrives in the folder: update reads only it.
        QVERIFY(QFile::copy(data + QStringLiteral("/ankara-call.txt"), articles + QStringLiteral("/b.txt")));
        r = run({QStringLiteral("project"), QStringLiteral("update"), project});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("1 new articles, 0 changed, 1 unchanged; 4 new officials, 2 new meetings"), r.out.constData());
        r = run({QStringLiteral("project"), QStringLiteral("update"), project});
        QVERIFY(r.out.startsWith("0 new articles, 0 changed, 2 unchanged; 0 new officials"));

        // Corrections.
        r = run({QStringLiteral("project"), QStringLiteral("edit"), project, QStringLiteral("merge"),
                 QStringLiteral("person:vladimir-putin"), QStringLiteral("person:sergey-lavrov")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("Merge Sergey Lavrov into Vladimir Putin\n"));
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("edit"), project, QStringLiteral("set-status"),
                      ankaraCall, QStringLiteral("cancelled")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("edit"), project, QStringLiteral("rename"),
                      QStringLiteral("person:hakan-fidan"), QStringLiteral("H. Fidan")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("edit"), project, QStringLiteral("set-state"),
                      QStringLiteral("person:yasar-guler"), QStringLiteral("state:syria")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("edit"), project, QStringLiteral("reject"),
                      QStringLiteral("person:ahmed-al-sharaa")}).exitCode, 0);
        // Edits that cannot apply are refused and not saved.
        r = run({QStringLiteral("project"), QStringLiteral("edit"), project, QStringLiteral("rename"),
                 QStringLiteral("person:nobody"), QStringLiteral("X")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no entity 'person:nobody'"));
        r = run({QStringLiteral("project"), QStringLiteral("edit"), project, QStringLiteral("set-status"),
                 ankaraCall, QStringLiteral("maybe")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("unknown status"));
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("edit"), project, QStringLiteral("explode"),
                      QStringLiteral("x")}).exitCode, 2);
        r = run({QStringLiteral("project"), QStringLiteral("edits"), project});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 5);

        // Re-extract with a dictionary: every correction stays.
        const QString dict = m_dir.filePath(QStringLiteral("d.tsv"));
        {
            QFile f(dict);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("kind\tname\taliases\ttitle\tstate\nperson\tHakan Fidan\tFidan|Hakan\tForeign Minister\tTurkey\n");
        }
        r = run({QStringLiteral("project"), QStringLiteral("reextract"), project, QStringLiteral("--dictionary"), dict});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("5 corrections kept, 0 with problems"), r.out.constData());

        const QString out = m_dir.filePath(QStringLiteral("g.json"));
        r = run({QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject graph = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!ids(graph, "officials").contains(QStringLiteral("person:sergey-lavrov")));
        QVERIFY(!ids(graph, "officials").contains(QStringLiteral("person:ahmed-al-sharaa")));
        QCOMPARE(findNode(graph, "officials", QStringLiteral("person:hakan-fidan")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("H. Fidan"));
        QCOMPARE(findNode(graph, "officials", QStringLiteral("person:yasar-guler")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("state:syria"));
        QCOMPARE(findNode(graph, "meetings", ankaraCall).value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));

        // GraphML export parses back as XML with the corrected name.
        r = run({QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("-f"), QStringLiteral("graphml")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("H. Fidan"));
        QVERIFY(!r.out.contains("person:sergey-lavrov\""));

        // The corrections as a dictionary, and applied to other articles by extract.
        r = run({QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("-f"), QStringLiteral("dictionary")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("person\tH. Fidan\t"), r.out.constData());
        r = run({QStringLiteral("extract"), QStringLiteral("--project"), project, data + QStringLiteral("/moscow-talks.txt")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject other = QJsonDocument::fromJson(r.out).object();
        QVERIFY(ids(other, "officials").contains(QStringLiteral("person:vladimir-putin")));
        QVERIFY(!ids(other, "officials").contains(QStringLiteral("person:sergey-lavrov")));
        QVERIFY(r.err.contains("correction 2")); // the Ankara call is not in that article

        // A changed article replaces its old text.
        {
            QFile a(articles + QStringLiteral("/a.txt"));
            QVERIFY(a.open(QIODevice::Append));
            a.write("\nRussian President Vladimir Putin met Turkish Foreign Minister Hakan Fidan in Sochi on Friday.\n");
        }
        r = run({QStringLiteral("project"), QStringLiteral("update"), project});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("0 new articles, 1 changed, 1 unchanged"), r.out.constData());
    }

    // A project that follows a feed served on 127.0.0.1 and a folder: add the feed by URL,
    // the feed grows, update reads exactly the new items; then the server goes away and the
    // update still reads the folder, naming the feed it could not reach.
    void feedSourcesAndUpdate()
    {
        parley::test::HttpServer server;
        QVERIFY(server.isListening());
        const auto serve = [&server](std::size_t items) {
            server.answer("/world.rss", {200, "application/rss+xml", parley::test::growingFeed(items), {}});
        };
        serve(3);
        const QString feed = server.url(QStringLiteral("/world.rss"));
        const QString articles = m_dir.filePath(QStringLiteral("feed-articles"));
        QVERIFY(QDir().mkpath(articles));
        QVERIFY(QFile::copy(data + QStringLiteral("/moscow-talks.txt"), articles + QStringLiteral("/a.txt")));
        const QString project = m_dir.filePath(QStringLiteral("feeds.parley"));
        // The server answers from this process's event loop, so the CLI is waited for there.
        const auto served = [](const QStringList& args) {
            QProcess p;
            p.start(cli, args);
            Run r;
            if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000))
                return r;
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            r.out = p.readAllStandardOutput();
            r.err = p.readAllStandardError();
            return r;
        };

        Run r = served({QStringLiteral("project"), QStringLiteral("new"), project, articles});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = served({QStringLiteral("project"), QStringLiteral("add"), project, feed});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("3 new articles, 0 changed, 0 unchanged; 5 new officials, 3 new meetings"),
                 r.out.constData());
        auto read = parley::ProjectFile::read(project);
        QVERIFY(read);
        QCOMPARE(read.value().sources, QStringList({QDir(articles).absolutePath(), feed}));
        QCOMPARE(read.value().records.size(), std::size_t(4));

        // Two items arrive; the feed lists them first, so every old item moves down a line.
        serve(5);
        r = served({QStringLiteral("project"), QStringLiteral("update"), project});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("2 new articles, 0 changed, 4 unchanged; 3 new officials, 2 new meetings"),
                 r.out.constData());
        read = parley::ProjectFile::read(project);
        QVERIFY(read);
        QCOMPARE(read.value().records.size(), std::size_t(6));
        QStringList links;
        for (const auto& rec : read.value().records)
            links << rec.document.url;
        QVERIFY(links.contains(QStringLiteral("http://news.example.test/beijing")));
        QVERIFY(links.contains(QStringLiteral("http://news.example.test/brasilia")));
        r = served({QStringLiteral("project"), QStringLiteral("update"), project});
        QVERIFY2(r.out.startsWith("0 new articles, 0 changed, 6 unchanged"), r.out.constData());

        // A mistyped feed is reported and not remembered.
        r = served({QStringLiteral("project"), QStringLiteral("add"), project,
                    server.url(QStringLiteral("/nothing.rss"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QByteArray(server.url(QStringLiteral("/nothing.rss")).toUtf8() + ": the server answered HTTP 404")),
                 r.err.constData());
        QCOMPARE(parley::ProjectFile::read(project).value().sources.size(), 2);

        // Offline: the feed cannot be reached, the folder's new article is still read.
        server.close();
        QVERIFY(QFile::copy(data + QStringLiteral("/ankara-call.txt"), articles + QStringLiteral("/b.txt")));
        r = served({QStringLiteral("project"), QStringLiteral("update"), project});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QByteArray(feed.toUtf8() + ": the connection was refused")), r.err.constData());
        QVERIFY2(r.out.startsWith("1 new articles, 0 changed, 1 unchanged"), r.out.constData());
        QCOMPARE(parley::ProjectFile::read(project).value().records.size(), std::size_t(7));
    }

    void badProjects()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.parley"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("just some notes\n");
        }
        Run r = run({QStringLiteral("project"), QStringLiteral("add"), text, data});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("notes.parley: is not a Parley project"), r.err.constData());
        r = run({QStringLiteral("project"), QStringLiteral("export"), m_dir.filePath(QStringLiteral("none.parley"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("none.parley: does not exist"));
        QCOMPARE(run({QStringLiteral("project")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("--help")}).exitCode, 0);
    }

    void inUseWhileAnotherHasItOpen()
    {
        const QString project = m_dir.filePath(QStringLiteral("busy.parley"));
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("new"), project, data + QStringLiteral("/moscow-talks.txt")}).exitCode, 0);
        parley::ProjectData held;
        auto file = parley::ProjectFile::open(project, held);
        QVERIFY(file);
        const Run r = run({QStringLiteral("project"), QStringLiteral("edit"), project, QStringLiteral("reject"),
                           QStringLiteral("person:vladimir-putin")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("busy.parley: is in use"), r.err.constData());
        // Reading is allowed: export does not take the lock.
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("export"), project}).exitCode, 0);
    }

    void killedSaveLeavesTheLastSavedProject()
    {
        // A project with many articles, then `add` killed at random moments while it
        // extracts and saves: the file must open, with either the old or the new articles.
        const QString articles = m_dir.filePath(QStringLiteral("many"));
        QVERIFY(QDir().mkpath(articles));
        QFile jsonl(articles + QStringLiteral("/wire.jsonl"));
        QVERIFY(jsonl.open(QIODevice::WriteOnly));
        for (int i = 0; i < 6000; ++i) {
            jsonl.write(QStringLiteral("{\"text\": \"Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday, day %1. They discussed Syria.\"}\n")
                            .arg(i)
                            .toUtf8());
        }
        jsonl.close();
        const QString project = m_dir.filePath(QStringLiteral("killed.parley"));
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("new"), project, data + QStringLiteral("/moscow-talks.txt")}).exitCode, 0);
        int killedMidRun = 0;
        for (int delay : {50, 300, 700, 1200}) {
            QProcess p;
            p.start(cli, {QStringLiteral("project"), QStringLiteral("add"), project, articles});
            QVERIFY(p.waitForStarted());
            // Not a sleep for an outcome: the kill is meant to land at an arbitrary moment.
            QTest::qWait(delay);
            if (p.state() == QProcess::Running) {
                ++killedMidRun;
                p.kill(); // SIGKILL, to this process only
            }
            p.waitForFinished();
            parley::ProjectData back;
            const auto opened = parley::ProjectFile::open(project, back);
            QVERIFY2(opened, qPrintable(opened.error().toString()));
            QVERIFY(back.records.size() == 1 || back.records.size() == 6001);
        }
        QVERIFY2(killedMidRun > 0, "every add finished before its kill: the test proved nothing");
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cliproject.moc"
