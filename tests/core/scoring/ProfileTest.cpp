// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles, outcomes and the overall result: child vs adult, unknown age, outcome order.
#include "IloChecklist.h"
#include "scoring/Scorer.h"
#include "ScoringTestSupport.h"

#include <functional>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;
using namespace Qt::StringLiterals;

namespace {

// Recruitment met (two strong), exploitation met (strong + medium), no coercion at all.
Answers recruitedAndExploitedWithoutMeans()
{
    Answers answers;
    allNo(answers, kRecruitmentQuestions);
    allNo(answers, kExploitationQuestions);
    allNo(answers, kCoercionQuestions);
    answers.yes({ "r_strong1", "r_strong2", "e_strong", "e_medium1" });
    return answers;
}

TEST(Profiles, ChildIsPresumedTraffickedWithoutAnyMeansWhileAnAdultIsNot)
{
    Answers answers = recruitedAndExploitedWithoutMeans();
    answers.value("age_at_exploitation", 15);
    const Assessment child = Scorer::assess(iloChecklist(), answers);
    EXPECT_EQ(profileOf(child, "child").applicability, Applicability::Applies);
    EXPECT_EQ(profileOf(child, "adult").applicability, Applicability::DoesNotApply);
    EXPECT_EQ(profileOf(child, "child").outcomeId, u"presumed");
    EXPECT_EQ(child.outcomeId, u"presumed");
    EXPECT_EQ(child.outcomeProfileId, u"child");
    EXPECT_EQ(child.level, 3);
    EXPECT_FALSE(child.conditional);

    answers.value("age_at_exploitation", 30);
    const Assessment adult = Scorer::assess(iloChecklist(), answers);
    EXPECT_EQ(profileOf(adult, "adult").applicability, Applicability::Applies);
    EXPECT_EQ(elementOf(adult, "adult", "coercion").status, Status::NotMet);
    EXPECT_EQ(outcomeOf(adult, "adult", "presumed").status, Status::NotMet);
    EXPECT_EQ(adult.outcomeId, u"exploitation_only");
    EXPECT_EQ(adult.outcomeProfileId, u"adult");
    EXPECT_EQ(adult.level, 1);
}

TEST(Profiles, AProfileThatDoesNotApplyIsStillEvaluatedButNotChosen)
{
    Answers answers = recruitedAndExploitedWithoutMeans();
    answers.value("age_at_exploitation", 30);
    const Assessment assessment = Scorer::assess(iloChecklist(), answers);
    EXPECT_EQ(profileOf(assessment, "child").applicability, Applicability::DoesNotApply);
    EXPECT_EQ(profileOf(assessment, "child").outcomeId, u"presumed") << "kept for the trace";
    EXPECT_EQ(assessment.outcomeProfileId, u"adult");
}

TEST(Profiles, AdultWithCoercionAtDestinationIsPresumedTrafficked)
{
    Answers answers = recruitedAndExploitedWithoutMeans();
    answers.value("age_at_exploitation", 30).yes({ "c_strong1", "c_medium" });
    const Assessment assessment = Scorer::assess(iloChecklist(), answers);
    EXPECT_EQ(elementOf(assessment, "adult", "coercion").satisfiedAlternative, 1);
    EXPECT_EQ(assessment.outcomeId, u"presumed");
    EXPECT_EQ(assessment.outcomeProfileId, u"adult");
}

class UnknownAge : public ::testing::TestWithParam<bool>
{
};

TEST_P(UnknownAge, EvaluatesChildAndAdultAndMarksTheResultConditional)
{
    Answers answers = recruitedAndExploitedWithoutMeans();
    if (GetParam())
        answers.state("age_at_exploitation", AnswerState::Declined);
    const Assessment assessment = Scorer::assess(iloChecklist(), answers);
    for (const char* profile : { "adult", "child" }) {
        EXPECT_EQ(profileOf(assessment, profile).applicability, Applicability::Undetermined) << profile;
        EXPECT_EQ(profileOf(assessment, profile).applicabilityQuestions, ids({ "age_at_exploitation" }))
            << profile;
    }
    EXPECT_TRUE(assessment.conditional);
    EXPECT_EQ(assessment.outcomeId, u"presumed") << "the most serious result among the possible profiles";
    EXPECT_EQ(assessment.outcomeProfileId, u"child");
    const QString notes = assessment.notes.join(u'\n');
    EXPECT_TRUE(notes.contains(u"'adult' applies depends on open questions: age_at_exploitation"))
        << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"'child' applies depends on open questions: age_at_exploitation"))
        << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"conditional")) << notes.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Scoring, UnknownAge, ::testing::Values(false, true),
    [](const auto& testCase) { return testCase.param ? "declined" : "unanswered"; });

