// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, creating and answering cases: what a caseworker relies on during an interview.
#include "casework/CaseFile.h"

#include "CaseworkFixture.h"
#include "checklist/ChecklistLoader.h"
#include "TestData.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace lantern::test {
namespace {

class CaseFileTest : public CaseworkFixture
{
protected:
    // A fictional adult case with enough answers to reach "trafficking" on the minimal checklist.
    static void answerAdultCase(CaseFile& file)
    {
        for (const auto& [question, value] : std::initializer_list<std::pair<const char*, QJsonValue>> {
                 { "age", 34 }, { "work_type", QJsonArray { QStringLiteral("labour") } },
                 { "deceived", true }, { "paid", true }, { "paid_less", true }, { "hours", 14 } }) {
            const auto saved = file.setAnswer(QString::fromLatin1(question), answered(value));
            ASSERT_TRUE(saved.ok()) << question << ": " << saved.errorMessage().toStdString();
        }
    }
};

TEST_F(CaseFileTest, CreatePinsTheChecklistsCanonicalBytes)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    const Checklist checklist = minimal();
    auto file = CaseFile::create(*store, checklist, QStringLiteral("HQ-1"));
    ASSERT_TRUE(file.ok()) << file.errorMessage().toStdString();
    EXPECT_EQ(file->info().code, QStringLiteral("HQ-1"));
    EXPECT_EQ(file->info().checklist.id, QStringLiteral("minimal"));
    EXPECT_EQ(file->info().checklist.sha256, QString::fromLatin1(checklist.sha256()));

    const QByteArray canonical
        = ChecklistLoader::canonicalBytes(readFile(dataPath(QStringLiteral("checklists/minimal.json"))));
    auto pinned = store->pinnedChecklist(file->info().checklist.sha256);
    ASSERT_TRUE(pinned.ok());
    EXPECT_EQ(*pinned, canonical);
    EXPECT_EQ(QCryptographicHash::hash(*pinned, QCryptographicHash::Sha256).toHex(), checklist.sha256());
    EXPECT_TRUE(file->answers().records.isEmpty());
    EXPECT_EQ(file->assessment().checklistSha256, checklist.sha256());
}

TEST_F(CaseFileTest, GeneratesACodeWhenNoneIsGiven)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto first = CaseFile::create(*store, minimal());
    auto second = CaseFile::create(*store, minimal());
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->info().code, QStringLiteral("2026-0001"));
    EXPECT_EQ(second->info().code, QStringLiteral("2026-0002"));
}

TEST_F(CaseFileTest, AnswersRescoreLiveAndSurviveReopening)
{
    CaseId id;
    {
        auto store = createEncrypted(QStringLiteral("cases.db"));
        auto file = CaseFile::create(*store, minimal());
        ASSERT_TRUE(file.ok());
        id = file->info().id;
        EXPECT_NE(file->assessment().outcomeId, QStringLiteral("trafficking")); // nothing answered yet
        answerAdultCase(file.value());
        EXPECT_EQ(file->assessment().outcomeId, QStringLiteral("trafficking"));
        EXPECT_EQ(file->assessment().level, 2);
        EXPECT_EQ(file->answers().records.size(), 6);
        EXPECT_EQ(file->answers().records.first().questionId, QStringLiteral("age")); // ordered by id
        EXPECT_EQ(file->info().updatedAt, m_clock->now());
    }
    auto store = reopen(QStringLiteral("cases.db"));
    auto reopened = CaseFile::open(*store, id);
    ASSERT_TRUE(reopened.ok()) << reopened.errorMessage().toStdString();
    EXPECT_EQ(reopened->assessment().outcomeId, QStringLiteral("trafficking"));
    EXPECT_EQ(reopened->answers().records.size(), 6);
    const Answer* hours = reopened->answers().answers.find(QStringLiteral("hours"));
    ASSERT_NE(hours, nullptr);
    EXPECT_EQ(hours->value.toDouble(), 14.0);
}

TEST_F(CaseFileTest, ChangingAnAnswerChangesTheResult)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto file = CaseFile::create(*store, minimal());
    ASSERT_TRUE(file.ok());
    answerAdultCase(file.value());
    ASSERT_EQ(file->assessment().outcomeId, QStringLiteral("trafficking"));
    m_clock->advance(60'000);
    auto changed = file->setAnswer(QStringLiteral("hours"), answered(8), AnswerSource::Document);
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->time, m_clock->now());
    EXPECT_EQ(file->assessment().outcomeId, QStringLiteral("none"));
    EXPECT_EQ(file->answers().records.size(), 6);
    auto stored = store->answers(file->info().id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->answers.find(QStringLiteral("hours"))->value.toDouble(), 8.0);
    EXPECT_EQ(stored->records.at(2).source, AnswerSource::Document); // age, deceived, hours, ...
}

