// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: replaced by the work that owns 'merge'.
#include "cli/commands.h"

#include <QTextStream>

namespace parley::cli {

int runMerge(const QStringList&)
{
    QTextStream(stderr) << "parley-cli merge: not available yet\n";
    return Usage;
}

} // namespace parley::cli
