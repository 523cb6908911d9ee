// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "exercise/ExerciseComparison.h"
#include "exercise/ExerciseText.h"
#include "scoring/Relevance.h"

#include <QList>
#include <QString>

namespace lantern::exercise {

/// The two answer sets side by side. Internal to the exercise module.
class ExerciseAnswers
{
public:
    ExerciseAnswers(const AnswerSet& model, const AnswerSet& participant, const Relevance& participantRelevance,
        const ExerciseText& text);

    /// How both sides answered `questionId`.
    QuestionAnswers question(const QString& questionId) const;
    /// Whether both sides gave the same answer. Notes are ignored, the order of chosen options
    /// too, and "unanswered" equals "not asked": both are simply not asked yet.
    bool same(const QString& questionId) const;

    /// Every question of `checklist` answered differently, in checklist order.
    QList<AnswerDifference> differences(const Checklist& checklist) const;

    const AnswerSet& model() const { return m_model; }
    const AnswerSet& participant() const { return m_participant; }

private:
    const AnswerSet& m_model;
    const AnswerSet& m_participant;
    const Relevance& m_participantRelevance;
    const ExerciseText& m_text;
};

/// An answer that could make a question-based indicator present: yes, or any value given.
bool answeredWithSomething(const Answer* answer);

} // namespace lantern::exercise
