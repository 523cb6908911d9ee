// SPDX-License-Identifier: GPL-3.0-or-later
// Case summaries to PDF. The design's budget: 1,000 summaries with progress and cancel in 60 s.
// The baseline in the same run is the HTML summary of the same case (no page layout), so the
// rows show what PDF layout costs. The batch uses 50 fully answered fictional cases, each
// exported 20 times (1,000 summaries); LANTERN_BENCH_SMOKE=1 exports 20 instead.
#include "casework/CaseFile.h"
#include "checklist/ChecklistLoader.h"
#include "export/BatchExporter.h"
#include "export/HtmlReportWriter.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace {

using namespace lantern;

const QStringList kAnswerFiles { QStringLiteral("a-fishing-vessel-forced-labour"),
    QStringLiteral("b-domestic-worker-exploitation-only"), QStringLiteral("c-child-sexual-exploitation-deception"),
    QStringLiteral("d-age-unknown"), QStringLiteral("e-mostly-declined"), QStringLiteral("f-deceived-exploited-no-coercion") };

struct Workspace
{
    QTemporaryDir dir;
    std::unique_ptr<CaseStore> store;
    QList<CaseId> cases;
};

QJsonObject readAnswers(const QString& name)
{
    QFile file(QStringLiteral(LANTERN_SOURCE_DIR "/tests/data/answers/identification/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        std::abort();
    return QJsonDocument::fromJson(file.readAll()).object();
}

Workspace& workspace()
{
    static Workspace* made = [] {
        auto* w = new Workspace;
        auto store = CaseStore::createTraining(w->dir.filePath(QStringLiteral("bench.lantern")));
        if (!store)
            std::abort();
        w->store = std::move(store.value());
        const ChecklistLoad load = ChecklistLoader::loadFile(QStringLiteral(LANTERN_SOURCE_DIR "/resources/checklists/identification.json"));
        if (!load.ok())
            std::abort();
        for (int i = 0; i < 50; ++i) {
            auto caseFile = CaseFile::create(*w->store, *load.checklist);
            auto answers = AnswerSet::fromJson(readAnswers(kAnswerFiles.at(i % kAnswerFiles.size())), *load.checklist);
            if (!caseFile || !answers)
                std::abort();
            for (auto it = answers->all().constBegin(); it != answers->all().constEnd(); ++it) {
                if (!caseFile->setAnswer(it.key(), it.value()))
                    std::abort();
            }
            w->cases.append(caseFile->info().id);
        }
        return w;
    }();
    return *made;
}

CaseReport reportOf(const CaseId& id)
{
    Workspace& w = workspace();
    auto caseFile = CaseFile::open(*w.store, id);
    auto sessions = w.store->sessions(id);
    if (!caseFile || !sessions)
        std::abort();
    return CaseReportBuilder(caseFile->checklist(), {}).build(caseFile->info(), caseFile->answers(), *sessions, caseFile->assessment());
}

void BM_SummaryHtml_Baseline(benchmark::State& state)
{
    const CaseId id = workspace().cases.first();
    for (auto _ : state)
        benchmark::DoNotOptimize(HtmlReportWriter::render(reportOf(id)));
}
BENCHMARK(BM_SummaryHtml_Baseline)->Unit(benchmark::kMillisecond);

void BM_SummaryPdf(benchmark::State& state)
{
    const CaseId id = workspace().cases.first();
    const QString path = workspace().dir.filePath(QStringLiteral("one.pdf"));
    for (auto _ : state) {
        if (!PdfReportWriter::write(reportOf(id), path))
            std::abort();
    }
}
BENCHMARK(BM_SummaryPdf)->Unit(benchmark::kMillisecond);

void BM_Batch1000SummariesPdf(benchmark::State& state)
{
    Workspace& w = workspace();
    const int total = qEnvironmentVariableIsSet("LANTERN_BENCH_SMOKE") ? 20 : 1000;
    QList<CaseId> ids;
    for (int i = 0; i < total; ++i)
        ids.append(w.cases.at(i % w.cases.size()));
    int run = 0;
    for (auto _ : state) {
        int lastDone = 0;
        BatchExporter exporter(*w.store, [&](int done, int) {
            lastDone = done;
            return true;
        });
        const QString folder = w.dir.filePath(QStringLiteral("batch-%1").arg(++run));
        auto written = exporter.summaries(ids, folder, SummaryFormat::Pdf, {});
        if (!written || lastDone != total)
            std::abort();
        state.PauseTiming();
        QDir(folder).removeRecursively();
        state.ResumeTiming();
    }
    state.counters["summaries"] = total;
}
BENCHMARK(BM_Batch1000SummariesPdf)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // PDF layout needs fonts
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
