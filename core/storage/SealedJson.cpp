// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SealedJson.h"

#include "vault/Sodium.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace lantern {

namespace {

QByteArrayView bytesOf(QLatin1StringView name)
{
    return QByteArrayView(name.data(), name.size());
}

} // namespace

QByteArray SealedSlot::associatedData() const
{
    return Sealer::rowIdentity(bytesOf(table), rowId.toUtf8(), bytesOf(column));
}

Result<QByteArray> sealJson(const Sealer& sealer, const QJsonObject& object, const SealedSlot& slot)
{
    return sealer.seal(QJsonDocument(object).toJson(QJsonDocument::Compact), slot.associatedData());
}

Result<QJsonObject> openJson(const Sealer& sealer, const QByteArray& sealed, const SealedSlot& slot)
{
    auto plain = sealer.open(sealed, slot.associatedData());
    if (!plain)
        return plain.error();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(*plain, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return vault_error::integrity();
    return document.object();
}

} // namespace lantern
