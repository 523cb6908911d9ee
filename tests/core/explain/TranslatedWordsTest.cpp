// SPDX-License-Identifier: GPL-3.0-or-later
// The explanations go through Qt's translation system: with a translator installed for their
// context the words change (the window's interface language), and without one they are English
// again (the command line).
#include "explain/RuleWords.h"
#include "explain/ThresholdWords.h"
#include "ExplainTestSupport.h"
#include "MarkingTranslator.h"


using namespace lantern;
using namespace lantern::explain;
using namespace lantern::test;

namespace {

Threshold twoAlternatives()
{
    Threshold threshold;
    threshold.alternatives
        = { { { CountKey::Strong, 2 } }, { { CountKey::Strong, 1 }, { CountKey::MediumOrWeak, 1 } } };
    return threshold;
}

} // namespace

TEST(TranslatedWordsTest, ThresholdSentenceFollowsTheInstalledTranslator)
{
    const QString english = QStringLiteral("Met with 2 strong indicators; or 1 strong and 1 medium or weak");
    ASSERT_EQ(thresholdSentence(twoAlternatives()), english);

    {
        const ScopedMarkingTranslator marking({ QStringLiteral("lantern::ThresholdWords") });
        ASSERT_TRUE(marking.isInstalled());
        // The sentence, the plural noun (with its count filled in), the separator, the "and" of
        // the list and the words for strengths are each looked up.
        EXPECT_EQ(thresholdSentence(twoAlternatives()),
            QStringLiteral("[xx]Met with [xx]2 [xx]strong indicators[xx]; or [xx][xx]1 [xx]strong and "
                           "[xx]1 [xx]medium or weak"));
    }
    EXPECT_EQ(thresholdSentence(twoAlternatives()), english);
}

TEST(TranslatedWordsTest, RuleWordsFollowTheInstalledTranslator)
{
    const Checklist checklist = checklistFromJson(kHarbourChecklist);
    const RuleWords words(checklist, ExplainLanguage::of(checklist), RuleSubject::Answers);
    const QJsonValue notUnpaid = json(R"({"!": {"var": "unpaid"}})");
    const QJsonValue adult = json(R"({">=": [{"var": "age"}, 18]})");
    ASSERT_EQ(words.describe(notUnpaid), QStringLiteral("\u201CWere you left unpaid?\u201D is not yes"));
    ASSERT_EQ(words.describe(adult), QStringLiteral("\u201CHow old are you?\u201D is at least 18"));

    {
        const ScopedMarkingTranslator marking({ QStringLiteral("lantern::RuleWords") });
        ASSERT_TRUE(marking.isInstalled());
        // The sentence and the quotes around the question are both the translator's.
        EXPECT_EQ(words.describe(notUnpaid),
            QStringLiteral("[xx][xx]\u201CWere you left unpaid?\u201D is not yes"));
    }
    {
        const ScopedMarkingTranslator marking({ QStringLiteral("lantern::RuleOperands") });
        ASSERT_TRUE(marking.isInstalled());
        EXPECT_EQ(words.describe(adult), QStringLiteral("[xx]\u201CHow old are you?\u201D is at least 18"));
    }

    EXPECT_EQ(words.describe(notUnpaid), QStringLiteral("\u201CWere you left unpaid?\u201D is not yes"));
    EXPECT_EQ(words.describe(adult), QStringLiteral("\u201CHow old are you?\u201D is at least 18"));
}
