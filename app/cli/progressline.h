// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace parley::cli {

/// The one-line progress report of a long command ("extract: 1200/5000 files, 3400 articles,
/// 310 articles/s, 0:12 left") on standard error, redrawn in place at most five times a
/// second. Shown only when standard error is a terminal and --quiet was not given, so logs
/// and pipes get nothing; finish() wipes the line so messages after it start clean.
class ProgressLine
{
public:
    /// `command` starts the line; `quiet` is --quiet.
    ProgressLine(QString command, bool quiet);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    bool enabled() const { return m_enabled; }
    /// `done` of `total` `unit`s (files, documents, steps); `articles` so far for the rate
    /// (-1 to count `done` as articles).
    void update(qint64 done, qint64 total, const QString& unit, qint64 articles = -1);
    /// Clears the line (also done by the destructor).
    void finish();

    /// Whether standard error is a terminal (then progress is worth drawing).
    static bool stderrIsTerminal();

private:
    QString m_command;
    bool m_enabled;
    bool m_drawn = false;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
};

} // namespace parley::cli
