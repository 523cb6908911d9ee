// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lantern {

/// Why a backup was taken; part of its file name.
enum class BackupReason { Daily, Migration, Manual, BeforeRestore };

/// "daily", "migration", "manual", "before-restore".
QString toString(BackupReason reason);

/// One backup file in a database's backup folder.
struct BackupInfo
{
    QString path; ///< absolute path of the backup file
    QDateTime time; ///< when it was taken (UTC, from its name)
    BackupReason reason = BackupReason::Manual;
    qint64 size = 0; ///< bytes
};

/// A database's backup folder, `<database file>.backups/` beside it. Backups are `VACUUM INTO`
/// copies, so an encrypted database's backup is sealed the same way and opens with the same
/// passphrase (the passphrase at the time of the backup). Files are named
/// `YYYYMMDDTHHMMSSmmmZ-<reason>.lantern` (UTC); a backup is written to `<name>.partial` and
/// renamed only once complete and synced, so a file with a final name is always whole.
///
/// Rotation after each backup into the folder keeps the newest kKeepDaily daily backups and the
/// newest kKeepOther of each other reason (migration, manual, before-restore); older ones are
/// deleted, as are `.partial` leftovers of an interrupted backup. Callers hold the database's lock.
class Backups
{
public:
    Backups() = delete;

    static constexpr int kKeepDaily = 7;
    static constexpr int kKeepOther = 3;

    /// The backup folder of the database at `dbPath`.
    static QString folderFor(const QString& dbPath);

    /// The backups of the database at `dbPath`, newest first; empty when there are none.
    static Result<QList<BackupInfo>> list(const QString& dbPath);

    /// Backs up the open database `db` (file `dbPath`) into its backup folder, named for `time` and
    /// `reason`, then rotates the folder. Returns the new file's path.
    static Result<QString> take(
        QSqlDatabase& db, const QString& dbPath, BackupReason reason, const QDateTime& time);

    /// Like take(), but copies the file's bytes (and its -wal beside the copy) instead of asking
    /// SQLite: for a damaged or foreign file that must be kept as it is.
    static Result<QString> takeRaw(const QString& dbPath, BackupReason reason, const QDateTime& time);

    /// Writes a complete copy of `db` to `outPath` (which must not exist) via a temporary name.
    static Result<void> writeCopy(QSqlDatabase& db, const QString& outPath);

    /// True when no daily backup of `now`'s UTC date exists yet.
    static bool dailyDue(const QList<BackupInfo>& backups, const QDateTime& now);

    /// Ok when `file` is a Lantern database (of a schema this build reads) that passes
    /// PRAGMA integrity_check; otherwise the reason, phrased for a backup. Never writes to `file`.
    static Result<void> verify(const QString& file);

    /// The newest backup of `dbPath` that passes verify().
    static std::optional<BackupInfo> latestGood(const QString& dbPath);

    /// Deletes what rotation no longer keeps, and leftovers of interrupted backups.
    static Result<void> rotate(const QString& dbPath);
};

} // namespace lantern
