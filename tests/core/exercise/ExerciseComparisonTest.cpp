// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison of a participant's answers with the model answer, on the bundled identification
// checklist. The model answer is tests/data/answers/identification/f-deceived-exploited-no-coercion.json
// (adult, labour, level 2 "Deception and exploitation"); the participant's answers change five of
// its answers, and every count below was worked by hand from the checklist.
#include "ExerciseFixture.h"

#include "exercise/ExerciseComparer.h"

#include <QJsonArray>

using namespace lantern;
using namespace lantern::test;

namespace {

const QString kModelFile = QStringLiteral("f-deceived-exploited-no-coercion.json");

AnswerSet modelAnswer()
{
    return answerFile(kModelFile);
}

// Says "no" where the model says yes (place, contract), leaves the pay question open, and sees
// threats and a family in difficulty that the model answer does not record.
AnswerSet participantAnswer()
{
    return changed(modelAnswer(),
        {{QStringLiteral("rec_deceived_place"), QStringLiteral("no")},
            {QStringLiteral("rec_deceived_contract"), QStringLiteral("no")},
            {QStringLiteral("work_paid_less"), QStringLiteral("(clear)")},
            {QStringLiteral("ctl_threatened"), QStringLiteral("yes")},
            {QStringLiteral("vul_family_difficulty"), QStringLiteral("yes")}});
}

ExerciseComparison compare(const AnswerSet& model, const AnswerSet& participant, const QString& language = QStringLiteral("en"))
{
    auto comparison = compareExercise(identificationChecklist(), model, participant, language);
    if (!comparison) {
        ADD_FAILURE() << comparison.errorMessage().toStdString();
        return {};
    }
    return std::move(comparison).value();
}

const IndicatorComparison* findIndicator(const ElementComparison& element, const QString& indicatorId)
{
    for (const IndicatorComparison& indicator : element.indicators) {
        if (indicator.indicatorId == indicatorId)
            return &indicator;
    }
    return nullptr;
}

bool anyContains(const QStringList& sentences, const QString& part)
{
    for (const QString& sentence : sentences) {
        if (sentence.contains(part))
            return true;
    }
    return false;
}

} // namespace

