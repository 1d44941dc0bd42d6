// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectfile.h"

#include "io/jsonl.h"
#include "project/recordcodec.h"
#include "text/sentencesplitter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <QVariant>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <utility>

namespace parley {

namespace {

const QString kApp = QStringLiteral("parley");

// Version 1 had the articles (without their content hash), the records and the edits; 2
// adds the hash, the sources, positions, view and notes. Each step of migrate() takes a file
// one version up.
// Statements separated by ';', run one by one (Qt SQL runs one statement per exec()).
const char* const kSchema =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE articles(id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT, date TEXT, "
    "url TEXT, source TEXT, text TEXT NOT NULL, hash TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE extractions(article TEXT PRIMARY KEY, record BLOB NOT NULL);"
    "CREATE TABLE edits(seq INTEGER PRIMARY KEY, edit TEXT NOT NULL);"
    "CREATE TABLE sources(seq INTEGER PRIMARY KEY, path TEXT NOT NULL);"
    "CREATE TABLE positions(node TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL, "
    "pinned INTEGER NOT NULL);"
    "CREATE TABLE view(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE notes(key TEXT PRIMARY KEY, text TEXT NOT NULL)";

const char* const kMigrateFrom1 =
    "ALTER TABLE articles ADD COLUMN hash TEXT NOT NULL DEFAULT '';"
    "CREATE TABLE sources(seq INTEGER PRIMARY KEY, path TEXT NOT NULL);"
    "CREATE TABLE positions(node TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL, "
    "pinned INTEGER NOT NULL);"
    "CREATE TABLE view(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE notes(key TEXT PRIMARY KEY, text TEXT NOT NULL)";

QStringList statements(const char* script)
{
    return QString::fromLatin1(script).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

QString contentHash(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// ProjectFile::setPageLimitForTesting(): 0, no cap, outside tests.
std::atomic<int>& pageLimit()
{
    static std::atomic<int> limit{0};
    return limit;
}

// One QSqlDatabase connection for one operation. Qt SQL connections belong to the thread
// that made them and are found by name, so each operation makes its own and removes it.
class Connection
{
public:
    Connection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("parley-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.isValid())
            m_error = QStringLiteral("the SQLite driver of Qt (libqt6sql6-sqlite) is not installed");
        else if (!db.open())
            m_error = db.lastError().text();
        else if (const int pages = ProjectFile::pageLimitForTesting(); pages > 0 && !readOnly)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

// Runs statements and remembers the first failure, so a write reads as a list of steps
// with one check at the end instead of a check after each.
class Writer
{
public:
    explicit Writer(const QSqlDatabase& db) : m_db(db), m_query(db) {}

    void exec(const QString& sql)
    {
        if (!m_error.isEmpty())
            return;
        if (!m_query.exec(sql))
            m_error = m_query.lastError().text();
    }
    void exec(const char* sql) { exec(QString::fromLatin1(sql)); }
    /// Prepares `sql` once and runs it for each row of bound values.
    void rows(const QString& sql, const std::function<bool(QSqlQuery&)>& next)
    {
        if (!m_error.isEmpty())
            return;
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return;
        }
        while (m_error.isEmpty() && next(q)) {
            if (!q.exec())
                m_error = q.lastError().text();
        }
    }
    bool begin()
    {
        if (!m_db.transaction())
            m_error = m_db.lastError().text();
        return m_error.isEmpty();
    }
    /// Commits, or rolls back if anything failed; returns the first error.
    QString finish()
    {
        if (m_error.isEmpty()) {
            if (!m_db.commit())
                m_error = m_db.lastError().text();
        }
        if (!m_error.isEmpty())
            m_db.rollback();
        return m_error;
    }
    const QString& error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_error;
};

// Articles go in with one prepared statement each for the whole batch: preparing per row
// costs more than the insert itself on a 20,000-article project.
void writeArticles(Writer& w, const std::vector<const ExtractedDocument*>& records, bool withText)
{
    if (withText) {
        std::size_t i = 0;
        w.rows(QStringLiteral("INSERT OR REPLACE INTO articles(id, path, title, date, url, source, "
                              "text, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               [&](QSqlQuery& q) {
                   if (i == records.size())
                       return false;
                   const Document& d = records[i++]->document;
                   q.addBindValue(d.id);
                   q.addBindValue(d.path);
                   q.addBindValue(d.title);
                   q.addBindValue(d.date.isValid() ? d.date.toString(Qt::ISODate) : QString());
                   q.addBindValue(d.url);
                   q.addBindValue(d.source);
                   q.addBindValue(d.text);
                   q.addBindValue(contentHash(d.text));
                   return true;
               });
    }
    std::size_t i = 0;
    w.rows(QStringLiteral("INSERT OR REPLACE INTO extractions(article, record) VALUES (?, ?)"),
           [&](QSqlQuery& q) {
               if (i == records.size())
                   return false;
               const ExtractedDocument& r = *records[i++];
               q.addBindValue(r.document.id);
               q.addBindValue(encodeRecord(r));
               return true;
           });
}

// Everything but the articles: small, so rewritten whole on every save.
void writeState(Writer& w, const ProjectData& data)
{
    for (const char* table : {"edits", "sources", "positions", "view", "notes"})
        w.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    std::size_t i = 0;
    w.rows(QStringLiteral("INSERT INTO edits(seq, edit) VALUES (?, ?)"), [&](QSqlQuery& q) {
        if (i == data.edits.size())
            return false;
        q.addBindValue(qlonglong(i));
        q.addBindValue(QString::fromUtf8(QJsonDocument(toJson(data.edits[i++])).toJson(QJsonDocument::Compact)));
        return true;
    });
    qsizetype s = 0;
    w.rows(QStringLiteral("INSERT INTO sources(seq, path) VALUES (?, ?)"), [&](QSqlQuery& q) {
        if (s == data.sources.size())
            return false;
        q.addBindValue(qlonglong(s));
        q.addBindValue(data.sources[s++]);
        return true;
    });
    auto it = data.positions.cbegin();
    w.rows(QStringLiteral("INSERT INTO positions(node, x, y, pinned) VALUES (?, ?, ?, ?)"),
           [&](QSqlQuery& q) {
               if (it == data.positions.cend())
                   return false;
               q.addBindValue(it.key());
               q.addBindValue(it->x);
               q.addBindValue(it->y);
               q.addBindValue(it->pinned ? 1 : 0);
               ++it;
               return true;
           });
    bool viewDone = false;
    w.rows(QStringLiteral("INSERT INTO view(key, value) VALUES ('state', ?)"), [&](QSqlQuery& q) {
        if (std::exchange(viewDone, true))
            return false;
        q.addBindValue(QString::fromUtf8(QJsonDocument(data.view).toJson(QJsonDocument::Compact)));
        return true;
    });
    bool notesDone = false;
    w.rows(QStringLiteral("INSERT INTO notes(key, text) VALUES ('project', ?)"), [&](QSqlQuery& q) {
        if (std::exchange(notesDone, true))
            return false;
        // A null QString binds as SQL NULL, which the column refuses.
        q.addBindValue(data.notes.isNull() ? QStringLiteral("") : data.notes);
        return true;
    });
    bool metaDone = false;
    w.rows(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('saved', ?)"),
           [&](QSqlQuery& q) {
               if (std::exchange(metaDone, true))
                   return false;
               q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
               return true;
           });
}

Error fileError(const QString& path, const QString& message)
{
    return Error{QDir::toNativeSeparators(path), message};
}

// A whole project into a fresh file: a temporary beside `path`, renamed over it once
// complete, so `path` is either the old file or the whole new one.
Status writeWhole(const ProjectData& data, const QString& path)
{
    const QString temporary = path + QStringLiteral(".saving");
    QFile::remove(temporary);
    QFile::remove(temporary + QStringLiteral("-journal"));
    QString error;
    {
        const Connection c(temporary, false);
        if (!c.ok())
            return Status::failure(fileError(path, QStringLiteral("cannot be written: %1").arg(c.error())));
        Writer w(c.db());
        w.begin();
        for (const QString& sql : statements(kSchema))
            w.exec(sql);
        w.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('app', '%1'), ('schema', '%2'), "
                              "('created-by', 'Parley %3')")
                   .arg(kApp)
                   .arg(ProjectFile::kSchemaVersion)
                   .arg(QStringLiteral(PARLEY_VERSION)));
        std::vector<const ExtractedDocument*> all;
        all.reserve(data.records.size());
        for (const ExtractedDocument& r : data.records)
            all.push_back(&r);
        writeArticles(w, all, true);
        writeState(w, data);
        error = w.finish();
    }
    if (!error.isEmpty()) {
        QFile::remove(temporary);
        return Status::failure(fileError(path, QStringLiteral("could not be saved: %1").arg(error)));
    }
    // rename() replaces the target in one step on POSIX; QFile::rename() would refuse.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return Status::failure(fileError(path, QStringLiteral("could not be saved: %1")
                                                   .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    }
    return Status::success();
}

} // namespace

ProjectFile::~ProjectFile() = default;

Status ProjectFile::lock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // The lock lasts as long as the project is open, for hours; only a dead owner frees it.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return Status::success();
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        // A lock file without its owner's details was left by a process killed between
        // creating and writing it (Qt never calls such a lock stale when it lasts forever);
        // look once more in case its maker is writing it this instant, then take it.
        if (!lock->getLockInfo(&pid, &host, &app)) {
            QThread::msleep(200);
            if (!lock->getLockInfo(&pid, &host, &app) && lock->removeStaleLockFile() && lock->tryLock(0)) {
                m_lock = std::move(lock);
                return Status::success();
            }
        }
        return Status::failure(fileError(
            path, QStringLiteral("is in use by %1 (process %2 on %3); close it there first")
                      .arg(app.isEmpty() ? QStringLiteral("another program") : app)
                      .arg(pid)
                      .arg(host)));
    }
    // No lock can be made beside a file in a read-only folder: nobody can write it either.
    m_readOnly = true;
    return Status::success();
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const QString& path, const ProjectData& data)
{
    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->m_path = path;
    if (const Status s = file->lock(path); !s)
        return s.error;
    if (file->m_readOnly)
        return fileError(path, QStringLiteral("cannot be written: the folder is read-only"));
    if (const Status s = writeWhole(data, path); !s)
        return s.error;
    for (const ExtractedDocument& r : data.records)
        file->m_savedArticles.insert(r.document.id);
    file->m_savedRevision = data.extractionRevision;
    return file;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const QString& path, ProjectData& data)
{
    return load(path, data, false);
}

