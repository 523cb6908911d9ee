// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "checklist/AnswerSet.h"
#include "checklist/ChecklistLoader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace lantern;

class AnswerSetTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ChecklistLoad load = ChecklistLoader::loadFile(test::dataPath(QStringLiteral("checklists/minimal.json")));
        ASSERT_TRUE(load.ok());
        m_checklist = *load.checklist;
    }

    Result<AnswerSet> parse(const char* json) const
    {
        return AnswerSet::fromJson(QJsonDocument::fromJson(json).object(), m_checklist);
    }

    Checklist m_checklist;
};

TEST_F(AnswerSetTest, ReadsValuesStatesAndNotes)
{
    const Result<AnswerSet> answers = parse(R"({"answers": {
        "deceived": "yes", "paid": "no", "paid_less": "declined", "hours": 14,
        "work_type": ["labour"], "age": {"value": 17, "note": "by document"}}})");
    ASSERT_TRUE(answers) << answers.errorMessage().toStdString();
    EXPECT_TRUE(answers->find(QStringLiteral("deceived"))->isYes());
    EXPECT_FALSE(answers->find(QStringLiteral("paid"))->isYes());
    EXPECT_EQ(answers->find(QStringLiteral("paid_less"))->state, AnswerState::Declined);
    EXPECT_EQ(answers->find(QStringLiteral("age"))->note, QStringLiteral("by document"));
    EXPECT_EQ(answers->find(QStringLiteral("hours"))->value.toDouble(), 14.0);
}

TEST_F(AnswerSetTest, OpenStatesNeverReadAsNo)
{
    const Result<AnswerSet> answers = parse(R"({"answers": {"deceived": "unknown", "paid": "not_asked",
        "paid_less": "declined", "hours": "not_applicable"}})");
    ASSERT_TRUE(answers);
    EXPECT_TRUE(answers->isOpen(QStringLiteral("deceived")));
    EXPECT_TRUE(answers->isOpen(QStringLiteral("paid")));
    EXPECT_TRUE(answers->isOpen(QStringLiteral("paid_less")));
    EXPECT_TRUE(answers->isOpen(QStringLiteral("age"))) << "unanswered is open";
    EXPECT_FALSE(answers->isOpen(QStringLiteral("hours"))) << "not applicable closes the question";
    EXPECT_TRUE(answers->toLogicData().isEmpty()) << "no state but answered reaches the rules";
}

TEST_F(AnswerSetTest, RejectsUnknownQuestionsAndWrongTypes)
{
    EXPECT_EQ(parse(R"({"answers": {"nope": "yes"}})").errorMessage(),
              QStringLiteral("unknown question 'nope' (not in checklist minimal)"));
    EXPECT_EQ(parse(R"({"answers": {"deceived": 3}})").errorMessage(),
              QStringLiteral("question 'deceived' (yesno): expected yes or no"));
    EXPECT_EQ(parse(R"({"answers": {"age": 130}})").errorMessage(),
              QStringLiteral("question 'age' (number): 130 is above the maximum 120"));
    EXPECT_EQ(parse(R"({"answers": {"work_type": ["labour", "fishing"]}})").errorMessage(),
              QStringLiteral("question 'work_type' (multi): 'fishing' is not one of its option ids"));
    EXPECT_EQ(parse(R"({"answers": {"deceived": {"value": "yes", "state": "declined"}}})").errorMessage(),
              QStringLiteral("question 'deceived' (yesno): a value cannot go with state 'declined'"));
    EXPECT_FALSE(parse(R"({"responses": {}})"));
}
