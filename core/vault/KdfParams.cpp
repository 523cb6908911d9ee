// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/KdfParams.h"

#include "vault/Sodium.h"

#include <cmath>
#include <optional>
#include <QJsonValue>
#include <QLatin1StringView>
#include <sodium.h>

namespace lantern {
namespace {

constexpr QLatin1StringView kAlgorithmKey("algorithm");
constexpr QLatin1StringView kOpsKey("opsLimit");
constexpr QLatin1StringView kMemKey("memLimit");
constexpr QLatin1StringView kArgon2id13("argon2id13");

static_assert(KdfParams::kMinMem == crypto_pwhash_argon2id_MEMLIMIT_MIN);
static_assert(KdfParams::kMinOps >= crypto_pwhash_argon2id_OPSLIMIT_MIN);

// JSON numbers are doubles; accept only exact integers in [min, max] (both well below 2^53).
std::optional<quint64> integerField(
    const QJsonObject& object, QLatin1StringView key, quint64 min, quint64 max)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < static_cast<double>(min)
        || number > static_cast<double>(max))
        return std::nullopt;
    return static_cast<quint64>(number);
}

} // namespace

Result<void> KdfParams::validate() const
{
    if (algorithm != KdfAlgorithm::Argon2id13 || opsLimit < kMinOps || opsLimit > kMaxOps
        || memLimit < kMinMem || memLimit > kMaxMem)
        return vault_error::damagedSettings();
    return {};
}

QJsonObject KdfParams::toJson() const
{
    QJsonObject object;
    object.insert(kAlgorithmKey, QString(kArgon2id13));
    object.insert(kOpsKey, static_cast<double>(opsLimit));
    object.insert(kMemKey, static_cast<double>(memLimit));
    return object;
}

Result<KdfParams> KdfParams::fromJson(const QJsonObject& object)
{
    if (object.value(kAlgorithmKey).toString() != kArgon2id13)
        return vault_error::damagedSettings();
    const std::optional<quint64> ops = integerField(object, kOpsKey, kMinOps, kMaxOps);
    const std::optional<quint64> mem = integerField(object, kMemKey, kMinMem, kMaxMem);
    if (!ops || !mem)
        return vault_error::damagedSettings();
    return KdfParams { *ops, *mem, KdfAlgorithm::Argon2id13 };
}

} // namespace lantern