TEST(Outcomes, UndeterminedOutcomesBeforeTheResultArePossibleResults)
{
    // Adult, recruitment and exploitation met, coercion hangs on one declined strong indicator.
    Answers answers = recruitedAndExploitedWithoutMeans();
    answers.value("age_at_exploitation", 30).yes("c_strong1").state("c_strong2", AnswerState::Declined);
    const Assessment assessment = Scorer::assess(iloChecklist(), answers);

    EXPECT_EQ(elementOf(assessment, "adult", "coercion").status, Status::Undetermined);
    const OutcomeResult& presumed = outcomeOf(assessment, "adult", "presumed");
    EXPECT_EQ(presumed.status, Status::Undetermined);
    EXPECT_EQ(presumed.decidingElements, ids({ "coercion" }));
    EXPECT_EQ(outcomeOf(assessment, "adult", "exploitation_only").status, Status::Met);
    EXPECT_EQ(outcomeOf(assessment, "adult", "none").status, Status::Met);

    const ProfileResult& adult = profileOf(assessment, "adult");
    EXPECT_EQ(adult.outcomeId, u"exploitation_only") << "the first met outcome in order, not the last";
    EXPECT_EQ(adult.possibleOutcomes, ids({ "presumed" }));
    EXPECT_EQ(assessment.level, 1);
    EXPECT_TRUE(assessment.notes.join(u'\n').contains(u"could still become more serious (presumed)"));
}

TEST(Outcomes, ElementsOfEachProfileAreThoseItWeighsOrReads)
{
    const Assessment assessment = Scorer::assess(iloChecklist(), Answers());
    QStringList child;
    for (const ElementResult& element : profileOf(assessment, "child").elements)
        child.append(element.elementId);
    QStringList adult;
    for (const ElementResult& element : profileOf(assessment, "adult").elements)
        adult.append(element.elementId);
    EXPECT_EQ(child, ids({ "recruitment", "exploitation" }));
    EXPECT_EQ(adult, ids({ "recruitment", "exploitation", "coercion" }));
}

// Outcome rules over two elements a and b with a count-1 threshold on one question each.
Assessment assessOutcome(const char* rule, const Answers& answers)
{
    ChecklistBuilder builder;
    builder.element("a", countThreshold(1))
        .element("b", countThreshold(1))
        .yesnoIndicator("qa", "a", { { "p", Strength::Weak } })
        .yesnoIndicator("qb", "b", { { "p", Strength::Weak } })
        .profile("p")
        .outcome("found", 1, json(rule))
        .outcome("none", 0, json("true"));
    return Scorer::assess(builder.build(), answers);
}

TEST(Outcomes, AreSettledWhenEveryValueOfTheUndeterminedElementsAgrees)
{
    EXPECT_EQ(
        outcomeOf(assessOutcome(R"({"or": [{"var": "a"}, {"var": "b"}]})", Answers().yes("qa")), "p", "found")
            .status,
        Status::Met);
    EXPECT_EQ(
        outcomeOf(assessOutcome(R"({"and": [{"var": "a"}, {"var": "b"}]})", Answers().no("qa")), "p", "found")
            .status,
        Status::NotMet);
    const Assessment open = assessOutcome(R"({"and": [{"var": "a"}, {"var": "b"}]})", Answers().yes("qa"));
    EXPECT_EQ(outcomeOf(open, "p", "found").status, Status::Undetermined);
    EXPECT_EQ(outcomeOf(open, "p", "found").decidingElements, ids({ "b" }));
    EXPECT_EQ(outcomeOf(assessOutcome(R"({"!": {"var": "b"}})", Answers().yes("qa")), "p", "found").status,
        Status::Undetermined);
    // b read twice: only trying both values of b shows the rule cannot be false.
    EXPECT_EQ(
        outcomeOf(assessOutcome(R"({"or": [{"var": "b"}, {"!": {"var": "b"}}]})", Answers()), "p", "found")
            .status,
        Status::Met);
    EXPECT_EQ(
        outcomeOf(assessOutcome(R"({"==": [{"var": "a"}, {"var": "b"}]})", Answers().yes("qa")), "p", "found")
            .status,
        Status::Undetermined);
}

// Thirteen elements e0..e12, one yes/no question each, and an outcome rule over all of them.
Checklist thirteenElements(const std::function<QJsonValue(const QJsonArray&)>& rule)
{
    ChecklistBuilder builder;
    QJsonArray all;
    static const char* const names[]
        = { "e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10", "e11", "e12" };
    for (const char* name : names) {
        builder.element(name, countThreshold(1)).yesnoIndicator(name, name, { { "p", Strength::Weak } });
        all.append(QJsonObject { { u"var"_s, QString::fromUtf8(name) } });
    }
    builder.profile("p").outcome("all", 1, rule(all)).outcome("none", 0, json("true"));
    return builder.build();
}

