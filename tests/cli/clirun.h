// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a command-line program to its end for the CLI tests and keeps what it printed.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace parley::test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with `args`, feeding `input` on standard input. A crash or a run past five
/// minutes leaves exitCode at -1 and says so in err.
inline Run runProgram(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit) {
        r.err = "crashed or hung: " + p.errorString().toUtf8();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace parley::test
