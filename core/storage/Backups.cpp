// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backups.h"

#include "storage/FileSync.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <algorithm>
#include <array>
#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>

namespace lantern {

namespace {

constexpr std::array kReasonNames = {
    std::pair { BackupReason::Daily, QLatin1StringView("daily") },
    std::pair { BackupReason::Migration, QLatin1StringView("migration") },
    std::pair { BackupReason::Manual, QLatin1StringView("manual") },
    std::pair { BackupReason::BeforeRestore, QLatin1StringView("before-restore") },
};

constexpr QLatin1StringView kPartialSuffix(".partial");
constexpr QLatin1StringView kTimeFormat("yyyyMMdd'T'HHmmsszzz");

std::optional<BackupReason> reasonFromString(QStringView name)
{
    for (const auto& [reason, text] : kReasonNames) {
        if (name == text)
            return reason;
    }
    return std::nullopt;
}

// "20260314T093000000Z-daily.lantern", or "...-daily-2.lantern" for a second one in the same ms.
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{8}T\\d{9})Z-(daily|migration|manual|before-restore)(?:-(\\d+))?\\.lantern$"));
    return pattern;
}

struct Parsed
{
    BackupInfo info;
    int sequence = 0;
};

std::optional<Parsed> parse(const QFileInfo& file)
{
    const auto match = namePattern().match(file.fileName());
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(match.captured(1), kTimeFormat);
    if (!time.isValid())
        return std::nullopt;
    time.setTimeSpec(Qt::UTC);
    const auto reason = reasonFromString(match.capturedView(2));
    if (!reason)
        return std::nullopt;
    return Parsed { { file.absoluteFilePath(), time, *reason, file.size() }, match.captured(3).toInt() };
}

QString backupConsequence()
{
    return QCoreApplication::translate("lantern::Backups", "the backup was not written");
}

Error backupDamaged()
{
    return Error { QCoreApplication::translate(
        "lantern::Backups", "the backup file is damaged; choose another backup") };
}

QString nextCheckConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("lantern-backup-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<void> checkOpenBackup(QSqlDatabase& db)
{
    if (auto compatible = checkSchemaCompatible(db); !compatible) {
        if (compatible.errorMessage() == storage_error::damaged().message)
            return backupDamaged();
        return compatible;
    }
    auto rows = runSql(db, QStringLiteral("PRAGMA integrity_check"), {}, {});
    if (!rows)
        return rows.error().message == storage_error::damaged().message ? backupDamaged() : rows.error();
    const bool healthy = rows->next() && rows->value(0).toString() == u"ok" && !rows->next();
    const bool failed = rows->lastError().isValid();
    rows->finish();
    if (!healthy || failed)
        return backupDamaged();
    return {};
}

// A name in the backup folder (created if needed) that no backup or partial backup uses yet.
Result<QString> freeName(const QString& dbPath, BackupReason reason, const QDateTime& time)
{
    const QString folder = Backups::folderFor(dbPath);
    const QString shown = QDir::toNativeSeparators(folder);
    // Owner-only, like the backups in it: even their names tell when cases were worked on.
    const bool made = QFileInfo(folder).isDir()
        || QDir().mkdir(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!made || !QFileInfo(folder).isDir()) {
        const QString cause = QCoreApplication::translate("lantern::Backups",
            "the backup folder %1 cannot be created (check that the database's folder is writable)");
        return Error { causeAndConsequence(cause.arg(shown), backupConsequence()) };
    }
    if (!QFileInfo(folder).isWritable()) {
        const QString cause
            = QCoreApplication::translate("lantern::Backups", "the backup folder %1 is read-only");
        return Error { causeAndConsequence(cause.arg(shown), backupConsequence()) };
    }
    const QString stem = time.toUTC().toString(kTimeFormat) + QStringLiteral("Z-") + toString(reason);
    QString target = folder + u'/' + stem + QStringLiteral(".lantern");
    for (int sequence = 2; QFileInfo::exists(target) || QFileInfo::exists(target + kPartialSuffix);
         ++sequence)
        target = folder + u'/' + stem + u'-' + QString::number(sequence) + QStringLiteral(".lantern");
    return target;
}

} // namespace

QString toString(BackupReason reason)
{
    for (const auto& [known, text] : kReasonNames) {
        if (known == reason)
            return QString(text);
    }
    return {};
}

QString Backups::folderFor(const QString& dbPath)
{
    return QFileInfo(dbPath).absoluteFilePath() + QStringLiteral(".backups");
}

Result<QList<BackupInfo>> Backups::list(const QString& dbPath)
{
    const QDir folder(folderFor(dbPath));
    if (!folder.exists())
        return QList<BackupInfo> {};
    if (!QFileInfo(folder.path()).isReadable())
        return Error { QCoreApplication::translate("lantern::Backups", "the backup folder cannot be read") };
    QList<Parsed> found;
    for (const QFileInfo& file : folder.entryInfoList(QDir::Files | QDir::Hidden)) {
        if (auto parsed = parse(file))
            found.append(std::move(*parsed));
    }
    std::sort(found.begin(), found.end(), [](const Parsed& a, const Parsed& b) {
        if (a.info.time != b.info.time)
            return a.info.time > b.info.time;
        return a.sequence > b.sequence;
    });
    QList<BackupInfo> backups;
    backups.reserve(found.size());
    for (Parsed& parsed : found)
        backups.append(std::move(parsed.info));
    return backups;
}

