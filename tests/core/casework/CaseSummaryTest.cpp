// SPDX-License-Identifier: GPL-3.0-or-later
// The case list's derived summary: saved with each answer, sealed, and never stale.
#include "casework/CaseFile.h"
#include "casework/CaseIndex.h"
#include "CaseworkFixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace lantern::test {
namespace {

QByteArray fileBytes(const QString& file)
{
    QByteArray all;
    for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
        QFile f(file + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

class CaseSummaryTest : public CaseworkFixture
{
};

TEST_F(CaseSummaryTest, EachAnswerSavesTheSummaryOfItsAssessment)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto file = CaseFile::create(*store, minimal());
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE(file->setAnswer(QStringLiteral("age"), answered(40)).ok());
    ASSERT_TRUE(file->setAnswer(QStringLiteral("hours"), answered(15)).ok());
    auto stored = store->summary(file->info().id);
    ASSERT_TRUE(stored.ok());
    const auto summary = CaseSummary::fromJson(*stored);
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(*summary, file->summary());
    EXPECT_EQ(summary->answered, 2);
    EXPECT_EQ(summary->outcomeId, file->assessment().outcomeId);
    EXPECT_EQ(stored->value(QStringLiteral("outcome_title")).toString(), summary->outcomeTitle);
}

TEST_F(CaseSummaryTest, AnAnswerSavedWithoutASummaryClearsTheStaleOne)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto file = CaseFile::create(*store, minimal());
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE(file->setAnswer(QStringLiteral("age"), answered(40)).ok());
    ASSERT_FALSE(store->summary(file->info().id)->isEmpty());

    // E.g. a tool writing through the store directly: the list must not keep an outdated outcome.
    AnswerRecord record { QStringLiteral("hours"), answered(16), AnswerSource::SelfReport, {}, {} };
    ASSERT_TRUE(store->setAnswer(file->info().id, record).ok());
    EXPECT_TRUE(store->summary(file->info().id)->isEmpty());
    auto index = CaseIndex::build(*store);
    ASSERT_TRUE(index.ok());
    EXPECT_FALSE(index->entries().at(0).outcomeLevel.has_value());

    // Reopening recomputes it from the answers.
    auto reopened = CaseFile::open(*store, file->info().id);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(CaseSummary::fromJson(*store->summary(file->info().id)), reopened->summary());
    EXPECT_EQ(reopened->summary().answered, 2);
}

TEST_F(CaseSummaryTest, StatusChangesStoreTheSummaryToo)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto file = CaseFile::create(*store, minimal());
    ASSERT_TRUE(file.ok());
    AnswerRecord record { QStringLiteral("age"), answered(40), AnswerSource::SelfReport, {}, {} };
    ASSERT_TRUE(store->setAnswer(file->info().id, record).ok());
    auto stale = CaseFile::open(*store, file->info().id);
    ASSERT_TRUE(stale.ok());
    ASSERT_TRUE(store->setAnswer(file->info().id, record).ok()); // clears it again
    ASSERT_TRUE(stale->setStatus(CaseStatus::Assessed, {}).ok());
    EXPECT_EQ(CaseSummary::fromJson(*store->summary(file->info().id)), stale->summary());
}

TEST_F(CaseSummaryTest, TheSummaryIsSealedInAnEncryptedDatabase)
{
    const QString name = QStringLiteral("sealed.db");
    {
        auto store = createEncrypted(name);
        auto file = CaseFile::create(*store, allTypes());
        ASSERT_TRUE(file.ok());
        ASSERT_TRUE(
            file->setAnswer(QStringLiteral("employer"), answered(QStringLiteral("Zyxwv Fictional Fisheries")))
                .ok());
        ASSERT_TRUE(file->setAnswer(QStringLiteral("deceived"), answered(true)).ok());
        ASSERT_TRUE(
            store->summary(file->info().id)->value(QStringLiteral("search")).toString().contains(u"Zyxwv"));
    }
    const QByteArray bytes = fileBytes(path(name));
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains("Zyxwv"));
    // (Outcome titles do appear in clear, in the pinned checklist, which is not case content.)
}

TEST_F(CaseSummaryTest, ASummaryMovedToAnotherCaseFailsToOpen)
{
    auto store = createEncrypted(QStringLiteral("cases.db"));
    auto first = CaseFile::create(*store, minimal());
    auto second = CaseFile::create(*store, minimal());
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(first->setAnswer(QStringLiteral("hours"), answered(15)).ok());
    ASSERT_TRUE(second->setAnswer(QStringLiteral("hours"), answered(3)).ok());
    store.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path(QStringLiteral("cases.db")));
        ASSERT_TRUE(db.open());
        QSqlQuery swap(db);
        ASSERT_TRUE(swap.exec(QStringLiteral(
            "UPDATE cases SET summary = (SELECT summary FROM cases WHERE id = '%1') WHERE id = '%2'")
                                  .arg(first->info().id.toString(), second->info().id.toString())));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    auto reopened = reopen(QStringLiteral("cases.db"));
    ASSERT_TRUE(reopened);
    EXPECT_FALSE(CaseIndex::build(*reopened).ok());
}

} // namespace
} // namespace lantern::test
