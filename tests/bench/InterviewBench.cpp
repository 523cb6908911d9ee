// SPDX-License-Identifier: GPL-3.0-or-later
// One answer given in the interview window (keystroke -> validated, saved durably, re-scored,
// shown in place) against the same answer saved through the store alone, same run, on the
// bundled checklist. The difference is what the window adds; the whole must stay far below what
// a person notices (~100 ms), so the window never appears to wait on storage.
#include "casework/CaseFile.h"
#include "checklist/ChecklistLoader.h"
#include "interview/InterviewWidget.h"
#include "interview/QuestionView.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace lantern;

struct Interview
{
    QTemporaryDir dir;
    std::unique_ptr<CaseStore> store;
    std::shared_ptr<CaseFile> caseFile;
    std::unique_ptr<InterviewWidget> widget;
};

Interview& interview()
{
    static Interview* shared = [] {
        auto* made = new Interview;
        auto store = CaseStore::createTraining(made->dir.filePath(QStringLiteral("bench.lantern")));
        const ChecklistLoad load = ChecklistLoader::loadFile(QStringLiteral(LANTERN_SOURCE_DIR "/resources/checklists/identification.json"));
        if (!store || !load.ok())
            std::abort();
        made->store = std::move(store.value());
        auto created = CaseFile::create(*made->store, *load.checklist);
        if (!created)
            std::abort();
        made->caseFile = std::make_shared<CaseFile>(std::move(created.value()));
        made->widget = std::make_unique<InterviewWidget>();
        made->widget->resize(1280, 800);
        made->widget->setCase(made->caseFile, made->store.get());
        made->widget->show();
        if (!QTest::qWaitForWindowExposed(made->widget.get()))
            std::abort();
        return made;
    }();
    return *shared;
}

void BM_SaveThroughStore_Baseline(benchmark::State& state)
{
    Interview& i = interview();
    bool yes = false;
    for (auto _ : state) {
        AnswerRecord record;
        record.questionId = QStringLiteral("work_long_hours");
        record.answer.state = AnswerState::Answered;
        record.answer.value = (yes = !yes);
        if (!i.store->setAnswer(i.caseFile->info().id, record))
            std::abort();
    }
}
BENCHMARK(BM_SaveThroughStore_Baseline)->Unit(benchmark::kMillisecond);

void BM_AnswerByKeystrokeInTheWindow(benchmark::State& state)
{
    Interview& i = interview();
    auto* view = i.widget->findChild<QuestionView*>(QStringLiteral("question_rec_deceived_job"));
    if (!view)
        std::abort();
    bool yes = false;
    for (auto _ : state) {
        i.widget->showQuestion(QStringLiteral("rec_deceived_job"));
        QTest::keyClick(view, (yes = !yes) ? Qt::Key_Y : Qt::Key_N);
        QCoreApplication::processEvents(); // what the user sees is painted
    }
    if (i.caseFile->answers().answers.find(QStringLiteral("rec_deceived_job")) == nullptr)
        state.SkipWithError("the keystroke saved nothing");
}
BENCHMARK(BM_AnswerByKeystrokeInTheWindow)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
