// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QStringList>

namespace lantern {

namespace {

using namespace schema;

QString consequence()
{
    return QStringLiteral("the database could not be upgraded");
}

Result<void> execAll(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        if (auto done = execSql(db, sql, {}, consequence()); !done)
            return done;
    }
    return {};
}

// The append-only triggers of the audit table (created with it, and again when it is rebuilt).
QStringList auditTriggers()
{
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")
            .arg(audit::kTable),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")
            .arg(audit::kTable),
    };
}

// Version 1: the first schema. Sealed columns are BLOBs; everything else is an opaque id, a time
// in ms since the epoch (UTC), a checklist hash or a checklist that is not case content.
Result<void> createSchema1(QSqlDatabase& db)
{
    return execAll(db,
        QStringList {
            QStringLiteral("CREATE TABLE %1 (%2 TEXT PRIMARY KEY, %3 TEXT NOT NULL) STRICT")
                .arg(meta::kTable, meta::kKey, meta::kValue),
            QStringLiteral("INSERT INTO %1 (%2, %3) VALUES ('%4', '%5')")
                .arg(meta::kTable, meta::kKey, meta::kValue, meta::kFormatKey, meta::kFormatValue),
            QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY CHECK (%2 = 1), %3 TEXT NOT NULL) STRICT")
                .arg(vault::kTable, vault::kId, vault::kRecord),
            QStringLiteral("CREATE TABLE %1 (%2 TEXT PRIMARY KEY, %3 TEXT NOT NULL, %4 TEXT NOT NULL, "
                           "%5 BLOB NOT NULL, %6 INTEGER NOT NULL) STRICT")
                .arg(checklists::kTable, checklists::kSha256, checklists::kChecklistId, checklists::kVersion,
                    checklists::kCanonical, checklists::kPinnedAt),
            QStringLiteral(
                "CREATE TABLE %1 (%2 TEXT PRIMARY KEY, %3 TEXT NOT NULL REFERENCES %4(%5), "
                "%6 INTEGER NOT NULL, %7 INTEGER NOT NULL, %8 BLOB NOT NULL, %9 BLOB NOT NULL) STRICT")
                .arg(cases::kTable, cases::kId, cases::kChecklistSha256, checklists::kTable,
                    checklists::kSha256, cases::kCreatedAt, cases::kUpdatedAt, cases::kCode, cases::kStatus),
            QStringLiteral("CREATE TABLE %1 (%2 TEXT PRIMARY KEY, %3 TEXT NOT NULL REFERENCES %4(%5), "
                           "%6 INTEGER NOT NULL, %7 INTEGER, %8 BLOB NOT NULL) STRICT")
                .arg(sessions::kTable, sessions::kId, sessions::kCaseId, cases::kTable, cases::kId,
                    sessions::kStartedAt, sessions::kEndedAt, sessions::kDetail),
            QStringLiteral("CREATE INDEX %1_by_case ON %1(%2)").arg(sessions::kTable, sessions::kCaseId),
            QStringLiteral("CREATE TABLE %1 (%2 TEXT NOT NULL REFERENCES %3(%4), %5 TEXT NOT NULL, "
                           "%6 TEXT REFERENCES %7(%8), %9 INTEGER NOT NULL, %10 BLOB NOT NULL, "
                           "PRIMARY KEY (%2, %5)) STRICT")
                .arg(answers::kTable, answers::kCaseId, cases::kTable, cases::kId, answers::kQuestionId,
                    answers::kSessionId, sessions::kTable, sessions::kId, answers::kAnsweredAt)
                .arg(answers::kValue),
            // The audit trail has no foreign key so that it can outlive what it describes.
            QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY AUTOINCREMENT, %3 TEXT NOT NULL UNIQUE, "
                           "%4 TEXT, %5 INTEGER NOT NULL, %6 BLOB NOT NULL) STRICT")
                .arg(audit::kTable, audit::kSeq, audit::kId, audit::kCaseId, audit::kAt, audit::kBody),
            QStringLiteral("CREATE INDEX %1_by_case ON %1(%2, %3)")
                .arg(audit::kTable, audit::kCaseId, audit::kSeq),
        }
            + auditTriggers());
}

