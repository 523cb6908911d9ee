// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "vault/KdfParams.h"
#include "vault/Sealer.h"
#include "vault/SecureBytes.h"
#include "vault/VaultRecord.h"

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace lantern {

/// Creates, unlocks and re-keys a database's vault: a random data key wrapped under a key derived
/// from the passphrase with Argon2id. Pure cryptography; the store persists the VaultRecord.
class Vault
{
public:
    Vault() = delete;

    /// Times one Argon2id hash with the given parameters; std::nullopt when it could not run
    /// (e.g. not enough memory). Injectable so calibration logic is testable without waiting.
    using KdfTimer = std::function<std::optional<std::chrono::nanoseconds>(const KdfParams&)>;

    static constexpr quint64 kCalibrationMinMemory = quint64(8) * 1024 * 1024;
    static constexpr quint64 kCalibrationMaxMemory = quint64(256) * 1024 * 1024;

    /// Argon2id parameters that take about `target` on this machine (8–256 MiB, 2–3 passes).
    static KdfParams calibrate(std::chrono::milliseconds target = std::chrono::milliseconds(500));
    /// As above, measuring with `timeHash` instead of the real hash.
    static KdfParams calibrate(std::chrono::milliseconds target, const KdfTimer& timeHash);

    /// A new vault: a random data key wrapped under `passphrase`, and a Sealer holding that key.
    static Result<std::pair<VaultRecord, Sealer>> create(
        const SecureBytes& passphrase, const KdfParams& params);

    /// The Sealer for `record`. "wrong passphrase" for a wrong passphrase or an altered salt,
    /// parameters or wrapped key (indistinguishable by design); "the database's key settings are
    /// damaged" for a record that is malformed or out of bounds.
    static Result<Sealer> unlock(const VaultRecord& record, const SecureBytes& passphrase);

    /// The record re-wrapped for `newPassphrase` with a fresh salt and `newParams`. The data key
    /// is unchanged, so everything already sealed still opens.
    static Result<VaultRecord> rewrap(const VaultRecord& record, const SecureBytes& oldPassphrase,
        const SecureBytes& newPassphrase, const KdfParams& newParams);
};

} // namespace lantern
