// SPDX-License-Identifier: GPL-3.0-or-later
// Sealing one typical answer (200 bytes) against copying it with memcpy: the baseline shows what
// the encryption adds per stored value. Compare the rows of one run; absolute times are not gated.
#include "vault/Sealer.h"
#include "vault/Vault.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <cstring>
#include <QByteArray>

namespace {

using lantern::Sealer;

constexpr qsizetype kAnswerBytes = 200;

Sealer benchSealer()
{
    // Without a key there is nothing meaningful to measure.
    auto passphrase = lantern::SecureBytes::fromPassphrase(QStringLiteral("benchmark passphrase"));
    if (!passphrase)
        std::abort();
    auto created = lantern::Vault::create(*passphrase, lantern::KdfParams::minimal());
    if (!created)
        std::abort();
    return created->second;
}

const QByteArray& answer()
{
    static const QByteArray text(kAnswerBytes, 'a');
    return text;
}

const QByteArray& rowIdentity()
{
    static const QByteArray identity = Sealer::rowIdentity("answers", "0f8e2c4b9a7d", "value");
    return identity;
}

void BM_MemcpyBaseline(benchmark::State& state)
{
    for (auto _ : state) {
        QByteArray copy(kAnswerBytes, Qt::Uninitialized);
        std::memcpy(copy.data(), answer().constData(), static_cast<size_t>(kAnswerBytes));
        benchmark::DoNotOptimize(copy);
    }
    state.SetBytesProcessed(state.iterations() * kAnswerBytes);
}
BENCHMARK(BM_MemcpyBaseline);

void BM_Seal200(benchmark::State& state)
{
    const Sealer sealer = benchSealer();
    for (auto _ : state) {
        auto sealed = sealer.seal(answer(), rowIdentity());
        benchmark::DoNotOptimize(sealed);
    }
    state.SetBytesProcessed(state.iterations() * kAnswerBytes);
}
BENCHMARK(BM_Seal200);

void BM_Open200(benchmark::State& state)
{
    const Sealer sealer = benchSealer();
    const QByteArray sealed = sealer.seal(answer(), rowIdentity()).value();
    for (auto _ : state) {
        auto opened = sealer.open(sealed, rowIdentity());
        benchmark::DoNotOptimize(opened);
    }
    state.SetBytesProcessed(state.iterations() * kAnswerBytes);
}
BENCHMARK(BM_Open200);

} // namespace

BENCHMARK_MAIN();
