// SPDX-License-Identifier: GPL-3.0-or-later
// Budget (docs/DESIGN): load + validate all bundled checklists <= 3x parsing the same bytes with
// QJsonDocument alone. BM_QJsonDocumentParse is the baseline; compare the two in one run.
#include "checklist/ChecklistLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <benchmark/benchmark.h>

namespace {

QList<QByteArray> bundledChecklists()
{
    QList<QByteArray> files;
    const QDir dir(QStringLiteral(LANTERN_SOURCE_DIR "/resources/checklists"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.append(file.readAll());
    }
    return files;
}

void BM_QJsonDocumentParse(benchmark::State& state)
{
    const QList<QByteArray> files = bundledChecklists();
    qint64 bytes = 0;
    for (auto _ : state) {
        for (const QByteArray& file : files) {
            QJsonDocument document = QJsonDocument::fromJson(file);
            benchmark::DoNotOptimize(document);
            bytes += file.size();
        }
    }
    state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_QJsonDocumentParse)->Unit(benchmark::kMicrosecond);

void BM_LoadAndValidateBundled(benchmark::State& state)
{
    const QList<QByteArray> files = bundledChecklists();
    qint64 bytes = 0;
    for (auto _ : state) {
        for (const QByteArray& file : files) {
            lantern::ChecklistLoad load = lantern::ChecklistLoader::loadBytes(file, QStringLiteral("bench"));
            if (!load.ok())
                state.SkipWithError("a bundled checklist does not validate");
            benchmark::DoNotOptimize(load);
            bytes += file.size();
        }
    }
    state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_LoadAndValidateBundled)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
