// SPDX-License-Identifier: GPL-3.0-or-later
// The readiness bands of the bundled awareness-campaign checklist, one boundary at a time,
// starting from a plan where every area is in place.
#include "ThreePTestSupport.h"

#include <QJsonArray>

using namespace lantern;
using namespace lantern::test;

namespace {

class AwarenessCampaign : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_checklist = bundledChecklist(QStringLiteral("awareness-campaign.json"));
        ASSERT_TRUE(m_checklist.has_value());
    }

    /// A plan for adults with every area in place, changed by `overrides`.
    Assessment plan(QJsonObject overrides = {}) const
    {
        QJsonObject base{
            {QStringLiteral("audience_includes_children"), QStringLiteral("no")},
            {QStringLiteral("msg_pretest_sessions"), 3},
            {QStringLiteral("ch_planned"), QJsonArray{QStringLiteral("radio"), QStringLiteral("community_meetings"),
                                                      QStringLiteral("recruitment_offices")}},
        };
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
            base.insert(it.key(), it.value());
        return assess(*m_checklist, allYes(*m_checklist, base));
    }

    std::optional<Checklist> m_checklist;
};

const QString kAdults = QStringLiteral("adults_only");
const QString kChildren = QStringLiteral("includes_children");

} // namespace

TEST_F(AwarenessCampaign, EveryAreaInPlaceIsReadyToLaunch)
{
    const Assessment assessment = plan();
    EXPECT_EQ(assessment.outcomeId, u"ready_to_launch");
    EXPECT_EQ(assessment.level, 0);
    EXPECT_EQ(applyingProfiles(assessment), QStringList{kAdults});
}

TEST_F(AwarenessCampaign, AGapOutsideTheSafetyAreasIsNearlyReady)
{
    // Evaluation without a baseline and without a mid-way review: 1 strong, 2 medium, no weak.
    const Assessment assessment = plan({{QStringLiteral("ev_baseline_planned"), QStringLiteral("no")},
                                        {QStringLiteral("ev_feedback_loop"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(assessment, kAdults, QStringLiteral("evaluation")), Status::NotMet);
    EXPECT_EQ(assessment.outcomeId, u"nearly_ready");
    EXPECT_EQ(assessment.level, 1);
    // The same area with the baseline only missing is still ready: the second alternative holds.
    EXPECT_EQ(plan({{QStringLiteral("ev_baseline_planned"), QStringLiteral("no")}}).outcomeId, u"ready_to_launch");
}

TEST_F(AwarenessCampaign, AnUnknownAnswerIsAGapNotADone)
{
    const Assessment assessment = plan({{QStringLiteral("ev_baseline_planned"), QStringLiteral("unknown")},
                                        {QStringLiteral("ev_feedback_loop"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(assessment, kAdults, QStringLiteral("evaluation")), Status::Undetermined);
    EXPECT_EQ(assessment.outcomeId, u"nearly_ready");
    const ProfileResult* adults = profileResult(assessment, kAdults);
    ASSERT_NE(adults, nullptr);
    EXPECT_EQ(adults->possibleOutcomes, QStringList{QStringLiteral("ready_to_launch")});
}

TEST_F(AwarenessCampaign, DoNoHarmNeedsAllFourFeatures)
{
    const Assessment threeOfFour = plan({{QStringLiteral("dnh_staff_briefed"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(threeOfFour, kAdults, QStringLiteral("do_no_harm")), Status::NotMet);
    EXPECT_EQ(threeOfFour.outcomeId, u"not_ready");
    EXPECT_EQ(threeOfFour.level, 2);

    const Assessment declined = plan({{QStringLiteral("dnh_staff_briefed"), QStringLiteral("declined")}});
    EXPECT_EQ(elementStatus(declined, kAdults, QStringLiteral("do_no_harm")), Status::Undetermined);
    EXPECT_EQ(declined.outcomeId, u"not_ready");
    const ProfileResult* adults = profileResult(declined, kAdults);
    ASSERT_NE(adults, nullptr);
    EXPECT_EQ(adults->possibleOutcomes, (QStringList{QStringLiteral("ready_to_launch"), QStringLiteral("nearly_ready")}));
}

TEST_F(AwarenessCampaign, MessagesNeedAPreTestToReachTheirScore)
{
    // Without a pre-test: 3 + 2 + 2 = 7, one short of 8.
    const Assessment untested = plan({{QStringLiteral("msg_pretest_sessions"), 0}});
    EXPECT_EQ(elementStatus(untested, kAdults, QStringLiteral("messages")), Status::NotMet);
    EXPECT_EQ(untested.outcomeId, u"not_ready");
    // One session is enough, with either medium feature: 3 + 3 + 2 = 8.
    const Assessment once = plan({{QStringLiteral("msg_pretest_sessions"), 1}, {QStringLiteral("msg_respectful"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(once, kAdults, QStringLiteral("messages")), Status::Met);
    EXPECT_EQ(once.outcomeId, u"ready_to_launch");
}

TEST_F(AwarenessCampaign, NoHotlineHidesItsFollowUpsAndStopsTheLaunch)
{
    const Assessment assessment = plan({{QStringLiteral("hl_number"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(assessment, kAdults, QStringLiteral("hotline_referral")), Status::NotMet);
    EXPECT_EQ(assessment.outcomeId, u"not_ready");
}

TEST_F(AwarenessCampaign, ACampaignThatReachesChildrenAlsoNeedsChildSafeguarding)
{
    const Assessment safeguarded = plan({{QStringLiteral("audience_includes_children"), QStringLiteral("yes")}});
    EXPECT_EQ(applyingProfiles(safeguarded), QStringList{kChildren});
    EXPECT_EQ(safeguarded.outcomeId, u"ready_to_launch");
    EXPECT_EQ(safeguarded.outcomeProfileId, kChildren);

    // Child safeguarding protects from harm, so without it the campaign is not ready at all.
    const Assessment unsafe = plan({{QStringLiteral("audience_includes_children"), QStringLiteral("yes")},
                                    {QStringLiteral("cs_parent_school"), QStringLiteral("no")}});
    EXPECT_EQ(elementStatus(unsafe, kChildren, QStringLiteral("child_safeguarding")), Status::NotMet);
    EXPECT_EQ(unsafe.outcomeId, u"not_ready");
    // The adults' profile does not weigh child safeguarding at all.
    EXPECT_EQ(elementStatus(unsafe, kAdults, QStringLiteral("child_safeguarding")), std::nullopt);
}

TEST_F(AwarenessCampaign, AnOpenAudienceQuestionTakesTheStricterReading)
{
    const Assessment assessment = plan({{QStringLiteral("audience_includes_children"), QStringLiteral("unknown")},
                                        {QStringLiteral("cs_parent_school"), QStringLiteral("no")}});
    EXPECT_TRUE(assessment.conditional);
    EXPECT_EQ(assessment.outcomeId, u"not_ready");
    EXPECT_EQ(assessment.outcomeProfileId, kChildren);
}
