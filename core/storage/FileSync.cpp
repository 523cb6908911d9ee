// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FileSync.h"

#include "storage/StorageError.h"

#include <fcntl.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace lantern::file_sync {

namespace {

Result<void> syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return storage_error::diskFailed();
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return storage_error::diskFailed();
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
        return storage_error::alreadyExists();
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Error { QCoreApplication::translate("lantern::FileSync", "the file could not be read") };
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error { QCoreApplication::translate(
            "lantern::FileSync", "the file could not be written (check that its folder is writable)") };
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
        return Error { QCoreApplication::translate(
            "lantern::FileSync", "the copy could not be written completely (is the disk full?)") };
    }
    return {};
}

} // namespace lantern::file_sync
