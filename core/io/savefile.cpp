// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/savefile.h"

#include <QSaveFile>

namespace parley {

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

} // namespace parley
