// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "scoring/Assessment.h"
#include "scoring/Relevance.h"
#include "scoring/RuleEvaluator.h"

#include <QString>
#include <QStringList>

namespace lantern::scoring {

/// Whether one indicator is present, whatever the profile (strength is per profile, presence not).
struct IndicatorPresence
{
    Presence presence = Presence::Absent;
    QStringList questions; ///< the questions its trigger reads
    QStringList deciding; ///< when Open: the open questions that could make it present
    QString error; ///< set when its rule could not be evaluated (it is then Open)
};

/// Decides presence by the "Scoring, exactly" rules of docs/checklist-format.md: only yes or a
/// matching value is present; not_applicable, a non-matching value or definitive hiding is
/// absent; anything that an open answer could still change is open.
IndicatorPresence evaluateIndicator(
    const Indicator& indicator, const AnswerSet& answers, const Relevance& relevance, RuleEvaluator& rules);

/// Whether an answered value satisfies a question trigger (Yes, AnyOf or Range).
bool triggerMatches(const Trigger& trigger, const QJsonValue& value);

} // namespace lantern::scoring
