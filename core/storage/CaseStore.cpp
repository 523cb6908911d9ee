// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: creating, opening, unlocking and locking. Case content is in CaseStoreContent.cpp.
#include "storage/CaseStore.h"

#include "storage/AuditLog.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "vault/Sodium.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lantern {

namespace {

using namespace schema;

QString createConsequence()
{
    return QCoreApplication::translate("lantern::CaseStore", "the database was not created");
}

Error incomplete()
{
    return Error { QCoreApplication::translate(
        "lantern::CaseStore", "the database was not completely created; create it again") };
}

// Removes what a failed create() left behind; create() only runs where nothing existed.
void removeFiles(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

Result<void> putMeta(QSqlDatabase& db, QLatin1StringView key, const QString& value)
{
    return execSql(db,
        QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)").arg(meta::kTable, meta::kKey, meta::kValue),
        { QString(key), value }, createConsequence());
}

Result<QVariant> getMeta(QSqlDatabase& db, QLatin1StringView key)
{
    return scalarSql(db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(meta::kValue, meta::kTable, meta::kKey),
        { QString(key) }, QCoreApplication::translate("lantern::CaseStore", "the database was not opened"));
}

} // namespace

CaseStore::CaseStore(std::unique_ptr<Connection> connection, const StoreOptions& options)
    : m_connection(std::move(connection))
    , m_clock(options.clock ? options.clock : std::make_shared<SystemClock>())
    , m_automaticBackups(options.automaticBackups)
{
}

CaseStore::~CaseStore()
{
    lock();
}

Result<std::unique_ptr<CaseStore>> CaseStore::create(
    const QString& path, const VaultRecord& record, Sealer sealer, const StoreOptions& options)
{
    if (!sealer.encrypts() || sealer.isLocked())
        return Error { QCoreApplication::translate(
            "lantern::CaseStore", "an encrypted database needs an unlocked data key") };
    return createWith(path, &record, std::move(sealer), options);
}

Result<std::unique_ptr<CaseStore>> CaseStore::createTraining(const QString& path, const StoreOptions& options)
{
    return createWith(path, nullptr, Sealer::plain(), options);
}

Result<std::unique_ptr<CaseStore>> CaseStore::createWith(
    const QString& path, const VaultRecord* record, Sealer sealer, const StoreOptions& options)
{
    auto connection = Connection::create(path, options.connection);
    if (!connection)
        return connection.error();
    std::unique_ptr<CaseStore> store(new CaseStore(std::move(connection).value(), options));
    QSqlDatabase& db = store->m_connection->db();
    const qint64 nowMs = store->now().toMSecsSinceEpoch();
    auto created = migrate(db, migrations(), nowMs);
    if (created) {
        created = inTransaction(db, createConsequence(), [&]() -> Result<void> {
            if (auto done
                = putMeta(db, meta::kEncryptedKey, record ? QStringLiteral("1") : QStringLiteral("0"));
                !done)
                return done;
            if (auto done = putMeta(db, meta::kCreatedAtKey, QString::number(nowMs)); !done)
                return done;
            if (!record)
                return {};
            return execSql(db,
                QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (1, ?)")
                    .arg(vault::kTable, vault::kId, vault::kRecord),
                { QString::fromUtf8(QJsonDocument(record->toJson()).toJson(QJsonDocument::Compact)) },
                createConsequence());
        });
    }
    if (!created) {
        const QString absolute = store->m_connection->path();
        store.reset();
        removeFiles(absolute);
        return created.error();
    }
    store->m_encrypted = record != nullptr;
    if (record)
        store->m_vaultRecord = *record;
    store->m_sealer = std::move(sealer);
    store->m_unlocked = true;
    return store;
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString& path, const StoreOptions& options)
{
    auto connection = Connection::open(path, options.connection, &checkSchemaCompatible);
    if (!connection)
        return withBackupHint(path, connection.error());
    std::unique_ptr<CaseStore> store(new CaseStore(std::move(connection).value(), options));
    store->backupBeforeMigration();
    if (auto migrated = migrate(store->m_connection->db(), migrations(), store->now().toMSecsSinceEpoch());
        !migrated)
        return migrated.error();
    if (auto read = store->readMeta(); !read)
        return read.error();
    store->backupDaily();
    return store;
}

Result<void> CaseStore::readMeta()
{
    QSqlDatabase& db = m_connection->db();
    auto encrypted = getMeta(db, meta::kEncryptedKey);
    if (!encrypted)
        return encrypted.error();
    if (!encrypted->isValid())
        return incomplete();
    m_encrypted = encrypted->toString() != u"0";
    if (!m_encrypted)
        return {};
    auto text = scalarSql(db, QStringLiteral("SELECT %1 FROM %2").arg(vault::kRecord, vault::kTable), {},
        QCoreApplication::translate("lantern::CaseStore", "the database was not opened"));
    if (!text)
        return text.error();
    if (!text->isValid())
        return incomplete();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(text->toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return vault_error::damagedSettings();
    auto record = VaultRecord::fromJson(document.object());
    if (!record)
        return record.error();
    m_vaultRecord = std::move(record).value();
    return {};
}

Result<void> CaseStore::unlock(const SecureBytes& passphrase)
{
    if (!m_encrypted)
        return Error { QCoreApplication::translate(
            "lantern::CaseStore", "this is an unencrypted training database; it has no passphrase") };
    if (m_unlocked)
        return {};
    auto sealer = Vault::unlock(*m_vaultRecord, passphrase);
    if (!sealer)
        return sealer.error();
    m_sealer = std::move(sealer).value();
    m_unlocked = true;
    StatementCache& statements = m_connection->statements();
    AuditEvent event;
    event.kind = AuditKind::Unlocked;
    event.time = now();
    const QString consequence
        = QCoreApplication::translate("lantern::CaseStore", "the database was not unlocked");
    auto recorded = inTransaction(
        statements, consequence, [&] { return AuditLog(statements, m_sealer).append(event, consequence); });
    if (!recorded) {
        // Every unlock is audited: one that cannot be recorded does not happen.
        m_sealer.lock();
        m_sealer = Sealer();
        m_unlocked = false;
    }
    return recorded;
}

Result<void> CaseStore::openPlain()
{
    if (m_encrypted)
        return Error { QCoreApplication::translate(
            "lantern::CaseStore", "this database is encrypted: enter its passphrase") };
    m_sealer = Sealer::plain();
    m_unlocked = true;
    return {};
}

void CaseStore::lock()
{
    if (!m_unlocked)
        return;
    if (m_encrypted) {
        // Best effort: a full disk must not keep the key in memory.
        StatementCache& statements = m_connection->statements();
        AuditEvent event;
        event.kind = AuditKind::Locked;
        event.time = now();
        (void)inTransaction(statements, {}, [&] { return AuditLog(statements, m_sealer).append(event, {}); });
    }
    m_sealer.lock();
    m_sealer = Sealer();
    m_unlocked = false;
    m_searchable.clear();
    m_openCase.clear();
}

Result<void> CaseStore::ready() const
{
    if (!m_unlocked)
        return storage_error::locked();
    return {};
}

} // namespace lantern
