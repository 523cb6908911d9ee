// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

namespace lantern {

/// A move-only buffer for key material and passphrases. The bytes live in sodium_malloc'ed memory
/// (guard pages, canary, mlock'ed where the OS allows) and are zeroed on wipe() and destruction.
/// It never converts to a QByteArray by itself: copying a secret out must be spelled out.
class SecureBytes
{
public:
    /// An empty buffer; allocates nothing.
    SecureBytes() = default;
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    /// A zero-filled secure buffer of `size` bytes (size 0 gives an empty buffer).
    static Result<SecureBytes> allocate(qsizetype size);
    /// A secure copy of `bytes`; the caller remains responsible for wiping the source.
    static Result<SecureBytes> copyOf(QByteArrayView bytes);
    /// A passphrase as NFC-normalised UTF-8 in secure memory; temporaries are zeroed. The caller
    /// should still clear `text` (e.g. the line edit) once done with it.
    static Result<SecureBytes> fromPassphrase(const QString& text);

    /// Zeroes and frees the bytes now; the buffer is empty afterwards.
    void wipe() noexcept;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    /// A non-owning view of the secret, valid until the buffer is wiped, moved from or destroyed.
    QByteArrayView view() const;

    /// Constant-time comparison of contents (sizes are not secret).
    bool equals(const SecureBytes& other) const;

private:
    unsigned char* m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace lantern
