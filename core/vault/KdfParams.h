// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonObject>

namespace lantern {

/// The password hash that turns a passphrase into the key-encryption key.
enum class KdfAlgorithm { Argon2id13 };

/// Argon2id cost parameters. Stored in clear next to the salt: they are not secret, but a tampered
/// file must not be able to make unlocking allocate absurd memory or spin forever.
struct KdfParams
{
    quint64 opsLimit = 0; ///< Argon2 passes (libsodium's opslimit)
    quint64 memLimit = 0; ///< bytes of memory the hash uses
    KdfAlgorithm algorithm = KdfAlgorithm::Argon2id13;

    static constexpr quint64 kMinOps = 1;
    static constexpr quint64 kMaxOps = 100;
    static constexpr quint64 kMinMem = 8 * 1024; // crypto_pwhash_argon2id_MEMLIMIT_MIN
    static constexpr quint64 kMaxMem = quint64(4) * 1024 * 1024 * 1024;

    /// The cheapest parameters libsodium accepts; for tests and throwaway data only.
    static KdfParams minimal() { return { kMinOps, kMinMem, KdfAlgorithm::Argon2id13 }; }

    /// Ok when every value is within sane bounds; otherwise "the database's key settings are damaged".
    Result<void> validate() const;

    /// {"algorithm": "argon2id13", "opsLimit": N, "memLimit": BYTES}
    QJsonObject toJson() const;
    /// Reads and validates what toJson() wrote; anything else is "the database's key settings are damaged".
    static Result<KdfParams> fromJson(const QJsonObject& object);

    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

} // namespace lantern
