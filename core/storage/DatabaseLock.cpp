// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatabaseLock.h"

#include "storage/StorageError.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <QCoreApplication>
#include <QFile>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace lantern {

namespace {

/// The process named in the lock file, when it names one that is still running.
qint64 holderOf(int fd)
{
    char text[32] = {};
    const ssize_t length = ::pread(fd, text, sizeof text - 1, 0);
    if (length <= 0)
        return 0;
    bool ok = false;
    const qint64 pid = QByteArray(text, static_cast<qsizetype>(length)).trimmed().toLongLong(&ok);
    if (!ok || pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH))
        return 0;
    return pid;
}

Error heldBy(qint64 pid)
{
    if (pid <= 0)
        return storage_error::inUse();
    return Error { QCoreApplication::translate(
        "lantern::DatabaseLock", "the database is open in another Lantern window or process (process %1)")
                       .arg(pid) };
}

Error lockingFailed(int error)
{
    // Some network folders cannot lock; SQLite's own locks cannot be trusted there either.
    if (error == ENOLCK || error == EINVAL || error == EOPNOTSUPP)
        return Error { QCoreApplication::translate("lantern::DatabaseLock",
            "files cannot be locked in the database's folder; move the database to a local disk") };
    return storage_error::diskFailed();
}

/// Whether `fd` is still the file named `path`: a holder removes its file before letting go, so
/// whoever opened the old file meanwhile must start again with the new one.
bool stillNamed(int fd, const QByteArray& path)
{
    struct stat opened { };
    struct stat named { };
    return ::fstat(fd, &opened) == 0 && ::stat(path.constData(), &named) == 0 && opened.st_dev == named.st_dev
        && opened.st_ino == named.st_ino;
}

} // namespace

Result<DatabaseLock> DatabaseLock::acquire(const QString& databasePath)
{
    const QByteArray path = QFile::encodeName(databasePath + QStringLiteral(".lock"));
    // Each new try follows a holder that let go in between; a handful is plenty.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0)
            return storage_error::fromErrno(errno);
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            const qint64 holder = holderOf(fd);
            ::close(fd);
            if (error == EWOULDBLOCK)
                return heldBy(holder);
            return lockingFailed(error);
        }
        if (!stillNamed(fd, path)) {
            ::close(fd);
            continue;
        }
        // Who holds it, for the message others get; the lock holds even if this cannot be written.
        const QByteArray pid = QByteArray::number(static_cast<qint64>(::getpid())) + '\n';
        if (::ftruncate(fd, 0) == 0)
            (void)!::pwrite(fd, pid.constData(), static_cast<size_t>(pid.size()), 0);
        return DatabaseLock(fd, path);
    }
    return storage_error::inUse();
}

bool DatabaseLock::isHeld(const QString& databasePath)
{
    const QByteArray path = QFile::encodeName(databasePath + QStringLiteral(".lock"));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false; // no file, no holder
    // A shared lock is refused only while someone holds the exclusive one; it is let go at once.
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

DatabaseLock::DatabaseLock(int fd, QByteArray path)
    : m_fd(fd)
    , m_path(std::move(path))
{
}

DatabaseLock::DatabaseLock(DatabaseLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_path(std::move(other.m_path))
{
}

DatabaseLock& DatabaseLock::operator=(DatabaseLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

DatabaseLock::~DatabaseLock()
{
    release();
}

void DatabaseLock::release()
{
    if (m_fd < 0)
        return;
    ::unlink(m_path.constData());
    ::close(m_fd);
    m_fd = -1;
}

} // namespace lantern
