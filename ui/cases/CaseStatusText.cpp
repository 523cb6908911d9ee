// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/CaseStatusText.h"

#include <QCoreApplication>

namespace lantern {

QString CaseStatusText::statusName(CaseStatus status)
{
    return caseStatusInWords(status);
}

QList<CaseStatus> CaseStatusText::allStatuses()
{
    return { CaseStatus::Open, CaseStatus::Assessed, CaseStatus::Referred, CaseStatus::Closed };
}

QString CaseStatusText::outcomeWords(const std::optional<int>& level, const QString& title)
{
    if (!level)
        return QCoreApplication::translate("CaseStatus", "Not assessed yet");
    if (title.isEmpty())
        return QCoreApplication::translate("CaseStatus", "Outcome level %1").arg(*level);
    return title;
}

QColor CaseStatusText::outcomeColour(const std::optional<int>& level)
{
    if (!level)
        return {};
    switch (*level) {
    case 0:
        return QColor(0x71, 0x80, 0x96); // grey: nothing found yet
    case 1:
        return QColor(0xd6, 0x9e, 0x2e); // amber
    case 2:
        return QColor(0xdd, 0x6b, 0x20); // orange
    default:
        return QColor(0xc5, 0x30, 0x30); // red: refer for formal identification
    }
}

} // namespace lantern