Result<ProjectData> ProjectFile::read(const QString& path)
{
    ProjectData data;
    const auto file = load(path, data, true);
    if (!file)
        return file.error();
    return data;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::load(const QString& path, ProjectData& data,
                                                       bool snapshot)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, QStringLiteral("does not exist"));
    if (info.isDir())
        return fileError(path, QStringLiteral("is a folder, not a Parley project"));
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fileError(path, QStringLiteral("cannot be read: %1").arg(f.errorString()));
        // SQLite would take any file and fail later with a vaguer message.
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return fileError(path, f.size() == 0 ? QStringLiteral("is empty, not a Parley project")
                                                 : QStringLiteral("is not a Parley project (not an SQLite database)"));
    }
    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->m_path = path;
    if (snapshot) {
        file->m_readOnly = true;
    } else if (const Status s = file->lock(path); !s) {
        return s.error;
    }
    // The owner's write bit too: root may write anything, but a file its owner marked
    // read-only is meant to stay as it is.
    if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
        file->m_readOnly = true;

    const Connection c(path, file->m_readOnly);
    if (!c.ok())
        return fileError(path, QStringLiteral("cannot be opened: %1").arg(c.error()));
    const QSqlDatabase db = c.db();
    const auto damaged = [&](const QSqlQuery& q) {
        return fileError(path, QStringLiteral("is damaged (%1); it was left as it is")
                                   .arg(q.lastError().text()));
    };

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'")))
        return damaged(q);
    if (!q.next())
        return fileError(path, QStringLiteral("is an SQLite database but not a Parley project"));
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return damaged(q);
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    if (meta.value(QStringLiteral("app")) != kApp)
        return fileError(path, QStringLiteral("is an SQLite database but not a Parley project"));
    bool numeric = false;
    const int schema = meta.value(QStringLiteral("schema")).toInt(&numeric);
    if (!numeric || schema < 1)
        return fileError(path, QStringLiteral("has no valid schema version"));
    if (schema > kSchemaVersion)
        return fileError(path, QStringLiteral("was written by a newer Parley (project format %1; "
                                              "this one reads up to %2): update Parley to open it")
                                   .arg(schema)
                                   .arg(kSchemaVersion));
    if (schema < kSchemaVersion) {
        if (snapshot)
            return fileError(path, QStringLiteral("is in the older project format %1: open it once "
                                                  "(parley-cli project update) to upgrade it")
                                       .arg(schema));
        if (file->m_readOnly)
            return fileError(path, QStringLiteral("is in the older project format %1 and read-only, so "
                                                  "it cannot be upgraded: copy it to a writable folder")
                                       .arg(schema));
        Writer w(db);
        w.begin();
        for (const QString& sql : statements(kMigrateFrom1))
            w.exec(sql);
        // The hashes of the articles already there.
        QSqlQuery texts(db);
        texts.setForwardOnly(true);
        QList<QPair<QString, QString>> hashes;
        if (w.error().isEmpty() && texts.exec(QStringLiteral("SELECT id, text FROM articles"))) {
            while (texts.next())
                hashes.append({texts.value(0).toString(), contentHash(texts.value(1).toString())});
        }
        qsizetype i = 0;
        w.rows(QStringLiteral("UPDATE articles SET hash = ? WHERE id = ?"), [&](QSqlQuery& u) {
            if (i == hashes.size())
                return false;
            u.addBindValue(hashes[i].second);
            u.addBindValue(hashes[i++].first);
            return true;
        });
        w.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema'").arg(kSchemaVersion));
        if (const QString error = w.finish(); !error.isEmpty())
            return fileError(path, QStringLiteral("could not be upgraded from format %1: %2; it was left as it is")
                                       .arg(schema)
                                       .arg(error));
        file->m_warnings.append(QStringLiteral("%1 was upgraded from project format %2 to %3")
                                    .arg(QDir::toNativeSeparators(path))
                                    .arg(schema)
                                    .arg(kSchemaVersion));
    }

    ProjectData read;
    if (!q.exec(QStringLiteral("SELECT a.id, a.path, a.title, a.date, a.url, a.source, a.text, e.record "
                               "FROM articles a LEFT JOIN extractions e ON e.article = a.id")))
        return damaged(q);
    while (q.next()) {
        ExtractedDocument r;
        Document& d = r.document;
        d.id = q.value(0).toString();
        d.path = q.value(1).toString();
        d.title = q.value(2).toString();
        d.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        d.url = q.value(4).toString();
        d.source = q.value(5).toString();
        d.text = q.value(6).toString();
        const QByteArray record = q.value(7).toByteArray();
        bool readable = false;
        if (record.startsWith('{')) {
            // Format 1 stored the JSONL record of `extract -f jsonl`.
            // (its spans checked against the stored text, as the binary form's are)
            Result<ExtractedDocument> parsed = parseJsonlRecord(record);
            if (parsed && parsed.value().document.id == d.id &&
                spansInText(parsed.value().document.sentences, parsed.value().extraction, d.text.size())) {
                r.extraction = std::move(parsed.value().extraction);
                d.sentences = std::move(parsed.value().document.sentences);
                readable = true;
            }
        } else {
            readable = decodeRecord(record, d.text.size(), r).ok();
        }
        if (!readable) {
            file->m_warnings.append(QStringLiteral("%1: what was read from article %2 is unreadable; "
                                                   "Re-extract reads it again")
                                        .arg(QDir::toNativeSeparators(path), d.id));
            r.extraction = {};
        }
        if (d.sentences.empty() || d.sentences.back().end > d.text.size())
            d.sentences = splitSentences(d.text);
        read.records.push_back(std::move(r));
    }
    if (q.lastError().isValid())
        return damaged(q);
    canonicalOrder(read.records);

    if (!q.exec(QStringLiteral("SELECT edit FROM edits ORDER BY seq")))
        return damaged(q);
    int unreadable = 0;
    while (q.next()) {
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(q.value(0).toByteArray(), &error);
        Result<Edit> edit = json.isObject() ? editFromJson(json.object())
                                            : Result<Edit>(Error{{}, error.errorString()});
        if (edit)
            read.edits.push_back(std::move(edit).value());
        else
            ++unreadable;
    }
    if (unreadable > 0) {
        // Saving would rewrite the edits table without them: keep the file as it is.
        file->m_readOnly = true;
        file->m_warnings.append(QStringLiteral("%1: %2 corrections could not be read (written by a newer "
                                               "Parley?); the project is open read-only so they are kept")
                                    .arg(QDir::toNativeSeparators(path))
                                    .arg(unreadable));
    }
    if (!q.exec(QStringLiteral("SELECT path FROM sources ORDER BY seq")))
        return damaged(q);
    while (q.next())
        read.sources.append(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT node, x, y, pinned FROM positions")))
        return damaged(q);
    while (q.next())
        read.positions.insert(q.value(0).toString(),
                              {q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toInt() != 0});
    if (!q.exec(QStringLiteral("SELECT value FROM view WHERE key = 'state'")))
        return damaged(q);
    if (q.next())
        read.view = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    if (!q.exec(QStringLiteral("SELECT text FROM notes WHERE key = 'project'")))
        return damaged(q);
    if (q.next())
        read.notes = q.value(0).toString();

    if (file->m_readOnly && !snapshot && !file->m_warnings.join(QString()).contains(QLatin1String("read-only")))
        file->m_warnings.append(QStringLiteral("%1 is read-only: changes can be saved elsewhere with Save As")
                                    .arg(QDir::toNativeSeparators(path)));
    for (const ExtractedDocument& r : read.records)
        file->m_savedArticles.insert(r.document.id);
    data = std::move(read);
    file->m_savedRevision = data.extractionRevision;
    return file;
}

