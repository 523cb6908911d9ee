// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Sealer.h"

#include "vault/Sodium.h"

#include <mutex>
#include <QtEndian>
#include <QVarLengthArray>
#include <shared_mutex>
#include <sodium.h>

namespace lantern {

static_assert(Sealer::kEncryptedOverhead
    == qsizetype(
        1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES));

struct Sealer::State
{
    mutable std::shared_mutex mutex; // lock() must not wipe the key under a running seal/open
    SecureBytes key; // empty for plain sealers and once locked
    bool encrypts = true;
    bool locked = true;
};

namespace {

constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

// The format byte is authenticated with the caller's associated data, so a value cannot be
// relabelled as another format version.
QVarLengthArray<unsigned char, 256> fullAssociatedData(char format, QByteArrayView associatedData)
{
    QVarLengthArray<unsigned char, 256> full;
    full.append(static_cast<unsigned char>(format));
    full.append(bytes(associatedData), associatedData.size());
    return full;
}

} // namespace

Sealer::Sealer()
    : m_state(std::make_shared<State>())
{
}

Sealer::Sealer(SecureBytes dataKey)
    : m_state(std::make_shared<State>())
{
    m_state->key = std::move(dataKey);
    m_state->locked = false;
}

Sealer Sealer::plain()
{
    Sealer sealer;
    sealer.m_state->encrypts = false;
    sealer.m_state->locked = false;
    return sealer;
}

QByteArray Sealer::rowIdentity(QByteArrayView table, QByteArrayView rowId, QByteArrayView column)
{
    QByteArray identity;
    identity.reserve(12 + table.size() + rowId.size() + column.size());
    for (QByteArrayView part : { table, rowId, column }) {
        char length[4];
        qToBigEndian(static_cast<quint32>(part.size()), length);
        identity.append(length, 4).append(part);
    }
    return identity;
}

bool Sealer::encrypts() const
{
    return m_state->encrypts;
}

bool Sealer::isLocked() const
{
    std::shared_lock guard(m_state->mutex);
    return m_state->locked;
}

void Sealer::lock()
{
    std::unique_lock guard(m_state->mutex);
    m_state->key.wipe();
    m_state->locked = true;
}

Result<QByteArray> Sealer::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    std::shared_lock guard(m_state->mutex);
    if (m_state->locked)
        return vault_error::locked();
    if (!m_state->encrypts) {
        QByteArray framed;
        framed.reserve(1 + plaintext.size());
        framed.append(kPlainFormat).append(plaintext);
        return framed;
    }

    QByteArray sealed(kEncryptedOverhead + plaintext.size(), Qt::Uninitialized);
    sealed[0] = kEncryptedFormat;
    unsigned char* nonce = bytes(sealed) + 1;
    randombytes_buf(nonce, kNonceBytes);
    const auto ad = fullAssociatedData(kEncryptedFormat, associatedData);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, bytes(plaintext),
        static_cast<unsigned long long>(plaintext.size()), ad.constData(),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce, m_state->key.data());
    Q_ASSERT(written == static_cast<unsigned long long>(plaintext.size() + kTagBytes));
    return sealed;
}

Result<QByteArray> Sealer::open(QByteArrayView sealed, QByteArrayView associatedData) const
{
    std::shared_lock guard(m_state->mutex);
    if (m_state->locked)
        return vault_error::locked();
    if (!m_state->encrypts) {
        if (sealed.isEmpty() || sealed.front() != kPlainFormat)
            return vault_error::integrity();
        return sealed.sliced(1).toByteArray();
    }

    if (sealed.size() < kEncryptedOverhead || sealed.front() != kEncryptedFormat)
        return vault_error::integrity();
    const unsigned char* nonce = bytes(sealed) + 1;
    const unsigned char* ciphertext = nonce + kNonceBytes;
    const qsizetype ciphertextSize = sealed.size() - 1 - kNonceBytes;
    const auto ad = fullAssociatedData(kEncryptedFormat, associatedData);

    QByteArray plaintext(ciphertextSize - kTagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plaintext), &written, nullptr, ciphertext,
            static_cast<unsigned long long>(ciphertextSize), ad.constData(),
            static_cast<unsigned long long>(ad.size()), nonce, m_state->key.data())
        != 0)
        return vault_error::integrity();
    return plaintext;
}

} // namespace lantern
