// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/ThresholdWords.h"

#include "explain/ChecklistWords.h"
#include "ExplainTestSupport.h"

using namespace lantern;
using namespace lantern::explain;
using namespace lantern::test;

TEST(ThresholdWordsTest, IloRuleReadsAsOneSentence)
{
    const Checklist checklist = identification();
    const Element* element = checklist.element(QStringLiteral("deceptive_recruitment"));
    ASSERT_NE(element, nullptr);
    EXPECT_EQ(ChecklistWords(checklist).thresholdText(*element),
        QStringLiteral("Met with 2 strong indicators; or 1 strong and 1 medium or weak; or 3 medium; "
                       "or 2 medium and 1 weak"));
}

TEST(ThresholdWordsTest, CountWeightedAndMixedForms)
{
    const Checklist checklist = checklistFromJson(kHarbourChecklist);
    ASSERT_EQ(checklist.elements.size(), 3);
    EXPECT_EQ(thresholdSentence(checklist.element(QStringLiteral("pay"))->threshold),
        QStringLiteral("Met with 2 indicators of any strength"));
    EXPECT_EQ(thresholdSentence(checklist.element(QStringLiteral("force"))->threshold),
        QStringLiteral("Met when the weights of the indicators present add up to at least 5 (strong 3, "
                       "medium 2, weak 1)"));
    EXPECT_EQ(thresholdSentence(checklist.element(QStringLiteral("mixed"))->threshold),
        QStringLiteral("Met with 1 strong and 3 indicators in all; or 2 strong or medium and 1 weak"));
}

TEST(ThresholdWordsTest, SingularAndEdgeCases)
{
    Threshold one;
    one.alternatives = { { { CountKey::Strong, 1 } } };
    EXPECT_EQ(thresholdSentence(one), QStringLiteral("Met with 1 strong indicator"));

    Threshold none;
    EXPECT_EQ(thresholdSentence(none), QStringLiteral("Never met: the threshold lists no alternative"));

    Threshold fractional;
    fractional.kind = Threshold::Kind::Weighted;
    fractional.weights = { { Strength::Strong, 2.5 } };
    fractional.minScore = 2.5;
    EXPECT_EQ(thresholdSentence(fractional),
        QStringLiteral("Met when the weights of the indicators present add up to at least 2.5 (strong 2.5)"));

    EXPECT_EQ(alternativeWords({}), QStringLiteral("no indicator at all"));
    EXPECT_EQ(
        alternativeWords({ { CountKey::Any, 1 } }, true), QStringLiteral("1 indicator of any strength"));
}
