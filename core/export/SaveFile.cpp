// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SaveFile.h"

#include <QSaveFile>

namespace lantern {

Result<void> saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error { QStringLiteral("cannot write %1: %2").arg(path, file.errorString()) };
    return {};
}

} // namespace lantern