TEST_F(CaseFileTest, ARejectedAnswerChangesNothing)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto file = CaseFile::create(*store, allTypes());
    ASSERT_TRUE(file.ok()) << file.errorMessage().toStdString();
    ASSERT_TRUE(file->setAnswer(QStringLiteral("age_start"), answered(30)).ok());
    const auto auditBefore = store->audit(file->info().id);
    ASSERT_TRUE(auditBefore.ok());

    auto rejected = file->setAnswer(QStringLiteral("age_now"), answered(20));
    ASSERT_FALSE(rejected.ok());
    EXPECT_TRUE(rejected.errorMessage().contains(QStringLiteral("cannot be below")));
    EXPECT_FALSE(file->setAnswer(QStringLiteral("age_start"), answered(130)).ok());
    EXPECT_FALSE(file->setAnswer(QStringLiteral("nonexistent"), answered(true)).ok());

    EXPECT_FALSE(file->answers().answers.contains(QStringLiteral("age_now")));
    EXPECT_EQ(file->answers().answers.find(QStringLiteral("age_start"))->value.toDouble(), 30.0);
    auto stored = store->answers(file->info().id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->records.size(), 1);
    EXPECT_EQ(stored->answers.find(QStringLiteral("age_start"))->value.toDouble(), 30.0);
    EXPECT_EQ(store->audit(file->info().id)->size(), auditBefore->size());
}

TEST_F(CaseFileTest, StatesAndNotesAreKept)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto file = CaseFile::create(*store, minimal());
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE(file->setAnswer(QStringLiteral("deceived"),
                        makeAnswer(AnswerState::Declined, {}, QStringLiteral("asked to come back to it")))
                    .ok());
    auto reopened = CaseFile::open(*store, file->info().id);
    ASSERT_TRUE(reopened.ok());
    const Answer* deceived = reopened->answers().answers.find(QStringLiteral("deceived"));
    ASSERT_NE(deceived, nullptr);
    EXPECT_EQ(deceived->state, AnswerState::Declined);
    EXPECT_EQ(deceived->note, QStringLiteral("asked to come back to it"));
}

TEST_F(CaseFileTest, AnswerInASessionOfAnotherCaseIsRefused)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto first = CaseFile::create(*store, minimal());
    auto second = CaseFile::create(*store, minimal());
    ASSERT_TRUE(first.ok() && second.ok());
    auto session = store->startSession(first->info().id, false, QStringLiteral("th"));
    ASSERT_TRUE(session.ok());
    EXPECT_TRUE(
        first->setAnswer(QStringLiteral("deceived"), answered(true), AnswerSource::SelfReport, session->id)
            .ok());
    EXPECT_FALSE(
        second->setAnswer(QStringLiteral("deceived"), answered(true), AnswerSource::SelfReport, session->id)
            .ok());
    EXPECT_FALSE(second->answers().answers.contains(QStringLiteral("deceived")));
}

TEST_F(CaseFileTest, StatusAndCodeChangesAreStoredAndShown)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto file = CaseFile::create(*store, minimal());
    ASSERT_TRUE(file.ok());
    m_clock->advance(5'000);
    ASSERT_TRUE(
        file->setStatus(CaseStatus::Referred, QStringLiteral("referred to the national hotline")).ok());
    ASSERT_TRUE(file->setCode(QStringLiteral("NGO-17")).ok());
    EXPECT_EQ(file->info().status, CaseStatus::Referred);
    EXPECT_EQ(file->info().code, QStringLiteral("NGO-17"));
    EXPECT_EQ(file->info().updatedAt, m_clock->now());
    EXPECT_FALSE(file->setCode(QStringLiteral("  ")).ok());
    EXPECT_EQ(file->info().code, QStringLiteral("NGO-17"));

    auto reopened = CaseFile::open(*store, file->info().id);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened->info().status, CaseStatus::Referred);
    EXPECT_EQ(reopened->info().statusReason, QStringLiteral("referred to the national hotline"));
    EXPECT_EQ(reopened->info().code, QStringLiteral("NGO-17"));
}

TEST_F(CaseFileTest, OpeningAnUnknownCaseSaysSo)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto missing = CaseFile::open(*store, CaseId::generate());
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("no such case")));
}

TEST_F(CaseFileTest, ALockedStoreRefusesCases)
{
    auto store = createEncrypted(QStringLiteral("cases.db"));
    auto file = CaseFile::create(*store, minimal());
    ASSERT_TRUE(file.ok());
    store->lock();
    EXPECT_FALSE(file->setAnswer(QStringLiteral("deceived"), answered(true)).ok());
    EXPECT_FALSE(file->answers().answers.contains(QStringLiteral("deceived")));
    EXPECT_FALSE(CaseFile::open(*store, file->info().id).ok());
}

TEST_F(CaseFileTest, ListEntryReflectsTheCurrentAssessment)
{
    auto store = createTraining(QStringLiteral("cases.db"));
    auto file = CaseFile::create(*store, minimal(), QStringLiteral("HQ-9"));
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->listEntry().outcomeLevel.value_or(0), 0);
    answerAdultCase(file.value());
    const CaseListEntry entry = file->listEntry();
    EXPECT_EQ(entry.id, file->info().id);
    EXPECT_EQ(entry.code, QStringLiteral("HQ-9"));
    EXPECT_EQ(entry.outcomeLevel, 2);
    EXPECT_EQ(entry.outcomeTitle, QStringLiteral("Indicators consistent with trafficking"));
    EXPECT_EQ(entry.answeredCount, 6);
}

} // namespace
} // namespace lantern::test
