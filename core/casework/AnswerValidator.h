// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "util/Result.h"

#include <QString>

namespace lantern {

/// Checks one answer against its question before it is saved: the question exists, a value goes
/// only with the "answered" state and has the question's type (yes/no: a boolean; single: one of
/// its option ids; multi: distinct option ids; text: text; number: a finite number within
/// min/max; date: YYYY-MM-DD), and its constraint rule holds over the other answers given.
class AnswerValidator
{
public:
    /// Nothing when `answer` may be saved for `questionId`; otherwise what is wrong with it.
    static Result<void> check(const Checklist& checklist, const QString& questionId, const Answer& answer,
        const AnswerSet& current);
};

} // namespace lantern
