// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "scoring/Assessment.h"
#include "util/Catalogue.h"

#include <QMap>
#include <QString>

namespace lantern {

// Each in the interface's language, or in `words`' (a case summary in the interviewee's language).

/// A status as a reader says it: "met", "not met", "undetermined".
QString statusInWords(Status status, const Catalogue& words = Catalogue());

/// Whether a profile applies, as a reader says it: "applies", "does not apply", "undetermined".
QString applicabilityInWords(Applicability applicability, const Catalogue& words = Catalogue());

/// An indicator's strength: "strong", "medium", "weak".
QString strengthInWords(Strength strength, const Catalogue& words = Catalogue());

/// Counts of indicators by strength in words, strongest first: "1 strong, 2 medium"; "none".
QString strengthCountsText(const QMap<Strength, int>& counts, const Catalogue& words = Catalogue());

/// The profile that gave the overall screening result; null when none did.
const ProfileResult* outcomeProfile(const Assessment& assessment);

/// The outcome `outcomeId` of profile `profileId`; null when either is unknown.
const Outcome* findOutcome(const Checklist& checklist, const QString& profileId, const QString& outcomeId);

} // namespace lantern
