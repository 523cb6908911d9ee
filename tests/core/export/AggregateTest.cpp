// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "checklist/ChecklistLoader.h"
#include "export/Aggregate.h"
#include "scoring/Scorer.h"

#include <gtest/gtest.h>
#include <QRandomGenerator>

namespace lantern::test {
namespace {

/// Nationalities as a caseworker might type them: country names in any case, and free text that
/// must never reach an aggregate.
const QStringList kNationalities { QStringLiteral("Myanmar"), QStringLiteral("cambodia "), QStringLiteral("Thailand"),
    QStringLiteral("Lao PDR from Ban Nakham village"), QStringLiteral("Nepal"), QStringLiteral("Bangladesh"),
    QStringLiteral("unsure, maybe Kalay District") };
const QString kNoteMarker = QStringLiteral("NOTE-MARKER-QX7");

class AggregateTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        const ChecklistLoad load = ChecklistLoader::loadFile(sourcePath(QStringLiteral("resources/checklists/identification.json")));
        ASSERT_TRUE(load.ok());
        s_checklist = new Checklist(*load.checklist);
        // A pool of randomly answered fictional cases, assessed once; properties draw from it.
        QRandomGenerator random(20261129);
        for (int i = 0; i < 400; ++i)
            s_pool.append(randomCase(random));
    }
    static void TearDownTestSuite() { delete s_checklist; }

    static AggregateCase randomCase(QRandomGenerator& random)
    {
        AnswerSet answers;
        for (const Section& section : s_checklist->sections) {
            for (const Question& question : section.questions) {
                const int roll = int(random.bounded(10));
                Answer answer;
                answer.note = kNoteMarker;
                if (roll == 0) {
                    answer.state = AnswerState::Unknown;
                } else if (roll == 1) {
                    answer.state = AnswerState::Declined;
                } else if (question.type == QuestionType::YesNo) {
                    answer.state = AnswerState::Answered;
                    answer.value = roll > 5;
                } else if (question.type == QuestionType::Number) {
                    answer.state = AnswerState::Answered;
                    answer.value = double(random.bounded(8, 70));
                } else if ((question.type == QuestionType::Single || question.type == QuestionType::Multi)
                    && !question.options.isEmpty()) {
                    answer.state = AnswerState::Answered;
                    const QString option = question.options.at(random.bounded(int(question.options.size()))).id;
                    answer.value = question.type == QuestionType::Multi ? QJsonValue(QJsonArray { option }) : QJsonValue(option);
                } else if (question.type == QuestionType::Text) {
                    answer.state = AnswerState::Answered;
                    answer.value = kNationalities.at(random.bounded(int(kNationalities.size())));
                } else {
                    continue;
                }
                answers.set(question.id, answer);
            }
        }
        const Assessment assessment = Scorer::assess(*s_checklist, answers);
        return toAggregateCase(*s_checklist, assessment, QDate(2024 + int(random.bounded(3)), 6, 1));
    }

    static inline Checklist* s_checklist = nullptr;
    static inline QList<AggregateCase> s_pool;
};

TEST_F(AggregateTest, NoPublishedGroupIsSmallerThanKAndEveryCaseIsAccountedFor)
{
    QRandomGenerator random(7);
    for (int round = 0; round < 100; ++round) {
        const int size = int(random.bounded(0, int(s_pool.size())));
        QList<AggregateCase> cases;
        for (int i = 0; i < size; ++i)
            cases.append(s_pool.at(random.bounded(int(s_pool.size()))));
        const int k = int(random.bounded(2, 25));
        const Aggregate aggregate = Aggregator::build(*s_checklist, cases, k);

        int published = 0;
        for (const AggregateGroup& group : aggregate.groups) {
            ASSERT_GE(group.cases, k) << "round " << round << " size " << size;
            published += group.cases;
            for (int count : group.outcomes)
                ASSERT_LE(count, group.cases);
        }
        ASSERT_EQ(published + aggregate.suppressedCases, size) << "round " << round;
        ASSERT_EQ(aggregate.totalCases, size);
    }
}

