// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultRecord.h"

#include "vault/Sodium.h"

#include <optional>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <sodium.h>

namespace lantern {
namespace {

constexpr QLatin1StringView kVersionKey("version");
constexpr QLatin1StringView kKdfKey("kdf");
constexpr QLatin1StringView kSaltKey("salt");
constexpr QLatin1StringView kNonceKey("wrapNonce");
constexpr QLatin1StringView kWrappedKey("wrappedKey");

constexpr qsizetype kDataKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;

QString toBase64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Strict: a field with stray characters is damage, not something to guess around.
std::optional<QByteArray> fromBase64(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace

Result<void> VaultRecord::validate() const
{
    if (version != kCurrentVersion || salt.size() != qsizetype(crypto_pwhash_SALTBYTES)
        || wrapNonce.size() != qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        || wrappedKey.size() != kDataKeyBytes + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return vault_error::damagedSettings();
    return kdf.validate();
}

QJsonObject VaultRecord::toJson() const
{
    QJsonObject object;
    object.insert(kVersionKey, version);
    object.insert(kKdfKey, kdf.toJson());
    object.insert(kSaltKey, toBase64(salt));
    object.insert(kNonceKey, toBase64(wrapNonce));
    object.insert(kWrappedKey, toBase64(wrappedKey));
    return object;
}

Result<VaultRecord> VaultRecord::fromJson(const QJsonObject& object)
{
    const QJsonValue versionValue = object.value(kVersionKey);
    if (!versionValue.isDouble() || versionValue.toDouble() != kCurrentVersion
        || !object.value(kKdfKey).isObject())
        return vault_error::damagedSettings();
    Result<KdfParams> kdf = KdfParams::fromJson(object.value(kKdfKey).toObject());
    if (!kdf)
        return kdf.error();
    const std::optional<QByteArray> salt = fromBase64(object.value(kSaltKey));
    const std::optional<QByteArray> nonce = fromBase64(object.value(kNonceKey));
    const std::optional<QByteArray> wrapped = fromBase64(object.value(kWrappedKey));
    if (!salt || !nonce || !wrapped)
        return vault_error::damagedSettings();

    VaultRecord record { *salt, *kdf, *wrapped, *nonce, kCurrentVersion };
    if (auto valid = record.validate(); !valid)
        return valid.error();
    return record;
}

} // namespace lantern
