// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "vault/KdfParams.h"

#include <QByteArray>
#include <QJsonObject>

namespace lantern {

/// What the store keeps in clear to unlock a database later: the KDF salt and parameters and the
/// data key wrapped (XChaCha20-Poly1305) under the passphrase-derived key. Holds no secret in clear.
struct VaultRecord
{
    static constexpr int kCurrentVersion = 1;

    QByteArray salt; ///< crypto_pwhash_SALTBYTES random bytes
    KdfParams kdf;
    QByteArray wrappedKey; ///< encrypted data key + tag
    QByteArray wrapNonce; ///< XChaCha20 nonce used for wrappedKey
    int version = kCurrentVersion;

    /// Ok when version, sizes and KDF parameters are plausible; else "the database's key settings are
    /// damaged".
    Result<void> validate() const;

    /// {"version": 1, "kdf": {...}, "salt": B64, "wrapNonce": B64, "wrappedKey": B64}
    QJsonObject toJson() const;
    /// Reads and validates what toJson() wrote; anything else is "the database's key settings are damaged".
    static Result<VaultRecord> fromJson(const QJsonObject& object);

    friend bool operator==(const VaultRecord&, const VaultRecord&) = default;
};

} // namespace lantern
