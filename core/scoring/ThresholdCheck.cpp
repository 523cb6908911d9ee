// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/ThresholdCheck.h"

namespace lantern::scoring {

namespace {

// Strengths as bits, so each count key is the set of strengths that may fill it.
constexpr int kStrong = 1;
constexpr int kMedium = 2;
constexpr int kWeak = 4;

int acceptedStrengths(CountKey key)
{
    switch (key) {
    case CountKey::Strong:
        return kStrong;
    case CountKey::Medium:
        return kMedium;
    case CountKey::Weak:
        return kWeak;
    case CountKey::MediumOrWeak:
        return kMedium | kWeak;
    case CountKey::StrongOrMedium:
        return kStrong | kMedium;
    case CountKey::Any:
        return kStrong | kMedium | kWeak;
    }
    return 0;
}

StrengthCounts countsOf(const QMap<Strength, int>& byStrength)
{
    return { byStrength.value(Strength::Strong), byStrength.value(Strength::Medium),
        byStrength.value(Strength::Weak) };
}

} // namespace

bool alternativeHolds(const QMap<CountKey, int>& alternative, const StrengthCounts& counts)
{
    // `any` is a total ("3 in all, of which 2 strong"), so it may reuse indicators counted for
    // other keys; it only needs enough indicators altogether.
    if (alternative.value(CountKey::Any) > counts.strong + counts.medium + counts.weak)
        return false;
    // The other keys never share an indicator. Assigning distinct indicators to them is a
    // transportation problem with three supplies (strong, medium, weak); by Hall's theorem it is
    // feasible exactly when, for every set T of strengths, the keys only T can fill demand no more
    // than T supplies. Seven inequalities replace a search, and overlapping keys are exact.
    for (int strengths = 1; strengths < 8; ++strengths) {
        int demand = 0;
        for (auto it = alternative.constBegin(); it != alternative.constEnd(); ++it) {
            if (it.key() != CountKey::Any && (acceptedStrengths(it.key()) & ~strengths) == 0)
                demand += it.value();
        }
        const int supply = ((strengths & kStrong) ? counts.strong : 0)
            + ((strengths & kMedium) ? counts.medium : 0) + ((strengths & kWeak) ? counts.weak : 0);
        if (demand > supply)
            return false;
    }
    return true;
}

int firstAlternativeHolding(const Threshold& threshold, const StrengthCounts& counts)
{
    for (qsizetype i = 0; i < threshold.alternatives.size(); ++i) {
        if (alternativeHolds(threshold.alternatives.at(i), counts))
            return static_cast<int>(i);
    }
    return -1;
}

double weightedScore(const Threshold& threshold, const StrengthCounts& counts)
{
    return threshold.weights.value(Strength::Strong) * counts.strong
        + threshold.weights.value(Strength::Medium) * counts.medium
        + threshold.weights.value(Strength::Weak) * counts.weak;
}

void decideElement(const Threshold& threshold, bool weighed, ElementResult& element)
{
    const StrengthCounts lower = countsOf(element.lowerCounts);
    const StrengthCounts upper = countsOf(element.upperCounts);
    element.satisfiedAlternative = -1;
    element.decidingQuestions.clear();

    bool met = false;
    bool possible = false;
    if (threshold.kind == Threshold::Kind::Weighted) {
        element.lowerScore = weightedScore(threshold, lower);
        element.upperScore = weightedScore(threshold, upper);
        met = element.lowerScore >= threshold.minScore;
        possible = element.upperScore >= threshold.minScore;
    } else {
        element.satisfiedAlternative = firstAlternativeHolding(threshold, lower);
        met = element.satisfiedAlternative >= 0;
        possible = met || firstAlternativeHolding(threshold, upper) >= 0;
    }

    if (!weighed) {
        element.status = Status::NotMet;
        element.satisfiedAlternative = -1;
    } else if (met) {
        element.status = Status::Met;
    } else if (!possible) {
        element.status = Status::NotMet;
    } else {
        element.status = Status::Undetermined;
        for (const IndicatorTrace& trace : std::as_const(element.open)) {
            for (const QString& id : trace.decidingQuestions) {
                if (!element.decidingQuestions.contains(id))
                    element.decidingQuestions.append(id);
            }
        }
    }
}

} // namespace lantern::scoring
