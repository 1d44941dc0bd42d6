// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: replaced by the work that owns 'layout'.
#include "cli/commands.h"

#include <QTextStream>

namespace parley::cli {

int runLayout(const QStringList&)
{
    QTextStream(stderr) << "parley-cli layout: not available yet\n";
    return Usage;
}

} // namespace parley::cli
