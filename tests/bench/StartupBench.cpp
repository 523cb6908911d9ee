// SPDX-License-Identifier: GPL-3.0-or-later
// GUI cold start to the main window shown, as fresh processes on the offscreen platform:
// `lantern` on a first run (start page) and with an existing database (unlock page), against an
// empty QMainWindow program built the same way. Budget (DESIGN.md): lantern <= 3x the baseline.
#include "storage/CaseStore.h"
#include "vault/SecureBytes.h"
#include "vault/Vault.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

namespace {

// Each run gets its own home, so no settings or last database leak between runs.
void runToShown(benchmark::State& state, const QString& program, const QStringList& arguments)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANTERN_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path()); // private (0700), silences Qt's warning
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        state.ResumeTiming();
        process.start(program, arguments);
        const bool finished = process.waitForFinished(30000);
        state.PauseTiming();
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            state.SkipWithError("the program did not start and quit cleanly");
        state.ResumeTiming();
    }
}

// One small encrypted database for the unlock-page run (cheap KDF: the KDF is not part of startup).
QString sampleDatabase()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("bench.lantern"));
        auto passphrase = lantern::SecureBytes::fromPassphrase(QStringLiteral("bench-passphrase-fictional"));
        auto vault = lantern::Vault::create(passphrase.value(), lantern::KdfParams::minimal());
        auto store = lantern::CaseStore::create(file, vault->first, std::move(vault->second));
        return store.ok() ? file : QString();
    }();
    return path;
}

void BM_EmptyQMainWindow(benchmark::State& state)
{
    runToShown(state, QStringLiteral(LANTERN_EMPTY_WINDOW), {});
}

void BM_LanternFirstRun(benchmark::State& state)
{
    runToShown(state, QStringLiteral(LANTERN_GUI), {});
}

void BM_LanternUnlockScreen(benchmark::State& state)
{
    const QString database = sampleDatabase();
    if (database.isEmpty()) {
        state.SkipWithError("could not create the sample database");
        return;
    }
    runToShown(state, QStringLiteral(LANTERN_GUI), { QStringLiteral("--database"), database });
}

} // namespace

BENCHMARK(BM_EmptyQMainWindow)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(15);
BENCHMARK(BM_LanternFirstRun)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(15);
BENCHMARK(BM_LanternUnlockScreen)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(15);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
