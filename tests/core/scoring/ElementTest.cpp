// SPDX-License-Identifier: GPL-3.0-or-later
// Element statuses as a caseworker sees them: the ILO threshold alternatives, open answers,
// count and weighted thresholds.
#include "IloChecklist.h"
#include "scoring/Scorer.h"
#include "ScoringTestSupport.h"

#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

struct IloCase
{
    const char* name;
    std::vector<const char*> yes; ///< recruitment questions answered yes; the others are answered no
    Status status;
    int alternative; ///< index of the alternative met, -1 when not met
};

void PrintTo(const IloCase& value, std::ostream* out)
{
    *out << value.name;
}

class IloThreshold : public ::testing::TestWithParam<IloCase>
{
};

TEST_P(IloThreshold, RecruitmentElementOnClosedAnswers)
{
    const IloCase& c = GetParam();
    Answers answers;
    answers.value("age_at_exploitation", 30);
    allNo(answers, kRecruitmentQuestions);
    for (const char* id : c.yes)
        answers.yes(id);

    const Assessment assessment = Scorer::assess(iloChecklist(), answers);
    const ElementResult& element = elementOf(assessment, "adult", "recruitment");
    EXPECT_EQ(element.status, c.status);
    EXPECT_EQ(element.satisfiedAlternative, c.alternative);
    EXPECT_EQ(element.present.size(), qsizetype(c.yes.size()));
    EXPECT_TRUE(element.open.isEmpty());
    EXPECT_TRUE(element.decidingQuestions.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Scoring, IloThreshold,
    ::testing::Values(IloCase { "two_strong", { "r_strong1", "r_strong2" }, Status::Met, 0 },
        IloCase { "one_strong_alone", { "r_strong1" }, Status::NotMet, -1 },
        IloCase { "strong_and_medium", { "r_strong1", "r_medium1" }, Status::Met, 1 },
        IloCase { "strong_and_weak", { "r_strong1", "r_weak1" }, Status::Met, 1 },
        IloCase { "three_medium", { "r_medium1", "r_medium2", "r_medium3" }, Status::Met, 2 },
        IloCase { "two_medium", { "r_medium1", "r_medium2" }, Status::NotMet, -1 },
        IloCase { "two_medium_and_weak", { "r_medium1", "r_medium2", "r_weak1" }, Status::Met, 3 },
        IloCase { "one_medium_and_weak", { "r_medium1", "r_weak1" }, Status::NotMet, -1 },
        IloCase {
            "five_weak", { "r_weak1", "r_weak2", "r_weak3", "r_weak4", "r_weak5" }, Status::NotMet, -1 },
        IloCase { "one_medium_five_weak",
            { "r_medium1", "r_weak1", "r_weak2", "r_weak3", "r_weak4", "r_weak5" }, Status::NotMet, -1 },
        IloCase { "nothing", {}, Status::NotMet, -1 }),
    [](const auto& testCase) { return std::string(testCase.param.name); });

Assessment assessRecruitment(Answers& answers)
{
    answers.value("age_at_exploitation", 30);
    return Scorer::assess(iloChecklist(), answers);
}

TEST(ElementStatus, CountsPresentIndicatorsByStrength)
{
    Answers answers;
    allNo(answers, kRecruitmentQuestions).yes({ "r_strong1", "r_medium1", "r_weak1", "r_weak2" });
    const Assessment assessment = assessRecruitment(answers);
    const ElementResult& element = elementOf(assessment, "adult", "recruitment");
    EXPECT_EQ(element.lowerCounts.value(Strength::Strong), 1);
    EXPECT_EQ(element.lowerCounts.value(Strength::Medium), 1);
    EXPECT_EQ(element.lowerCounts.value(Strength::Weak), 2);
    EXPECT_EQ(element.upperCounts, element.lowerCounts);
}

TEST(ElementStatus, UnansweredQuestionsLeaveAnElementUndeterminedNamingThemAll)
{
    Answers answers;
    answers.yes("r_strong1");
    const Assessment assessment = assessRecruitment(answers);
    const ElementResult& element = elementOf(assessment, "adult", "recruitment");
    EXPECT_EQ(element.status, Status::Undetermined);
    EXPECT_EQ(element.decidingQuestions,
        ids({ "r_strong2", "r_medium1", "r_medium2", "r_medium3", "r_weak1", "r_weak2", "r_weak3", "r_weak4",
            "r_weak5" }));
    EXPECT_EQ(element.lowerCounts.value(Strength::Strong), 1);
    EXPECT_EQ(element.upperCounts.value(Strength::Weak), 5);
}

TEST(ElementStatus, UndeterminedNamesExactlyTheQuestionsThatCouldDecideIt)
{
    Answers answers;
    allNo(answers, kRecruitmentQuestions).yes({ "r_weak1", "r_weak2", "r_weak3", "r_weak4", "r_weak5" });
    answers.clear("r_strong1");
    const Assessment assessment = assessRecruitment(answers);
    const ElementResult& element = elementOf(assessment, "adult", "recruitment");
    EXPECT_EQ(element.status, Status::Undetermined);
    EXPECT_EQ(element.decidingQuestions, ids({ "r_strong1" }));
    ASSERT_EQ(element.open.size(), 1);
    EXPECT_EQ(element.open.first().indicatorId, u"r_strong1");
}

TEST(ElementStatus, AnOpenQuestionThatCannotReachTheThresholdLeavesItNotMet)
{
    // One medium and any number of weak never qualify, so the open medium cannot change it.
    Answers answers;
    allNo(answers, kRecruitmentQuestions).yes({ "r_weak1", "r_weak2", "r_weak3", "r_weak4", "r_weak5" });
    answers.clear("r_medium1");
    const Assessment assessment = assessRecruitment(answers);
    const ElementResult& element = elementOf(assessment, "adult", "recruitment");
    EXPECT_EQ(element.status, Status::NotMet);
    EXPECT_TRUE(element.decidingQuestions.isEmpty());
    EXPECT_EQ(element.open.size(), 1) << "the open indicator is still listed in the trace";
}

class OpenAnswerState : public ::testing::TestWithParam<AnswerState>
{
};

TEST_P(OpenAnswerState, IsNeverTakenAsNo)
{
    Answers answers;
    allNo(answers, kRecruitmentQuestions).yes("r_strong1");
    answers.state("r_strong2", GetParam());
    const Assessment assessment = assessRecruitment(answers);
    const ElementResult& element = elementOf(assessment, "adult", "recruitment");
    EXPECT_EQ(presenceOf(assessment, "adult", "r_strong2"), Presence::Open);
    EXPECT_EQ(element.status, Status::Undetermined);
    EXPECT_EQ(element.decidingQuestions, ids({ "r_strong2" }));
}

INSTANTIATE_TEST_SUITE_P(Scoring, OpenAnswerState,
    ::testing::Values(AnswerState::Unknown, AnswerState::Declined, AnswerState::NotAsked),
    [](const auto& testCase) { return toString(testCase.param).toStdString(); });

TEST(ElementStatus, NotApplicableClosesAQuestion)
{
    Answers answers;
    allNo(answers, kRecruitmentQuestions).yes("r_strong1").state("r_strong2", AnswerState::NotApplicable);
    const Assessment assessment = assessRecruitment(answers);
    EXPECT_EQ(presenceOf(assessment, "adult", "r_strong2"), Presence::Absent);
    EXPECT_EQ(elementOf(assessment, "adult", "recruitment").status, Status::NotMet);
}

TEST(ElementStatus, YesOnTheLastOpenQuestionTurnsUndeterminedIntoMet)
{
    Answers answers;
    allNo(answers, kRecruitmentQuestions).yes("r_strong1").state("r_strong2", AnswerState::Declined);
    ASSERT_EQ(elementOf(assessRecruitment(answers), "adult", "recruitment").status, Status::Undetermined);
    answers.yes("r_strong2");
    EXPECT_EQ(elementOf(assessRecruitment(answers), "adult", "recruitment").status, Status::Met);
    answers.no("r_strong2");
    EXPECT_EQ(elementOf(assessRecruitment(answers), "adult", "recruitment").status, Status::NotMet);
}

Checklist thresholdChecklist(Threshold threshold)
{
    ChecklistBuilder builder;
    builder.element("e", std::move(threshold))
        .yesnoIndicator("s", "e", { { "p", Strength::Strong } })
        .yesnoIndicator("m", "e", { { "p", Strength::Medium } })
        .yesnoIndicator("w", "e", { { "p", Strength::Weak } })
        .profile("p")
        .outcome("found", 1, json(R"({"var": "e"})"))
        .outcome("none", 0, json("true"));
    return builder.build();
}

TEST(ElementStatus, CountThresholdNeedsThatManyIndicatorsOfAnyStrength)
{
    const Checklist checklist = thresholdChecklist(countThreshold(2));
    EXPECT_EQ(elementOf(Scorer::assess(checklist, Answers().yes("w").no({ "s", "m" })), "p", "e").status,
        Status::NotMet);
    EXPECT_EQ(elementOf(Scorer::assess(checklist, Answers().yes({ "w", "m" }).no("s")), "p", "e").status,
        Status::Met);
    EXPECT_EQ(elementOf(Scorer::assess(checklist, Answers().yes("w").no("s")), "p", "e").status,
        Status::Undetermined);
}

TEST(ElementStatus, WeightedThresholdComparesTheSumOfWeights)
{
    const Checklist checklist = thresholdChecklist(weightedThreshold(3, 2, 1, 5));
    const Assessment short1 = Scorer::assess(checklist, Answers().yes({ "s", "w" }).no("m"));
    EXPECT_EQ(elementOf(short1, "p", "e").status, Status::NotMet);
    EXPECT_DOUBLE_EQ(elementOf(short1, "p", "e").lowerScore, 4);

    EXPECT_EQ(elementOf(Scorer::assess(checklist, Answers().yes({ "s", "m" }).no("w")), "p", "e").status,
        Status::Met);

    const Assessment open = Scorer::assess(checklist, Answers().yes("s").no("w"));
    const ElementResult& element = elementOf(open, "p", "e");
    EXPECT_EQ(element.status, Status::Undetermined);
    EXPECT_DOUBLE_EQ(element.lowerScore, 3);
    EXPECT_DOUBLE_EQ(element.upperScore, 5);
    EXPECT_EQ(element.decidingQuestions, ids({ "m" }));
    EXPECT_EQ(element.satisfiedAlternative, -1);
}

TEST(ElementStatus, OnlyIndicatorsTheProfileWeighsCount)
{
    // Coercion indicators are in the adult list only: a child profile ignores them entirely.
    Answers answers;
    answers.value("age_at_exploitation", 12).yes({ "c_strong1", "c_strong2" });
    const Assessment assessment = Scorer::assess(iloChecklist(), answers);
    EXPECT_EQ(elementOf(assessment, "adult", "coercion").status, Status::Met);
    for (const ElementResult& element : profileOf(assessment, "child").elements)
        EXPECT_NE(element.elementId, u"coercion") << "the child profile neither weighs nor reads coercion";
}

TEST(ElementStatus, AnElementTheProfileWeighsNothingOfButReadsIsNotMet)
{
    ChecklistBuilder builder;
    builder.element("a", countThreshold(1))
        .element("b", countThreshold(1))
        .yesnoIndicator("qa", "a", { { "p", Strength::Weak } })
        .yesnoIndicator("qb", "b", { { "other", Strength::Strong } })
        .profile("p")
        .outcome("both", 2, json(R"({"and": [{"var": "a"}, {"var": "b"}]})"))
        .outcome("none", 0, json("true"))
        .profile("other")
        .outcome("any", 1, json(R"({"var": "b"})"));
    const Assessment assessment = Scorer::assess(builder.build(), Answers().yes({ "qa", "qb" }));
    const ElementResult& b = elementOf(assessment, "p", "b");
    EXPECT_EQ(b.status, Status::NotMet);
    EXPECT_TRUE(b.present.isEmpty()) << "qb is not an indicator in profile p";
    EXPECT_EQ(profileOf(assessment, "p").outcomeId, u"none");
    EXPECT_EQ(profileOf(assessment, "other").elements.size(), 1)
        << "profile 'other' neither weighs nor reads a";
}

} // namespace
