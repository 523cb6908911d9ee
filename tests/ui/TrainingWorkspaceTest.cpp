// SPDX-License-Identifier: GPL-3.0-or-later
// The training workspace as a trainer and a workshop participant meet it: opened from the start
// page, marked on every page, reset in one step, exercises compared with their model answer, and
// an organisation's checklist imported with its problems shown.
#include "ShellTestSupport.h"
#include "TestData.h"

#include "cases/CaseWorkspace.h"
#include "exercise/ExerciseComparisonView.h"
#include "present/PresenterWindow.h"
#include "settings/Settings.h"
#include "shell/ChecklistImportDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxSeam.h"
#include "shell/StartWidget.h"
#include "shell/TrainingBanner.h"
#include "shell/UnlockWidget.h"
#include "workshop/CaseStudyWindow.h"
#include "workshop/ExerciseComparisonDialog.h"
#include "workshop/StartExerciseDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>

using namespace lantern;
using namespace lantern::test;

namespace {

ShellOptions trainingOptions(const ShellEnvironment& env)
{
    ShellOptions options = env.options();
    options.trainingPath = env.path(QStringLiteral("training.lantern"));
    return options;
}

QStringList caseCodes(MainWindow& window)
{
    QStringList codes;
    for (const CaseListEntry& entry : window.session().index().entries())
        codes.append(entry.code);
    codes.sort();
    return codes;
}

QStringList caseStudyCodes(MainWindow& window)
{
    QStringList codes;
    for (const CaseStudy& caseStudy : window.caseStudies().caseStudies())
        codes.append(caseStudy.code);
    codes.sort();
    return codes;
}

void openFromStartPage(MainWindow& window)
{
    QTest::mouseClick(byName<QPushButton>(window.startPage(), QStringLiteral("Open the training workspace")),
        Qt::LeftButton);
    ASSERT_EQ(window.currentPage(), window.workspace());
    ASSERT_TRUE(window.session().isTraining());
}

} // namespace

TEST(TrainingWorkspaceTest, TheStartPageOpensASeededWorkspaceMarkedAsTraining)
{
    ShellEnvironment env;
    MainWindow window(trainingOptions(env));
    window.show();
    EXPECT_FALSE(window.trainingBanner()->isVisible());
    openFromStartPage(window);

    EXPECT_TRUE(window.trainingBanner()->isVisible());
    EXPECT_TRUE(window.trainingBanner()->text().startsWith(QStringLiteral("TRAINING — fictional cases")));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("TRAINING")));
    // One case per installed case study, and at least the six the workshop needs.
    EXPECT_GE(caseStudyCodes(window).size(), 6);
    EXPECT_EQ(caseCodes(window), caseStudyCodes(window));
    // No passphrase, no automatic lock in front of the room, and the next start still offers
    // the real database rather than the training one.
    EXPECT_FALSE(window.lockAction()->isEnabled());
    EXPECT_TRUE(window.settings().stringValue(Settings::Key::LastDatabase).isEmpty());
}

TEST(TrainingWorkspaceTest, TheTrainingOptionOpensItAtStart)
{
    ShellEnvironment env;
    ShellOptions options = trainingOptions(env);
    options.training = true;
    MainWindow window(options);
    window.show();
    EXPECT_EQ(window.currentPage(), window.workspace());
    EXPECT_TRUE(window.trainingBanner()->isVisible());
}

TEST(TrainingWorkspaceTest, ResetPutsTheSeededCasesBackInOneStep)
{
    ShellEnvironment env;
    MainWindow window(trainingOptions(env));
    window.show();
    openFromStartPage(window);
    const QStringList seeded = caseCodes(window);
    const CaseStudy& first = window.caseStudies().caseStudies().first();
    ASSERT_TRUE(window.workspace()->createAndOpen(*window.caseStudies().checklistFor(first), QStringLiteral("EXTRA-1")));
    EXPECT_TRUE(caseCodes(window).contains(QStringLiteral("EXTRA-1")));

    MessageBoxSeam::setNextAnswer(QMessageBox::Cancel);
    window.resetTraining();
    EXPECT_TRUE(caseCodes(window).contains(QStringLiteral("EXTRA-1"))) << "cancel must change nothing";

    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    window.resetTraining();
    EXPECT_TRUE(MessageBoxSeam::lastQuestion().contains(QStringLiteral("Real case databases are not touched")));
    ASSERT_TRUE(window.session().isUnlocked());
    EXPECT_EQ(caseCodes(window), seeded);
    EXPECT_TRUE(window.trainingBanner()->isVisible());
}

