// SPDX-License-Identifier: GPL-3.0-or-later
// Which questions the interview shows, and how hiding a question removes its indicator.
#include "scoring/Relevance.h"

#include "ChecklistBuilder.h"
#include "scoring/Scorer.h"
#include "ScoringTestSupport.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;
using namespace Qt::StringLiterals;

namespace {

const char* const kIfAbroad = R"({"==": [{"var": "recruited_abroad"}, true]})";

// passport_taken is asked only of people recruited abroad.
Checklist passportChecklist()
{
    ChecklistBuilder builder;
    builder.yesno("recruited_abroad")
        .element("coercion", iloThreshold())
        .yesnoIndicator("passport_taken", "coercion", { { "p", Strength::Strong } }, json(kIfAbroad))
        .yesnoIndicator("beaten", "coercion", { { "p", Strength::Strong } })
        .profile("p")
        .outcome("coerced", 1, json(R"({"var": "coercion"})"))
        .outcome("none", 0, json("true"));
    return builder.build();
}

TEST(Relevance, FollowUpIsShownHiddenOrUndeterminedByItsGate)
{
    const Checklist checklist = passportChecklist();
    EXPECT_EQ(
        Relevance::compute(checklist, Answers().yes("recruited_abroad")).visibility(u"passport_taken"_s),
        Visibility::Shown);
    EXPECT_EQ(Relevance::compute(checklist, Answers().no("recruited_abroad")).visibility(u"passport_taken"_s),
        Visibility::Hidden);
    EXPECT_EQ(Relevance::compute(checklist, Answers().state("recruited_abroad", AnswerState::NotApplicable))
                  .visibility(u"passport_taken"_s),
        Visibility::Hidden);

    const Relevance open = Relevance::compute(checklist, Answers());
    const QuestionVisibility& passport = open.question(u"passport_taken"_s);
    EXPECT_EQ(passport.visibility, Visibility::Undetermined);
    EXPECT_FALSE(passport.shownNow);
    EXPECT_EQ(passport.deciding, ids({ "recruited_abroad" }));
    EXPECT_EQ(open.visibility(u"beaten"_s), Visibility::Shown);
}

TEST(Relevance, HiddenQuestionsIndicatorIsAbsentEvenIfAnsweredYes)
{
    // The caseworker answered yes, then learnt the person was never recruited abroad.
    const Assessment assessment = Scorer::assess(
        passportChecklist(), Answers().no("recruited_abroad").yes({ "passport_taken", "beaten" }));
    EXPECT_EQ(presenceOf(assessment, "p", "passport_taken"), Presence::Absent);
    EXPECT_EQ(elementOf(assessment, "p", "coercion").status, Status::NotMet);
    EXPECT_FALSE(assessment.relevance.logicData().contains(u"passport_taken"_s));
}

TEST(Relevance, RelevanceOnAnUnansweredQuestionMakesTheIndicatorOpen)
{
    const Assessment assessment
        = Scorer::assess(passportChecklist(), Answers().yes({ "passport_taken", "beaten" }));
    const IndicatorTrace* trace = traceOf(assessment, "p", "passport_taken");
    ASSERT_NE(trace, nullptr);
    EXPECT_EQ(trace->presence, Presence::Open);
    EXPECT_EQ(trace->decidingQuestions, ids({ "recruited_abroad" }));
    const ElementResult& element = elementOf(assessment, "p", "coercion");
    EXPECT_EQ(element.status, Status::Undetermined);
    EXPECT_EQ(element.decidingQuestions, ids({ "recruited_abroad" }));
}

TEST(Relevance, OpenGateAndOpenFollowUpNameBoth)
{
    const Assessment assessment = Scorer::assess(
        passportChecklist(), Answers().state("recruited_abroad", AnswerState::Declined).yes("beaten"));
    EXPECT_EQ(elementOf(assessment, "p", "coercion").decidingQuestions,
        ids({ "recruited_abroad", "passport_taken" }));
}

TEST(Relevance, ShownFollowUpCountsNormally)
{
    const Assessment assessment = Scorer::assess(
        passportChecklist(), Answers().yes({ "recruited_abroad", "passport_taken", "beaten" }));
    EXPECT_EQ(elementOf(assessment, "p", "coercion").status, Status::Met);
    EXPECT_EQ(profileOf(assessment, "p").outcomeId, u"coerced");
}

Checklist chainChecklist()
{
    ChecklistBuilder builder;
    builder.yesno("q1")
        .yesno("q2", json(R"({"var": "q1"})"))
        .yesno("q3", json(R"({"var": "q2"})"))
        .section("destination", json(R"({"var": "q1"})"))
        .yesno("d1")
        .yesno("d2", json(R"({"!": {"var": "q3"}})"));
    return builder.build();
}

TEST(Relevance, HidingCascadesDefinitivelyThroughFollowUps)
{
    // q1 = no hides q2; q3 reads q2, which can then never be answered: q3 is hidden for good,
    // although q2 itself has no answer.
    const Relevance relevance = Relevance::compute(chainChecklist(), Answers().no("q1"));
    EXPECT_EQ(relevance.visibility(u"q2"_s), Visibility::Hidden);
    EXPECT_EQ(relevance.visibility(u"q3"_s), Visibility::Hidden);
    EXPECT_EQ(relevance.section(u"destination"_s).visibility, Visibility::Hidden);
    EXPECT_EQ(relevance.visibility(u"d1"_s), Visibility::Hidden);
    EXPECT_EQ(relevance.visibility(u"d2"_s), Visibility::Hidden);
}

TEST(Relevance, UndeterminedChainsCollectEveryDecidingQuestion)
{
    const Relevance relevance = Relevance::compute(chainChecklist(), Answers());
    EXPECT_EQ(relevance.question(u"q2"_s).deciding, ids({ "q1" }));
    EXPECT_EQ(relevance.question(u"q3"_s).deciding, ids({ "q1", "q2" }));
    EXPECT_EQ(relevance.question(u"d1"_s).visibility, Visibility::Undetermined)
        << "its section depends on q1";
    EXPECT_EQ(relevance.question(u"d1"_s).deciding, ids({ "q1" }));
}

TEST(Relevance, NegatedRuleOnAnOpenQuestionIsShownNowButUndetermined)
{
    // d2 is asked while q3 has no answer (the UI shows it), but a later yes to q3 would hide it.
    const Relevance relevance = Relevance::compute(chainChecklist(), Answers().yes({ "q1", "q2" }));
    const QuestionVisibility& d2 = relevance.question(u"d2"_s);
    EXPECT_TRUE(d2.shownNow);
    EXPECT_EQ(d2.visibility, Visibility::Undetermined);
    EXPECT_EQ(d2.deciding, ids({ "q3" }));
    EXPECT_EQ(
        Relevance::compute(chainChecklist(), Answers().yes({ "q1", "q2" }).no("q3")).visibility(u"d2"_s),
        Visibility::Shown);
}

TEST(Relevance, RuleTrueWhateverTheOpenAnswerIsShownDefinitively)
{
    ChecklistBuilder builder;
    builder.question("who", QuestionType::Single, {}, { u"agency"_s, u"relative"_s })
        .yesno("b")
        .yesno("follow_up", json(R"({"or": [{"==": [{"var": "who"}, "agency"]}, {"var": "b"}]})"));
    const Checklist checklist = builder.build();
    EXPECT_EQ(
        Relevance::compute(checklist, Answers().yes("b")).visibility(u"follow_up"_s), Visibility::Shown);
    EXPECT_EQ(Relevance::compute(checklist, Answers().no("b")).visibility(u"follow_up"_s),
        Visibility::Undetermined);
    EXPECT_EQ(Relevance::compute(checklist, Answers().no("b").value("who", u"relative"_s))
                  .visibility(u"follow_up"_s),
        Visibility::Hidden);
}

TEST(Relevance, LogicDataHoldsOnlyAnswersOfQuestionsShownNow)
{
    const Relevance relevance = Relevance::compute(chainChecklist(), Answers().no({ "q1", "q2", "d1" }));
    const QJsonObject data = relevance.logicData();
    EXPECT_TRUE(data.contains(u"q1"_s));
    EXPECT_FALSE(data.contains(u"q2"_s));
    EXPECT_FALSE(data.contains(u"d1"_s));
}

TEST(Relevance, UnevaluableRuleIsShownButUndeterminedAndReported)
{
    ChecklistBuilder builder;
    builder.yesno("q1")
        .element("e", countThreshold(1))
        .yesnoIndicator(
            "q2", "e", { { "p", Strength::Strong } }, json(R"({"no_such_operator": [{"var": "q1"}]})"))
        .profile("p")
        .outcome("found", 1, json(R"({"var": "e"})"));
    const Assessment assessment = Scorer::assess(builder.build(), Answers().yes({ "q1", "q2" }));
    const QuestionVisibility& q2 = assessment.relevance.question(u"q2"_s);
    EXPECT_TRUE(q2.shownNow) << "the caseworker can still answer it";
    EXPECT_EQ(q2.visibility, Visibility::Undetermined);
    EXPECT_EQ(presenceOf(assessment, "p", "q2"), Presence::Open)
        << "not counted while its relevance is unknown";
    ASSERT_EQ(assessment.relevance.problems().size(), 1);
    EXPECT_TRUE(assessment.relevance.problems().first().contains(u"question 'q2'"));
    EXPECT_TRUE(assessment.notes.contains(assessment.relevance.problems().first()));
}

TEST(Relevance, UnknownQuestionIdsAreReportedShown)
{
    const Relevance relevance = Relevance::compute(chainChecklist(), Answers());
    EXPECT_EQ(relevance.visibility(u"no_such_question"_s), Visibility::Shown);
    EXPECT_TRUE(relevance.problems().isEmpty());
}

} // namespace
