// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "project/projectdata.h"

#include <QLockFile>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace parley {

/// A `.parley` project file: one SQLite database (Qt SQL, QSQLITE driver) with the tables
/// meta (app, schema version), articles (text, path, metadata, content hash), extractions
/// (one JSONL record per article, io/jsonl.h), edits (one JSON rule per row, in order),
/// sources, positions, view and notes.
///
/// An open project holds a lock file beside it (`P.parley.lock`, QLockFile), so a second
/// Parley opening it is told it is in use; a lock left by a crashed process is taken over.
/// Every write is one SQLite transaction, so a save killed midway leaves the last saved
/// project (SQLite rolls the journal back on the next open). Nothing is ever written to a
/// file that could not be read, and each failure is an Error naming the file.
/// Not thread-safe: use one ProjectFile from one thread at a time.
class ProjectFile
{
public:
    /// The schema this Parley writes. Older files are migrated on open; newer are refused.
    static constexpr int kSchemaVersion = 2;

    /// Tests only: later writing connections cap the file at `pages` SQLite pages
    /// (PRAGMA max_page_count), so a save that grows it fails with SQLite's own "database or
    /// disk is full", as on a full disk; 0 (the default) lifts the cap.
    static void setPageLimitForTesting(int pages);
    static int pageLimitForTesting();

    ~ProjectFile();
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    /// Writes `data` as a new project at `path` (replacing any file there, atomically) and
    /// keeps it locked.
    static Result<std::unique_ptr<ProjectFile>> create(const QString& path, const ProjectData& data);
    /// Opens `path`, reads it into `data` and keeps it locked. A read-only file opens
    /// read-only (see readOnly() and warnings()). Fails, leaving `data` untouched, for a
    /// missing, foreign, corrupt, truncated or newer file, or one another Parley has open.
    static Result<std::unique_ptr<ProjectFile>> open(const QString& path, ProjectData& data);
    /// Reads `path` without locking or changing it (read-only SQLite), for a look at its
    /// corrections while another Parley may have it open (`extract --project`). A file in an
    /// older format is not upgraded and so refused with a message saying so.
    static Result<ProjectData> read(const QString& path);

    /// Writes what changed since the last open/save in one transaction: new and removed
    /// articles, their records (all of them after a re-extract), and the edits, sources,
    /// positions, view and notes. On failure (read-only, disk full) the file keeps its last
    /// saved content and the error names the file.
    Status save(const ProjectData& data);
    /// Writes `data` whole to `path` (atomically: a temporary beside it, then renamed) and
    /// moves the lock there. On failure this object still stands for the old file.
    Status saveAs(const ProjectData& data, const QString& path);
    /// Writes `data` whole to `path` without locking it: the autosave recovery copy.
    static Status writeCopy(const ProjectData& data, const QString& path);

    QString path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    /// Things the user should know that did not stop the open: a migration, read-only mode,
    /// edits that could not be read.
    const QStringList& warnings() const { return m_warnings; }

private:
    ProjectFile() = default;
    Status lock(const QString& path);
    static Result<std::unique_ptr<ProjectFile>> load(const QString& path, ProjectData& data,
                                                     bool snapshot);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    QStringList m_warnings;
    QSet<QString> m_savedArticles;           ///< article ids in the file
    std::uint64_t m_savedRevision = 0;       ///< extractionRevision of the stored records
};

} // namespace parley
