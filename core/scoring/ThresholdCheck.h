// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "scoring/Assessment.h"

#include <QMap>

namespace lantern::scoring {

/// Indicator counts by strength.
struct StrengthCounts
{
    int strong = 0;
    int medium = 0;
    int weak = 0;
};

/// Whether one threshold alternative holds. Each indicator counts towards one key only, e.g.
/// {"strong": 1, "medium_or_weak": 1} needs two different indicators; `any` is the exception:
/// it is a total, so {"strong": 2, "any": 3} needs three indicators of which two are strong.
bool alternativeHolds(const QMap<CountKey, int>& alternative, const StrengthCounts& counts);

/// The index of the first alternative of an AnyOf threshold that holds, or -1.
int firstAlternativeHolding(const Threshold& threshold, const StrengthCounts& counts);

/// Sum of the weights of a Weighted threshold for these counts.
double weightedScore(const Threshold& threshold, const StrengthCounts& counts);

/// Fills status, satisfiedAlternative, scores and (when undetermined) decidingQuestions of an
/// element whose present/open traces and counts are already filled. `weighed` is false when
/// the profile weighs none of its indicators: it is then not met.
void decideElement(const Threshold& threshold, bool weighed, ElementResult& element);

} // namespace lantern::scoring
