// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/OutcomeReasons.h"

#include "ExplainTestSupport.h"

using namespace lantern;
using namespace lantern::explain;
using namespace lantern::test;

namespace {

const ProfileResult* profileResult(const Assessment& assessment, const QString& id)
{
    for (const ProfileResult& profile : assessment.profiles) {
        if (profile.profileId == id)
            return &profile;
    }
    return nullptr;
}

QList<OutcomeExplanation> explained(const Checklist& checklist, const char* answers, const char* profile)
{
    const Assessment assessment
        = Scorer::assess(checklist, identificationAnswers(checklist, QString::fromUtf8(answers)));
    const ProfileResult* result = profileResult(assessment, QString::fromUtf8(profile));
    EXPECT_NE(result, nullptr);
    if (!result)
        return {};
    const QList<OutcomeExplanation> outcomes
        = explainOutcomes(checklist, ExplainLanguage::of(checklist), *result);
    EXPECT_EQ(outcomes.size(), result->outcomes.size());
    for (qsizetype i = 0; i < std::min(outcomes.size(), result->outcomes.size()); ++i) {
        EXPECT_EQ(outcomes.at(i).status, result->outcomes.at(i).status) << i;
    }
    return outcomes;
}

} // namespace

TEST(OutcomeReasonsTest, DeceivedAndExploitedButNotCoerced)
{
    const Checklist checklist = identification();
    const QList<OutcomeExplanation> outcomes
        = explained(checklist, "f-deceived-exploited-no-coercion", "adult_labour");
    ASSERT_EQ(outcomes.size(), 4);
    EXPECT_EQ(outcomes.at(0).outcomeId, QStringLiteral("refer_for_identification"));
    EXPECT_EQ(outcomes.at(0).status, Status::NotMet);
    EXPECT_EQ(outcomes.at(0).reason,
        QStringLiteral("Not reached because Coercion at destination is not met and Abuse of "
                       "vulnerability at destination is not met."));
    EXPECT_TRUE(outcomes.at(0).ruleWords.contains(QStringLiteral("Exploitative conditions (met)")));
    EXPECT_TRUE(outcomes.at(1).isResult);
    EXPECT_EQ(outcomes.at(1).reason,
        QStringLiteral("Reached because Deceptive recruitment is met and Exploitative conditions is met."));
    EXPECT_FALSE(outcomes.at(2).isResult);
    EXPECT_TRUE(outcomes.at(2).afterResult);
    EXPECT_EQ(outcomes.at(0).elements,
        QStringList({ QStringLiteral("deceptive_recruitment"), QStringLiteral("coercive_recruitment"),
            QStringLiteral("recruitment_abuse_of_vulnerability"), QStringLiteral("exploitation"),
            QStringLiteral("coercion_at_destination"),
            QStringLiteral("abuse_of_vulnerability_at_destination") }));
}

TEST(OutcomeReasonsTest, ReferralReachedNamesOneMetElementPerAlternative)
{
    const Checklist checklist = identification();
    const QList<OutcomeExplanation> outcomes
        = explained(checklist, "a-fishing-vessel-forced-labour", "adult_labour");
    ASSERT_FALSE(outcomes.isEmpty());
    EXPECT_TRUE(outcomes.at(0).isResult);
    EXPECT_EQ(outcomes.at(0).reason,
        QStringLiteral("Reached because Deceptive recruitment is met, Exploitative conditions "
                       "is met and Coercion at destination is met."));
}

TEST(OutcomeReasonsTest, OpenAnswersLeaveOutcomesOpen)
{
    const Checklist checklist = identification();
    const QList<OutcomeExplanation> outcomes = explained(checklist, "e-mostly-declined", "adult_labour");
    ASSERT_EQ(outcomes.size(), 4);
    EXPECT_EQ(outcomes.at(2).status, Status::Undetermined);
    EXPECT_EQ(outcomes.at(2).reason,
        QStringLiteral("Could still be reached: it depends on elements still open "
                       "(Exploitative conditions is undetermined)."));
    EXPECT_TRUE(outcomes.at(3).isResult);
    EXPECT_EQ(outcomes.at(3).reason,
        QStringLiteral("Reached: it applies whenever no outcome before it is reached."));
}

TEST(OutcomeReasonsTest, RulesItCannotFollowGetAGeneralReason)
{
    const Checklist checklist = identification();
    const ExplainLanguage language = ExplainLanguage::of(checklist);
    EXPECT_EQ(outcomeReason(checklist, language, json(R"({"zzz": [1]})"), {}, Status::Met),
        QStringLiteral("Reached: its rule holds on the element statuses."));
    // A rule whose reading disagrees with the scorer's status never gets a wrong "because".
    EXPECT_EQ(outcomeReason(checklist, language, json(R"({"var": "exploitation"})"),
                  { { QStringLiteral("exploitation"), Status::Met } }, Status::NotMet),
        QStringLiteral("Not reached: its rule does not hold on the element statuses."));
    EXPECT_EQ(outcomeReason(checklist, language, json(R"({"!": {"var": "exploitation"}})"),
                  { { QStringLiteral("exploitation"), Status::Met } }, Status::NotMet),
        QStringLiteral("Not reached because Exploitative conditions is met."));
}
