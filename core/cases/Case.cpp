// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/Case.h"

#include <array>
#include <QLatin1StringView>

namespace lantern {

namespace {

constexpr std::array<QLatin1StringView, 4> kStatusNames = {
    QLatin1StringView("open"),
    QLatin1StringView("assessed"),
    QLatin1StringView("referred"),
    QLatin1StringView("closed"),
};

} // namespace

QString toString(CaseStatus status)
{
    return QString(kStatusNames.at(static_cast<std::size_t>(status)));
}

QString caseStatusInWords(CaseStatus status, const Catalogue& words)
{
    switch (status) {
    case CaseStatus::Open:
        return words.translate("CaseStatus", "Open");
    case CaseStatus::Assessed:
        return words.translate("CaseStatus", "Assessed");
    case CaseStatus::Referred:
        return words.translate("CaseStatus", "Referred");
    case CaseStatus::Closed:
        return words.translate("CaseStatus", "Closed");
    }
    return {};
}

std::optional<CaseStatus> caseStatusFromString(const QString& name)
{
    for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
        if (name == kStatusNames[i])
            return static_cast<CaseStatus>(i);
    }
    return std::nullopt;
}

QString formatCaseCode(int year, qint64 sequence)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 4, 10, QLatin1Char('0'));
}

} // namespace lantern
