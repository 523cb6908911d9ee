// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/SecureBytes.h"

#include "vault/Sodium.h"

#include <cstring>
#include <QByteArray>
#include <sodium.h>
#include <utility>

namespace lantern {

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

Result<SecureBytes> SecureBytes::allocate(qsizetype size)
{
    if (auto ready = ensureSodium(); !ready)
        return ready.error();
    SecureBytes bytes;
    if (size <= 0)
        return bytes;
    // sodium_malloc places the buffer against a guard page and mlocks it (best effort).
    void* memory = sodium_malloc(static_cast<size_t>(size));
    if (memory == nullptr)
        return vault_error::outOfMemory();
    bytes.m_data = static_cast<unsigned char*>(memory);
    bytes.m_size = size;
    sodium_memzero(bytes.m_data, static_cast<size_t>(size)); // sodium_malloc fills with 0xdb
    return bytes;
}

Result<SecureBytes> SecureBytes::copyOf(QByteArrayView source)
{
    Result<SecureBytes> bytes = allocate(source.size());
    if (bytes && !source.isEmpty())
        std::memcpy(bytes->data(), source.data(), static_cast<size_t>(source.size()));
    return bytes;
}

Result<SecureBytes> SecureBytes::fromPassphrase(const QString& text)
{
    // NFC so the same passphrase typed on another system (composed vs decomposed accents)
    // derives the same key.
    QString normalised = text.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalised.toUtf8();
    Result<SecureBytes> bytes = copyOf(utf8);
    if (!utf8.isEmpty())
        sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    // When `text` was already normalised, `normalised` shares the caller's buffer: that one is
    // the caller's to clear. Only a copy we own outright is zeroed here.
    if (!normalised.isEmpty() && normalised.isDetached())
        sodium_memzero(normalised.data(), static_cast<size_t>(normalised.size()) * sizeof(QChar));
    return bytes;
}

void SecureBytes::wipe() noexcept
{
    if (m_data != nullptr)
        sodium_free(m_data); // zeroes before unmapping
    m_data = nullptr;
    m_size = 0;
}

QByteArrayView SecureBytes::view() const
{
    return QByteArrayView(m_data, m_size);
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, static_cast<size_t>(m_size)) == 0;
}

} // namespace lantern
