// SPDX-License-Identifier: GPL-3.0-or-later
// The outcomes of the bundled assistance-plan checklist, and the referral each need names, one
// boundary at a time, starting from a person with no need recorded.
#include "ThreePTestSupport.h"

#include "scoring/AssessmentJson.h"

#include <QJsonArray>

using namespace lantern;
using namespace lantern::test;

namespace {

/// Every yes/no question the person answered, except consent, answered "no".
QJsonObject noNeeds(const Checklist& checklist)
{
    QJsonObject answers;
    for (const Section& section : checklist.sections) {
        for (const Question& question : section.questions) {
            if (question.type == QuestionType::YesNo)
                answers.insert(question.id, QStringLiteral("no"));
        }
    }
    answers.insert(QStringLiteral("consent_to_talk"), QStringLiteral("yes"));
    answers.insert(QStringLiteral("consent_to_share"), QStringLiteral("yes"));
    answers.insert(QStringLiteral("priorities"), QJsonArray());
    answers.insert(QStringLiteral("age_now"), 30);
    return answers;
}

class AssistancePlan : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_checklist = bundledChecklist(QStringLiteral("assistance-plan.json"));
        ASSERT_TRUE(m_checklist.has_value());
    }

    Assessment person(const QJsonObject& overrides) const
    {
        QJsonObject answers = noNeeds(*m_checklist);
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
            answers.insert(it.key(), it.value());
        return assess(*m_checklist, answers);
    }

    std::optional<Checklist> m_checklist;
};

const QString kAdult = QStringLiteral("adult");
const QString kChild = QStringLiteral("child");

} // namespace

TEST_F(AssistancePlan, NoNeedRecordedIsTheLowestResult)
{
    const Assessment assessment = person({});
    EXPECT_EQ(assessment.outcomeId, u"no_need_recorded");
    EXPECT_EQ(assessment.level, 0);
    EXPECT_EQ(applyingProfiles(assessment), QStringList{kAdult});
}

TEST_F(AssistancePlan, TwoMediumAnswersMakeANeedOneDoesNot)
{
    const Assessment one = person({{QStringLiteral("wages_owed"), QStringLiteral("yes")}});
    EXPECT_EQ(elementStatus(one, kAdult, QStringLiteral("legal_aid")), Status::NotMet);
    EXPECT_EQ(one.outcomeId, u"no_need_recorded");

    const Assessment two = person({{QStringLiteral("wages_owed"), QStringLiteral("yes")},
                                   {QStringLiteral("wants_stay_here"), QStringLiteral("yes")}});
    EXPECT_EQ(elementStatus(two, kAdult, QStringLiteral("legal_aid")), Status::Met);
    EXPECT_EQ(two.outcomeId, u"assistance_plan");
    EXPECT_EQ(two.level, 2);
}

TEST_F(AssistancePlan, ThePersonsOwnPriorityMakesANeedOnItsOwn)
{
    const Assessment assessment = person({{QStringLiteral("priorities"), QJsonArray{QStringLiteral("documents")}}});
    EXPECT_EQ(elementStatus(assessment, kAdult, QStringLiteral("documents_consular")), Status::Met);
    EXPECT_EQ(elementStatus(assessment, kAdult, QStringLiteral("health")), Status::NotMet);
    EXPECT_EQ(assessment.outcomeId, u"assistance_plan");
}

TEST_F(AssistancePlan, WithoutConsentToShareThePlanGivesTheContactsInstead)
{
    const QJsonObject need{{QStringLiteral("needs_place"), QStringLiteral("yes")}};
    QJsonObject refused = need;
    refused.insert(QStringLiteral("consent_to_share"), QStringLiteral("no"));
    EXPECT_EQ(person(refused).outcomeId, u"plan_without_sharing");

    // Not asked yet is not consent: the plan stays without sharing, with referrals still possible.
    QJsonObject notAsked = need;
    notAsked.insert(QStringLiteral("consent_to_share"), QStringLiteral("not_asked"));
    const Assessment open = person(notAsked);
    EXPECT_EQ(open.outcomeId, u"plan_without_sharing");
    const ProfileResult* adult = profileResult(open, kAdult);
    ASSERT_NE(adult, nullptr);
    EXPECT_EQ(adult->possibleOutcomes, QStringList{QStringLiteral("assistance_plan")});
}

