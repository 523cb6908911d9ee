// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "scoring/Assessment.h"

#include <QMap>
#include <QString>

namespace lantern {

/// A status as a reader says it: "met", "not met", "undetermined".
QString statusInWords(Status status);

/// Counts of indicators by strength in words, strongest first: "1 strong, 2 medium"; "none".
QString strengthCountsText(const QMap<Strength, int>& counts);

/// The profile that gave the overall screening result; null when none did.
const ProfileResult* outcomeProfile(const Assessment& assessment);

/// The outcome `outcomeId` of profile `profileId`; null when either is unknown.
const Outcome* findOutcome(const Checklist& checklist, const QString& profileId, const QString& outcomeId);

} // namespace lantern
