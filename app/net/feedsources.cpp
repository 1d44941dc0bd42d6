// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/feedsources.h"

#include "net/waitfor.h"

#include <QTimer>

namespace parley {

LoadResult loadDownload(const Download& download, const LoadOptions& options)
{
    const QString address = download.url.toString();
    // The loader needs a name whose suffix gives the format; it is replaced below.
    const QString name = QStringLiteral("download.") + suffixFor(download);
    LoadResult loaded = loadBytes(download.bytes, name, options);
    for (Document& d : loaded.documents) {
        const bool item = d.path.startsWith(name + QLatin1Char(':'));
        if (!item)
            d.path = address;
        else if (!d.url.isEmpty())
            d.path = d.url;
        else
            d.path = address + QLatin1Char('#') + d.id;
        if (d.url.isEmpty() && !item)
            d.url = address;
    }
    for (Error& e : loaded.errors) {
        if (e.where.startsWith(name))
            e.where.replace(0, name.size(), address);
    }
    return loaded;
}

FeedBatch::FeedBatch(FetchLimits limits, QObject* parent)
    : QObject(parent), m_fetcher(new Fetcher(limits, this))
{
}

void FeedBatch::start(const QStringList& addresses, std::function<void(LoadResult)> done)
{
    abort();
    m_addresses = addresses;
    m_next = 0;
    m_result = {};
    m_done = std::move(done);
    m_busy = true;
    // Always from the event loop, so callers see one order whatever the list holds.
    QTimer::singleShot(0, this, &FeedBatch::next);
}

void FeedBatch::abort()
{
    m_fetcher->abort();
    m_busy = false;
    m_done = nullptr;
}

void FeedBatch::next()
{
    if (!m_busy)
        return;
    if (m_next >= m_addresses.size()) {
        m_busy = false;
        auto done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(std::move(m_result));
        return;
    }
    const QString address = m_addresses[m_next];
    Q_EMIT fetching(address, m_next, int(m_addresses.size()));
    ++m_next;
    m_fetcher->fetch(QUrl(address), [this, address](Result<Download> got) {
        if (!got.ok()) {
            m_result.errors.push_back(got.error());
        } else {
            LoadResult loaded = loadDownload(got.value());
            if (loaded.documents.empty() && loaded.errors.empty())
                loaded.errors.push_back(Error{address, tr("no article in it")});
            for (Document& d : loaded.documents)
                m_result.documents.push_back(std::move(d));
            for (Error& e : loaded.errors)
                m_result.errors.push_back(std::move(e));
        }
        next();
    });
}

LoadResult FeedBatch::fetchAndWait(const QStringList& addresses, const FetchLimits& limits)
{
    FeedBatch batch(limits);
    return waitFor<LoadResult>([&](const auto& done) { batch.start(addresses, done); });
}

} // namespace parley
