// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore maintenance: backups (automatic and manual), restore, passphrase change and the
// export audit event. The backup folder itself is managed by Backups.
#include "storage/AuditLog.h"
#include "storage/DatabaseLock.h"
#include "storage/CaseStore.h"
#include "storage/FileSync.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "vault/Vault.h"

#include <cstdio>
#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace lantern {

namespace {

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString nextRestoreConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("lantern-restore-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Keeps the file about to be replaced as a "before-restore" backup. A healthy database is copied
// with VACUUM INTO (its -wal content included); a damaged or foreign file is copied byte for
// byte, with its -wal beside the copy, so that nothing at all is lost.
Result<QString> keepCurrent(const QString& dbPath, const QDateTime& time)
{
    const QString name = nextRestoreConnectionName();
    Result<QString> kept = Error {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (db.open())
            kept = Backups::take(db, dbPath, BackupReason::BeforeRestore, time);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (kept)
        return kept;
    kept = Backups::takeRaw(dbPath, BackupReason::BeforeRestore, time);
    if (!kept)
        return Error { QCoreApplication::translate("lantern::CaseStoreMaintenance",
            "the current database could not be kept as a backup (%1); nothing was restored")
                           .arg(kept.errorMessage()) };
    return kept;
}

} // namespace

Result<QString> CaseStore::backup(const QString& outPath)
{
    QSqlDatabase& db = m_connection->db();
    if (outPath.isEmpty())
        return Backups::take(db, m_connection->path(), BackupReason::Manual, now());
    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    if (absolute == m_connection->path())
        return storage_error::alreadyExists();
    if (auto written = Backups::writeCopy(db, absolute); !written)
        return written.error();
    return absolute;
}

Result<QList<BackupInfo>> CaseStore::backups(const QString& dbPath)
{
    return Backups::list(dbPath);
}

std::optional<QString> CaseStore::latestGoodBackup(const QString& dbPath)
{
    if (auto good = Backups::latestGood(dbPath))
        return good->path;
    return std::nullopt;
}

bool CaseStore::isInUse(const QString& dbPath)
{
    return DatabaseLock::isHeld(QFileInfo(dbPath).absoluteFilePath());
}

Result<void> CaseStore::restore(const QString& dbPath, const QString& backupPath)
{
    const QString target = QFileInfo(dbPath).absoluteFilePath();
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    if (source == target)
        return Error { QCoreApplication::translate(
            "lantern::CaseStoreMaintenance", "choose a backup file, not the database itself") };
    if (auto sound = Backups::verify(source); !sound)
        return sound;
    if (!QFileInfo(QFileInfo(target).absolutePath()).isWritable())
        return storage_error::readOnly();

    // The same lock file Connection takes: no restore under an open database.
    auto lock = DatabaseLock::acquire(target);
    if (!lock)
        return lock.error();

    // Copy first: keeping the current file rotates the folder, which may hold the chosen backup.
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (auto copied = file_sync::copyDurably(source, incoming); !copied)
        return Error { causeAndConsequence(copied.errorMessage(),
            QCoreApplication::translate("lantern::CaseStoreMaintenance", "nothing was restored")) };
    if (QFileInfo::exists(target)) {
        if (auto kept = keepCurrent(target, QDateTime::currentDateTimeUtc()); !kept) {
            QFile::remove(incoming);
            return kept.error();
        }
    }
    // Stale companions of the old file would be replayed into the restored one.
    for (const QLatin1StringView suffix :
        { QLatin1StringView("-wal"), QLatin1StringView("-shm"), QLatin1StringView("-journal") })
        QFile::remove(target + suffix);
    if (std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(incoming);
        return Error { causeAndConsequence(QCoreApplication::translate("lantern::CaseStoreMaintenance",
                                               "the database could not be replaced"),
            QCoreApplication::translate("lantern::CaseStoreMaintenance",
                "nothing was restored (the current file is kept in the backup folder)")) };
    }
    (void)file_sync::syncFolderOf(target);
    return {};
}

Result<void> CaseStore::changePassphrase(
    const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase, const KdfParams& params)
{
    if (!m_encrypted || !m_vaultRecord)
        return Error { QCoreApplication::translate("lantern::CaseStoreMaintenance",
            "this is an unencrypted training database; it has no passphrase") };
    auto record = Vault::rewrap(*m_vaultRecord, oldPassphrase, newPassphrase, params);
    if (!record)
        return record.error();
    // The change is audited with the data key, which the new passphrase wraps unchanged.
    if (auto unlocked = unlock(oldPassphrase); !unlocked)
        return unlocked;
    QSqlDatabase& db = m_connection->db();
    StatementCache& statements = m_connection->statements();
    const QString consequence
        = QCoreApplication::translate("lantern::CaseStoreMaintenance", "the passphrase was not changed");
    const QString json = QString::fromUtf8(QJsonDocument(record->toJson()).toJson(QJsonDocument::Compact));
    AuditEvent event;
    event.kind = AuditKind::PassphraseChanged;
    event.time = now();
    auto saved = inTransaction(statements, consequence, [&]() -> Result<void> {
        auto query = runSql(db,
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = 1")
                .arg(schema::vault::kTable, schema::vault::kRecord, schema::vault::kId),
            { json }, consequence);
        if (!query)
            return query.error();
        const bool updated = query->numRowsAffected() == 1;
        query->finish();
        if (!updated)
            return Error { causeAndConsequence(QCoreApplication::translate("lantern::CaseStoreMaintenance",
                                                   "the database's key settings are missing"),
                consequence) };
        return AuditLog(statements, m_sealer).append(event, consequence);
    });
    if (!saved)
        return saved;
    m_vaultRecord = std::move(record).value();
    // Best effort: move the old wrapped key out of the -wal file; secure_delete zeroes it in place.
    (void)execSql(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, {});
    return {};
}

Result<void> CaseStore::recordExport(const CaseId& caseId, const QString& format, const QString& detail)
{
    if (format.trimmed().isEmpty())
        return Error { QCoreApplication::translate(
            "lantern::CaseStoreMaintenance", "an export needs a format") };
    auto found = requireCase(caseId);
    if (!found)
        return found.error();
    const QJsonObject to { { QStringLiteral("format"), format.trimmed() } };
    AuditEvent event { {}, caseId, now(), AuditKind::Exported, {}, {},
        QString::fromUtf8(QJsonDocument(to).toJson(QJsonDocument::Compact)), detail };
    StatementCache& statements = m_connection->statements();
    const QString consequence
        = QCoreApplication::translate("lantern::CaseStoreMaintenance", "the export was not recorded");
    return inTransaction(
        statements, consequence, [&] { return AuditLog(statements, m_sealer).append(event, consequence); });
}

void CaseStore::backupBeforeMigration()
{
    if (!m_automaticBackups)
        return;
    QSqlDatabase& db = m_connection->db();
    const auto version = schemaVersion(db);
    if (!version || *version >= schema::kCurrentVersion)
        return;
    if (auto taken = Backups::take(db, m_connection->path(), BackupReason::Migration, now()); !taken)
        m_warnings.append(QCoreApplication::translate("lantern::CaseStoreMaintenance",
            "the backup before upgrading the database failed (%1); the database was upgraded without it")
                              .arg(taken.errorMessage()));
}

void CaseStore::backupDaily()
{
    if (!m_automaticBackups)
        return;
    auto existing = Backups::list(m_connection->path());
    if (existing && !Backups::dailyDue(*existing, now()))
        return;
    auto taken = existing
        ? Backups::take(m_connection->db(), m_connection->path(), BackupReason::Daily, now())
        : Result<QString>(existing.error());
    if (!taken)
        m_warnings.append(QCoreApplication::translate(
            "lantern::CaseStoreMaintenance", "the automatic daily backup failed: %1")
                              .arg(taken.errorMessage()));
}

Error CaseStore::withBackupHint(const QString& path, const Error& error)
{
    if (error.message != storage_error::damaged().message
        && error.message != storage_error::notLanternDatabase().message)
        return error;
    const auto good = Backups::latestGood(path);
    if (!good)
        return error;
    return Error { QCoreApplication::translate("lantern::CaseStoreMaintenance",
        "%1 (a good backup from %2 can be restored)",
        "an error that makes a database unusable, then a way out")
                       .arg(error.message, timeText(good->time)) };
}

} // namespace lantern
