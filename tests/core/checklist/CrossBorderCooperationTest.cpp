// SPDX-License-Identifier: GPL-3.0-or-later
// The outcomes of the bundled cross-border cooperation checklist, one boundary at a time,
// starting from a case where every prerequisite is in place.
#include "ThreePTestSupport.h"

using namespace lantern;
using namespace lantern::test;

namespace {

class CrossBorderCooperation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_checklist = bundledChecklist(QStringLiteral("cross-border-cooperation.json"));
        ASSERT_TRUE(m_checklist.has_value());
    }

    /// A case of someone aged `age`, with every prerequisite in place, changed by `overrides`.
    Assessment referral(int age, QJsonObject overrides = {}) const
    {
        QJsonObject base{{QStringLiteral("age_now"), age},
                         {QStringLiteral("cooperation_framework"), QStringLiteral("bilateral_mou")}};
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
            base.insert(it.key(), it.value());
        return assess(*m_checklist, allYes(*m_checklist, base));
    }

    std::optional<Checklist> m_checklist;
};

const QString kAdult = QStringLiteral("adult");
const QString kChild = QStringLiteral("child");

} // namespace

TEST_F(CrossBorderCooperation, EveryPrerequisiteInPlaceIsReadyToRefer)
{
    const Assessment assessment = referral(30);
    EXPECT_EQ(assessment.outcomeId, u"ready_to_refer");
    EXPECT_EQ(assessment.level, 0);
    EXPECT_EQ(applyingProfiles(assessment), QStringList{kAdult});
}

TEST_F(CrossBorderCooperation, WithoutReturnTheReturnSafeguardsAreNotNeeded)
{
    // No return planned: the safeguard questions are hidden and left unanswered, yet nothing is missing.
    QJsonObject noReturn{{QStringLiteral("return_planned"), QStringLiteral("no")}};
    for (const char* id : {"return_voluntary", "return_risk_assessed", "family_traced", "reception_arranged", "travel_documents_ready"})
        noReturn.insert(QString::fromLatin1(id), QString());
    const Assessment assessment = referral(30, noReturn);
    EXPECT_EQ(elementStatus(assessment, kAdult, QStringLiteral("return_safeguards")), Status::Met);
    EXPECT_EQ(assessment.outcomeId, u"ready_to_refer");

    // Whether a return is planned is itself open: then so are the safeguards.
    noReturn.insert(QStringLiteral("return_planned"), QStringLiteral("unknown"));
    const Assessment open = referral(30, noReturn);
    EXPECT_EQ(elementStatus(open, kAdult, QStringLiteral("return_safeguards")), Status::Undetermined);
    EXPECT_EQ(open.outcomeId, u"refer_with_safeguards_first");
}

TEST_F(CrossBorderCooperation, AMissingReturnSafeguardMeansSafeguardsFirst)
{
    const Assessment assessment = referral(30, {{QStringLiteral("family_traced"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(assessment, kAdult, QStringLiteral("return_safeguards")), Status::NotMet);
    EXPECT_EQ(assessment.outcomeId, u"refer_with_safeguards_first");
    EXPECT_EQ(assessment.level, 1);
}

TEST_F(CrossBorderCooperation, WithoutConsentTheCaseIsNotReady)
{
    const Assessment refused = referral(30, {{QStringLiteral("consent_given"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(refused, kAdult, QStringLiteral("informed_consent")), Status::NotMet);
    EXPECT_EQ(refused.outcomeId, u"not_ready");
    EXPECT_EQ(refused.level, 2);

    const Assessment unknown = referral(30, {{QStringLiteral("consent_given"), QStringLiteral("unknown")}});
    EXPECT_EQ(elementStatus(unknown, kAdult, QStringLiteral("informed_consent")), Status::Undetermined);
    EXPECT_EQ(unknown.outcomeId, u"not_ready");
    const ProfileResult* adult = profileResult(unknown, kAdult);
    ASSERT_NE(adult, nullptr);
    EXPECT_EQ(adult->possibleOutcomes,
              (QStringList{QStringLiteral("ready_to_refer"), QStringLiteral("refer_with_safeguards_first")}));
}

TEST_F(CrossBorderCooperation, VictimFirstHandlingNeedsNonPunishmentToReachItsScore)
{
    // 3 + 3 + 2 + 1 = 9 without the non-punishment assurance, one short of 10.
    const Assessment assessment = referral(30, {{QStringLiteral("non_punishment_assured"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(assessment, kAdult, QStringLiteral("victim_first")), Status::NotMet);
    EXPECT_EQ(assessment.outcomeId, u"not_ready");
    // Every strong feature and one more is enough: 3 + 3 + 3 + 1 = 10.
    EXPECT_EQ(referral(30, {{QStringLiteral("statement_once"), QStringLiteral("no")}}).outcomeId, u"ready_to_refer");
}

TEST_F(CrossBorderCooperation, AChildNeedsAGuardianFirstAndABestInterestsAssessmentToBeReady)
{
    const Assessment ready = referral(16);
    EXPECT_EQ(applyingProfiles(ready), QStringList{kChild});
    EXPECT_EQ(ready.outcomeId, u"ready_to_refer");

    const Assessment noAssessment = referral(16, {{QStringLiteral("best_interests_determined"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(noAssessment, kChild, QStringLiteral("child_best_interests")), Status::NotMet);
    EXPECT_EQ(noAssessment.outcomeId, u"refer_with_safeguards_first");

    const Assessment noGuardian = referral(16, {{QStringLiteral("guardian_appointed"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(noGuardian, kChild, QStringLiteral("child_guardian")), Status::NotMet);
    EXPECT_EQ(noGuardian.outcomeId, u"not_ready");
    // An adult's case does not weigh the child's safeguards at all.
    EXPECT_EQ(elementStatus(referral(30), kAdult, QStringLiteral("child_guardian")), std::nullopt);
}
