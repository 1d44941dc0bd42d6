// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/progressline.h"

#include "layout/forcelayout.h"

#include <cstdio>
#include <unistd.h>

namespace parley::cli {

namespace {

QString clockTime(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool ProgressLine::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

ProgressLine::ProgressLine(QString command, bool quiet)
    : m_command(std::move(command)), m_enabled(!quiet && stderrIsTerminal())
{
    m_clock.start();
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::update(qint64 done, qint64 total, const QString& unit, qint64 articles)
{
    if (!m_enabled)
        return;
    const std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.elapsed();
    // Redrawing on every document would cost more than the work on small ones; the last
    // update is always drawn so the line ends on the true count.
    if (now - m_lastDraw < 200 && done < total)
        return;
    m_lastDraw = now;
    const bool ofArticles = unit == QLatin1String("articles");
    if (ofArticles)
        articles = done;
    QString line = QStringLiteral("%1: %2/%3 %4").arg(m_command).arg(done).arg(total).arg(unit);
    if (!ofArticles && articles >= 0)
        line += QStringLiteral(", %1 articles").arg(articles);
    const double seconds = double(now) / 1000.0;
    if (seconds > 0.5 && articles > 0)
        line += QStringLiteral(", %1 articles/s").arg(qRound64(double(articles) / seconds));
    if (total > 0)
        line += timeLeft(double(done) / double(total));
    draw(line);
}

void ProgressLine::updateShare(double share, const QString& what)
{
    if (!m_enabled)
        return;
    const std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.elapsed();
    if (now - m_lastDraw < 200 && share < 1.0)
        return;
    m_lastDraw = now;
    draw(QStringLiteral("%1: %2 %3%").arg(m_command, what).arg(qRound(share * 100.0)) +
         timeLeft(share));
}

// ", 0:12 left" once there is a second of history to extrapolate from; else nothing.
QString ProgressLine::timeLeft(double share) const
{
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    if (seconds <= 1.0 || share <= 0.0 || share >= 1.0)
        return {};
    return QStringLiteral(", %1 left").arg(clockTime(qRound64(seconds * (1.0 - share) / share)));
}

void ProgressLine::draw(const QString& line)
{
    // \r and erase-to-end-of-line redraw in place; the line is kept short of 80 columns.
    const QByteArray bytes = "\r" + line.left(79).toLocal8Bit() + "\x1b[K";
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressLine::finish()
{
    const std::lock_guard lock(m_mutex);
    if (!m_drawn)
        return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    m_drawn = false;
}

void runLayout(ForceLayout& layout, ProgressLine& progress)
{
    if (!progress.enabled()) {
        layout.run();
        return;
    }
    while (layout.step())
        progress.updateShare(layout.progress(), QStringLiteral("laying out"));
    progress.finish();
}

} // namespace parley::cli
