// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: replaced by the work that owns 'extract'.
#include "cli/commands.h"

#include <QTextStream>

namespace parley::cli {

int runExtract(const QStringList&)
{
    QTextStream(stderr) << "parley-cli extract: not available yet\n";
    return Usage;
}

} // namespace parley::cli
