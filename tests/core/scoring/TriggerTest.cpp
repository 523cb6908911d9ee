// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator presence for each kind of trigger: only yes or a matching value is present, an open
// answer is open, a non-matching answer or not_applicable is absent.
#include "ChecklistBuilder.h"
#include "scoring/Scorer.h"
#include "ScoringTestSupport.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;
using namespace Qt::StringLiterals;

namespace {

class Triggers : public ::testing::Test
{
protected:
    Triggers()
    {
        constexpr auto S = Strength::Strong;
        ChecklistBuilder builder;
        builder.question("recruiter", QuestionType::Single, {}, { u"agency"_s, u"relative"_s, u"stranger"_s })
            .question("documents_held_by", QuestionType::Multi, {}, { u"self"_s, u"employer"_s, u"agent"_s })
            .question("hours_per_day", QuestionType::Number)
            .question("age", QuestionType::Number)
            .question("job_promised", QuestionType::Text)
            .yesnos({ "a", "b", "passport_held" })
            .element("e", countThreshold(1))
            .indicator("recruited_by_broker", "e", anyOfTrigger("recruiter", { u"agency"_s, u"stranger"_s }),
                { { "p", S } })
            .indicator("documents_taken", "e",
                anyOfTrigger("documents_held_by", { u"employer"_s, u"agent"_s }), { { "p", S } })
            .indicator(
                "excessive_hours", "e", rangeTrigger("hours_per_day", 12, std::nullopt), { { "p", S } })
            .indicator("under_15", "e", rangeTrigger("age", std::nullopt, 14.99), { { "p", S } })
            .indicator(
                "promised_modelling", "e", anyOfTrigger("job_promised", { u"modelling"_s }), { { "p", S } })
            .indicator(
                "a_and_b", "e", ruleTrigger(R"({"and": [{"var": "a"}, {"var": "b"}]})"), { { "p", S } })
            .indicator("a_or_b", "e", ruleTrigger(R"({"or": [{"var": "a"}, {"var": "b"}]})"), { { "p", S } })
            .indicator("no_passport", "e", ruleTrigger(R"({"!": {"var": "passport_held"}})"), { { "p", S } })
            .indicator("long_days_and_a", "e",
                ruleTrigger(R"({"and": [{"var": "a"}, {">": [{"var": "hours_per_day"}, 10]}]})"),
                { { "p", S } })
            .profile("p")
            .outcome("none", 0, json("true"));
        m_checklist = builder.build();
    }

    Presence presence(const Answers& answers, const char* indicator) const
    {
        return presenceOf(Scorer::assess(m_checklist, answers), "p", indicator);
    }

    QStringList deciding(const Answers& answers, const char* indicator) const
    {
        const Assessment assessment = Scorer::assess(m_checklist, answers);
        const IndicatorTrace* trace = traceOf(assessment, "p", indicator);
        return trace ? trace->decidingQuestions : QStringList { u"(absent)"_s };
    }

