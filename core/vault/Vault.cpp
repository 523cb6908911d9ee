// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Vault.h"

#include "vault/Sodium.h"

#include <sodium.h>

namespace lantern {
namespace {

constexpr qsizetype kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;

// Binds the wrapped key to this format, so a key wrapped for another purpose or version never unwraps.
constexpr QByteArrayView kWrapLabelV1("lantern-vault-v1");

static_assert(VaultRecord::kCurrentVersion == 1, "give the new version its own wrap label");
static_assert(kKeyBytes >= qsizetype(crypto_pwhash_BYTES_MIN));

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

Result<void> checkPassphrase(const SecureBytes& passphrase)
{
    if (auto ready = ensureSodium(); !ready)
        return ready;
    if (passphrase.isEmpty())
        return vault_error::emptyPassphrase();
    return {};
}

// The key-encryption key: Argon2id(passphrase, salt). Lives only in secure memory.
Result<SecureBytes> deriveKek(const SecureBytes& passphrase, const QByteArray& salt, const KdfParams& params)
{
    Result<SecureBytes> kek = SecureBytes::allocate(kKeyBytes);
    if (!kek)
        return kek;
    // Parameters are validated before this, so failure means the memory could not be allocated.
    if (crypto_pwhash(kek->data(), static_cast<unsigned long long>(kKeyBytes),
            reinterpret_cast<const char*>(passphrase.data()),
            static_cast<unsigned long long>(passphrase.size()), bytes(salt), params.opsLimit,
            static_cast<size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return vault_error::outOfMemory();
    return kek;
}

// A record holding `dataKey` wrapped under a key derived from `passphrase` with a fresh salt.
Result<VaultRecord> wrapKey(
    const SecureBytes& dataKey, const SecureBytes& passphrase, const KdfParams& params)
{
    if (auto valid = params.validate(); !valid)
        return valid.error();
    VaultRecord record;
    record.kdf = params;
    record.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(record.salt.data(), crypto_pwhash_SALTBYTES);
    record.wrapNonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(record.wrapNonce.data(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

    Result<SecureBytes> kek = deriveKek(passphrase, record.salt, params);
    if (!kek)
        return kek.error();
    record.wrappedKey.resize(kKeyBytes + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(record.wrappedKey.data()),
        nullptr, dataKey.data(), static_cast<unsigned long long>(dataKey.size()),
        reinterpret_cast<const unsigned char*>(kWrapLabelV1.data()),
        static_cast<unsigned long long>(kWrapLabelV1.size()), nullptr, bytes(record.wrapNonce), kek->data());
    kek->wipe(); // explicit: the KEK is not needed a moment longer
    return record;
}

// The data key from `record`, decrypted straight into secure memory.
Result<SecureBytes> unwrapKey(const VaultRecord& record, const SecureBytes& passphrase)
{
    if (auto usable = checkPassphrase(passphrase); !usable)
        return usable.error();
    if (auto valid = record.validate(); !valid)
        return valid.error();
    Result<SecureBytes> kek = deriveKek(passphrase, record.salt, record.kdf);
    if (!kek)
        return kek;
    Result<SecureBytes> dataKey = SecureBytes::allocate(kKeyBytes);
    if (!dataKey)
        return dataKey;
    const int failed = crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey->data(), nullptr, nullptr,
        bytes(record.wrappedKey), static_cast<unsigned long long>(record.wrappedKey.size()),
        reinterpret_cast<const unsigned char*>(kWrapLabelV1.data()),
        static_cast<unsigned long long>(kWrapLabelV1.size()), bytes(record.wrapNonce), kek->data());
    kek->wipe();
    // A wrong passphrase and an altered record look the same to the AEAD; say the likely one.
    if (failed != 0)
        return vault_error::wrongPassphrase();
    return dataKey;
}

} // namespace

Result<std::pair<VaultRecord, Sealer>> Vault::create(const SecureBytes& passphrase, const KdfParams& params)
{
    if (auto usable = checkPassphrase(passphrase); !usable)
        return usable.error();
    Result<SecureBytes> dataKey = SecureBytes::allocate(kKeyBytes);
    if (!dataKey)
        return dataKey.error();
    crypto_aead_xchacha20poly1305_ietf_keygen(dataKey->data());
    Result<VaultRecord> record = wrapKey(*dataKey, passphrase, params);
    if (!record)
        return record.error();
    return std::pair { std::move(record).value(), Sealer(std::move(dataKey).value()) };
}

Result<Sealer> Vault::unlock(const VaultRecord& record, const SecureBytes& passphrase)
{
    Result<SecureBytes> dataKey = unwrapKey(record, passphrase);
    if (!dataKey)
        return dataKey.error();
    return Sealer(std::move(dataKey).value());
}

Result<VaultRecord> Vault::rewrap(const VaultRecord& record, const SecureBytes& oldPassphrase,
    const SecureBytes& newPassphrase, const KdfParams& newParams)
{
    if (auto usable = checkPassphrase(newPassphrase); !usable)
        return usable.error();
    Result<SecureBytes> dataKey = unwrapKey(record, oldPassphrase);
    if (!dataKey)
        return dataKey.error();
    return wrapKey(*dataKey, newPassphrase, newParams);
}

} // namespace lantern
