// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/progressline.h"

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
    const qint64 now = m_clock.elapsed();
    // Redrawing on every document would cost more than the work on small ones; the last
    // update is always drawn so the line ends on the true count.
    if (now - m_lastDraw < 200 && done < total)
        return;
    m_lastDraw = now;
    if (articles < 0)
        articles = done;
    QString line = QStringLiteral("%1: %2/%3 %4").arg(m_command).arg(done).arg(total).arg(unit);
    if (articles != done || unit != QLatin1String("articles"))
        line += QStringLiteral(", %1 articles").arg(articles);
    const double seconds = double(now) / 1000.0;
    if (seconds > 0.5 && articles > 0)
        line += QStringLiteral(", %1 articles/s").arg(qRound64(double(articles) / seconds));
    if (seconds > 1.0 && done > 0 && done < total)
        line += QStringLiteral(", %1 left")
                    .arg(clockTime(qRound64(seconds * double(total - done) / double(done))));
    // \r and erase-to-end-of-line redraw in place; the line is kept short of 80 columns.
    const QByteArray bytes = "\r" + line.left(79).toLocal8Bit() + "\x1b[K";
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressLine::finish()
{
    if (!m_drawn)
        return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    m_drawn = false;
}

} // namespace parley::cli
