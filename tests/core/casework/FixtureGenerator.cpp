// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the fixture databases in tests/data/databases (see the README there). Disabled: run it
// on purpose, with the code of the schema version the fixtures are meant to capture:
//   test_casework --gtest_also_run_disabled_tests --gtest_filter='*GenerateFixtureDatabases*'
// Output goes to $LANTERN_FIXTURE_OUT, else tests/data/databases. Every case is fictional.
#include "casework/CaseFile.h"
#include "CaseworkFixture.h"
#include "storage/Schema.h"
#include "TestData.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace lantern::test {
namespace {

struct FixtureAnswer
{
    const char* question;
    Answer answer;
};

// The fictional cases both fixtures hold; FixtureMigrationTest checks the same facts.
void fillFixture(CaseStore& store, FixedClock& clock, int caseCount)
{
    const Checklist checklist = CaseworkFixture::minimal();
    const QList<QList<FixtureAnswer>> cases {
        { { "age", answered(34) }, { "work_type", answered(QJsonArray { QStringLiteral("labour") }) },
            { "deceived",
                makeAnswer(AnswerState::Answered, true, QStringLiteral("fictional: promised hotel work")) },
            { "paid", answered(true) }, { "paid_less", answered(true) }, { "hours", answered(14) } },
        { { "age", makeAnswer(AnswerState::Unknown) }, { "deceived", makeAnswer(AnswerState::Declined) },
            { "hours", answered(9) } },
        { { "age", answered(16) }, { "work_type", answered(QJsonArray { QStringLiteral("sexual") }) } },
    };
    for (int i = 0; i < caseCount; ++i) {
        auto file = CaseFile::create(store, checklist, QStringLiteral("FIX-%1").arg(i + 1));
        ASSERT_TRUE(file.ok()) << file.errorMessage().toStdString();
        for (const FixtureAnswer& a : cases.at(i)) {
            clock.advance(60'000);
            auto saved = file->setAnswer(QString::fromLatin1(a.question), a.answer);
            ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
        }
        if (i == 1) {
            ASSERT_TRUE(file->setStatus(CaseStatus::Closed, QStringLiteral("fictional: moved away")).ok());
        }
        clock.advance(3'600'000);
    }
}

TEST_F(CaseworkFixture, DISABLED_GenerateFixtureDatabases)
{
    const QString outDir = qEnvironmentVariableIsSet("LANTERN_FIXTURE_OUT")
        ? qEnvironmentVariable("LANTERN_FIXTURE_OUT")
        : dataPath(QStringLiteral("databases"));
    ASSERT_TRUE(QDir().mkpath(outDir));
    const QString version = QString::number(schema::kCurrentVersion);
    const QString training = QDir(outDir).filePath(QStringLiteral("v%1-training.lantern").arg(version));
    const QString encrypted = QDir(outDir).filePath(QStringLiteral("v%1-encrypted.lantern").arg(version));
    QFile::remove(training);
    QFile::remove(encrypted);
    StoreOptions opts = options();
    m_clock->set(QDateTime(QDate(2025, 11, 3), QTime(8, 0), Qt::UTC));
    {
        auto store = CaseStore::createTraining(training, opts);
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
        fillFixture(**store, *m_clock, 3);
    }
    {
        auto vault = Vault::create(passphrase(), KdfParams::minimal());
        ASSERT_TRUE(vault.ok());
        auto store = CaseStore::create(encrypted, vault->first, vault->second, opts);
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
        fillFixture(**store, *m_clock, 2);
    }
    // Closing the last connection checkpoints the WAL: each fixture is one self-contained file.
    for (const QString& file : { training, encrypted }) {
        EXPECT_TRUE(QFile::exists(file));
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
    }
}

} // namespace
} // namespace lantern::test
