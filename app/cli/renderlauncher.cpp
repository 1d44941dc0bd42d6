// SPDX-License-Identifier: GPL-3.0-or-later
// `parley-cli render` runs the parley-render program in place of parley-cli (rendermain.cpp),
// found at the same place relative to parley-cli in the build tree and when installed
// (PARLEY_RENDER_RELPATH, set by app/cli/CMakeLists.txt: bin/ -> libexec/parley/).
#include "cli/commands.h"

#include <QByteArray>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace parley::cli {

namespace {

// The folder of the running parley-cli, whatever PATH or symbolic link started it.
QByteArray ownFolder()
{
    std::vector<char> buffer(4096);
    const ssize_t n = readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
    if (n <= 0)
        return {};
    const QByteArray path(buffer.data(), n);
    return path.left(path.lastIndexOf('/'));
}

} // namespace

int launchRender(int argc, char* argv[])
{
    const QByteArray renderer = ownFolder() + "/" PARLEY_RENDER_RELPATH;
    // The renderer's arguments are parley-cli's after the word `render`.
    std::vector<char*> args;
    args.push_back(const_cast<char*>(renderer.constData()));
    for (int i = 2; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execv(renderer.constData(), args.data());
    // Only reached when the program could not start (a broken installation).
    QTextStream(stderr) << "parley-cli render: cannot run " << QString::fromLocal8Bit(renderer)
                        << ": " << QString::fromLocal8Bit(std::strerror(errno)) << "\n";
    return OutputFailed;
}

} // namespace parley::cli
