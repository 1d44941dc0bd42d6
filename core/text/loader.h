// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "text/document.h"

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
};

/// Loads .txt, .md, .html/.htm and .jsonl files; folders are read recursively.
/// Every document gets its sentences split and a deterministic id: "d" + the first 10 hex
/// digits of the SHA-1 of its text, so the same article gets the same id in any run or shard.
/// Bad files are reported in `errors` and the rest go on. Thread-safe (no shared state).
LoadResult loadPaths(const QStringList& paths, const LoadOptions& options = {});

/// Loads one file (any supported format); a JSONL file yields many documents.
LoadResult loadFile(const QString& path, const LoadOptions& options = {});

} // namespace parley
