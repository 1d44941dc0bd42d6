// SPDX-License-Identifier: GPL-3.0-or-later
// Ways to make a write really fail, for the fault tests (issue 7): a per-process file size
// limit, which works for root too and fails write() half-way like a full disk, and a real
// full file system on a tiny tmpfs where the test may mount one (root with CAP_SYS_ADMIN).
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>

namespace parley::test {

/// While alive, no file of this process may grow beyond `bytes`: write() past it fails with
/// EFBIG (SIGXFSZ, which would kill the process, is ignored). The old limit comes back after.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

/// A 64 KiB tmpfs mounted on `dir` and filled to the last byte after `keep` (a small earlier
/// file) is written, so that any further write fails with ENOSPC. mounted() is false where
/// mounting is not allowed (not root, or a container without CAP_SYS_ADMIN).
class FullFilesystem
{
public:
    FullFilesystem(const QString& dir, const QString& keep, const QByteArray& keepBytes)
        : m_dir(dir)
    {
        const QByteArray path = QFile::encodeName(dir);
        if (::mount("tmpfs", path.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k") != 0)
            return;
        m_mounted = true;
        QFile earlier(QDir(dir).filePath(keep));
        if (!earlier.open(QIODevice::WriteOnly) || earlier.write(keepBytes) != keepBytes.size())
            return;
        earlier.close();
        QFile filler(QDir(dir).filePath(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return;
        const QByteArray block(512, 'x');
        while (filler.write(block) == block.size()) {
        }
        // Smaller pieces until not one byte more fits.
        while (filler.write("x", 1) == 1) {
        }
        m_full = true;
    }
    ~FullFilesystem()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
    }
    FullFilesystem(const FullFilesystem&) = delete;
    FullFilesystem& operator=(const FullFilesystem&) = delete;
    bool mounted() const { return m_mounted; }
    bool full() const { return m_full; }

private:
    QString m_dir;
    bool m_mounted = false;
    bool m_full = false;
};

/// The files of `dir` (hidden ones too), so a test can see that no temporary file stayed.
inline QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace parley::test
