// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FileSync.h"

#include <fcntl.h>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace lantern::file_sync {

namespace {

Result<void> syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return Error { QStringLiteral("the disk could not be read or written") };
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return Error { QStringLiteral("the disk could not be read or written") };
    return {};
}

} // namespace

Result<void> syncFile(const QString& path)
{
    return syncPath(path, O_RDONLY);
}

Result<void> syncFolderOf(const QString& path)
{
    return syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
}

Result<void> copyDurably(const QString& from, const QString& to)
{
    if (QFileInfo::exists(to))
        return Error { QStringLiteral("a file already exists at this path") };
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("the file could not be read") };
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error { QStringLiteral("the file could not be written (check that its folder is writable)") };
    }
    // Database files hold case data: readable by their owner only.
    target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    bool ok = true;
    while (ok && !source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        ok = !chunk.isEmpty() && target.write(chunk) == chunk.size();
    }
    ok = ok && target.flush() && ::fsync(target.handle()) == 0;
    target.close();
    if (!ok) {
        QFile::remove(to);
        return Error { QStringLiteral("the copy could not be written completely (is the disk full?)") };
    }
    return {};
}

} // namespace lantern::file_sync