TEST(ExerciseComparisonTest, CountsFoundMissedAndAddedPerElementByHand)
{
    const ExerciseComparison comparison = compare(modelAnswer(), participantAnswer());
    // Age 41, labour on both sides: only the adult labour list applies.
    ASSERT_EQ(comparison.profiles.size(), 1);
    const ProfileComparison* profile = findProfile(comparison, QStringLiteral("adult_labour"));
    ASSERT_NE(profile, nullptr);
    EXPECT_TRUE(profile->applicabilityAgrees());

    struct Expected
    {
        QString element;
        QStringList found, missed, added;
        Status model, participant;
    };
    const QList<Expected> table {
        {QStringLiteral("deceptive_recruitment"), {QStringLiteral("dr_conditions"), QStringLiteral("dr_journey")},
            {QStringLiteral("dr_job_or_place"), QStringLiteral("dr_pay"), QStringLiteral("dr_contract")}, {}, Status::Met,
            Status::Undetermined},
        {QStringLiteral("coercive_recruitment"), {}, {}, {}, Status::NotMet, Status::NotMet},
        {QStringLiteral("recruitment_abuse_of_vulnerability"),
            {QStringLiteral("rv_economic_need"), QStringLiteral("rv_no_information")}, {},
            {QStringLiteral("rv_family_difficulty")}, Status::NotMet, Status::Met},
        {QStringLiteral("exploitation"),
            {QStringLiteral("ex_excessive_hours"), QStringLiteral("ex_wage_manipulation"), QStringLiteral("ex_bad_housing"),
                QStringLiteral("ex_rules_broken")},
            {}, {}, Status::Met, Status::Met},
        {QStringLiteral("coercion_at_destination"), {}, {}, {QStringLiteral("cd_threats")}, Status::NotMet, Status::NotMet},
        {QStringLiteral("abuse_of_vulnerability_at_destination"), {QStringLiteral("ad_unfamiliar_place")}, {}, {},
            Status::NotMet, Status::NotMet},
    };
    ASSERT_EQ(profile->elements.size(), table.size());
    for (const Expected& expected : table) {
        SCOPED_TRACE(expected.element.toStdString());
        const ElementComparison* element = findElement(*profile, expected.element);
        ASSERT_NE(element, nullptr);
        EXPECT_EQ(idsWith(*element, IndicatorVerdict::Found), expected.found);
        EXPECT_EQ(idsWith(*element, IndicatorVerdict::Missed), expected.missed);
        EXPECT_EQ(idsWith(*element, IndicatorVerdict::Added), expected.added);
        EXPECT_EQ(element->counts,
            (VerdictCounts {int(expected.found.size()), int(expected.missed.size()), int(expected.added.size())}));
        EXPECT_EQ(element->model, expected.model);
        EXPECT_EQ(element->participant, expected.participant);
    }
    EXPECT_EQ(profile->counts, (VerdictCounts {9, 3, 2}));
    EXPECT_EQ(comparison.counts, (VerdictCounts {9, 3, 2}));

    const ElementComparison* deceptive = findElement(*profile, QStringLiteral("deceptive_recruitment"));
    ASSERT_NE(deceptive, nullptr);
    EXPECT_EQ(findIndicator(*deceptive, QStringLiteral("dr_pay"))->missReason, MissReason::LeftOpen);
    EXPECT_EQ(findIndicator(*deceptive, QStringLiteral("dr_contract"))->missReason, MissReason::AnsweredDifferently);
    EXPECT_EQ(findIndicator(*deceptive, QStringLiteral("dr_job_or_place"))->missReason, MissReason::AnsweredDifferently);
    EXPECT_EQ(findIndicator(*deceptive, QStringLiteral("dr_pay"))->strength, Strength::Medium);
    EXPECT_TRUE(anyContains(deceptive->reasoning,
        QStringLiteral("You missed \u201CDeceived about the contract\u201D (medium), which the model answer records from "
                       "\u201CDid the contract or agreement you accepted turn out to be false, or was it replaced by another "
                       "one?\u201D = yes. You answered \u201Cno\u201D.")));
    EXPECT_EQ(findIndicator(*deceptive, QStringLiteral("dr_job_or_place"))->strength, Strength::Strong);
}

TEST(ExerciseComparisonTest, OutcomeMismatchIsExplainedFromTheTraces)
{
    const ExerciseComparison comparison = compare(modelAnswer(), participantAnswer());
    EXPECT_FALSE(comparison.outcomeMatches());
    EXPECT_EQ(comparison.model.outcomeId, QStringLiteral("deception_and_exploitation"));
    EXPECT_EQ(comparison.model.level, 2);
    EXPECT_EQ(comparison.participant.outcomeId, QStringLiteral("exploitation_only"));
    EXPECT_EQ(comparison.participant.level, 1);
    // Answering the open pay question could still bring the participant to the model's result.
    EXPECT_EQ(comparison.participant.possibleTitles, QStringList {QStringLiteral("Deception and exploitation")});

    const ProfileComparison* profile = findProfile(comparison, QStringLiteral("adult_labour"));
    ASSERT_NE(profile, nullptr);
    EXPECT_FALSE(profile->outcomeMatches());
    ASSERT_EQ(profile->reasoning.size(), 1);
    const QString& outcome = profile->reasoning.first();
    EXPECT_TRUE(outcome.contains(QStringLiteral("the rule for \u201CDeception and exploitation\u201D reads Deceptive "
                                                "recruitment (yours: undetermined, model answer: met)")))
        << outcome.toStdString();
    EXPECT_TRUE(outcome.contains(QStringLiteral("so your result here is \u201CExploitation without trafficking indicators "
                                                "\u2014 labour-rights referral\u201D instead of \u201CDeception and exploitation\u201D")))
        << outcome.toStdString();

    const ElementComparison* deceptive = findElement(*profile, QStringLiteral("deceptive_recruitment"));
    ASSERT_NE(deceptive, nullptr);
    EXPECT_TRUE(anyContains(deceptive->reasoning,
        QStringLiteral("You missed \u201CDeceived about pay\u201D (medium), which the model answer records from "
                       "\u201CWas your pay less than you were promised?\u201D = yes.")));
    EXPECT_TRUE(anyContains(deceptive->reasoning,
        QStringLiteral("With your answers Deceptive recruitment has 2 medium indicators (the model answer: 1 strong and "
                       "4 medium indicators), so it is undetermined instead of met.")));
    EXPECT_TRUE(anyContains(deceptive->reasoning, QStringLiteral("could still decide it: \u201CWas your pay less")));
    EXPECT_TRUE(anyContains(comparison.summary, QStringLiteral("Your screening result is")));
    EXPECT_TRUE(anyContains(comparison.summary, QStringLiteral("you found 9 and missed 3; you added 2")));
}

