// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace lantern {

Result<void> ensureSodium()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    // sodium_init() returns 0 on first success, 1 when already initialised, -1 on failure.
    static const bool initialised = sodium_init() >= 0;
    if (!initialised)
        return Error { QCoreApplication::translate(
            "lantern::Sodium", "the encryption library could not be started") };
    return {};
}

namespace vault_error {

Error wrongPassphrase()
{
    return Error { QCoreApplication::translate("lantern::Sodium", "wrong passphrase") };
}

Error emptyPassphrase()
{
    return Error { QCoreApplication::translate("lantern::Sodium", "the passphrase is empty") };
}

Error damagedSettings()
{
    return Error { QCoreApplication::translate(
        "lantern::Sodium", "the database's key settings are damaged") };
}

Error locked()
{
    return Error { QCoreApplication::translate("lantern::Sodium", "the database is locked") };
}

Error integrity()
{
    return Error { QCoreApplication::translate(
        "lantern::Sodium", "stored data failed its integrity check (tampered or damaged)") };
}

Error outOfMemory()
{
    return Error { QCoreApplication::translate("lantern::Sodium",
        "there is not enough memory for the database's encryption; close other programs and try again") };
}

} // namespace vault_error
} // namespace lantern
