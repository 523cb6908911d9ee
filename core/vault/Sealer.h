// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "vault/SecureBytes.h"

#include <memory>
#include <QByteArray>
#include <QByteArrayView>

namespace lantern {

/// Seals and opens pieces of case content with the database's data key (XChaCha20-Poly1305).
/// Copies share one key in secure memory; lock() wipes it for every copy. Safe to use from
/// several threads at once. A default-constructed Sealer is locked.
class Sealer
{
public:
    /// First byte of an encrypted value: format version 1.
    static constexpr char kEncryptedFormat = 0x01;
    /// First byte of a value from an unencrypted (training) database.
    static constexpr char kPlainFormat = 0x50;
    /// Bytes an encrypted value adds to its plaintext: format byte, 24-byte nonce, 16-byte tag.
    static constexpr qsizetype kEncryptedOverhead = 1 + 24 + 16;

    Sealer();

    /// A sealer for an explicitly unencrypted training database: values are framed, not encrypted,
    /// and associated data is not checked (there is no key to authenticate it with).
    static Sealer plain();

    /// The associated data naming one stored value: unambiguous (length-prefixed) bytes for
    /// table, row id and column, so a sealed value moved to another row or column fails to open.
    static QByteArray rowIdentity(QByteArrayView table, QByteArrayView rowId, QByteArrayView column);

    /// False for plain() sealers.
    bool encrypts() const;
    /// True after lock() (or for a default-constructed Sealer).
    bool isLocked() const;
    /// Wipes the data key for this Sealer and every copy; seal() and open() then fail.
    void lock();

    /// Format byte + random nonce + ciphertext and tag. `associatedData` is authenticated, not stored.
    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView associatedData) const;
    /// The plaintext, or "stored data failed its integrity check (tampered or damaged)" when the value
    /// was altered, truncated, sealed for other associated data or in the other format.
    Result<QByteArray> open(QByteArrayView sealed, QByteArrayView associatedData) const;

private:
    friend class Vault;
    struct State;

    /// An encrypting sealer owning `dataKey` (crypto_aead_xchacha20poly1305_ietf_KEYBYTES bytes).
    explicit Sealer(SecureBytes dataKey);

    std::shared_ptr<State> m_state;
};

} // namespace lantern
