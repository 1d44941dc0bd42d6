// SPDX-License-Identifier: GPL-3.0-or-later
// `parley-cli extract --lexicon FILE` on the real binary: a user word makes a meeting that
// was none without it, and a broken file is named with its line and not used.
#include "clirun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace parley::test;

namespace {

const QString cli = QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli");

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonArray meetings(const Run& r)
{
    return QJsonDocument::fromJson(r.out).object().value(QLatin1String("meetings")).toArray();
}

} // namespace

class TestCliLexicon : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase();
    void userVerbMakesAMeeting();
    void brokenFileIsNamedAndSkipped();
    void missingFile();
    void userFolder();
};

void TestCliLexicon::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_article = path(QStringLiteral("article.txt"));
    QVERIFY(write(m_article, "Date: 2025-03-12\nGreek Foreign Minister Nikos Pappas parleyed with Turkish "
                             "Foreign Minister Hakan Fidan in Athens on Tuesday.\n"));
    QVERIFY(write(path(QStringLiteral("good.tsv")),
                  "# my words\nset\tphrase\tvalue\tnote\nmeeting-verb\tparleyed\tmeet\t\n"));
    QVERIFY(write(path(QStringLiteral("bad.tsv")),
                  "set\tphrase\tvalue\nmeeting-verb\tparleyed\tmeet\nmeeting-verbs\tconfabbed\tmeet\n"));
}

void TestCliLexicon::userVerbMakesAMeeting()
{
    const Run without = runProgram(cli, {QStringLiteral("extract"), QStringLiteral("-q"), m_article});
    QCOMPARE(without.exitCode, 0);
    QCOMPARE(meetings(without).size(), 0);

    const Run with = runProgram(cli, {QStringLiteral("extract"), QStringLiteral("-q"), QStringLiteral("--lexicon"),
                                      path(QStringLiteral("good.tsv")), m_article});
    QVERIFY2(with.exitCode == 0, with.err.constData());
    const QJsonArray found = meetings(with);
    QCOMPARE(found.size(), 1);
    const QJsonObject m = found.first().toObject();
    QStringList people;
    for (const QJsonValue& p : m.value(QLatin1String("participants")).toArray())
        people << p.toString();
    people.sort();
    QCOMPARE(people, QStringList({QStringLiteral("person:hakan-fidan"), QStringLiteral("person:nikos-pappas")}));
    QCOMPARE(m.value(QLatin1String("place")).toString(), QStringLiteral("Athens"));
    QCOMPARE(m.value(QLatin1String("date")).toString(), QStringLiteral("2025-03-11"));
}

void TestCliLexicon::brokenFileIsNamedAndSkipped()
{
    // The bad file is not used at all (its good first row neither); the good one still is.
    const QString bad = path(QStringLiteral("bad.tsv"));
    const Run r = runProgram(cli, {QStringLiteral("extract"), QStringLiteral("-q"), QStringLiteral("--lexicon"), bad, m_article});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains((bad + QStringLiteral(":3: unknown set 'meeting-verbs'")).toUtf8()), r.err.constData());
    QCOMPARE(meetings(r).size(), 0);

    const Run both = runProgram(cli, {QStringLiteral("extract"), QStringLiteral("-q"), QStringLiteral("--lexicon"), bad,
                                      QStringLiteral("--lexicon"), path(QStringLiteral("good.tsv")), m_article});
    QCOMPARE(both.exitCode, 1);
    QVERIFY(both.err.contains(bad.toUtf8()));
    QCOMPARE(meetings(both).size(), 1);
}

void TestCliLexicon::missingFile()
{
    const QString missing = path(QStringLiteral("missing.tsv"));
    const Run r = runProgram(cli, {QStringLiteral("extract"), QStringLiteral("-q"), QStringLiteral("--lexicon"), missing, m_article});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains((missing + QStringLiteral(": cannot open")).toUtf8()), r.err.constData());
}

// Files in $XDG_CONFIG_HOME/parley/lexicon apply to every run, as user dictionaries do.
void TestCliLexicon::userFolder()
{
    const QString config = path(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config + QStringLiteral("/parley/lexicon")));
    QVERIFY(QFile::copy(path(QStringLiteral("good.tsv")), config + QStringLiteral("/parley/lexicon/mine.tsv")));
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.toUtf8());
    const Run r = runProgram(cli, {QStringLiteral("extract"), QStringLiteral("-q"), m_article});
    if (saved.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", saved);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(meetings(r).size(), 1);
}

QTEST_GUILESS_MAIN(TestCliLexicon)
#include "tst_clilexicon.moc"
