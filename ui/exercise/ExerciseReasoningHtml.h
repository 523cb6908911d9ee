// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercise/ExerciseComparison.h"

#include <QCoreApplication>
#include <QString>

namespace lantern {

/// The reasoning of a comparison as rich text for the view: the overall sentences, then per
/// profile each element's sentences (anchored as ExerciseElementTree::anchorFor), the outcome,
/// and the answers that differ.
class ExerciseReasoningHtml
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseReasoningHtml)

public:
    ExerciseReasoningHtml() = delete;

    static QString render(const ExerciseComparison& comparison);
};

} // namespace lantern
