// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "scoring/Assessment.h"
#include "scoring/ThresholdCheck.h"

#include <QList>
#include <QMap>
#include <QString>

namespace lantern::explain {

/// How far one threshold alternative is from holding.
struct AlternativeProgress
{
    QString words; ///< the alternative: "1 strong and 1 medium or weak"
    bool holds = false; ///< on the indicators present
    bool reachable = false; ///< on the indicators present and those open questions could add
    QMap<CountKey, int> missing; ///< more indicators needed, by key; empty when it holds
    int missingTotal = 0;
    QString missingWords; ///< "1 more medium or weak"; empty when it holds
};

/// Where an element stands in one profile against its threshold, in numbers and words.
struct ElementProgress
{
    QString elementId;
    Status status = Status::NotMet;
    bool weighed = true; ///< false: the profile weighs none of the element's indicators
    bool weighted = false; ///< a weighted-sum threshold (score fields) instead of alternatives
    QMap<Strength, int> present; ///< indicators present, by strength
    QMap<Strength, int> possible; ///< present plus those open questions could add
    double score = 0;
    double possibleScore = 0;
    double minScore = 0;
    QList<AlternativeProgress> alternatives; ///< in threshold order (not for weighted thresholds)
    int satisfied = -1; ///< the first alternative that holds, or -1
    int nearest = -1; ///< when none holds: the one needing the fewest more indicators, or -1
    QString countsWords; ///< "has 1 strong, 0 medium, 1 weak"
    QString summary; ///< e.g. "has 1 strong, 0 medium, 0 weak; needs 1 more medium or weak"
};

/// The progress of `result` (one element of one profile's result) against its threshold.
ElementProgress elementProgress(
    const Checklist& checklist, const QString& profileId, const ElementResult& result);

/// The element `elementId` in profile `profileId` of an assessment; nullopt when either is not there.
std::optional<ElementProgress> elementProgress(const Checklist& checklist, const Assessment& assessment,
    const QString& profileId, const QString& elementId);

/// The fewest more indicators, by key, that would make `alternative` hold on `counts`.
/// Empty exactly when scoring::alternativeHolds is true.
QMap<CountKey, int> missingIndicators(
    const QMap<CountKey, int>& alternative, const scoring::StrengthCounts& counts);

/// "1 more strong and 2 more medium"; "nothing more" when empty.
QString missingWords(const QMap<CountKey, int>& missing);

/// Whether the profile weighs any indicator of the element.
bool profileWeighsElement(const Checklist& checklist, const QString& profileId, const QString& elementId);

} // namespace lantern::explain
