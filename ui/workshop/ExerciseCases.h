// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/CaseStudyLibrary.h"

#include <QString>

namespace lantern {

/// How exercise cases are named in the training workspace: "<case study code> · <participant>",
/// so the case list groups a workshop's work by case study and each case finds its model answer.
namespace exercise_cases {

QString code(const CaseStudy& caseStudy, const QString& participant);

/// The case study a training case belongs to: the seeded worked example itself (its code) or
/// an exercise on it (its code, " · ", a participant); null for any other case.
const CaseStudy* caseStudyFor(const CaseStudyLibrary& library, const QString& caseCode);

/// The participant part of an exercise code; empty for the seeded worked example.
QString participant(const CaseStudy& caseStudy, const QString& caseCode);

} // namespace exercise_cases
} // namespace lantern
