// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: replaced by the work that owns 'render'.
#include "cli/commands.h"

#include <QTextStream>

namespace parley::cli {

int runRender(const QStringList&)
{
    QTextStream(stderr) << "parley-cli render: not available yet\n";
    return Usage;
}

} // namespace parley::cli