TEST_F(AggregateTest, NoFreeTextNotesOrDatesReachTheCsv)
{
    QRandomGenerator random(11);
    for (int round = 0; round < 50; ++round) {
        QList<AggregateCase> cases;
        const int size = int(random.bounded(20, int(s_pool.size())));
        for (int i = 0; i < size; ++i)
            cases.append(s_pool.at(random.bounded(int(s_pool.size()))));
        const QByteArray csv = Aggregator::toCsv(Aggregator::build(*s_checklist, cases, 5));
        ASSERT_FALSE(csv.contains(kNoteMarker.toUtf8()));
        ASSERT_FALSE(csv.contains("Nakham"));
        ASSERT_FALSE(csv.contains("Kalay"));
        ASSERT_FALSE(csv.contains("2024-06-01"));
        ASSERT_FALSE(csv.contains("06-01"));
    }
}

TEST_F(AggregateTest, RecognisesCountryNamesOnly)
{
    EXPECT_EQ(recognisedCountry(QStringLiteral(" cambodia ")), QStringLiteral("Cambodia"));
    EXPECT_EQ(recognisedCountry(QStringLiteral("Myanmar")), QStringLiteral("Myanmar"));
    EXPECT_EQ(recognisedCountry(QStringLiteral("Ban Nakham village")), QStringLiteral("other"));
    EXPECT_EQ(ageBand(11.9), QStringLiteral("0-11"));
    EXPECT_EQ(ageBand(17), QStringLiteral("12-17"));
    EXPECT_EQ(ageBand(18), QStringLiteral("18-24"));
    EXPECT_EQ(ageBand(50), QStringLiteral("50+"));
}

TEST_F(AggregateTest, GeneralisesBeforeSuppressingAndSaysWhat)
{
    // 30 adults of one profile and sex across many ages, nationalities and years: the finest
    // level would leave most groups under k = 11, so the aggregate coarsens, and says so.
    QList<AggregateCase> cases;
    const QStringList countries { QStringLiteral("Myanmar"), QStringLiteral("Cambodia"), QStringLiteral("Nepal") };
    for (int i = 0; i < 30; ++i) {
        AggregateCase item;
        item.identifiers = { ageBand(20 + (i % 4) * 10), QStringLiteral("male"), countries.at(i % 3),
            QString::number(2024 + i % 2), QStringLiteral("labour") };
        item.outcomeId = QStringLiteral("refer_for_identification");
        cases.append(item);
    }
    const Aggregate aggregate = Aggregator::build(*s_checklist, cases, 11);
    EXPECT_FALSE(aggregate.generalised.isEmpty());
    EXPECT_EQ(aggregate.generalised.first(), QStringLiteral("age shown as child / adult"));
    EXPECT_LE(aggregate.suppressedCases, 1); // at most 5 % of 30
    const QByteArray csv = Aggregator::toCsv(aggregate);
    EXPECT_TRUE(csv.contains("# k = 11"));
    EXPECT_TRUE(csv.contains("# generalised: age shown as child / adult"));
    EXPECT_TRUE(csv.contains("adult (18+)"));
}

TEST_F(AggregateTest, TooFewCasesSuppressesEverythingAndSaysSo)
{
    const QList<AggregateCase> cases = s_pool.mid(0, 7);
    const Aggregate aggregate = Aggregator::build(*s_checklist, cases, 11);
    EXPECT_TRUE(aggregate.groups.isEmpty());
    EXPECT_EQ(aggregate.suppressedCases, 7);
    EXPECT_TRUE(Aggregator::toCsv(aggregate).contains("0 in the rows below, 7 suppressed"));
}

TEST(AggregateCsvTest, SaysTrainingOnlyForATrainingDatabase)
{
    Aggregate aggregate;
    aggregate.checklistId = QStringLiteral("ilo-identification");
    EXPECT_FALSE(Aggregator::toCsv(aggregate).contains("TRAINING"));
    aggregate.training = true;
    EXPECT_TRUE(Aggregator::toCsv(aggregate).startsWith("# TRAINING: fictional cases"));
}

} // namespace
} // namespace lantern::test
