// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "scoring/Assessment.h"

namespace lantern {

/// The scoring engine: a pure function of a checklist and the answers given so far.
/// Implements "Scoring, exactly" in docs/checklist-format.md; owns no state.
class Scorer
{
public:
    /// Scores `answers` against `checklist`, with a trace for every status. Never fails: a rule
    /// that cannot be evaluated makes what depends on it undetermined and adds a note.
    static Assessment assess(const Checklist& checklist, const AnswerSet& answers);
};

} // namespace lantern