Status ProjectFile::save(const ProjectData& data)
{
    if (m_readOnly)
        return Status::failure(fileError(m_path, QStringLiteral("is read-only; use Save As to keep the changes")));
    QSet<QString> current;
    std::vector<const ExtractedDocument*> added;
    std::vector<const ExtractedDocument*> redone;
    for (const ExtractedDocument& r : data.records) {
        current.insert(r.document.id);
        if (!m_savedArticles.contains(r.document.id))
            added.push_back(&r);
        else if (data.extractionRevision != m_savedRevision)
            redone.push_back(&r);
    }
    QString error;
    {
        const Connection c(m_path, false);
        if (!c.ok())
            return Status::failure(fileError(m_path, QStringLiteral("could not be saved: %1").arg(c.error())));
        Writer w(c.db());
        w.begin();
        QStringList gone;
        for (const QString& id : m_savedArticles) {
            if (!current.contains(id))
                gone.append(id);
        }
        qsizetype g = 0;
        w.rows(QStringLiteral("DELETE FROM articles WHERE id = ?"), [&](QSqlQuery& q) {
            if (g == gone.size())
                return false;
            q.addBindValue(gone[g++]);
            return true;
        });
        g = 0;
        w.rows(QStringLiteral("DELETE FROM extractions WHERE article = ?"), [&](QSqlQuery& q) {
            if (g == gone.size())
                return false;
            q.addBindValue(gone[g++]);
            return true;
        });
        writeArticles(w, added, true);
        writeArticles(w, redone, false);
        writeState(w, data);
        error = w.finish();
    }
    if (!error.isEmpty())
        return Status::failure(fileError(m_path, QStringLiteral("could not be saved (%1); the last saved "
                                                                "version is kept")
                                                     .arg(error)));
    m_savedArticles = current;
    m_savedRevision = data.extractionRevision;
    return Status::success();
}

Status ProjectFile::saveAs(const ProjectData& data, const QString& path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        if (m_readOnly)
            return save(data);
        return writeWhole(data, path);
    }
    ProjectFile other;
    if (Status s = other.lock(path); !s)
        return s;
    if (other.m_readOnly)
        return Status::failure(fileError(path, QStringLiteral("cannot be written: the folder is read-only")));
    if (Status s = writeWhole(data, path); !s)
        return s;
    m_lock = std::move(other.m_lock);
    m_path = path;
    m_readOnly = false;
    m_savedArticles.clear();
    for (const ExtractedDocument& r : data.records)
        m_savedArticles.insert(r.document.id);
    m_savedRevision = data.extractionRevision;
    return Status::success();
}

Status ProjectFile::writeCopy(const ProjectData& data, const QString& path)
{
    return writeWhole(data, path);
}

void ProjectFile::setPageLimitForTesting(int pages)
{
    pageLimit() = pages;
}

int ProjectFile::pageLimitForTesting()
{
    return pageLimit();
}

} // namespace parley