TEST(ExerciseComparisonTest, AnOpenQuestionIsLeftOpenNeverAWrongNo)
{
    for (const QString& open : {QStringLiteral("(clear)"), QStringLiteral("unknown"), QStringLiteral("declined")}) {
        SCOPED_TRACE(open.toStdString());
        const ExerciseComparison comparison
            = compare(modelAnswer(), changed(modelAnswer(), {{QStringLiteral("work_paid_less"), open}}));
        const ProfileComparison* profile = findProfile(comparison, QStringLiteral("adult_labour"));
        ASSERT_NE(profile, nullptr);
        const ElementComparison* deceptive = findElement(*profile, QStringLiteral("deceptive_recruitment"));
        ASSERT_NE(deceptive, nullptr);
        const IndicatorComparison* pay = findIndicator(*deceptive, QStringLiteral("dr_pay"));
        ASSERT_NE(pay, nullptr);
        EXPECT_EQ(pay->verdict, IndicatorVerdict::Missed);
        EXPECT_EQ(pay->participant, Presence::Open);
        EXPECT_EQ(pay->missReason, MissReason::LeftOpen);
        ASSERT_EQ(pay->causes.size(), 1);
        EXPECT_TRUE(pay->causes.first().participantOpen);
        EXPECT_NE(pay->causes.first().participantAnswer, QStringLiteral("no"));

        ASSERT_EQ(comparison.differences.size(), 1);
        const AnswerDifference& difference = comparison.differences.first();
        EXPECT_EQ(difference.questionId, QStringLiteral("work_paid_less"));
        EXPECT_EQ(difference.modelAnswer, QStringLiteral("yes"));
        EXPECT_TRUE(difference.participantOpen);
        EXPECT_EQ(difference.participantAnswer, open == u"(clear)" ? QStringLiteral("not asked yet") : open);
        EXPECT_TRUE(anyContains(deceptive->reasoning, QStringLiteral("You left \u201CWas your pay less than you were "
                                                                     "promised?\u201D (")));
        EXPECT_TRUE(anyContains(deceptive->reasoning, QStringLiteral("that is not a \u201Cno\u201D")));
        EXPECT_FALSE(anyContains(comparison.reasoning(), QStringLiteral("promised?\u201D = no")));
    }
}

TEST(ExerciseComparisonTest, AnswerHiddenByAnotherAnswerIsReportedAsNotShown)
{
    // "Were you promised a certain amount of pay?" = no hides the question behind dr_pay.
    const ExerciseComparison comparison
        = compare(modelAnswer(), changed(modelAnswer(), {{QStringLiteral("rec_promised_pay"), QStringLiteral("no")}}));
    const ElementComparison* deceptive
        = findElement(*findProfile(comparison, QStringLiteral("adult_labour")), QStringLiteral("deceptive_recruitment"));
    ASSERT_NE(deceptive, nullptr);
    const IndicatorComparison* pay = findIndicator(*deceptive, QStringLiteral("dr_pay"));
    ASSERT_NE(pay, nullptr);
    EXPECT_EQ(pay->missReason, MissReason::NotShown);
    ASSERT_EQ(pay->causes.size(), 1);
    EXPECT_EQ(pay->causes.first().questionId, QStringLiteral("rec_promised_pay"));
    // Still met on 1 strong and 3 medium: the outcome does not change.
    EXPECT_EQ(deceptive->participant, Status::Met);
    EXPECT_TRUE(comparison.outcomeMatches());
}

