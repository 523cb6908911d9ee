// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version, migrations in transactions, and refusing a newer schema.
#include "storage/Schema.h"

#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "StoreFixture.h"

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

class SchemaTest : public StoreFixture
{
};

TEST_F(SchemaTest, CreateWritesCurrentVersionAndMigrationRunsOnce)
{
    createEncrypted(u"schema.lantern"_s).reset();
    reopen(u"schema.lantern"_s).reset();
    reopen(u"schema.lantern"_s).reset();
    RawDatabase raw(path(u"schema.lantern"_s));
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM meta WHERE key LIKE 'migrated.%'"_s).toInt(),
        schema::kCurrentVersion);
    EXPECT_EQ(raw.scalar(u"SELECT value FROM meta WHERE key = 'format'"_s).toString(), u"lantern-cases"_s);
    EXPECT_EQ(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(migrations().back().version, schema::kCurrentVersion);
}

Result<void> addAlpha(QSqlDatabase& db)
{
    return execSql(db, u"CREATE TABLE alpha (x INTEGER)"_s, {}, {});
}

// Creates a table, then fails: the table must not survive.
Result<void> addBetaThenFail(QSqlDatabase& db)
{
    if (auto made = execSql(db, u"CREATE TABLE beta (x INTEGER)"_s, {}, {}); !made)
        return made;
    return Error { u"fictional failure"_s };
}

Result<void> addGamma(QSqlDatabase& db)
{
    return execSql(db, u"CREATE TABLE gamma (x INTEGER)"_s, {}, {});
}

Result<void> createMeta(QSqlDatabase& db)
{
    return execSql(db, u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s, {}, {});
}

TEST_F(SchemaTest, FailingMigrationRollsBackToThePreviousVersion)
{
    RawDatabase raw(path(u"steps.sqlite"_s));
    const Migration steps[] = { { 1, &createMeta }, { 2, &addAlpha }, { 3, &addBetaThenFail } };
    const auto result = migrate(raw.db(), steps, 1234);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errorMessage(), u"fictional failure"_s);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 2);
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'alpha'"_s).toInt(), 1);
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'beta'"_s).toInt(), 0);
    EXPECT_EQ(raw.scalar(u"SELECT value FROM meta WHERE key = 'migrated.2'"_s).toString(), u"1234"_s);
    EXPECT_FALSE(raw.scalar(u"SELECT value FROM meta WHERE key = 'migrated.3'"_s).isValid());

    // Run again with step 3 fixed: steps 1 and 2 would fail if re-run (their tables exist), so
    // success shows only the missing step ran.
    const Migration fixed[] = { { 1, &createMeta }, { 2, &addAlpha }, { 3, &addGamma } };
    const auto again = migrate(raw.db(), fixed, 5678);
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 3);
    EXPECT_EQ(raw.scalar(u"SELECT value FROM meta WHERE key = 'migrated.3'"_s).toString(), u"5678"_s);
}

TEST_F(SchemaTest, NewerSchemaIsRefusedWithItsVersion)
{
    createEncrypted(u"newer.lantern"_s).reset();
    {
        RawDatabase raw(path(u"newer.lantern"_s));
        raw.exec(u"PRAGMA user_version = 99"_s);
    }
    auto store = CaseStore::open(path(u"newer.lantern"_s), options());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.errorMessage(),
        u"this database was made by a newer version of Lantern (schema 99); update Lantern to open it"_s);
    RawDatabase raw(path(u"newer.lantern"_s));
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 99) << "a newer database is left untouched";
}

} // namespace
} // namespace lantern::test
