// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/ThresholdCheck.h"

#include "ChecklistBuilder.h"

#include <array>
#include <functional>
#include <gtest/gtest.h>
#include <vector>

using namespace lantern;
using scoring::alternativeHolds;
using scoring::StrengthCounts;

namespace {

using Alternative = QMap<CountKey, int>;

// Reference check by brute force: try every way of giving each indicator to one key other than
// `any` (or to none); `any` is a total over all indicators.
bool holdsByAssignment(const Alternative& alternative, const StrengthCounts& counts)
{
    if (alternative.value(CountKey::Any) > counts.strong + counts.medium + counts.weak)
        return false;
    const std::array<CountKey, 5> keys { CountKey::Strong, CountKey::Medium, CountKey::Weak,
        CountKey::MediumOrWeak, CountKey::StrongOrMedium };
    auto accepts = [](CountKey key, int strength) {
        switch (key) {
        case CountKey::Strong:
            return strength == 0;
        case CountKey::Medium:
            return strength == 1;
        case CountKey::Weak:
            return strength == 2;
        case CountKey::MediumOrWeak:
            return strength != 0;
        case CountKey::StrongOrMedium:
            return strength != 2;
        case CountKey::Any:
            break;
        }
        return false;
    };
    std::vector<int> indicators;
    for (int i = 0; i < counts.strong; ++i)
        indicators.push_back(0);
    for (int i = 0; i < counts.medium; ++i)
        indicators.push_back(1);
    for (int i = 0; i < counts.weak; ++i)
        indicators.push_back(2);
    std::array<int, 5> filled {};
    std::function<bool(std::size_t)> assign = [&](std::size_t next) {
        if (next == indicators.size()) {
            for (std::size_t k = 0; k < keys.size(); ++k) {
                if (filled[k] < alternative.value(keys[k]))
                    return false;
            }
            return true;
        }
        if (assign(next + 1)) // this indicator counts for no key
            return true;
        for (std::size_t k = 0; k < keys.size(); ++k) {
            if (!accepts(keys[k], indicators[next]) || filled[k] >= alternative.value(keys[k]))
                continue;
            ++filled[k];
            const bool ok = assign(next + 1);
            --filled[k];
            if (ok)
                return true;
        }
        return false;
    };
    return assign(0);
}

TEST(ThresholdCheck, StrongPlusMediumOrWeakNeedsTwoDifferentIndicators)
{
    const Alternative alternative { { CountKey::Strong, 1 }, { CountKey::MediumOrWeak, 1 } };
    EXPECT_FALSE(alternativeHolds(alternative, { 1, 0, 0 }));
    EXPECT_FALSE(alternativeHolds(alternative, { 2, 0, 0 })) << "a second strong is not medium or weak";
    EXPECT_TRUE(alternativeHolds(alternative, { 1, 1, 0 }));
    EXPECT_TRUE(alternativeHolds(alternative, { 1, 0, 1 }));
    EXPECT_FALSE(alternativeHolds(alternative, { 0, 3, 3 }));
}

TEST(ThresholdCheck, AnyCountsTheTotalIncludingTheStrongOnes)
{
    const Alternative alternative { { CountKey::Strong, 2 }, { CountKey::Any, 3 } };
    EXPECT_FALSE(alternativeHolds(alternative, { 2, 0, 0 }));
    EXPECT_TRUE(alternativeHolds(alternative, { 2, 0, 1 }));
    EXPECT_TRUE(alternativeHolds(alternative, { 3, 0, 0 }));
    EXPECT_FALSE(alternativeHolds(alternative, { 1, 5, 5 })) << "two of the three must be strong";
}

TEST(ThresholdCheck, OverlappingOrKeysShareNoIndicator)
{
    const Alternative alternative { { CountKey::StrongOrMedium, 2 }, { CountKey::MediumOrWeak, 2 } };
    EXPECT_FALSE(alternativeHolds(alternative, { 0, 3, 0 })) << "four distinct indicators are needed";
    EXPECT_TRUE(alternativeHolds(alternative, { 0, 4, 0 }));
    EXPECT_TRUE(alternativeHolds(alternative, { 2, 0, 2 }));
    EXPECT_FALSE(alternativeHolds(alternative, { 3, 0, 1 }));
    EXPECT_TRUE(alternativeHolds(alternative, { 1, 2, 1 }));

    const Alternative nested { { CountKey::Strong, 1 }, { CountKey::StrongOrMedium, 1 } };
    EXPECT_FALSE(alternativeHolds(nested, { 1, 0, 0 })) << "one strong cannot fill both keys";
    EXPECT_TRUE(alternativeHolds(nested, { 2, 0, 0 }));
    EXPECT_TRUE(alternativeHolds(nested, { 1, 1, 0 }));
    EXPECT_FALSE(alternativeHolds(nested, { 1, 0, 5 })) << "strong_or_medium needs a second strong or medium";

    const Alternative withTotal { { CountKey::Medium, 1 }, { CountKey::StrongOrMedium, 1 },
        { CountKey::Any, 3 } };
    EXPECT_FALSE(alternativeHolds(withTotal, { 0, 2, 0 })) << "two distinct, but three in total are needed";
    EXPECT_TRUE(alternativeHolds(withTotal, { 0, 2, 1 }));
    EXPECT_FALSE(alternativeHolds(withTotal, { 0, 1, 5 }));
}

TEST(ThresholdCheck, AgreesWithBruteForceAssignmentOnEverySmallCase)
{
    // Every alternative with minimums 0..2 on each key (3^6 = 729) against every count 0..3 of
    // each strength (64): the closed-form check must agree with trying every assignment.
    const std::array<CountKey, 6> keys { CountKey::Strong, CountKey::Medium, CountKey::Weak,
        CountKey::MediumOrWeak, CountKey::StrongOrMedium, CountKey::Any };
    int disagreements = 0;
    int holding = 0;
    for (int code = 0; code < 729; ++code) {
        Alternative alternative;
        for (int k = 0, rest = code; k < 6; ++k, rest /= 3) {
            if (rest % 3 != 0)
                alternative.insert(keys[static_cast<std::size_t>(k)], rest % 3);
        }
        for (int s = 0; s <= 3; ++s) {
            for (int m = 0; m <= 3; ++m) {
                for (int w = 0; w <= 3; ++w) {
                    const bool expected = holdsByAssignment(alternative, { s, m, w });
                    holding += expected ? 1 : 0;
                    if (alternativeHolds(alternative, { s, m, w }) != expected && ++disagreements <= 5)
                        ADD_FAILURE() << "alternative #" << code << " with " << s << "/" << m << "/" << w;
                }
            }
        }
    }
    EXPECT_EQ(disagreements, 0);
    EXPECT_GT(holding, 0);
    EXPECT_LT(holding, 729 * 64);
}

TEST(ThresholdCheck, FirstAlternativeHoldingIsReportedInOrder)
{
    const Threshold ilo = test::iloThreshold();
    EXPECT_EQ(scoring::firstAlternativeHolding(ilo, { 2, 3, 0 }), 0);
    EXPECT_EQ(scoring::firstAlternativeHolding(ilo, { 1, 0, 1 }), 1);
    EXPECT_EQ(scoring::firstAlternativeHolding(ilo, { 0, 3, 0 }), 2);
    EXPECT_EQ(scoring::firstAlternativeHolding(ilo, { 0, 2, 1 }), 3);
    EXPECT_EQ(scoring::firstAlternativeHolding(ilo, { 0, 1, 9 }), -1);
}

TEST(ThresholdCheck, WeightedScoreSumsWeightsOfEachStrength)
{
    const Threshold weighted = test::weightedThreshold(3, 2, 0.5, 5);
    EXPECT_DOUBLE_EQ(scoring::weightedScore(weighted, { 1, 2, 3 }), 3 + 4 + 1.5);
}

} // namespace