TEST_F(AssistancePlan, AnImmediateRiskComesFirstAndAlsoCountsAsANeed)
{
    const Assessment assessment = person({{QStringLiteral("self_harm_thoughts"), QStringLiteral("yes")}});
    EXPECT_EQ(assessment.outcomeId, u"immediate_action");
    EXPECT_EQ(assessment.level, 3);
    EXPECT_EQ(elementStatus(assessment, kAdult, QStringLiteral("psychosocial")), Status::Met);
}

TEST_F(AssistancePlan, ThePlanNeverDependsOnReportingToThePolice)
{
    const QJsonObject base{{QStringLiteral("no_id_document"), QStringLiteral("yes")},
                           {QStringLiteral("wants_return"), QStringLiteral("yes")}};
    QJsonObject reports = base;
    reports.insert(QStringLiteral("wants_to_report"), QStringLiteral("yes"));
    QJsonObject doesNot = base;
    doesNot.insert(QStringLiteral("wants_to_report"), QStringLiteral("no"));
    const Assessment withReport = person(reports);
    const Assessment without = person(doesNot);
    EXPECT_EQ(withReport.outcomeId, u"assistance_plan");
    EXPECT_EQ(without.outcomeId, withReport.outcomeId);
    const ProfileResult* a = profileResult(withReport, kAdult);
    const ProfileResult* b = profileResult(without, kAdult);
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->elements.size(), b->elements.size());
    for (qsizetype i = 0; i < a->elements.size(); ++i)
        EXPECT_EQ(a->elements.at(i).status, b->elements.at(i).status) << a->elements.at(i).elementId.toStdString();
}

TEST_F(AssistancePlan, AChildAlwaysGetsAChildProtectionReferral)
{
    const Assessment noNeed = person({{QStringLiteral("age_now"), 15}});
    EXPECT_EQ(applyingProfiles(noNeed), QStringList{kChild});
    EXPECT_EQ(noNeed.outcomeId, u"child_protection_referral");
    EXPECT_EQ(noNeed.level, 1);

    // School is asked of children only, and it is a livelihood need for them.
    const Assessment school = person({{QStringLiteral("age_now"), 15}, {QStringLiteral("wants_school"), QStringLiteral("yes")}});
    EXPECT_EQ(elementStatus(school, kChild, QStringLiteral("livelihood")), Status::Met);
    EXPECT_EQ(school.outcomeId, u"child_protection_plan");
    // Consent to share is the adult plan's switch; the child's plan does not read it.
    EXPECT_EQ(elementStatus(school, kChild, QStringLiteral("consent_to_refer")), std::nullopt);
}

// The format extension this checklist needs: each need names its referral as element advice, so
// a plan lists one referral for every need found.
TEST_F(AssistancePlan, EachNeedFoundCarriesItsReferralIntoTheAssessmentJson)
{
    const Assessment assessment = person({{QStringLiteral("wants_consulate"), QStringLiteral("yes")},
                                          {QStringLiteral("foreign_national"), QStringLiteral("yes")},
                                          {QStringLiteral("needs_place"), QStringLiteral("yes")}});
    const QJsonObject json = toJson(assessment, *m_checklist, QStringLiteral("en"));
    QHash<QString, QJsonObject> elements;
    for (const QJsonValue& profile : json.value(u"profiles").toArray()) {
        if (profile.toObject().value(u"id").toString() != kAdult)
            continue;
        for (const QJsonValue& element : profile.toObject().value(u"elements").toArray())
            elements.insert(element.toObject().value(u"id").toString(), element.toObject());
    }
    ASSERT_TRUE(elements.contains(QStringLiteral("documents_consular")));
    EXPECT_EQ(elements.value(QStringLiteral("documents_consular")).value(u"status").toString(), u"met");
    EXPECT_TRUE(elements.value(QStringLiteral("documents_consular")).value(u"advice").toString().contains(u"embassy or consulate"));
    EXPECT_TRUE(elements.value(QStringLiteral("shelter")).value(u"advice").toString().contains(u"safe shelter"));
    EXPECT_FALSE(elements.value(QStringLiteral("shelter")).contains(u"group"));
    // Consent is a condition, not a need: it names no referral.
    EXPECT_FALSE(elements.value(QStringLiteral("consent_to_refer")).contains(u"advice"));
}
