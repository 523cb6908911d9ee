// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"

#include <optional>
#include <QColor>
#include <QList>
#include <QString>

namespace lantern {

/// Words and colours the case views use for statuses and outcome levels.
class CaseStatusText
{
public:
    CaseStatusText() = delete;

    /// "Open", "Assessed", "Referred", "Closed" (translated).
    static QString statusName(CaseStatus status);
    static QList<CaseStatus> allStatuses();
    /// The outcome in words: the checklist's title, or "Not assessed yet".
    static QString outcomeWords(const std::optional<int>& level, const QString& title);
    /// A colour per outcome level (grey, amber, orange, red); invalid when not assessed.
    /// Always shown together with outcomeWords(), never alone.
    static QColor outcomeColour(const std::optional<int>& level);
};

} // namespace lantern
