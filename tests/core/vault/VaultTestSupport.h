// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestData.h"
#include "vault/KdfParams.h"
#include "vault/SecureBytes.h"

#include <gtest/gtest.h>
#include <QString>

namespace lantern::test {

/// The messages users see; the tests pin them exactly.
inline const QString kWrongPassphrase = QStringLiteral("wrong passphrase");
inline const QString kEmptyPassphrase = QStringLiteral("the passphrase is empty");
inline const QString kDamagedSettings = QStringLiteral("the database's key settings are damaged");
inline const QString kLocked = QStringLiteral("the database is locked");
inline const QString kIntegrity
    = QStringLiteral("stored data failed its integrity check (tampered or damaged)");

/// A passphrase in secure memory; fails the test if it cannot be allocated.
inline SecureBytes passphrase(const QString& text)
{
    Result<SecureBytes> bytes = SecureBytes::fromPassphrase(text);
    EXPECT_TRUE(bytes.ok());
    return bytes ? std::move(bytes).value() : SecureBytes();
}

/// libsodium's cheapest Argon2id settings, so the suite stays fast.
inline KdfParams fastParams()
{
    return KdfParams::minimal();
}

/// `bytes` with bit `bit` (0 = lowest bit of the first byte) inverted.
inline QByteArray flipBit(QByteArray bytes, qsizetype bit)
{
    bytes[bit / 8] = static_cast<char>(bytes[bit / 8] ^ (1 << (bit % 8)));
    return bytes;
}

} // namespace lantern::test
