// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison's reasoning goes through Qt's translation system: with a translator installed
// for its context the sentences change (the window's interface language), and without one they
// are English again (the command line).
#include "exercise/ExerciseComparer.h"
#include "ExerciseFixture.h"
#include "MarkingTranslator.h"


using namespace lantern;
using namespace lantern::test;

namespace {

// The model answer, and the same answers seeing threats the model answer does not record.
ExerciseComparison compareWithAddedThreat()
{
    const AnswerSet model = answerFile(QStringLiteral("f-deceived-exploited-no-coercion.json"));
    const AnswerSet participant
        = changed(model, { { QStringLiteral("ctl_threatened"), QStringLiteral("yes") } });
    auto comparison = compareExercise(identificationChecklist(), model, participant);
    if (!comparison) {
        ADD_FAILURE() << comparison.errorMessage().toStdString();
        return {};
    }
    return std::move(comparison).value();
}

bool anyStartsWith(const QStringList& sentences, const QString& start)
{
    return std::any_of(sentences.cbegin(), sentences.cend(),
        [&](const QString& sentence) { return sentence.startsWith(start); });
}

bool anyContains(const QStringList& sentences, const QString& part)
{
    return std::any_of(sentences.cbegin(), sentences.cend(),
        [&](const QString& sentence) { return sentence.contains(part); });
}

} // namespace

TEST(TranslatedReasoningTest, ReasoningFollowsTheInstalledTranslator)
{
    const QStringList english = compareWithAddedThreat().reasoning();
    ASSERT_TRUE(anyStartsWith(english, QStringLiteral("Your screening result ")));
    ASSERT_TRUE(
        anyStartsWith(english, QStringLiteral("You added \u201CThreatened with harm\u201D (medium) from ")));
    ASSERT_FALSE(anyContains(english, QStringLiteral("[xx]")));

    {
        const ScopedMarkingTranslator marking({ QStringLiteral("lantern::ComparisonReasoning") });
        ASSERT_TRUE(marking.isInstalled());
        const QStringList marked = compareWithAddedThreat().reasoning();
        EXPECT_TRUE(anyStartsWith(marked, QStringLiteral("[xx]Your screening result ")));
        EXPECT_TRUE(anyStartsWith(
            marked, QStringLiteral("[xx]You added \u201CThreatened with harm\u201D (medium) from ")));
        EXPECT_TRUE(anyStartsWith(marked, QStringLiteral("[xx]Of the ")));
    }

    EXPECT_EQ(compareWithAddedThreat().reasoning(), english);
}
