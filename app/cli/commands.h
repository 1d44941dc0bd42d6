// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QStringList>

#include <vector>

namespace parley {
class CorpusGraph;
}

namespace parley::cli {

/// Exit codes of parley-cli (documented in --help and the man page).
enum ExitCode : int {
    Success = 0,     ///< everything read and written
    InputFailed = 1, ///< some inputs could not be read; the rest was processed and written
    Usage = 2,       ///< bad command line
    OutputFailed = 3 ///< the output could not be written (any earlier file is left intact)
};

/// `text` on one line, for messages on standard error: a file name may hold line breaks or
/// other control characters, which would split one problem over several lines (or forge
/// another message). They are shown as \n, \r, \t and \xNN.
inline QString oneLine(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\r')
            out += QLatin1String("\\r");
        else if (c == u'\t')
            out += QLatin1String("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

/// Each subcommand gets its arguments without the program and command names.
int runExtract(const QStringList& args);
int runMerge(const QStringList& args);
int runLayout(const QStringList& args);
int runRender(const QStringList& args); ///< in the parley-render program
int runAnalyze(const QStringList& args);
int runPath(const QStringList& args);
int runProject(const QStringList& args);
/// `parley-cli render ARGS`: runs parley-render ARGS in place of parley-cli; returns only
/// when that program cannot be started (an error is printed).
int launchRender(int argc, char* argv[]);

} // namespace parley::cli
