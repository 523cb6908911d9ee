// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lantern {

/// Three-valued visibility. Shown and Hidden are definitive: no open answer can change them.
/// Undetermined: the `relevant` rules depend on open questions that could still go either way.
enum class Visibility { Shown, Hidden, Undetermined };

/// How one question (or section) stands with respect to its `relevant` rules.
struct QuestionVisibility
{
    Visibility visibility = Visibility::Shown;
    bool shownNow = true; ///< whether the interview shows it on the answers given so far
    QStringList deciding; ///< when Undetermined: the open questions that could change it
};

/// The visibility of every question of a checklist for one AnswerSet: section and question
/// `relevant` rules combined, evaluated in dependency order. A value; compute it per change.
///
/// A question that is not shown counts as not applicable for every rule that reads it (its
/// stored answer is kept but has no effect), so hiding cascades through follow-up questions.
class Relevance
{
public:
    /// Computes the visibility of every question of `checklist` on `answers`.
    static Relevance compute(const Checklist& checklist, const AnswerSet& answers);

    /// The visibility of a question; an unknown id is reported as Shown.
    const QuestionVisibility& question(const QString& questionId) const;
    /// The visibility of a section from its own rule alone; an unknown id is reported as Shown.
    const QuestionVisibility& section(const QString& sectionId) const;

    Visibility visibility(const QString& questionId) const { return question(questionId).visibility; }
    bool isShownNow(const QString& questionId) const { return question(questionId).shownNow; }

    /// Every question's visibility, keyed by question id.
    const QHash<QString, QuestionVisibility>& questions() const { return m_questions; }

    /// The data rules see (AnswerSet::toLogicData without the questions not shown now).
    const QJsonObject& logicData() const { return m_data; }

    /// Plain sentences about rules that could not be evaluated; empty for a validated checklist.
    const QStringList& problems() const { return m_problems; }

private:
    friend class RelevanceBuilder;

    QHash<QString, QuestionVisibility> m_questions;
    QHash<QString, QuestionVisibility> m_sections;
    QJsonObject m_data;
    QStringList m_problems;
};

QString toString(Visibility visibility);

} // namespace lantern