    Checklist m_checklist;
};

TEST_F(Triggers, SingleChoiceIsPresentOnlyForAListedOption)
{
    EXPECT_EQ(presence(Answers().value("recruiter", u"agency"_s), "recruited_by_broker"), Presence::Present);
    EXPECT_EQ(presence(Answers().value("recruiter", u"relative"_s), "recruited_by_broker"), Presence::Absent);
    EXPECT_EQ(presence(Answers(), "recruited_by_broker"), Presence::Open);
    EXPECT_EQ(deciding(Answers(), "recruited_by_broker"), ids({ "recruiter" }));
    EXPECT_EQ(presence(Answers().state("recruiter", AnswerState::NotApplicable), "recruited_by_broker"),
        Presence::Absent);
}

TEST_F(Triggers, MultiChoiceIsPresentWhenAnyChosenOptionIsListed)
{
    EXPECT_EQ(presence(Answers().value("documents_held_by", QJsonArray { u"self"_s, u"agent"_s }),
                  "documents_taken"),
        Presence::Present);
    EXPECT_EQ(presence(Answers().value("documents_held_by", QJsonArray { u"self"_s }), "documents_taken"),
        Presence::Absent);
    EXPECT_EQ(
        presence(Answers().value("documents_held_by", QJsonArray {}), "documents_taken"), Presence::Absent);
    EXPECT_EQ(presence(Answers().state("documents_held_by", AnswerState::Declined), "documents_taken"),
        Presence::Open);
}

TEST_F(Triggers, NumberRangeIncludesItsBounds)
{
    EXPECT_EQ(presence(Answers().value("hours_per_day", 14), "excessive_hours"), Presence::Present);
    EXPECT_EQ(presence(Answers().value("hours_per_day", 12), "excessive_hours"), Presence::Present);
    EXPECT_EQ(presence(Answers().value("hours_per_day", 8), "excessive_hours"), Presence::Absent);
    EXPECT_EQ(
        presence(Answers().state("hours_per_day", AnswerState::Unknown), "excessive_hours"), Presence::Open);
    EXPECT_EQ(presence(Answers().value("age", 14), "under_15"), Presence::Present);
    EXPECT_EQ(presence(Answers().value("age", 15), "under_15"), Presence::Absent);
}

TEST_F(Triggers, TextMatchesAListedValue)
{
    EXPECT_EQ(
        presence(Answers().value("job_promised", u"modelling"_s), "promised_modelling"), Presence::Present);
    EXPECT_EQ(
        presence(Answers().value("job_promised", u"cooking"_s), "promised_modelling"), Presence::Absent);
}

TEST_F(Triggers, YesNoCountsOnlyYes)
{
    ChecklistBuilder builder;
    builder.element("e", countThreshold(1))
        .yesnoIndicator("q", "e", { { "p", Strength::Weak } })
        .profile("p")
        .outcome("none", 0, json("true"));
    const Checklist checklist = builder.build();
    EXPECT_EQ(presenceOf(Scorer::assess(checklist, Answers().yes("q")), "p", "q"), Presence::Present);
    EXPECT_EQ(presenceOf(Scorer::assess(checklist, Answers().no("q")), "p", "q"), Presence::Absent);
    EXPECT_EQ(presenceOf(Scorer::assess(checklist, Answers()), "p", "q"), Presence::Open);
}

TEST_F(Triggers, RuleIsOpenWhileAnOpenQuestionCouldStillMakeItTrue)
{
    EXPECT_EQ(presence(Answers().yes("a"), "a_and_b"), Presence::Open);
    EXPECT_EQ(deciding(Answers().yes("a"), "a_and_b"), ids({ "b" }));
    EXPECT_EQ(presence(Answers().yes({ "a", "b" }), "a_and_b"), Presence::Present);
    EXPECT_EQ(presence(Answers().yes("a").no("b"), "a_and_b"), Presence::Absent);
}

TEST_F(Triggers, RuleIsSettledWhenNoOpenAnswerCanChangeIt)
{
    EXPECT_EQ(presence(Answers().no("a"), "a_and_b"), Presence::Absent) << "b cannot make a no-and-b true";
    EXPECT_EQ(presence(Answers().yes("a").state("b", AnswerState::Declined), "a_or_b"), Presence::Present);
    EXPECT_EQ(presence(Answers().no("a"), "a_or_b"), Presence::Open);
}

TEST_F(Triggers, NegatedRuleOnAnUnansweredQuestionIsOpenNotPresent)
{
    // "Missing is not no": an unanswered passport question must not fire "no passport".
    EXPECT_EQ(presence(Answers(), "no_passport"), Presence::Open);
    EXPECT_EQ(deciding(Answers(), "no_passport"), ids({ "passport_held" }));
    EXPECT_EQ(
        presence(Answers().state("passport_held", AnswerState::Declined), "no_passport"), Presence::Open);
    EXPECT_EQ(presence(Answers().no("passport_held"), "no_passport"), Presence::Present);
    EXPECT_EQ(presence(Answers().yes("passport_held"), "no_passport"), Presence::Absent);
}

TEST_F(Triggers, RuleReadingAnOpenNumberStaysOpen)
{
    EXPECT_EQ(presence(Answers().yes("a"), "long_days_and_a"), Presence::Open);
    EXPECT_EQ(deciding(Answers().yes("a"), "long_days_and_a"), ids({ "hours_per_day" }));
    EXPECT_EQ(presence(Answers().no("a"), "long_days_and_a"), Presence::Absent);
    EXPECT_EQ(presence(Answers().yes("a").value("hours_per_day", 11), "long_days_and_a"), Presence::Present);
}

TEST(TriggerErrors, AnUnevaluableRuleIsOpenAndNotedNeverACrash)
{
    ChecklistBuilder builder;
    builder.yesno("q")
        .element("e", countThreshold(1))
        .indicator("broken", "e", ruleTrigger(R"({"no_such_operator": [{"var": "q"}]})"),
            { { "p", Strength::Strong } })
        .profile("p")
        .outcome("broken_outcome", 2, json(R"({"no_such_operator": [{"var": "e"}]})"))
        .outcome("none", 0, json("true"));
    const Assessment assessment = Scorer::assess(builder.build(), Answers().yes("q"));
    EXPECT_EQ(presenceOf(assessment, "p", "broken"), Presence::Open);
    EXPECT_EQ(outcomeOf(assessment, "p", "broken_outcome").status, Status::Undetermined);
    EXPECT_EQ(profileOf(assessment, "p").possibleOutcomes, ids({ "broken_outcome" }));
    ASSERT_GE(assessment.notes.size(), 2);
    EXPECT_TRUE(assessment.notes.join(u' ').contains(u"'broken'"));
    EXPECT_TRUE(assessment.notes.join(u' ').contains(u"'broken_outcome'"));
}

} // namespace
