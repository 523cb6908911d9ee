// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Vault.h"
#include "VaultTestSupport.h"

namespace lantern {
namespace {

using namespace std::chrono_literals;

constexpr quint64 kMiB = 1024 * 1024;

// A machine on which Argon2id takes `perMiBPass` for each MiB and pass, as it roughly does.
Vault::KdfTimer linearMachine(std::chrono::nanoseconds perMiBPass, int* calls = nullptr)
{
    return [=](const KdfParams& params) -> std::optional<std::chrono::nanoseconds> {
        if (calls)
            ++*calls;
        return perMiBPass * static_cast<qint64>(params.memLimit / kMiB * params.opsLimit);
    };
}

std::chrono::nanoseconds predictedTime(const KdfParams& params, std::chrono::nanoseconds perMiBPass)
{
    return perMiBPass * static_cast<qint64>(params.memLimit / kMiB * params.opsLimit);
}

TEST(CalibrateTest, LandsNearTheTargetOnATypicalMachine)
{
    int calls = 0;
    const KdfParams params = Vault::calibrate(500ms, linearMachine(1ms, &calls));
    EXPECT_TRUE(params.validate().ok());
    EXPECT_EQ(params.opsLimit, 3u);
    const auto took = predictedTime(params, 1ms);
    EXPECT_GE(took, 450ms);
    EXPECT_LE(took, 550ms);
    EXPECT_LE(calls, 6); // a few measurements, not a sweep
}

TEST(CalibrateTest, OvershootAfterANoisyFirstMeasurementIsScaledBack)
{
    // The first hash looks 10x too fast (cold caches, timer noise), so the 4x jump to 32 MiB
    // overshoots a 200 ms target (384 ms); the result is scaled back along the linear cost.
    const auto noisy = [](const KdfParams& params) -> std::optional<std::chrono::nanoseconds> {
        if (params.memLimit == Vault::kCalibrationMinMemory)
            return 10ms;
        return predictedTime(params, 4ms);
    };
    const KdfParams params = Vault::calibrate(200ms, noisy);
    EXPECT_EQ(params.memLimit, 16 * kMiB);
    EXPECT_EQ(params.opsLimit, 3u);
}

TEST(CalibrateTest, FastMachineStopsAtTheMemoryCap)
{
    const KdfParams params = Vault::calibrate(500ms, linearMachine(0ns));
    EXPECT_EQ(params.memLimit, Vault::kCalibrationMaxMemory);
    EXPECT_EQ(params.opsLimit, 3u);
}

TEST(CalibrateTest, SlowMachineGetsTheFloorWithFewerPasses)
{
    const KdfParams params = Vault::calibrate(500ms, linearMachine(100ms));
    EXPECT_EQ(params.memLimit, Vault::kCalibrationMinMemory);
    EXPECT_EQ(params.opsLimit, 2u);
}

TEST(CalibrateTest, KeepsTheLargestMemoryThatCouldBeAllocated)
{
    const auto tight = [](const KdfParams& params) -> std::optional<std::chrono::nanoseconds> {
        if (params.memLimit > 40 * kMiB)
            return std::nullopt;
        return 100us * static_cast<qint64>(params.memLimit / kMiB);
    };
    const KdfParams params = Vault::calibrate(500ms, tight);
    EXPECT_EQ(params.memLimit, 32 * kMiB);
}

TEST(CalibrateTest, RealHashWithASmallTargetIsQuickAndSane)
{
    const auto start = std::chrono::steady_clock::now();
    const KdfParams params = Vault::calibrate(20ms);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_TRUE(params.validate().ok());
    EXPECT_GE(params.memLimit, Vault::kCalibrationMinMemory);
    EXPECT_LE(params.memLimit, Vault::kCalibrationMaxMemory);
    EXPECT_GE(params.opsLimit, 2u);
    EXPECT_LE(params.opsLimit, 3u);
    EXPECT_LT(elapsed, 5s); // generous: sanitizers and a busy CI machine
}

} // namespace
} // namespace lantern
