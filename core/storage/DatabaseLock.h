// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lantern {

/// Keeps a second Lantern window or process away from a database: an exclusive flock(2) on
/// "<database>.lock", which the kernel drops when its holder ends, however it ends. The file itself
/// only tells others who holds it (a process id), so a file left behind by a killed process or a
/// power cut, empty or not, never keeps a database shut (QLockFile trusts the file's content and
/// took an empty one for a live lock).
class DatabaseLock
{
public:
    /// Takes the lock of the database at `databasePath`, or says who holds it.
    static Result<DatabaseLock> acquire(const QString& databasePath);
    /// Whether a live process (this one included) holds the lock of the database at `databasePath` now.
    static bool isHeld(const QString& databasePath);

    DatabaseLock(DatabaseLock&& other) noexcept;
    DatabaseLock& operator=(DatabaseLock&& other) noexcept;
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;
    /// Removes the file while still holding it, then lets go.
    ~DatabaseLock();

private:
    DatabaseLock(int fd, QByteArray path);
    void release();

    int m_fd = -1;
    QByteArray m_path; ///< the lock file's name in the file system's encoding
};

} // namespace lantern
