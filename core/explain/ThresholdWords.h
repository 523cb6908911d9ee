// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"

#include <QMap>
#include <QString>

namespace lantern::explain {

/// The strengths a count key accepts, as words: "strong", "medium or weak", "of any strength".
QString countKeyWords(CountKey key);

/// One threshold alternative as words: "1 strong and 1 medium or weak". With `withNoun`, the
/// counted word is named: "2 strong indicators", "3 indicators of any strength".
QString alternativeWords(const QMap<CountKey, int>& alternative, bool withNoun = false);

/// A whole threshold as one sentence, e.g. "Met with 2 strong indicators; or 1 strong and 1 medium
/// or weak; or 3 medium; or 2 medium and 1 weak", or for a weighted one "Met when the weights of
/// the indicators present add up to at least 5 (strong 3, medium 2, weak 1)".
QString thresholdSentence(const Threshold& threshold);

/// A number as a person writes it: 3, 2.5 (no trailing zeros).
QString numberWords(double value);

} // namespace lantern::explain
