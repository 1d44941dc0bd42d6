// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/fetcher.h"

#include "net/waitfor.h"
#include "text/feed.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace parley {

QString suffixFor(const Download& d)
{
    if (isFeed(d.bytes))
        return QStringLiteral("rss");
    const QString type = d.contentType.toLower();
    const QByteArray head = d.bytes.left(1024).trimmed().toLower();
    if (type.contains(QLatin1String("html")) || head.startsWith("<!doctype html") ||
        head.startsWith("<html"))
        return QStringLiteral("html");
    return QStringLiteral("txt");
}

Fetcher::Fetcher(FetchLimits limits, QObject* parent)
    : QObject(parent), m_limits(limits), m_manager(new QNetworkAccessManager(this)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(tr("no complete answer within %1 s (the server is too slow or does not answer)")
                 .arg(double(m_limits.timeoutMs) / 1000.0));
    });
}

Fetcher::~Fetcher()
{
    abort();
}

void Fetcher::fetch(const QUrl& url, std::function<void(Result<Download>)> done)
{
    abort();
    m_url = url;
    m_done = std::move(done);
    m_body.clear();
    m_failure.clear();
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        // Reported from the event loop, like every other outcome, so callers see one order.
        QTimer::singleShot(0, this, [done = std::move(m_done), url] {
            done(Error{url.toString(), tr("not an http:// or https:// address")});
        });
        return;
    }
    QNetworkRequest request(url);
    // No cookies either way: a feed needs none, and none should follow the user around.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Parley/%1 (feed reader)").arg(QStringLiteral(PARLEY_VERSION)));
    request.setRawHeader("Accept", "application/rss+xml, application/atom+xml, application/xml;"
                                   "q=0.9, text/html;q=0.8, */*;q=0.5");
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxBytes)
            fail(tr("the answer is %1, larger than the limit of %2")
                     .arg(mb(length.toLongLong()), mb(m_limits.maxBytes)));
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &Fetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Fetcher::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &Fetcher::progress);
    m_timer->start(m_limits.timeoutMs);
}

void Fetcher::abort()
{
    m_timer->stop();
    m_done = nullptr;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString Fetcher::mb(qint64 bytes) const
{
    return tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

void Fetcher::onReadyRead()
{
    if (!m_reply)
        return;
    // The body of a redirect is not the answer; only the last response's bytes count.
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 3)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_limits.maxBytes)
        fail(tr("the answer is larger than the limit of %1").arg(mb(m_limits.maxBytes)));
}

// Ends the download with `message` (ours, not Qt's: we aborted the reply).
void Fetcher::fail(const QString& message)
{
    if (!m_reply)
        return;
    m_failure = message;
    m_reply->abort(); // emits finished(), handled by onFinished()
}

void Fetcher::onFinished()
{
    m_timer->stop();
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    auto done = std::move(m_done);
    m_done = nullptr;
    const QString where = m_url.toString();
    const auto finish = [&](Result<Download> r) {
        if (done)
            done(std::move(r));
    };
    if (!m_failure.isEmpty()) {
        finish(Error{where, m_failure});
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        finish(Error{where, tr("the server answered HTTP %1 %2").arg(status).arg(reason).trimmed()});
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        QString message;
        switch (reply->error()) {
        case QNetworkReply::HostNotFoundError:
            message = tr("cannot find the host %1 (offline, or the address is wrong)")
                          .arg(m_url.host());
            break;
        case QNetworkReply::ConnectionRefusedError:
            message = tr("the connection was refused (is the address right?)");
            break;
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
            message = tr("the network is not reachable (offline?): %1").arg(reply->errorString());
            break;
        case QNetworkReply::TooManyRedirectsError:
            message = tr("more than %n redirect(s) (a redirect loop?)", nullptr,
                         m_limits.maxRedirects);
            break;
        case QNetworkReply::InsecureRedirectError:
            message = tr("refused a redirect from https to plain http");
            break;
        default:
            message = reply->errorString();
            break;
        }
        finish(Error{where, message});
        return;
    }
    m_body += reply->readAll();
    if (m_body.size() > m_limits.maxBytes) {
        finish(Error{where, tr("the answer is larger than the limit of %1").arg(mb(m_limits.maxBytes))});
        return;
    }
    Download d;
    d.url = m_url;
    d.finalUrl = reply->url();
    d.bytes = std::move(m_body);
    d.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    m_body.clear();
    finish(std::move(d));
}

Result<Download> Fetcher::fetchAndWait(const QUrl& url, const FetchLimits& limits)
{
    Fetcher fetcher(limits);
    return waitFor<Result<Download>>([&](const auto& done) { fetcher.fetch(url, done); });
}

} // namespace parley
