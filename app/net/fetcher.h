// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "text/feed.h" // isWebUrl()

#include <QByteArray>
#include <QObject>
#include <QNetworkReply>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

class QTimer;

namespace parley {

/// Bounds on one download; the defaults suit news feeds and article pages.
struct FetchLimits
{
    int timeoutMs = 30000;                      ///< whole download, first byte to last
    qint64 maxBytes = qint64(20) * 1024 * 1024; ///< larger answers are refused (bytes)
    int maxRedirects = 5;                       ///< more than this is an error (a loop)
};

/// One successful download.
struct Download
{
    QUrl url;            ///< as asked for
    QUrl finalUrl;       ///< after redirects
    QByteArray bytes;    ///< the body
    QString contentType; ///< the Content-Type header; may be empty
};

/// The file suffix that makes the loader read `d` right: "rss" for a feed (whatever its
/// type says; many servers send feeds as text/xml or text/html), "html" for a page, "txt"
/// for anything else.
QString suffixFor(const Download& d);

/// Downloads one http(s) URL with Qt Network: no cookies are sent or kept, redirects are
/// followed only to URLs no less safe (https stays https), at most FetchLimits::maxRedirects;
/// the body is capped at maxBytes (checked against Content-Length and while it arrives) and
/// the whole transfer at timeoutMs. Errors name the URL and say what went wrong in words a
/// user acts on (offline, refused, HTTP status, too large, too slow, redirect loop).
/// One download at a time per Fetcher; lives on the thread that created it.
class Fetcher : public QObject
{
    Q_OBJECT

public:
    explicit Fetcher(FetchLimits limits = {}, QObject* parent = nullptr);
    ~Fetcher() override;

    /// Starts downloading `url`; `done` is called once, on this object's thread, unless the
    /// download is aborted. A download in progress is aborted first.
    void fetch(const QUrl& url, std::function<void(Result<Download>)> done);
    /// Stops the download in progress without calling its `done`.
    void abort();
    bool isBusy() const { return m_reply != nullptr; }

    /// fetch() and wait for it in a local event loop (for the command line).
    static Result<Download> fetchAndWait(const QUrl& url, const FetchLimits& limits = {});

Q_SIGNALS:
    /// Bytes received so far and the total when known (else -1), for a progress bar.
    void progress(qint64 received, qint64 total);

private:
    void onReadyRead();
    void onFinished();
    void fail(const QString& message);
    QString mb(qint64 bytes) const;

    FetchLimits m_limits;
    QNetworkAccessManager* m_manager = nullptr;
    QTimer* m_timer = nullptr;
    QPointer<QNetworkReply> m_reply;
    std::function<void(Result<Download>)> m_done;
    QUrl m_url;
    QByteArray m_body;
    QString m_failure; ///< set when we abort the reply ourselves, so the reason is ours
};

} // namespace parley
