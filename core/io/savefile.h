// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace parley {

/// Writes `data` to `path` atomically (QSaveFile): either the whole new file appears or the
/// earlier file, if any, is left intact. The error names the path and the reason.
/// Thread-safe for distinct paths.
Status saveFile(const QString& path, const QByteArray& data);

/// Writes a file atomically like saveFile(), or standard output when `path` is empty, without
/// holding the whole output in memory: `write` gets a device that passes its bytes on in
/// blocks of a few megabytes, and returns a failure when it had to stop. A failed write (disk
/// full) cancels the file; the error then names the path and the device's reason.
/// Thread-safe for distinct paths.
Status saveStreamed(const QString& path, const std::function<Status(QIODevice&)>& write);

/// Why a write to `device` stopped short. A write cut by a file size limit or a full disk
/// may leave the device saying only "Unknown error"; that becomes a message naming the
/// likely cause.
QString shortWriteReason(const QIODevice& device);

} // namespace parley
