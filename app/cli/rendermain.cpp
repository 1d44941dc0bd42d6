// SPDX-License-Identifier: GPL-3.0-or-later
// parley-render: `parley-cli render` as a program of its own. Only drawing needs Qt Gui and
// Svg (and through them X11, GL, fontconfig and some thirty more libraries); in parley-cli they
// were mapped and relocated at every start, a quarter of the CPU time of a one-article
// `extract`. parley-cli hands `render` over to this program (renderlauncher.cpp).
#include "cli/commands.h"

#include <QStringList>

int main(int argc, char* argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return parley::cli::runRender(args);
}
