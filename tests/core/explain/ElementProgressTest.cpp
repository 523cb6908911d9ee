// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/ElementProgress.h"

#include "ExplainTestSupport.h"

using namespace lantern;
using namespace lantern::explain;
using namespace lantern::test;

namespace {

using Alternative = QMap<CountKey, int>;

scoring::StrengthCounts plus(scoring::StrengthCounts counts, int strong, int medium, int weak)
{
    counts.strong += strong;
    counts.medium += medium;
    counts.weak += weak;
    return counts;
}

/// Adds the missing indicators with a strength each key accepts.
scoring::StrengthCounts withMissing(scoring::StrengthCounts counts, const QMap<CountKey, int>& missing)
{
    counts.strong += missing.value(CountKey::Strong) + missing.value(CountKey::StrongOrMedium);
    counts.medium += missing.value(CountKey::Medium);
    counts.weak += missing.value(CountKey::Weak) + missing.value(CountKey::MediumOrWeak)
        + missing.value(CountKey::Any);
    return counts;
}

ElementProgress progressOf(
    const Checklist& checklist, const Assessment& assessment, const char* profile, const char* element)
{
    const std::optional<ElementProgress> progress
        = elementProgress(checklist, assessment, QString::fromUtf8(profile), QString::fromUtf8(element));
    EXPECT_TRUE(progress.has_value()) << profile << "/" << element;
    return progress.value_or(ElementProgress {});
}

} // namespace

TEST(ElementProgressTest, MissingIndicatorsAreExactlyWhatTheScorerNeeds)
{
    const QList<Alternative> alternatives = {
        { { CountKey::Strong, 2 } },
        { { CountKey::Strong, 1 }, { CountKey::MediumOrWeak, 1 } },
        { { CountKey::Medium, 2 }, { CountKey::Weak, 1 } },
        { { CountKey::Strong, 1 }, { CountKey::Any, 3 } },
        { { CountKey::StrongOrMedium, 2 }, { CountKey::MediumOrWeak, 2 } },
        { { CountKey::StrongOrMedium, 1 }, { CountKey::Medium, 1 }, { CountKey::MediumOrWeak, 1 },
            { CountKey::Any, 5 } },
        { { CountKey::Any, 2 } },
    };
    for (const Alternative& alternative : alternatives) {
        for (int s = 0; s <= 3; ++s) {
            for (int m = 0; m <= 3; ++m) {
                for (int w = 0; w <= 3; ++w) {
                    const scoring::StrengthCounts counts { s, m, w };
                    const QMap<CountKey, int> missing = missingIndicators(alternative, counts);
                    ASSERT_EQ(missing.isEmpty(), scoring::alternativeHolds(alternative, counts))
                        << s << m << w;
                    ASSERT_TRUE(scoring::alternativeHolds(alternative, withMissing(counts, missing)))
                        << s << m << w;
                    int total = 0;
                    for (int count : missing)
                        total += count;
                    // No smaller set of additions of any strengths would do.
                    for (int ds = 0; ds < total; ++ds) {
                        for (int dm = 0; ds + dm < total; ++dm) {
                            for (int dw = 0; ds + dm + dw < total; ++dw) {
                                ASSERT_FALSE(scoring::alternativeHolds(alternative, plus(counts, ds, dm, dw)))
                                    << s << m << w << " + " << ds << dm << dw;
                            }
                        }
                    }
                }
            }
        }
    }
}

TEST(ElementProgressTest, IdentificationCaseInWords)
{
    const Checklist checklist = identification();
    const Assessment assessment = Scorer::assess(
        checklist, identificationAnswers(checklist, QStringLiteral("a-fishing-vessel-forced-labour")));

    const ElementProgress exploitation = progressOf(checklist, assessment, "adult_labour", "exploitation");
    EXPECT_EQ(exploitation.status, Status::Met);
    EXPECT_EQ(exploitation.satisfied, 1);
    EXPECT_EQ(exploitation.summary,
        QStringLiteral("has 1 strong, 7 medium, 0 weak; meets 1 strong and 1 medium or weak"));
    ASSERT_EQ(exploitation.alternatives.size(), 4);
    EXPECT_FALSE(exploitation.alternatives.at(0).holds);
    EXPECT_EQ(exploitation.alternatives.at(0).missingWords, QStringLiteral("1 more strong"));
    EXPECT_TRUE(exploitation.alternatives.at(2).holds);

    // Coercive recruitment: 2 medium, and rec_sold (unknown) could add a third.
    const ElementProgress coercive
        = progressOf(checklist, assessment, "adult_labour", "coercive_recruitment");
    EXPECT_EQ(coercive.status, Status::Undetermined);
    EXPECT_EQ(coercive.nearest, 2);
    EXPECT_EQ(coercive.summary,
        QStringLiteral(
            "has 0 strong, 2 medium, 0 weak; needs 1 more medium, which open questions could still add"));
}

TEST(ElementProgressTest, NothingPresentNeedsTheCheapestAlternative)
{
    const Checklist checklist = identification();
    const Assessment assessment = Scorer::assess(
        checklist, identificationAnswers(checklist, QStringLiteral("b-domestic-worker-exploitation-only")));
    const ElementProgress deceptive
        = progressOf(checklist, assessment, "adult_labour", "deceptive_recruitment");
    EXPECT_EQ(deceptive.status, Status::NotMet);
    EXPECT_EQ(deceptive.summary, QStringLiteral("has 0 strong, 0 medium, 0 weak; needs 2 more strong"));
    EXPECT_FALSE(
        elementProgress(checklist, assessment, QStringLiteral("adult_labour"), QStringLiteral("nope"))
            .has_value());
}

TEST(ElementProgressTest, CountWeightedAndUnweighedElements)
{
    const Checklist checklist = checklistFromJson(kHarbourChecklist);
    AnswerSet answers;
    answers.set(QStringLiteral("role"), { AnswerState::Answered, QStringLiteral("deckhand"), {} });
    answers.set(QStringLiteral("unpaid"), { AnswerState::Answered, true, {} });
    answers.set(QStringLiteral("hours"), { AnswerState::Answered, 9, {} });
    answers.set(QStringLiteral("hurt"), { AnswerState::Answered, false, {} });
    answers.set(QStringLiteral("night"), { AnswerState::Answered, false, {} });
    answers.set(
        QStringLiteral("kinds"), { AnswerState::Answered, QJsonArray { QStringLiteral("ferry") }, {} });
    const Assessment assessment = Scorer::assess(checklist, answers);

    const ElementProgress pay = progressOf(checklist, assessment, "crew", "pay");
    EXPECT_EQ(pay.status, Status::NotMet);
    EXPECT_EQ(pay.summary, QStringLiteral("has 0 strong, 1 medium, 0 weak; needs 1 more of any strength"));

    const ElementProgress force = progressOf(checklist, assessment, "crew", "force");
    EXPECT_TRUE(force.weighted);
    EXPECT_EQ(force.score, 2);
    EXPECT_EQ(force.summary,
        QStringLiteral("has 0 strong, 1 medium, 0 weak (score 2 of the 5 needed); needs 3 more points"));

    ElementResult unweighed;
    unweighed.elementId = QStringLiteral("pay");
    const ElementProgress cooks = elementProgress(checklist, QStringLiteral("cooks"), unweighed);
    EXPECT_FALSE(cooks.weighed);
    EXPECT_EQ(
        cooks.summary, QStringLiteral("not weighed in this profile: none of its indicators counts here"));
}
