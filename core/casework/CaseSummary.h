// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"
#include "checklist/Checklist.h"
#include "scoring/Assessment.h"

#include <optional>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lantern {

/// What the case list shows of a case's assessment, stored sealed beside the case so the list
/// can be built without re-scoring every case. A derived cache: always recomputable from the
/// pinned checklist and the answers (CaseSummary::of), never the truth about a case; a case
/// without one (e.g. written by an older version) simply shows "not assessed yet".
struct CaseSummary
{
    std::optional<int> outcomeLevel; ///< nullopt when no outcome is reached yet
    QString outcomeId;
    QString outcomeTitle; ///< in the checklist's default language
    int answered = 0; ///< questions with an answer other than "not asked"
    QString search; ///< extra searchable text (see of())

    /// {"outcome_level", "outcome_id", "outcome_title", "answered", "search"}; outcome_level is
    /// null when no outcome is reached.
    QJsonObject toJson() const;
    /// Reads what toJson() wrote; nullopt for an empty object (no summary stored).
    static std::optional<CaseSummary> fromJson(const QJsonObject& object);

    /// The summary of `assessment`, made from `records` of a case on `checklist`. The searchable
    /// text holds the answers to the questions searchableOf(checklist, chosen) names.
    static CaseSummary of(const Checklist& checklist, const Assessment& assessment,
        const QList<AnswerRecord>& records, const std::optional<QStringList>& chosen = std::nullopt);

    /// Whether the case list may search the answers to `question`: never when the checklist marks
    /// it sensitive, and not a yes/no question (its answer holds nothing to search for).
    static bool canBeSearchable(const Question& question);
    /// The questions searched when the user made no choice: the text questions not marked sensitive.
    static QStringList defaultSearchable(const Checklist& checklist);
    /// The questions whose answers the list searches for a case on `checklist`: those of `chosen`
    /// (the user's choice for the checklist, see CaseStore::searchableQuestions) that exist in
    /// this version and canBeSearchable(), or the default when there is no choice.
    static QStringList searchableOf(const Checklist& checklist, const std::optional<QStringList>& chosen);

    friend bool operator==(const CaseSummary&, const CaseSummary&) = default;
};

} // namespace lantern
