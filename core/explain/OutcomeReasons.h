// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "explain/ExplainLanguage.h"
#include "scoring/Assessment.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace lantern::explain {

/// One outcome of a profile: its rule in words, the elements it needs, and (given a result) why
/// it is reached or not.
struct OutcomeExplanation
{
    QString outcomeId;
    QStringList elements; ///< element ids the rule reads, in order of first appearance
    QString ruleWords; ///< "Reached when …" (elements marked with their status when known)
    Status status = Status::NotMet; ///< as the scorer decided
    bool isResult = false; ///< the first outcome reached: the profile's result
    bool afterResult = false; ///< an earlier outcome was reached, so this one is not needed
    QString reason; ///< "Reached because … is met"; "Not reached because … is not met"
};

/// The outcomes of `profile` in order, explained with the element statuses of `result`.
QList<OutcomeExplanation> explainOutcomes(
    const Checklist& checklist, const ExplainLanguage& language, const ProfileResult& result);

/// The outcomes of `profile` in order, with their rules in words only (no answers to judge by).
QList<OutcomeExplanation> describeOutcomes(
    const Checklist& checklist, const ExplainLanguage& language, const Profile& profile);

/// Why an outcome rule over element statuses comes out as `decided` (the scorer's status):
/// "Reached because Exploitation is met", "Not reached because Coercion at destination is not
/// met". A rule it cannot follow (anything but and, or, not, var and true/false) gets a general
/// sentence that still agrees with `decided`.
QString outcomeReason(const Checklist& checklist, const ExplainLanguage& language, const QJsonValue& rule,
    const QHash<QString, Status>& statuses, Status decided);

/// The distinct variables a rule reads (element ids, for an outcome rule), in order.
QStringList ruleVariables(const QJsonValue& rule);

} // namespace lantern::explain
