// SPDX-License-Identifier: GPL-3.0-or-later
// The .parley file on real SQLite files: everything round-trips, saves are incremental and
// atomic, a second opener is refused, and each bad file (missing, empty, foreign, damaged,
// newer, read-only) gets a message naming it while nothing on disk is touched.
#include "projectfixture.h"

#include "project/projectfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QDir>
#include <QTemporaryDir>

using namespace parley;
using namespace parley::test;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Runs SQL on a file outside ProjectFile, to make foreign and future files.
void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

Edit renamePutin(const QString& name)
{
    Edit e;
    e.kind = EditKind::Rename;
    e.target = {QStringLiteral("person:vladimir-putin"), QStringLiteral("Vladimir Putin"), {}};
    e.value = name;
    return e;
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private:
    ProjectData m_sample;
    QTemporaryDir m_dir;

    QString fresh(const QString& name) { return m_dir.filePath(name); }

    void expectOpenError(const QString& path, const QString& fragment)
    {
        ProjectData data;
        data.notes = QStringLiteral("untouched");
        const QByteArray before = fileHash(path);
        const auto opened = ProjectFile::open(path, data);
        QVERIFY(!opened);
        QVERIFY2(opened.error().toString().contains(fragment), qPrintable(opened.error().toString()));
        QVERIFY2(opened.error().where.endsWith(QFileInfo(path).fileName()), qPrintable(opened.error().where));
        QCOMPARE(data.notes, QStringLiteral("untouched"));
        QCOMPARE(fileHash(path), before); // nothing written to a file that could not be read
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = sampleProject();
        QCOMPARE(m_sample.records.size(), std::size_t(2));
        m_sample.edits = {renamePutin(QStringLiteral("VVP"))};
        m_sample.positions.insert(QStringLiteral("person:vladimir-putin"), {12.5, -3, true});
        m_sample.positions.insert(QStringLiteral("state:syria"), {1, 2, false});
        m_sample.view = QJsonObject{{QStringLiteral("zoom"), 1.5}, {QStringLiteral("projection"), QStringLiteral("states")}};
        m_sample.notes = QStringLiteral("Ask the desk about Sochi.");
    }

    void roundTrip()
    {
        const QString path = fresh(QStringLiteral("round.parley"));
        {
            const auto created = ProjectFile::create(path, m_sample);
            QVERIFY2(created, qPrintable(created.error().toString()));
        }
        ProjectData back;
        const auto opened = ProjectFile::open(path, back);
        QVERIFY2(opened, qPrintable(opened.error().toString()));
        QVERIFY(opened.value()->warnings().isEmpty());
        QVERIFY(!opened.value()->readOnly());
        QCOMPARE(back.records.size(), m_sample.records.size());
        for (std::size_t i = 0; i < back.records.size(); ++i) {
            const Document& a = back.records[i].document;
            const Document& b = m_sample.records[i].document;
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.text, b.text);
            QCOMPARE(a.path, b.path);
            QCOMPARE(a.date, b.date);
            QCOMPARE(a.sentences.size(), b.sentences.size());
        }
        QCOMPARE(back.edits, m_sample.edits);
        QCOMPARE(back.sources, m_sample.sources);
        QCOMPARE(back.positions, m_sample.positions);
        QCOMPARE(back.view, m_sample.view);
        QCOMPARE(back.notes, m_sample.notes);
        // The same graph, corrections included, without extracting anything.
        QCOMPARE(fingerprint(*correctedGraph(back).graph), fingerprint(*correctedGraph(m_sample).graph));
    }

    void fullDiskKeepsTheLastSave()
    {
        // SQLite's own "database or disk is full" (max_page_count at the file's current size,
        // as when the disk has no room left): the save fails naming the file, the file keeps
        // the last save, and once there is room again the same project saves.
        const QString path = fresh(QStringLiteral("full.parley"));
        auto file = ProjectFile::create(path, m_sample);
        QVERIFY(file);
        ProjectData bigger = m_sample;
        const auto extractor = builtinExtractor();
        QVERIFY(extractor);
        const QDir samples(QStringLiteral(PARLEY_SOURCE_DIR "/resources/samples"));
        QStringList files;
        for (const QString& f : samples.entryList({QStringLiteral("*.txt")}, QDir::Files))
            files.append(samples.filePath(f));
        addArticles(bigger, files, *extractor);
        QVERIFY(bigger.records.size() > m_sample.records.size() + 10);
        ProjectFile::setPageLimitForTesting(1); // SQLite keeps it at the current size
        const Status full = file.value()->save(bigger);
        ProjectFile::setPageLimitForTesting(0);
        QVERIFY(!full);
        QCOMPARE(full.error.where, path);
        QVERIFY2(full.error.message.contains(QLatin1String("full")), qPrintable(full.error.toString()));
        QVERIFY2(full.error.message.contains(QLatin1String("last saved version is kept")), qPrintable(full.error.toString()));
        const Result<ProjectData> kept = ProjectFile::read(path);
        QVERIFY2(kept, qPrintable(kept.error().toString()));
        QCOMPARE(kept.value().records.size(), m_sample.records.size());
        QCOMPARE(kept.value().edits, m_sample.edits);
        QVERIFY(file.value()->save(bigger));
        QCOMPARE(ProjectFile::read(path).value().records.size(), bigger.records.size());
    }

    void saveIsIncremental()
    {
        const QString path = fresh(QStringLiteral("incremental.parley"));
        ProjectData data;
        const auto extractor = builtinExtractor();
        addArticles(data, {projectArticles()[0]}, *extractor);
        auto file = ProjectFile::create(path, data);
        QVERIFY(file);
        addArticles(data, projectArticles(), *extractor);
        data.edits.push_back(renamePutin(QStringLiteral("Putin V.")));
        QVERIFY(file.value()->save(data));
        // Re-extraction rewrites every record: here, an extraction emptied by hand.
        data.records[0].extraction = {};
        ++data.extractionRevision;
        QVERIFY(file.value()->save(data));
        // Removing an article removes its rows.
        const QString removed = data.records[1].document.id;
        data.records.pop_back();
        QVERIFY(file.value()->save(data));
        file = Result<std::unique_ptr<ProjectFile>>(Error{}); // unlock
        ProjectData back;
        const auto reopened = ProjectFile::open(path, back);
        QVERIFY2(reopened, qPrintable(reopened.error().toString()));
        QCOMPARE(back.records.size(), std::size_t(1));
        QVERIFY(back.records[0].document.id != removed);
        QVERIFY(back.records[0].extraction.officials.empty());
        QCOMPARE(back.edits.size(), std::size_t(1));
    }

    void secondOpenerIsToldItIsInUse()
    {
        const QString path = fresh(QStringLiteral("locked.parley"));
        ProjectData data = m_sample;
        auto first = ProjectFile::create(path, data);
        QVERIFY(first);
        ProjectData other;
        const auto second = ProjectFile::open(path, other);
        QVERIFY(!second);
        QVERIFY2(second.error().toString().contains(QLatin1String("is in use")), qPrintable(second.error().toString()));
        first = Result<std::unique_ptr<ProjectFile>>(Error{});
        QVERIFY(ProjectFile::open(path, other));
    }

    void lockLeftEmptyByAKilledOwnerIsTaken()
    {
        // A process killed between creating its lock file and writing its pid leaves an empty
        // lock: the project must still open (a lock with an owner still refuses, above).
        const QString path = fresh(QStringLiteral("emptylock.parley"));
        ProjectData data = m_sample;
        QVERIFY(ProjectFile::create(path, data));
        writeFile(path + QStringLiteral(".lock"), {});
        ProjectData back;
        const auto opened = ProjectFile::open(path, back);
        QVERIFY2(opened, qPrintable(opened.error().toString()));
        QCOMPARE(back.records.size(), m_sample.records.size());
    }

    void badFiles()
    {
        expectOpenError(fresh(QStringLiteral("missing.parley")), QStringLiteral("does not exist"));
        const QString empty = fresh(QStringLiteral("empty.parley"));
        writeFile(empty, {});
        expectOpenError(empty, QStringLiteral("is empty"));
        const QString text = fresh(QStringLiteral("text.parley"));
        writeFile(text, "kind\tname\nstate\tX\n");
        expectOpenError(text, QStringLiteral("not an SQLite database"));
        const QString foreign = fresh(QStringLiteral("foreign.parley"));
        rawSql(foreign, {QStringLiteral("CREATE TABLE customers(id INTEGER, name TEXT)")});
        expectOpenError(foreign, QStringLiteral("not a Parley project"));
        const QString otherMeta = fresh(QStringLiteral("othermeta.parley"));
        rawSql(otherMeta, {QStringLiteral("CREATE TABLE meta(key TEXT, value TEXT)"),
                           QStringLiteral("INSERT INTO meta VALUES ('app', 'gephi')")});
        expectOpenError(otherMeta, QStringLiteral("not a Parley project"));
    }

    void newerVersionIsRefused()
    {
        const QString path = fresh(QStringLiteral("newer.parley"));
        QVERIFY(ProjectFile::create(path, m_sample));
        rawSql(path, {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema'")});
        expectOpenError(path, QStringLiteral("newer Parley (project format 99"));
    }

    void damagedFiles()
    {
        const QString good = fresh(QStringLiteral("good.parley"));
        QVERIFY(ProjectFile::create(good, m_sample));
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.size() > 8192);
        // Cut in half, as an interrupted copy leaves it.
        const QString truncated = fresh(QStringLiteral("truncated.parley"));
        writeFile(truncated, bytes.left(bytes.size() / 2));
        expectOpenError(truncated, QStringLiteral("is damaged"));
        // Pages overwritten with garbage past the header.
        QByteArray scribbled = bytes;
        for (qsizetype i = 4096; i < scribbled.size(); ++i)
            scribbled[i] = char(0x5a ^ (i & 0xff));
        const QString corrupt = fresh(QStringLiteral("corrupt.parley"));
        writeFile(corrupt, scribbled);
        expectOpenError(corrupt, QStringLiteral("is damaged"));
    }

    void readOnlyOpensReadOnlyAndSaveNamesTheFile()
    {
        const QString path = fresh(QStringLiteral("readonly.parley"));
        QVERIFY(ProjectFile::create(path, m_sample));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = fileHash(path);
        ProjectData data;
        auto file = ProjectFile::open(path, data);
        QVERIFY2(file, qPrintable(file.error().toString()));
        QVERIFY(file.value()->readOnly());
        QVERIFY(file.value()->warnings().join(QString()).contains(QLatin1String("read-only")));
        data.edits.push_back(renamePutin(QStringLiteral("X")));
        const Status saved = file.value()->save(data);
        QVERIFY(!saved);
        QVERIFY(saved.error.toString().contains(QLatin1String("readonly.parley")));
        QVERIFY(saved.error.toString().contains(QLatin1String("Save As")));
        QCOMPARE(fileHash(path), before);
        // Save As elsewhere keeps the work and moves the project there.
        const QString copy = fresh(QStringLiteral("readonly-copy.parley"));
        QVERIFY(file.value()->saveAs(data, copy));
        QCOMPARE(file.value()->path(), copy);
        QVERIFY(!file.value()->readOnly());
        QVERIFY(file.value()->save(data));
        file = Result<std::unique_ptr<ProjectFile>>(Error{});
        ProjectData back;
        QVERIFY(ProjectFile::open(copy, back));
        QCOMPARE(back.edits.size(), std::size_t(2));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void versionOneIsMigrated()
    {
        const QString path = fresh(QStringLiteral("v1.parley"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/project/v1.parley"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ProjectData data;
        {
            const auto file = ProjectFile::open(path, data);
            QVERIFY2(file, qPrintable(file.error().toString()));
            QVERIFY(file.value()->warnings().join(QString()).contains(QLatin1String("upgraded from project format 1 to 2")));
        }
        QCOMPARE(data.records.size(), std::size_t(1));
        QCOMPARE(data.edits.size(), std::size_t(1));
        const CorrectedGraph g = correctedGraph(data);
        QVERIFY(g.problems.empty());
        QCOMPARE(g.graph->node(*g.graph->find(QStringLiteral("person:vladimir-putin"))).name, QStringLiteral("V. V. Putin"));
        // Upgraded on disk: opens again without a warning, with the content hashes filled.
        ProjectData again;
        const auto file = ProjectFile::open(path, again);
        QVERIFY(file);
        QVERIFY(file.value()->warnings().isEmpty());
        const Status saved = file.value()->save(again);
        QVERIFY2(saved, qPrintable(saved.error.toString()));
    }

    void unreadableEditsKeepTheFileReadOnly()
    {
        const QString path = fresh(QStringLiteral("future-edit.parley"));
        QVERIFY(ProjectFile::create(path, m_sample));
        rawSql(path, {QStringLiteral("INSERT INTO edits VALUES (7, '{\"op\":\"teleport\",\"target\":{\"id\":\"x\"}}')")});
        ProjectData data;
        const auto file = ProjectFile::open(path, data);
        QVERIFY(file);
        QVERIFY(file.value()->readOnly());
        QCOMPARE(data.edits.size(), std::size_t(1));
        QVERIFY(file.value()->warnings().join(QString()).contains(QLatin1String("1 corrections could not be read")));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
