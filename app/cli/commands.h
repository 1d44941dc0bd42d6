// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace parley::cli {

/// Exit codes of parley-cli (documented in --help and the man page).
enum ExitCode : int {
    Success = 0,     ///< everything read and written
    InputFailed = 1, ///< some inputs could not be read; the rest was processed and written
    Usage = 2,       ///< bad command line
    OutputFailed = 3 ///< the output could not be written (any earlier file is left intact)
};

/// Each subcommand gets its arguments without the program and command names.
int runExtract(const QStringList& args);
int runMerge(const QStringList& args);
int runLayout(const QStringList& args);
int runRender(const QStringList& args);

} // namespace parley::cli