TEST(Outcomes, TooManyUndeterminedElementsAreNotEnumerated)
{
    // "if" is not read three-valued, so only enumeration could settle this rule.
    const Checklist checklist = thirteenElements([](const QJsonArray& all) {
        return QJsonObject { { u"if"_s, QJsonArray { QJsonObject { { u"or"_s, all } }, true, false } } };
    });
    const Assessment assessment = Scorer::assess(checklist, Answers());
    EXPECT_EQ(outcomeOf(assessment, "p", "all").status, Status::Undetermined);
    EXPECT_EQ(outcomeOf(assessment, "p", "all").decidingElements.size(), 13);
    EXPECT_TRUE(assessment.notes.join(u'\n').contains(u"too many"))
        << assessment.notes.join(u'\n').toStdString();

    // Twelve are still enumerated: one met element settles the "or" inside the "if".
    const Assessment twelve = Scorer::assess(checklist, Answers().yes("e0"));
    EXPECT_EQ(outcomeOf(twelve, "p", "all").status, Status::Met);
    EXPECT_FALSE(twelve.notes.join(u'\n').contains(u"too many"));
}

TEST(Outcomes, AndOrRulesAreSettledWithoutEnumeratingManyElements)
{
    const Checklist checklist = thirteenElements([](const QJsonArray& all) {
        return QJsonObject { { u"and"_s, all } };
    });
    const Assessment assessment = Scorer::assess(checklist, Answers().no("e12"));
    EXPECT_EQ(outcomeOf(assessment, "p", "all").status, Status::NotMet)
        << "e12 is not met, whatever the others";
    EXPECT_TRUE(assessment.notes.isEmpty()) << assessment.notes.join(u'\n').toStdString();
    const Assessment open = Scorer::assess(checklist, Answers());
    EXPECT_EQ(outcomeOf(open, "p", "all").status, Status::Undetermined);
    EXPECT_EQ(outcomeOf(open, "p", "all").decidingElements.size(), 13);
    EXPECT_FALSE(open.notes.join(u'\n').contains(u"too many"))
        << "each element read once: undetermined is exact, nothing to enumerate";
}

Checklist generalAndChildChecklist()
{
    ChecklistBuilder builder;
    builder.question("age", QuestionType::Number)
        .element("e", countThreshold(1))
        .yesnoIndicator("q", "e", { { "general", Strength::Weak }, { "child", Strength::Weak } })
        .profile("general")
        .outcome("concern", 1, json(R"({"var": "e"})"))
        .outcome("none", 0, json("true"))
        .profile("child", json(R"({"<": [{"var": "age"}, 18]})"))
        .outcome("presumed", 3, json(R"({"var": "e"})"))
        .outcome("none", 0, json("true"));
    return builder.build();
}

TEST(Overall, ASureProfileWinsButAMoreSeriousPossibleProfileIsNoted)
{
    const Assessment assessment = Scorer::assess(generalAndChildChecklist(), Answers().yes("q"));
    EXPECT_FALSE(assessment.conditional);
    EXPECT_EQ(assessment.outcomeProfileId, u"general");
    EXPECT_EQ(assessment.outcomeId, u"concern");
    EXPECT_TRUE(assessment.notes.join(u'\n').contains(u"Profile 'child' may also apply (depending on: age)"))
        << assessment.notes.join(u'\n').toStdString();
}

TEST(Overall, NoApplicableProfileGivesNoResultAndSaysSo)
{
    ChecklistBuilder builder;
    builder.question("age", QuestionType::Number)
        .element("e", countThreshold(1))
        .yesnoIndicator("q", "e", { { "child", Strength::Weak } })
        .profile("child", json(R"({"<": [{"var": "age"}, 18]})"))
        .outcome("presumed", 3, json(R"({"var": "e"})"));
    const Assessment assessment = Scorer::assess(builder.build(), Answers().yes("q").value("age", 40));
    EXPECT_TRUE(assessment.outcomeId.isEmpty());
    EXPECT_EQ(assessment.level, 0);
    EXPECT_TRUE(assessment.notes.join(u'\n').contains(u"No profile applies"));
}

TEST(Overall, ProfileWithoutAMetOutcomeHasNoResultYet)
{
    ChecklistBuilder builder;
    builder.element("e", countThreshold(1))
        .yesnoIndicator("q", "e", { { "p", Strength::Weak } })
        .profile("p")
        .outcome("presumed", 3, json(R"({"var": "e"})"))
        .outcome("nothing", 0, json(R"({"!": {"var": "e"}})"));
    const Assessment assessment = Scorer::assess(builder.build(), Answers());
    EXPECT_TRUE(profileOf(assessment, "p").outcomeId.isEmpty());
    EXPECT_EQ(profileOf(assessment, "p").possibleOutcomes, ids({ "presumed", "nothing" }));
    EXPECT_TRUE(assessment.outcomeId.isEmpty());
    EXPECT_TRUE(assessment.notes.join(u'\n').contains(u"No profile has reached a result yet"));
}

TEST(Overall, AssessmentCarriesTheChecklistIdentity)
{
    const Checklist checklist = iloChecklist();
    const Assessment assessment = Scorer::assess(checklist, Answers());
    EXPECT_EQ(assessment.checklistId, checklist.id);
    EXPECT_EQ(assessment.checklistVersion, checklist.version);
    EXPECT_EQ(assessment.checklistSha256, checklist.sha256());
    EXPECT_EQ(assessment.profiles.size(), 2);
}

} // namespace