TEST(ExerciseComparisonTest, SameOutcomeDespiteAnAddedIndicatorMatches)
{
    const ExerciseComparison comparison
        = compare(modelAnswer(), changed(modelAnswer(), {{QStringLiteral("ctl_threatened"), QStringLiteral("yes")}}));
    EXPECT_TRUE(comparison.outcomeMatches());
    EXPECT_EQ(comparison.counts, (VerdictCounts {12, 0, 1}));
    const ProfileComparison* profile = findProfile(comparison, QStringLiteral("adult_labour"));
    ASSERT_NE(profile, nullptr);
    EXPECT_TRUE(profile->outcomeMatches());
    const ElementComparison* coercion = findElement(*profile, QStringLiteral("coercion_at_destination"));
    ASSERT_NE(coercion, nullptr);
    EXPECT_TRUE(coercion->agrees());
    EXPECT_TRUE(anyContains(coercion->reasoning, QStringLiteral("You added \u201CThreatened with harm\u201D (medium) from "
                                                                "\u201CDid anyone threaten to hurt you?\u201D = yes; the model "
                                                                "answer says \u201Cno\u201D.")));
    EXPECT_TRUE(anyContains(coercion->reasoning, QStringLiteral("Coercion at destination is not met on both sides all the same.")));
    EXPECT_TRUE(anyContains(comparison.summary, QStringLiteral("Your screening result matches the model answer: "
                                                               "\u201CDeception and exploitation\u201D.")));
}

TEST(ExerciseComparisonTest, IdenticalAnswerSetsMatchWithNothingMissedOrAdded)
{
    const ExerciseComparison comparison = compare(modelAnswer(), modelAnswer());
    EXPECT_TRUE(comparison.outcomeMatches());
    // Present in the model answer, by hand: deceptive 5, recruitment vulnerability 2, exploitation 4,
    // vulnerability at destination 1.
    EXPECT_EQ(comparison.counts, (VerdictCounts {12, 0, 0}));
    EXPECT_TRUE(comparison.differences.isEmpty());
    for (const ProfileComparison& profile : comparison.profiles) {
        EXPECT_TRUE(profile.outcomeMatches());
        EXPECT_TRUE(profile.applicabilityAgrees());
        for (const ElementComparison& element : profile.elements) {
            EXPECT_TRUE(element.agrees()) << element.elementId.toStdString();
            EXPECT_EQ(element.counts.missed + element.counts.added, 0);
        }
    }
}

TEST(ExerciseComparisonTest, UnknownAgeMakesTheProfilesDisagree)
{
    const ExerciseComparison comparison = compare(modelAnswer(),
        changed(modelAnswer(), {{QStringLiteral("age_at_exploitation"), QJsonObject {{QStringLiteral("state"), QStringLiteral("declined")}}}}));
    ASSERT_EQ(comparison.profiles.size(), 2);
    const ProfileComparison* adult = findProfile(comparison, QStringLiteral("adult_labour"));
    const ProfileComparison* child = findProfile(comparison, QStringLiteral("child_labour"));
    ASSERT_NE(adult, nullptr);
    ASSERT_NE(child, nullptr);
    EXPECT_EQ(adult->model, Applicability::Applies);
    EXPECT_EQ(adult->participant, Applicability::Undetermined);
    EXPECT_EQ(child->model, Applicability::DoesNotApply);
    EXPECT_EQ(child->participant, Applicability::Undetermined);
    EXPECT_FALSE(child->applicabilityAgrees());
    // Same indicators on both sides: in each list the result agrees...
    EXPECT_EQ(child->counts, (VerdictCounts {12, 0, 0}));
    EXPECT_TRUE(child->outcomeMatches());
    // ...but on the participant's answers the child reading may apply, and it is graver.
    EXPECT_FALSE(comparison.outcomeMatches());
    EXPECT_TRUE(comparison.participant.conditional);
    EXPECT_EQ(comparison.participant.outcomeId, QStringLiteral("refer_for_identification"));
    EXPECT_EQ(comparison.participant.profileId, QStringLiteral("child_labour"));
    EXPECT_TRUE(anyContains(comparison.summary,
        QStringLiteral("Children \u2014 labour exploitation does not apply on the model answer but may apply on yours, "
                       "because the answers differ on \u201CHow old were you when this work began?\u201D (model answer: 41; "
                       "yours: declined)")));
    EXPECT_TRUE(anyContains(comparison.summary, QStringLiteral("Your result is conditional")));
}

