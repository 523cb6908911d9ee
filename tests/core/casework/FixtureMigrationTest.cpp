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
#include <QSqlQuery>

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
