// SPDX-License-Identifier: GPL-3.0-or-later
// Vault::calibrate: finds Argon2id parameters that cost about the target time on this machine.
#include "vault/Sodium.h"
#include "vault/Vault.h"

#include <algorithm>
#include <array>
#include <sodium.h>

namespace lantern {
namespace {

using Seconds = std::chrono::duration<double>;

constexpr quint64 kMiB = 1024 * 1024;
constexpr quint64 kPreferredOps = 3;
constexpr quint64 kSlowMachineOps = 2;
constexpr int kMaxSteps = 8;

quint64 clampMemory(double bytes)
{
    const double bounded
        = std::clamp(bytes, double(Vault::kCalibrationMinMemory), double(Vault::kCalibrationMaxMemory));
    return static_cast<quint64>(bounded) / kMiB * kMiB; // whole MiB keep stored values readable
}

// Hashes a throwaway password; nothing secret is involved.
std::optional<std::chrono::nanoseconds> timeRealHash(const KdfParams& params)
{
    if (!ensureSodium())
        return std::nullopt;
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt {};
    randombytes_buf(salt.data(), salt.size());
    std::array<unsigned char, 32> out {};
    static constexpr char kPassword[] = "lantern-calibration";
    const auto start = std::chrono::steady_clock::now();
    const int failed = crypto_pwhash(out.data(), out.size(), kPassword, sizeof kPassword - 1, salt.data(),
        params.opsLimit, static_cast<size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    if (failed != 0)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed);
}

} // namespace

KdfParams Vault::calibrate(std::chrono::milliseconds target)
{
    return calibrate(target, timeRealHash);
}

KdfParams Vault::calibrate(std::chrono::milliseconds target, const KdfTimer& timeHash)
{
    const double goal = Seconds(target).count();
    KdfParams params { kPreferredOps, kCalibrationMinMemory, KdfAlgorithm::Argon2id13 };
    const std::optional<std::chrono::nanoseconds> first = timeHash(params);
    if (!first)
        return params;
    double took = Seconds(*first).count();
    if (took > goal) {
        // Even the smallest memory is too slow: one pass fewer is the only cheaper safe setting.
        params.opsLimit = kSlowMachineOps;
        return params;
    }

    // Argon2id's time grows linearly with memory: jump towards the goal (at most 4x a step, so a
    // noisy first measurement cannot overshoot wildly), re-measuring each time.
    for (int step = 0; step < kMaxSteps && took < goal * 0.9 && params.memLimit < kCalibrationMaxMemory;
         ++step) {
        const double ratio = took > 0 ? std::min(4.0, goal / took) : 4.0;
        KdfParams trial = params;
        trial.memLimit = std::max(clampMemory(double(params.memLimit) * ratio),
            std::min(params.memLimit + kMiB, kCalibrationMaxMemory));
        const std::optional<std::chrono::nanoseconds> measured = timeHash(trial);
        if (!measured)
            break; // not enough memory: keep the largest setting that worked
        params = trial;
        took = Seconds(*measured).count();
    }
    if (took > goal * 1.1)
        params.memLimit = clampMemory(double(params.memLimit) * goal / took);
    return params;
}

} // namespace lantern
