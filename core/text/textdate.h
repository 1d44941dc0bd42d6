// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringView>

namespace parley {

/// Reads a publication date as news sources write it: ISO "2025-12-16" (also with a time,
/// "2025-12-16T09:30:00Z"), "2025/12/16", "December 16, 2025", "Dec. 16, 2025",
/// "16 December 2025", "Tuesday, 16 Dec 2025 09:30:00 +0000". Returns an invalid date when
/// nothing sensible is found. Thread-safe.
QDate parseNewsDate(QStringView text);

} // namespace parley
