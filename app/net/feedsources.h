// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/fetcher.h"
#include "text/loader.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace parley {

/// The articles of one download, named after its address rather than a spool file: a feed
/// item with a link is keyed (Document::path) by that link, so a later version of the item
/// replaces the old one in a project; an item without a link by "address#id", so it is never
/// mistaken for another; a page by its address. Errors name the address (and the feed line).
/// Thread-safe.
LoadResult loadDownload(const Download& download, const LoadOptions& options = {});

/// Downloads the web sources of a project (feeds or pages) one after another with a Fetcher
/// (its timeout, size cap, redirect limit, no cookies) and loads each (loadDownload()). A
/// source that cannot be fetched or read is one error naming its address; the others go on.
/// Lives on the thread that created it (the GUI's): the work happens in its event loop.
class FeedBatch : public QObject
{
    Q_OBJECT

public:
    explicit FeedBatch(FetchLimits limits = {}, QObject* parent = nullptr);

    /// Fetches `addresses`; `done` gets every article and error once all are through
    /// (at once, from the event loop, when the list is empty). A batch in progress is aborted.
    void start(const QStringList& addresses, std::function<void(LoadResult)> done);
    /// Stops without calling `done`.
    void abort();
    bool isBusy() const { return m_busy; }

    /// start() and wait in a local event loop (for the command line).
    static LoadResult fetchAndWait(const QStringList& addresses, const FetchLimits& limits = {});

Q_SIGNALS:
    /// Before each download: its address and how many are done of how many.
    void fetching(const QString& address, int done, int total);

private:
    void next();

    Fetcher* m_fetcher;
    QStringList m_addresses;
    int m_next = 0;
    bool m_busy = false;
    LoadResult m_result;
    std::function<void(LoadResult)> m_done;
};

} // namespace parley
