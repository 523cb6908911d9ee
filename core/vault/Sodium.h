// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

namespace lantern {

/// Initialises libsodium once per process (thread-safe); every vault entry point calls it first.
Result<void> ensureSodium();

/// The messages the vault reports; the UI shows them as they are, so tests compare them exactly.
namespace vault_error {
Error wrongPassphrase(); ///< "wrong passphrase"
Error emptyPassphrase(); ///< "the passphrase is empty"
Error damagedSettings(); ///< "the database's key settings are damaged"
Error locked(); ///< "the database is locked"
Error integrity(); ///< "stored data failed its integrity check (tampered or damaged)"
Error outOfMemory(); ///< not enough (secure) memory for a key or the key derivation
} // namespace vault_error

} // namespace lantern
