// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison's reasoning goes through Qt's translation system: with a translator installed
// for its context the sentences change (the window's interface language), and without one they
// are English again (the command line).
#include "exercise/ExerciseComparer.h"
#include "ExerciseFixture.h"

#include <memory>
#include <QCoreApplication>
#include <QTranslator>

using namespace lantern;
using namespace lantern::test;

namespace {

/// Marks every text of one context with "[xx]", so a test sees which sentences were looked up.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(
        const char* context, const char* sourceText, const char* /*disambiguation*/, int /*n*/) const override
    {
        if (QString::fromUtf8(context) != u"lantern::ComparisonReasoning")
            return {};
        return QStringLiteral("[xx]") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

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
    // Translators need an application object; gtest_main does not make one.
    int argc = 1;
    char name[] = "test_exercise";
    char* argv[] = { name, nullptr };
    std::unique_ptr<QCoreApplication> application;
    if (!QCoreApplication::instance())
        application = std::make_unique<QCoreApplication>(argc, argv);

    const QStringList english = compareWithAddedThreat().reasoning();
    ASSERT_TRUE(anyStartsWith(english, QStringLiteral("Your screening result ")));
    ASSERT_TRUE(
        anyStartsWith(english, QStringLiteral("You added \u201CThreatened with harm\u201D (medium) from ")));
    ASSERT_FALSE(anyContains(english, QStringLiteral("[xx]")));

    MarkingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    const QStringList marked = compareWithAddedThreat().reasoning();
    EXPECT_TRUE(anyStartsWith(marked, QStringLiteral("[xx]Your screening result ")));
    EXPECT_TRUE(anyStartsWith(
        marked, QStringLiteral("[xx]You added \u201CThreatened with harm\u201D (medium) from ")));
    EXPECT_TRUE(anyStartsWith(marked, QStringLiteral("[xx]Of the ")));
    ASSERT_TRUE(QCoreApplication::removeTranslator(&translator));

    EXPECT_EQ(compareWithAddedThreat().reasoning(), english);
}
