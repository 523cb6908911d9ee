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
    /// text holds the answers to text questions the checklist does not mark sensitive.
    static CaseSummary of(
        const Checklist& checklist, const Assessment& assessment, const QList<AnswerRecord>& records);

    friend bool operator==(const CaseSummary&, const CaseSummary&) = default;
};

} // namespace lantern