TEST(TrainingWorkspaceTest, AnExerciseShowsItsNarrativeAndIsComparedWithTheModelAnswer)
{
    ShellEnvironment env;
    MainWindow window(trainingOptions(env));
    window.show();
    openFromStartPage(window);

    window.startExercise();
    auto* start = window.findChild<StartExerciseDialog*>();
    ASSERT_NE(start, nullptr);
    const int fishing = start->caseStudyBox()->findData(QStringLiteral("fishing-vessel"));
    ASSERT_GE(fishing, 0);
    start->caseStudyBox()->setCurrentIndex(fishing);
    start->accept(); // no participant yet: refused, the dialog stays
    EXPECT_TRUE(start->isVisible());
    type(start->participantEdit(), QStringLiteral("Group 3"));
    start->accept();
    QCoreApplication::processEvents();

    const auto opened = window.workspace()->openedCase();
    ASSERT_NE(opened, nullptr);
    EXPECT_EQ(opened->info().code, QStringLiteral("TRAIN-01 · Group 3"));
    EXPECT_TRUE(opened->answers().records.isEmpty());
    auto* narrative = window.findChild<CaseStudyWindow*>();
    ASSERT_NE(narrative, nullptr);
    EXPECT_TRUE(narrative->isVisible());
    const CaseStudy* caseStudy = window.caseStudies().find(QStringLiteral("fishing-vessel"));
    ASSERT_NE(caseStudy, nullptr);
    const QString firstWords = caseStudy->narrative.text(QStringLiteral("en")).left(40);
    EXPECT_TRUE(narrative->shownText().contains(firstWords)) << firstWords.toStdString();

    // Nothing answered yet: every indicator of the model answer is missed, none found or added,
    // and the outcome does not match.
    ASSERT_TRUE(window.compareAction()->isEnabled());
    window.compareAction()->trigger();
    auto* compared = window.findChild<ExerciseComparisonDialog*>();
    ASSERT_NE(compared, nullptr);
    const ExerciseComparison& comparison = compared->view()->comparison();
    EXPECT_EQ(comparison.counts.found, 0);
    EXPECT_EQ(comparison.counts.added, 0);
    EXPECT_GT(comparison.counts.missed, 0);
    EXPECT_EQ(comparison.model.outcomeId, caseStudy->expectedOutcome);
    EXPECT_NE(comparison.participant.outcomeId, comparison.model.outcomeId);
}

TEST(TrainingWorkspaceTest, ARealDatabaseIsNeverMarkedAsTraining)
{
    ShellEnvironment env;
    env.makeDatabase(QStringLiteral("cases.lantern"), { QStringLiteral("2026-0001") });
    MainWindow real(env.options(env.path(QStringLiteral("cases.lantern"))));
    real.show();
    type(byName<QLineEdit>(real.unlockPage(), QStringLiteral("Passphrase")), kPassphrase);
    QTest::mouseClick(byName<QPushButton>(real.unlockPage(), QStringLiteral("Unlock")), Qt::LeftButton);
    ASSERT_EQ(real.currentPage(), real.workspace());
    EXPECT_FALSE(real.session().isTraining());
    EXPECT_FALSE(real.trainingBanner()->isVisible());
    EXPECT_FALSE(real.windowTitle().contains(QStringLiteral("TRAINING")));
    EXPECT_FALSE(real.compareAction()->isEnabled());
}

