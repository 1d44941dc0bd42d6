// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/savefile.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace parley {

QString shortWriteReason(const QIODevice& device)
{
    return device.errorString().isEmpty() || device.errorString() == QLatin1String("Unknown error")
               ? QStringLiteral("short write (disk full or file too large)")
               : device.errorString();
}

namespace {

// Collects writes into blocks before passing them on: the target is unbuffered (see
// saveFile()), and writers such as QXmlStreamWriter write a few bytes at a time.
class BlockDevice : public QIODevice
{
public:
    explicit BlockDevice(QIODevice& target) : m_target(target) { open(QIODevice::WriteOnly); }

    bool failed() const { return m_failed; }

    bool flushBlock()
    {
        if (m_failed)
            return false;
        if (!m_block.isEmpty() && m_target.write(m_block) != m_block.size()) {
            m_failed = true;
            setErrorString(shortWriteReason(m_target));
            return false;
        }
        m_block.resize(0); // keeps the allocation for the next block
        return true;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_failed)
            return -1;
        // Writers that gather blocks themselves (the JSON exporter) pass them straight on:
        // copying a few megabytes into the block first was a pass over all the output.
        if (size >= kBlock) {
            if (!flushBlock())
                return -1;
            if (m_target.write(data, size) != size) {
                m_failed = true;
                setErrorString(shortWriteReason(m_target));
                return -1;
            }
            return size;
        }
        m_block.append(data, static_cast<qsizetype>(size));
        if (m_block.size() >= kBlock && !flushBlock())
            return -1;
        return size;
    }

private:
    // A quarter of a megabyte: the JSON exporter's chunks are as large and pass straight on.
    static constexpr qsizetype kBlock = 256 << 10;
    QIODevice& m_target;
    QByteArray m_block;
    bool m_failed = false;
};

Status streamTo(QIODevice& target, const std::function<Status(QIODevice&)>& write)
{
    BlockDevice block(target);
    Status written = write(block);
    if (block.failed())
        return Status::failure({{}, block.errorString()});
    if (!written.ok())
        return written;
    if (!block.flushBlock())
        return Status::failure({{}, block.errorString()});
    return Status::success();
}

} // namespace

Status saveFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    // Unbuffered, so that a short write (disk full, file size limit) shows in write()'s
    // return value: through the buffer, Qt 6.4 reports a partial flush as success and
    // commit() would replace the earlier file with a truncated one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Status::failure({path, file.errorString()});
    if (file.write(data) != data.size()) {
        const QString reason = file.error() != QFileDevice::NoError
                                   ? file.errorString()
                                   : QStringLiteral("short write (disk full or file too large)");
        file.cancelWriting();
        return Status::failure({path, reason});
    }
    if (!file.commit())
        return Status::failure({path, file.errorString()});
    return Status::success();
}

Status saveStreamed(const QString& path, const std::function<Status(QIODevice&)>& write)
{
    if (path.isEmpty()) {
        QFile out;
        Status s = out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
                       ? streamTo(out, write)
                       : Status::failure({{}, out.errorString()});
        if (!s.ok())
            s.error.where = QStringLiteral("standard output");
        return s;
    }
    QSaveFile file(path);
    // Unbuffered for the reason given in saveFile().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Status::failure({path, file.errorString()});
    Status s = streamTo(file, write);
    if (!s.ok()) {
        file.cancelWriting();
        s.error.where = path;
        return s;
    }
    if (!file.commit())
        return Status::failure({path, file.errorString()});
    return Status::success();
}

} // namespace parley
