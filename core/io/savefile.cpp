// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/savefile.h"

#include <QSaveFile>

namespace parley {

Status saveFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure({path, file.errorString()});
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure({path, reason});
    }
    if (!file.commit())
        return Status::failure({path, file.errorString()});
    return Status::success();
}

} // namespace parley
