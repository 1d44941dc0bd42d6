// SPDX-License-Identifier: GPL-3.0-or-later
// A small HTTP/1.1 server on 127.0.0.1 for the tests of parley_net and `parley-cli extract
// URL`: canned answers by path, plus the misbehaviours a fetcher must survive (a server
// that never answers, a redirect loop, an endless body). Runs in the test's event loop.
#pragma once

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace parley::test {

class HttpServer : public QTcpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "text/plain";
        QByteArray body;
        QList<QByteArray> headers; ///< extra "Name: value" lines
    };
    enum class Kind { Canned, Silent, Endless };

    HttpServer()
    {
        connect(this, &QTcpServer::newConnection, this, &HttpServer::onConnection);
        listen(QHostAddress::LocalHost, 0);
    }

    QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }

    void answer(const QByteArray& path, Answer a) { m_answers.insert(path, std::move(a)); }
    void serveFile(const QByteArray& path, const QString& file, const QByteArray& type)
    {
        QFile f(file);
        Answer a;
        if (f.open(QIODevice::ReadOnly))
            a.body = f.readAll();
        a.contentType = type;
        answer(path, std::move(a));
    }
    void redirect(const QByteArray& from, const QByteArray& to)
    {
        answer(from, {302, "text/plain", "moved", {"Location: " + to}});
    }
    /// Accepts the request and never answers.
    void silent(const QByteArray& path) { m_kinds.insert(path, Kind::Silent); }
    /// Answers 200 with a feed body of `bytes` bytes, streamed, without Content-Length.
    void endless(const QByteArray& path, qint64 bytes)
    {
        m_kinds.insert(path, Kind::Endless);
        m_endlessBytes = bytes;
    }

    /// Every request's header block, in arrival order.
    const QList<QByteArray>& requests() const { return m_requests; }
    /// Bytes of endless bodies actually sent (to show a fetcher stopped early).
    qint64 endlessSent() const { return m_endlessSent; }

private:
    void onConnection()
    {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
        }
    }

    void onRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        m_requests.append(head);
        const QByteArray path = head.split('\n').value(0).split(' ').value(1);
        const Kind kind = m_kinds.value(path, Kind::Canned);
        if (kind == Kind::Silent)
            return;
        if (kind == Kind::Endless) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                          "Connection: close\r\n\r\n<rss><channel><title>Big</title>");
            const auto more = [this, socket] {
                // Keep about a megabyte queued: enough to stream fast, never 50 MB at once.
                while (socket->state() == QAbstractSocket::ConnectedState &&
                       socket->bytesToWrite() < (1 << 20) && m_endlessSent < m_endlessBytes) {
                    QByteArray chunk;
                    while (chunk.size() < (1 << 16))
                        chunk += "<item><title>t</title><description>Putin met Erdogan."
                                 "</description></item>\n";
                    m_endlessSent += socket->write(chunk);
                }
                if (m_endlessSent >= m_endlessBytes)
                    socket->disconnectFromHost();
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, more);
            more();
            return;
        }
        const auto it = m_answers.constFind(path);
        const Answer a = it == m_answers.cend() ? Answer{404, "text/plain", "not here", {}} : *it;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) +
                         (a.status == 200 ? " OK" : a.status == 404 ? " Not Found" : " Status") +
                         "\r\nContent-Type: " + a.contentType +
                         "\r\nContent-Length: " + QByteArray::number(a.body.size()) + "\r\n";
        for (const QByteArray& h : a.headers)
            out += h + "\r\n";
        out += "Connection: close\r\n\r\n" + a.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    QHash<QByteArray, Answer> m_answers;
    QHash<QByteArray, Kind> m_kinds;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
    qint64 m_endlessBytes = 0;
    qint64 m_endlessSent = 0;
};

} // namespace parley::test
