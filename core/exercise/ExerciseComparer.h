// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "exercise/ExerciseComparison.h"
#include "util/Result.h"

#include <QString>

namespace lantern {

/// Compares a participant's answers with the model answer to the same case study: both are
/// scored by the same engine (Scorer::assess), then compared profile by profile and element by
/// element, with the reasoning in plain words. Texts are taken in `language`, falling back to
/// the checklist's default language, then English. A pure function: no I/O.
///
/// Fails, naming the question, when either answer set has an answer to a question the
/// checklist does not have (answers for another checklist, or another version of it).
Result<ExerciseComparison> compareExercise(const Checklist& checklist, const AnswerSet& modelAnswers,
    const AnswerSet& participantAnswers, const QString& language = QStringLiteral("en"));

} // namespace lantern