TEST(TrainingWorkspaceTest, ImportingAChecklistShowsEveryProblemWithItsPosition)
{
    ShellEnvironment env;
    MainWindow window(trainingOptions(env));
    window.show();
    const QString folder = env.path(QStringLiteral("org-checklists"));
    window.settings().setValue(Settings::Key::ChecklistFolder, folder);

    QByteArray bytes = readFile(dataPath(QStringLiteral("checklists/minimal.json")));
    const QString good = env.path(QStringLiteral("ours.json"));
    QFile goodFile(good);
    ASSERT_TRUE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(bytes);
    goodFile.close();
    bytes.replace("\"type\": \"yesno\"", "\"type\": \"maybe\"");
    const QString bad = env.path(QStringLiteral("broken.json"));
    QFile badFile(bad);
    ASSERT_TRUE(badFile.open(QIODevice::WriteOnly));
    badFile.write(bytes);
    badFile.close();

    window.importChecklistFile(bad);
    auto* refused = window.findChild<ChecklistImportDialog*>();
    ASSERT_NE(refused, nullptr);
    EXPECT_TRUE(refused->problems().startsWith(QStringLiteral("broken.json:"))) << refused->problems().toStdString();
    EXPECT_TRUE(refused->problems().contains(QStringLiteral("maybe")));
    EXPECT_FALSE(QDir(folder).exists());
    refused->close(); // deletes itself once events are processed
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ASSERT_EQ(window.findChild<ChecklistImportDialog*>(), nullptr);

    window.importChecklistFile(good);
    auto* added = window.findChild<ChecklistImportDialog*>();
    ASSERT_NE(added, nullptr);
    EXPECT_TRUE(added->headline().contains(QStringLiteral("was added"))) << added->headline().toStdString();
    EXPECT_TRUE(added->problems().isEmpty());
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("minimal-1.0.0.json"))));
}

TEST(TrainingWorkspaceTest, PresentingFromATrainingCaseUsesItAsTheWorkedExample)
{
    ShellEnvironment env;
    MainWindow window(trainingOptions(env));
    window.show();
    openFromStartPage(window);
    const CaseListEntry* seeded = nullptr;
    for (const CaseListEntry& entry : window.session().index().entries())
        seeded = entry.code == QStringLiteral("TRAIN-01") ? &entry : seeded;
    ASSERT_NE(seeded, nullptr);
    window.workspace()->openCase(seeded->id);
    ASSERT_NE(window.workspace()->openedCase(), nullptr);

    window.presentChecklist();
    auto* presenter = window.findChild<PresenterWindow*>();
    ASSERT_NE(presenter, nullptr);
    const PresenterScript& script = presenter->script();
    ASSERT_TRUE(script.assessment().has_value()) << "the open training case is the worked example";
    EXPECT_EQ(script.assessment()->outcomeId, window.workspace()->openedCase()->assessment().outcomeId);
    EXPECT_EQ(script.step(script.size() - 1).kind, PresenterStep::Kind::Result);
    presenter->close();
}

TEST(TrainingWorkspaceTest, ARealCaseNeverGoesOnTheProjector)
{
    ShellEnvironment env;
    env.makeDatabase(QStringLiteral("cases.lantern"), { QStringLiteral("2026-0001") });
    MainWindow window(env.options(env.path(QStringLiteral("cases.lantern"))));
    window.show();
    type(byName<QLineEdit>(window.unlockPage(), QStringLiteral("Passphrase")), kPassphrase);
    QTest::mouseClick(byName<QPushButton>(window.unlockPage(), QStringLiteral("Unlock")), Qt::LeftButton);
    ASSERT_EQ(window.currentPage(), window.workspace());
    window.workspace()->openCase(window.session().index().entries().first().id);
    ASSERT_NE(window.workspace()->openedCase(), nullptr);

    window.presentChecklist();
    auto* presenter = window.findChild<PresenterWindow*>();
    ASSERT_NE(presenter, nullptr);
    EXPECT_FALSE(presenter->script().assessment().has_value()) << "no answers from a real case";
    presenter->close();
}