// Version 2: the sealed case-list summary (schema::cases::kSummary). Existing cases get NULL:
// their outcome is unknown to the list until the case is next opened or changed. The index lets
// the list read cases oldest first without sorting (and spilling sealed rows to temp files).
Result<void> addCaseSummary(QSqlDatabase& db)
{
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 BLOB").arg(cases::kTable, cases::kSummary),
            QStringLiteral("CREATE INDEX %1_by_created ON %1(%2)").arg(cases::kTable, cases::kCreatedAt),
        });
}

// Version 3: a leaner audit table, because every saved answer appends to it in the save's own
// transaction. AUTOINCREMENT went (it wrote the sqlite_sequence table on every append; rows are
// never deleted, so the largest rowid plus one already gives the same ever-growing sequence), and
// so did the UNIQUE index on the random event id (a random page of its own on every append; the
// id stays, as the associated data that binds each sealed body to its row). Rows keep their seq.
// SQLite cannot drop a constraint in place: the table is rebuilt under a new name and renamed.
Result<void> leanAuditTable(QSqlDatabase& db)
{
    const auto rebuilt = QStringLiteral("%1_v3").arg(audit::kTable);
    QStringList steps {
        QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 TEXT NOT NULL, %4 TEXT, %5 INTEGER NOT NULL, "
                       "%6 BLOB NOT NULL) STRICT")
            .arg(rebuilt, audit::kSeq, audit::kId, audit::kCaseId, audit::kAt, audit::kBody),
        QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6) SELECT %2, %3, %4, %5, %6 FROM %7 ORDER BY %2")
            .arg(rebuilt, audit::kSeq, audit::kId, audit::kCaseId, audit::kAt, audit::kBody, audit::kTable),
        // Dropping a table fires no DELETE trigger; the triggers and indexes go with it.
        QStringLiteral("DROP TABLE %1").arg(audit::kTable),
        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(rebuilt, audit::kTable),
        QStringLiteral("DELETE FROM sqlite_sequence WHERE name = '%1'").arg(audit::kTable),
        QStringLiteral("CREATE INDEX %1_by_case ON %1(%2, %3)").arg(audit::kTable, audit::kCaseId, audit::kSeq),
    };
    steps += auditTriggers();
    return execAll(db, steps);
}

constexpr Migration kMigrations[] = {
    { 1, &createSchema1 },
    { 2, &addCaseSummary },
    { 3, &leanAuditTable },
};

} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

Result<int> schemaVersion(QSqlDatabase& db)
{
    auto version = scalarSql(db, QStringLiteral("PRAGMA user_version"), {}, {});
    if (!version)
        return version.error();
    return version->toInt();
}

Result<void> checkSchemaCompatible(QSqlDatabase& db)
{
    const auto version = schemaVersion(db);
    if (!version)
        return version.error();
    if (*version <= 0)
        return storage_error::notLanternDatabase();
    if (*version > kCurrentVersion)
        return storage_error::newerSchema(*version);
    auto hasMeta = scalarSql(db,
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
        { QString(meta::kTable) }, {});
    if (!hasMeta)
        return hasMeta.error();
    if (hasMeta->toInt() != 1)
        return storage_error::notLanternDatabase();
    auto format = scalarSql(db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(meta::kValue, meta::kTable, meta::kKey),
        { QString(meta::kFormatKey) }, {});
    if (!format)
        return format.error();
    if (format->toString() != meta::kFormatValue)
        return storage_error::notLanternDatabase();
    return {};
}

Result<void> migrate(QSqlDatabase& db, std::span<const Migration> steps, qint64 nowMs)
{
    const auto found = schemaVersion(db);
    if (!found)
        return found.error();
    int current = *found;
    for (const Migration& step : steps) {
        if (step.version <= current)
            continue;
        auto done = inTransaction(db, consequence(), [&]() -> Result<void> {
            if (auto applied = step.apply(db); !applied)
                return applied;
            if (auto stamped = execSql(db,
                    QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)")
                        .arg(meta::kTable, meta::kKey, meta::kValue),
                    { QString(QString(meta::kMigratedPrefix) + QString::number(step.version)),
                        QString::number(nowMs) },
                    consequence());
                !stamped)
                return stamped;
            // PRAGMA takes no bound parameters; the version is a trusted integer.
            return execSql(
                db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), {}, consequence());
        });
        if (!done)
            return done;
        current = step.version;
    }
    return {};
}

} // namespace lantern
