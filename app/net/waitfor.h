// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>

#include <optional>
#include <utility>

namespace parley {

/// Calls `start(done)` and runs an event loop until `done(result)` is called (at once or later
/// from the loop); gives that result. For the blocking forms of the asynchronous fetchers,
/// used by the command line, which has no other work to do meanwhile.
template <typename T, typename Start>
T waitFor(Start&& start)
{
    QEventLoop loop;
    std::optional<T> result;
    std::forward<Start>(start)([&](T r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace parley
