// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "text/document.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <functional>
#include <vector>

namespace parley {

struct LoadOptions
{
    QDate defaultDate; ///< used when a document carries no date of its own (--date)
    /// Called after each file with (files done, files total); return false to cancel.
    /// May be empty. Called on the loading thread.
    std::function<bool(int, int)> progress;
};

struct LoadResult
{
    std::vector<Document> documents; ///< in a deterministic order (paths sorted within folders)
    std::vector<Error> errors;       ///< one per file (or JSONL line) that could not be read
    bool cancelled = false;
    /// loadPathsStreamed() in parts: more documents of the same file come in the next call.
    bool more = false;
};

/// Loads .txt, .md, .html/.htm, .jsonl and RSS/Atom feed (.rss, .atom, .xml) files; folders
/// are read recursively (.xml files in folders only when they are feeds). A feed gives one
/// document per item (see feed.h), with path "file:line" of the item, url its link, source
/// the feed title.
/// Every document gets its sentences split and a deterministic id: "d" + the first 10 hex
/// digits of the SHA-1 of its text, so the same article gets the same id in any run or shard.
/// Bad files are reported in `errors` and the rest go on. Thread-safe (no shared state).
LoadResult loadPaths(const QStringList& paths, const LoadOptions& options = {});

/// loadPaths() one file at a time, for callers that process documents as they come and so
/// need not hold a whole corpus: lists the files first and gives them to `plan` (in load
/// order; it returns false to stop before loading anything), then calls `sink` after each
/// file with that file's documents and errors (return false to stop). Documents, ids
/// (including the "-2" of repeated texts) and errors are exactly those of loadPaths().
/// Errors found while listing (missing paths) come in a first call with no documents.
/// `options.progress` is not called (the sink sees every file). Thread-safe (no shared state).
/// With `batch` > 0, a JSONL file of at least `partsFrom` bytes comes in parts of at most
/// `batch` documents (all but the last with `more` set, the file's errors with the first), in
/// the order of their paths ("a.jsonl:10" before "a.jsonl:2"), so that only a part's texts are
/// in memory at a time; ids are still given in line order. Each line is then parsed twice.
/// Otherwise a file's documents come in file order, all at once.
void loadPathsStreamed(const QStringList& paths, const LoadOptions& options,
                       const std::function<bool(const QStringList& files)>& plan,
                       const std::function<bool(LoadResult&& file)>& sink, std::size_t batch = 0,
                       qint64 partsFrom = 0);

/// Loads one file (any supported format); a JSONL file yields many documents.
/// Also accepts a folder, which it reads like loadPaths() does.
LoadResult loadFile(const QString& path, const LoadOptions& options = {});

/// Reads the bytes of one file already in memory; `name` gives the format by its extension
/// (.txt, .text, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson, .rss, .atom, .xml) and becomes
/// Document::path. Used by loadFile(), the fuzz targets and the tests. Thread-safe.
LoadResult loadBytes(const QByteArray& bytes, const QString& name, const LoadOptions& options = {});

/// Largest file read, in bytes (256 MiB); larger files are reported and skipped.
inline constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;

/// Notes on what the loaders do to text, for the documentation:
/// - Plain text and JSONL `text` are kept exactly as decoded, so a sentence's offsets are its
///   position in the decoded file. HTML and Markdown text is the readable text derived from
///   the markup (Markdown line ends become "\n").
/// - A header block at the top of a .txt/.md/.html text made of `Title:`, `Date:`,
///   `Published:`, `Source:`, `URL:` and `Author:`/`By:` lines fills title/date/source/url and
///   stays in the text, but sentences start after it, so it is not read as sentences. A
///   Markdown `---` front matter block is read the same way and removed with the markup.
/// - The title falls back to the first line when it is shorter than 150 characters, else to
///   the file name; the date falls back to LoadOptions::defaultDate.
/// - Two documents with the same text in one load get ids "dXXXXXXXXXX" and "dXXXXXXXXXX-2".

} // namespace parley
