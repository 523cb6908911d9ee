// SPDX-License-Identifier: GPL-3.0-or-later
// Databases written by schema 1 (tests/data/databases) open in this build: migrated to the current
// schema, every case and answer kept, the encrypted one still unlocking with its passphrase.
#include "casework/CaseFile.h"
#include "casework/CaseIndex.h"
#include "CaseworkFixture.h"
#include "storage/Schema.h"
#include "TestData.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lantern::test {
namespace {

struct FixtureInfo
{
    const char* file;
    bool encrypted;
    int cases;
    int answers;
};

void PrintTo(const FixtureInfo& info, std::ostream* os)
{
    *os << info.file;
}

int userVersion(const QString& file)
{
    int version = -1;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version-probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version-probe"));
    return version;
}

/// Each row `sql` gives, its columns joined with '|'; "error: ..." when the statement fails.
QStringList rawRows(const QString& file, const QString& sql)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                rows.append(QStringLiteral("error: ") + query.lastError().text());
            while (query.next()) {
                QStringList columns;
                for (int i = 0; i < query.record().count(); ++i)
                    columns.append(query.value(i).toString());
                rows.append(columns.join(u'|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-probe"));
    return rows;
}

class FixtureMigrationTest : public CaseworkFixture, public ::testing::WithParamInterface<FixtureInfo>
{
protected:
    // A copy: migrating rewrites the file, and the fixture must stay a schema 1 database.
    QString copyFixture()
    {
        const QString target = path(QString::fromLatin1(GetParam().file));
        EXPECT_TRUE(QFile::copy(
            dataPath(QStringLiteral("databases/") + QString::fromLatin1(GetParam().file)), target));
        return target;
    }
};

TEST_P(FixtureMigrationTest, MigratesKeepingEveryCaseAndAnswer)
{
    const QString file = copyFixture();
    ASSERT_EQ(userVersion(file), 1);
    auto opened = CaseStore::open(file, options());
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    CaseStore& store = **opened;
    EXPECT_EQ(store.isEncrypted(), GetParam().encrypted);
    ASSERT_TRUE((store.isEncrypted() ? store.unlock(passphrase()) : store.openPlain()).ok());

    auto cases = store.cases();
    ASSERT_TRUE(cases.ok()) << cases.errorMessage().toStdString();
    ASSERT_EQ(cases->size(), GetParam().cases);
    int answers = 0;
    for (const Case& c : *cases) {
        auto stored = store.answers(c.id);
        ASSERT_TRUE(stored.ok());
        answers += int(stored->records.size());
        EXPECT_FALSE(store.audit(c.id)->isEmpty()) << "the audit trail survives the migration";
    }
    EXPECT_EQ(answers, GetParam().answers);
    EXPECT_EQ(cases->at(0).code, QStringLiteral("FIX-1"));
    EXPECT_EQ(cases->at(1).status, CaseStatus::Closed);
    EXPECT_EQ(cases->at(1).statusReason, QStringLiteral("fictional: moved away"));

    auto first = CaseFile::open(store, cases->at(0).id);
    ASSERT_TRUE(first.ok()) << first.errorMessage().toStdString();
    EXPECT_EQ(first->assessment().outcomeId, QStringLiteral("trafficking"));
    const Answer* deceived = first->answers().answers.find(QStringLiteral("deceived"));
    ASSERT_NE(deceived, nullptr);
    EXPECT_EQ(deceived->note, QStringLiteral("fictional: promised hotel work"));
    auto second = CaseFile::open(store, cases->at(1).id);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->answers().answers.find(QStringLiteral("deceived"))->state, AnswerState::Declined);
    opened->reset();
    EXPECT_EQ(userVersion(file), schema::kCurrentVersion);
}

TEST_P(FixtureMigrationTest, OutcomeIsUnknownUntilTheCaseIsOpened)
{
    const QString file = copyFixture();
    auto store = reopen(QString::fromLatin1(GetParam().file));
    ASSERT_TRUE(store);
    auto index = CaseIndex::build(*store);
    ASSERT_TRUE(index.ok()) << index.errorMessage().toStdString();
    ASSERT_EQ(index->entries().size(), GetParam().cases);
    for (const CaseListEntry& entry : index->entries())
        EXPECT_FALSE(entry.outcomeLevel.has_value()) << entry.code.toStdString();

    // Opening a case stores its summary, so the next list shows its outcome.
    ASSERT_TRUE(CaseFile::open(*store, index->entries().at(0).id).ok());
    auto rebuilt = CaseIndex::build(*store);
    ASSERT_TRUE(rebuilt.ok());
    EXPECT_EQ(rebuilt->entries().at(0).outcomeLevel, 2);
    EXPECT_EQ(
        rebuilt->entries().at(0).outcomeTitle, QStringLiteral("Indicators consistent with trafficking"));
    EXPECT_EQ(rebuilt->entries().at(0).answeredCount, 6);
    EXPECT_FALSE(rebuilt->entries().at(1).outcomeLevel.has_value());
}

// Schema 3 rebuilt the audit table without AUTOINCREMENT and without the unique index on event ids.
TEST_P(FixtureMigrationTest, TheAuditTrailKeepsItsRowsAndOrderAndStaysAppendOnly)
{
    const QString file = copyFixture();
    const QString rowsSql = QStringLiteral("SELECT seq, id, case_id, at, hex(body) FROM audit ORDER BY seq");
    const QStringList before = rawRows(file, rowsSql);
    ASSERT_GE(before.size(), GetParam().cases);
    {
        auto opened = CaseStore::open(file, options());
        ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        CaseStore& store = **opened;
        ASSERT_TRUE((store.isEncrypted() ? store.unlock(passphrase()) : store.openPlain()).ok());
        EXPECT_EQ(userVersion(file), schema::kCurrentVersion);
        // (Unlocking appended an event of its own.)
        const QStringList migrated = rawRows(file, rowsSql);
        ASSERT_GE(migrated.size(), before.size());
        EXPECT_TRUE(migrated.mid(0, before.size()) == before) << "every row, byte for byte, in the same order";

        // A new event follows the old ones.
        auto cases = store.cases();
        ASSERT_TRUE(cases.ok());
        auto caseFile = CaseFile::open(store, cases->at(0).id);
        ASSERT_TRUE(caseFile.ok());
        ASSERT_TRUE(caseFile->setAnswer(QStringLiteral("deceived"), Answer { AnswerState::Unknown, {}, {} }).ok());
        const QStringList after = rawRows(file, rowsSql);
        ASSERT_EQ(after.size(), migrated.size() + 1);
        EXPECT_EQ(after.last().section(u'|', 0, 0).toLongLong(), migrated.last().section(u'|', 0, 0).toLongLong() + 1);
        auto trail = store.audit(cases->at(0).id);
        ASSERT_TRUE(trail.ok()) << trail.errorMessage().toStdString();
        EXPECT_EQ(trail->last().kind, AuditKind::Changed) << "the new event reads back, last";
    }
    const QString table = rawRows(file, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit'")).value(0);
    EXPECT_FALSE(table.contains(QStringLiteral("AUTOINCREMENT"))) << table.toStdString();
    EXPECT_FALSE(table.contains(QStringLiteral("UNIQUE"))) << table.toStdString();
    EXPECT_TRUE(rawRows(file, QStringLiteral("SELECT name FROM sqlite_sequence WHERE name = 'audit'")).isEmpty());
    EXPECT_EQ(rawRows(file, QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name = 'audit' ORDER BY name")),
        (QStringList { QStringLiteral("audit"), QStringLiteral("audit_by_case"), QStringLiteral("audit_no_delete"),
            QStringLiteral("audit_no_update") }));
    const QString count = QStringLiteral("SELECT count(*) FROM audit");
    const int rows = rawRows(file, count).value(0).toInt();
    for (const QString& change : { QStringLiteral("UPDATE audit SET at = 0"), QStringLiteral("DELETE FROM audit") }) {
        const QStringList refused = rawRows(file, change);
        ASSERT_EQ(refused.size(), 1) << change.toStdString();
        EXPECT_TRUE(refused.first().contains(QStringLiteral("append-only"))) << refused.first().toStdString();
    }
    EXPECT_EQ(rawRows(file, count).value(0).toInt(), rows) << "nothing was changed or deleted";
}

TEST_P(FixtureMigrationTest, EncryptedFixtureRefusesAWrongPassphrase)
{
    if (!GetParam().encrypted)
        GTEST_SKIP() << "a training database has no passphrase";
    const QString file = copyFixture();
    auto store = CaseStore::open(file, options());
    ASSERT_TRUE(store.ok());
    auto wrong = SecureBytes::fromPassphrase(QStringLiteral("not the fictional passphrase"));
    ASSERT_TRUE(wrong.ok());
    EXPECT_FALSE((*store)->unlock(*wrong).ok());
    EXPECT_FALSE((*store)->isUnlocked());
    EXPECT_TRUE((*store)->unlock(passphrase()).ok());
}

INSTANTIATE_TEST_SUITE_P(SchemaOne, FixtureMigrationTest,
    ::testing::Values(FixtureInfo { "v1-training.lantern", false, 3, 11 },
        FixtureInfo { "v1-encrypted.lantern", true, 2, 9 }),
    [](const ::testing::TestParamInfo<FixtureInfo>& param) {
        return std::string(param.param.encrypted ? "encrypted" : "training");
    });

} // namespace
} // namespace lantern::test
