// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace parley {

/// Writes `data` to `path` atomically (QSaveFile): either the whole new file appears or the
/// earlier file, if any, is left intact. The error names the path and the reason.
/// Thread-safe for distinct paths.
Status saveFile(const QString& path, const QByteArray& data);

} // namespace parley
