// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <mutex>

namespace parley {
class ForceLayout;
}

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
    /// `done` of `total` `unit`s ("articles", "files", ...); `articles` read so far when the
    /// unit is not articles (-1: not known). Thread-safe, like the other members.
    void update(qint64 done, qint64 total, const QString& unit, qint64 articles = -1);
    /// A share of work done, 0..1, for work not counted in units (a layout's iterations).
    void updateShare(double share, const QString& what);
    /// Clears the line (also done by the destructor).
    void finish();

    /// Whether standard error is a terminal (then progress is worth drawing).
    static bool stderrIsTerminal();

private:
    void draw(const QString& line);
    QString timeLeft(double share) const;

    QString m_command;
    bool m_enabled;
    bool m_drawn = false;
    std::mutex m_mutex;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
};

/// layout.run(), reporting its progress on `progress` when that is shown. The same steps
/// either way (ForceLayout::run() is step() without publishing), so the same positions.
void runLayout(ForceLayout& layout, ProgressLine& progress);

} // namespace parley::cli