TEST(ExerciseComparisonTest, TextsFollowTheLanguageWithEnglishFallback)
{
    const ExerciseComparison comparison = compare(modelAnswer(), participantAnswer(), QStringLiteral("th"));
    EXPECT_EQ(comparison.language, QStringLiteral("th"));
    const Checklist& checklist = identificationChecklist();
    EXPECT_EQ(comparison.checklistTitle, checklist.title.text(QStringLiteral("th")));
    EXPECT_NE(comparison.checklistTitle, checklist.title.text(QStringLiteral("en")));
    const ElementComparison* deceptive
        = findElement(*findProfile(comparison, QStringLiteral("adult_labour")), QStringLiteral("deceptive_recruitment"));
    ASSERT_NE(deceptive, nullptr);
    const auto payIndicator = std::find_if(checklist.indicators.begin(), checklist.indicators.end(),
        [](const Indicator& indicator) { return indicator.id == QLatin1String("dr_pay"); });
    ASSERT_NE(payIndicator, checklist.indicators.end());
    EXPECT_EQ(findIndicator(*deceptive, QStringLiteral("dr_pay"))->title, payIndicator->title.text(QStringLiteral("th")));
    // A language the checklist does not have: English is used rather than nothing.
    const ExerciseComparison german = compare(modelAnswer(), participantAnswer(), QStringLiteral("de"));
    const ElementComparison* inGerman
        = findElement(*findProfile(german, QStringLiteral("adult_labour")), QStringLiteral("deceptive_recruitment"));
    ASSERT_NE(inGerman, nullptr);
    EXPECT_EQ(findIndicator(*inGerman, QStringLiteral("dr_pay"))->title, QStringLiteral("Deceived about pay"));
}

TEST(ExerciseComparisonTest, AnswersForAnotherChecklistAreRefusedByName)
{
    AnswerSet participant = participantAnswer();
    participant.set(QStringLiteral("boat_name"), Answer {AnswerState::Answered, QJsonValue(QStringLiteral("x")), {}});
    const auto comparison = compareExercise(identificationChecklist(), modelAnswer(), participant);
    ASSERT_FALSE(comparison.ok());
    EXPECT_TRUE(comparison.errorMessage().contains(QStringLiteral("participant's answers")));
    EXPECT_TRUE(comparison.errorMessage().contains(QStringLiteral("'boat_name'")));
    EXPECT_TRUE(comparison.errorMessage().contains(QStringLiteral("ilo-identification")));
}

TEST(ExerciseComparisonTest, AnIndicatorTheModelLeavesOpenIsAddedAndSaidToBeOpen)
{
    const AnswerSet model = changed(modelAnswer(), {{QStringLiteral("ctl_threatened"), QStringLiteral("unknown")}});
    const ExerciseComparison comparison
        = compare(model, changed(modelAnswer(), {{QStringLiteral("ctl_threatened"), QStringLiteral("yes")}}));
    const ElementComparison* coercion
        = findElement(*findProfile(comparison, QStringLiteral("adult_labour")), QStringLiteral("coercion_at_destination"));
    ASSERT_NE(coercion, nullptr);
    ASSERT_EQ(idsWith(*coercion, IndicatorVerdict::Added), QStringList {QStringLiteral("cd_threats")});
    EXPECT_EQ(coercion->indicators.first().model, Presence::Open);
    EXPECT_TRUE(anyContains(coercion->reasoning, QStringLiteral("the model answer leaves it open (unknown).")));
}

TEST(ExerciseComparisonTest, NoProfileApplyingOnEitherSideLeavesNothingToCompare)
{
    // An adult, but no kind of exploitation chosen: none of the four lists applies.
    AnswerSet answers;
    answers = changed(answers, {{QStringLiteral("age_at_exploitation"), 30}, {QStringLiteral("exploitation_type"), QJsonArray()}});
    const ExerciseComparison comparison = compare(answers, answers);
    EXPECT_TRUE(comparison.profiles.isEmpty());
    EXPECT_EQ(comparison.counts, (VerdictCounts {0, 0, 0}));
    EXPECT_TRUE(comparison.outcomeMatches());
    EXPECT_TRUE(anyContains(comparison.summary, QStringLiteral("No profile applies on either side")));
}
