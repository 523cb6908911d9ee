// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "vault/Sealer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

namespace lantern {

/// Where a sealed value lives: its table, row identity and column. Sealed under these as
/// associated data, a value copied to another row or column fails to open.
struct SealedSlot
{
    QLatin1StringView table;
    QString rowId;
    QLatin1StringView column;

    QByteArray associatedData() const;
};

/// `object` as compact JSON, sealed for `slot`.
Result<QByteArray> sealJson(const Sealer& sealer, const QJsonObject& object, const SealedSlot& slot);

/// The JSON object sealed for `slot`; the Sealer's integrity error when the bytes were altered
/// or moved, never the altered content.
Result<QJsonObject> openJson(const Sealer& sealer, const QByteArray& sealed, const SealedSlot& slot);

} // namespace lantern