Result<QString> Backups::take(
    QSqlDatabase& db, const QString& dbPath, BackupReason reason, const QDateTime& time)
{
    auto target = freeName(dbPath, reason, time);
    if (!target)
        return target;
    if (auto written = writeCopy(db, *target); !written)
        return written.error();
    // The backup itself succeeded; a file rotation could not delete is retried next time.
    (void)rotate(dbPath);
    return target;
}

Result<QString> Backups::takeRaw(const QString& dbPath, BackupReason reason, const QDateTime& time)
{
    auto target = freeName(dbPath, reason, time);
    if (!target)
        return target;
    const QString partial = *target + kPartialSuffix;
    if (auto copied = file_sync::copyDurably(dbPath, partial); !copied)
        return Error { causeAndConsequence(copied.errorMessage(), backupConsequence()) };
    const QString wal = dbPath + QStringLiteral("-wal");
    if (QFileInfo::exists(wal)) {
        if (auto copied = file_sync::copyDurably(wal, *target + QStringLiteral("-wal")); !copied) {
            QFile::remove(partial);
            return Error { causeAndConsequence(copied.errorMessage(), backupConsequence()) };
        }
    }
    if (!QFile::rename(partial, *target)) {
        QFile::remove(partial);
        QFile::remove(*target + QStringLiteral("-wal"));
        return Error { causeAndConsequence(
            QCoreApplication::translate("lantern::Backups", "the backup could not be given its name"),
            backupConsequence()) };
    }
    (void)file_sync::syncFolderOf(*target);
    (void)rotate(dbPath);
    return target;
}

Result<void> Backups::writeCopy(QSqlDatabase& db, const QString& outPath)
{
    if (QFileInfo::exists(outPath) || QFileInfo(outPath).isSymLink())
        return storage_error::alreadyExists();
    if (!QFileInfo(QFileInfo(outPath).absolutePath()).isDir())
        return Error { QCoreApplication::translate(
            "lantern::Backups", "the folder for the backup does not exist") };
    const QString partial = outPath + kPartialSuffix;
    QFile::remove(partial);
    // VACUUM INTO writes a consistent, compacted snapshot; sealed values are copied as they are.
    if (auto vacuumed = execSql(db, QStringLiteral("VACUUM INTO ?"), { partial }, backupConsequence());
        !vacuumed) {
        QFile::remove(partial);
        return vacuumed;
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto synced = file_sync::syncFile(partial); !synced) {
        QFile::remove(partial);
        return Error { causeAndConsequence(synced.errorMessage(), backupConsequence()) };
    }
    if (!QFile::rename(partial, outPath)) {
        QFile::remove(partial);
        return Error { causeAndConsequence(
            QCoreApplication::translate("lantern::Backups", "the backup could not be given its name"),
            backupConsequence()) };
    }
    (void)file_sync::syncFolderOf(outPath); // best effort: the file itself is complete
    return {};
}

bool Backups::dailyDue(const QList<BackupInfo>& backups, const QDateTime& now)
{
    const QDate today = now.toUTC().date();
    return std::none_of(backups.cbegin(), backups.cend(), [&](const BackupInfo& backup) {
        return backup.reason == BackupReason::Daily && backup.time.date() == today;
    });
}

Result<void> Backups::verify(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return Error { QCoreApplication::translate("lantern::Backups", "there is no backup at this path") };
    if (!info.isFile())
        return storage_error::notLanternDatabase();
    if (!info.isReadable())
        return Error { QCoreApplication::translate(
            "lantern::Backups", "the backup file cannot be read (check its permissions)") };
    const QString name = nextCheckConnectionName();
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // immutable: read without locks and without creating -wal/-shm/-journal files beside it.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1"));
        if (!db.open())
            result = sqlError(db.lastError(),
                QCoreApplication::translate("lantern::Backups", "the backup could not be read"));
        else
            result = checkOpenBackup(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

std::optional<BackupInfo> Backups::latestGood(const QString& dbPath)
{
    auto backups = list(dbPath);
    if (!backups)
        return std::nullopt;
    for (const BackupInfo& backup : std::as_const(*backups)) {
        if (verify(backup.path))
            return backup;
    }
    return std::nullopt;
}

Result<void> Backups::rotate(const QString& dbPath)
{
    auto backups = list(dbPath);
    if (!backups)
        return backups.error();
    std::array<int, kReasonNames.size()> kept {};
    bool removedAll = true;
    for (const BackupInfo& backup : std::as_const(*backups)) {
        const int limit = backup.reason == BackupReason::Daily ? kKeepDaily : kKeepOther;
        if (++kept.at(static_cast<std::size_t>(backup.reason)) <= limit)
            continue;
        QFile::remove(backup.path + QStringLiteral("-wal"));
        removedAll = QFile::remove(backup.path) && removedAll;
    }
    // Leftovers of a backup interrupted by a crash never carry a final name; clear them away.
    const QDir folder(folderFor(dbPath));
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden)) {
        if (name.endsWith(kPartialSuffix) || name.endsWith(kPartialSuffix + QStringLiteral("-journal")))
            QFile::remove(folder.filePath(name));
    }
    if (!removedAll)
        return Error { QCoreApplication::translate(
            "lantern::Backups", "old backups could not be deleted from the backup folder") };
    return {};
}

} // namespace lantern
