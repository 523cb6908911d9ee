// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "exercise/ExerciseAnswers.h"
#include "exercise/ExerciseComparison.h"
#include "exercise/ExerciseText.h"
#include "scoring/Assessment.h"

namespace lantern::exercise {

// The plain-word reasoning of a comparison, generated from the scoring traces of both sides.
// Internal to the exercise module; compareExercise() calls these once the data is compared.

/// Sentences about one element: each missed and added indicator with the answers behind it,
/// then how the status changes (or why it does not).
void explainElement(ElementComparison& element, const ElementResult& model, const ElementResult& participant,
    const ExerciseText& text);

/// The sentence about a profile's outcome: which rule turned out differently, because of which
/// elements, and what the participant's result could still become.
void explainOutcome(ProfileComparison& profile, const Profile& definition, const ProfileResult& model,
    const ProfileResult& participant, const ExerciseText& text);

/// A sentence on why a profile applies on one side and not on the other, naming the answers
/// its rule reads that differ; empty when both sides agree.
QString applicabilitySentence(
    const ProfileComparison& profile, const Profile& definition, const ExerciseAnswers& answers);

/// The overall sentences: the result on both sides, conditional results, the profiles the two
/// disagree on (`applicability`, from applicabilitySentence), and the totals.
QStringList overallSentences(const ExerciseComparison& comparison, const QStringList& applicability);

} // namespace lantern::exercise
