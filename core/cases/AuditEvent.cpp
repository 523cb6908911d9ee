// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/AuditEvent.h"

#include <array>
#include <QLatin1StringView>

namespace lantern {

namespace {

constexpr std::array<QLatin1StringView, 9> kKindNames = {
    QLatin1StringView("created"),
    QLatin1StringView("answered"),
    QLatin1StringView("changed"),
    QLatin1StringView("note_edited"),
    QLatin1StringView("status_changed"),
    QLatin1StringView("exported"),
    QLatin1StringView("unlocked"),
    QLatin1StringView("locked"),
    QLatin1StringView("passphrase_changed"),
};

} // namespace

QString toString(AuditKind kind)
{
    return QString(kKindNames.at(static_cast<std::size_t>(kind)));
}

std::optional<AuditKind> auditKindFromString(const QString& name)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (name == kKindNames[i])
            return static_cast<AuditKind>(i);
    }
    return std::nullopt;
}

} // namespace lantern
