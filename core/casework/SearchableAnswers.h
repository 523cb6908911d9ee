// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CaseStore.h"
#include "util/Result.h"

#include <optional>
#include <QString>
#include <QStringList>

namespace lantern {

/// Makes the case list search the answers to `questionIds` for every case on checklist
/// `checklistId` (nullopt: back to the default, the text questions not marked sensitive), and
/// recomputes the stored list summary of each of those cases so the next list finds them by it.
/// Questions the checklist marks sensitive, and yes/no questions, are never searched
/// (CaseSummary::canBeSearchable). Returns how many cases were re-summarised; an error names
/// how many could not be (the choice itself is kept: opening such a case later repairs it).
Result<int> applySearchableQuestions(
    CaseStore& store, const QString& checklistId, const std::optional<QStringList>& questionIds);

} // namespace lantern
