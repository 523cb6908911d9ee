// SPDX-License-Identifier: GPL-3.0-or-later
// The training side of the main window: the workspace of fictional case studies, its reset,
// and the menu that reaches them. Kept apart from MainWindow.cpp, which handles real databases.
#include "shell/MainWindow.h"

#include "casework/CaseFile.h"
#include "cases/CaseListWidget.h"
#include "exercise/ExerciseComparer.h"
#include "exercise/ExerciseComparisonView.h"
#include "shell/DatabaseSession.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxSeam.h"
#include "shell/StartWidget.h"
#include "settings/Settings.h"
#include "training/TrainingWorkspace.h"
#include "workshop/CaseStudyWindow.h"
#include "workshop/ExerciseCases.h"
#include "workshop/ExerciseComparisonDialog.h"
#include "workshop/StartExerciseDialog.h"

#include <QAction>
#include <QFileInfo>
#include <QMenuBar>

namespace lantern {

QString MainWindow::trainingPath() const
{
    return m_options.trainingPath.isEmpty() ? TrainingWorkspace::defaultPath() : m_options.trainingPath;
}

const CaseStudyLibrary& MainWindow::caseStudies()
{
    if (!m_caseStudies)
        m_caseStudies = std::make_unique<CaseStudyLibrary>(CaseStudyLibrary::loadWithChecklists(
            m_settings->stringValue(Settings::Key::ChecklistFolder), CaseStudyLibrary::defaultUserFolder()));
    return *m_caseStudies;
}

// The case study of the case open in the training workspace, if it is one.
const CaseStudy* MainWindow::openCaseStudy()
{
    const std::shared_ptr<CaseFile> open = m_workspace->openedCase();
    if (!m_session->isTraining() || !open)
        return nullptr;
    return exercise_cases::caseStudyFor(caseStudies(), open->info().code);
}

void MainWindow::buildTrainingMenu()
{
    QMenu* training = menuBar()->addMenu(tr("&Training"));
    QAction* open = training->addAction(tr("&Open the training workspace"), this, &MainWindow::openTraining);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_resetTrainingAction = training->addAction(tr("&Reset the training workspace…"), this, &MainWindow::resetTraining);
    training->addSeparator();
    m_startExerciseAction = training->addAction(tr("&Start an exercise…"), this, &MainWindow::startExercise);
    m_showCaseStudyAction = training->addAction(tr("Show the &case study"), this, &MainWindow::showCaseStudy);
    m_compareAction = training->addAction(tr("&Compare with the model answer"), this, &MainWindow::compareWithModelAnswer);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
}

void MainWindow::updateTrainingActions()
{
    const bool training = m_session->isUnlocked() && m_session->isTraining();
    const bool onCaseStudy = training && openCaseStudy();
    m_startExerciseAction->setEnabled(training);
    m_showCaseStudyAction->setEnabled(onCaseStudy);
    m_compareAction->setEnabled(onCaseStudy);
}

void MainWindow::startExercise()
{
    if (!m_session->isUnlocked() || !m_session->isTraining())
        return;
    QStringList codes;
    for (const CaseListEntry& entry : m_session->index().entries())
        codes.append(entry.code);
    auto* dialog = new StartExerciseDialog(caseStudies(), codes, this);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        const CaseStudy* caseStudy = dialog->caseStudy();
        if (result != QDialog::Accepted || !caseStudy || !m_session->isUnlocked())
            return;
        const Checklist* checklist = caseStudies().checklistFor(*caseStudy);
        if (checklist && m_workspace->createAndOpen(*checklist, dialog->code()))
            showCaseStudy();
    });
    dialog->open();
}

void MainWindow::showCaseStudy()
{
    const CaseStudy* caseStudy = openCaseStudy();
    if (!caseStudy)
        return;
    auto* window = new CaseStudyWindow(*caseStudy, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::compareWithModelAnswer()
{
    const CaseStudy* caseStudy = openCaseStudy();
    const std::shared_ptr<CaseFile> open = m_workspace->openedCase();
    if (!caseStudy || !open)
        return;
    auto comparison = compareExercise(open->checklist(), caseStudy->modelAnswers, open->answers().answers);
    if (!comparison) {
        m_workspace->caseList()->messageBar()->showMessage(
            tr("This case cannot be compared with the model answer: %1").arg(comparison.errorMessage()),
            MessageBar::Kind::Error);
        return;
    }
    QString participant = exercise_cases::participant(*caseStudy, open->info().code);
    if (participant.isEmpty())
        participant = tr("the worked example");
    auto* dialog = new ExerciseComparisonDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->view()->setComparison(comparison.value(), caseStudy->title.text(QStringLiteral("en")), participant);
    dialog->open();
}

void MainWindow::requestLock()
{
    if (!m_session->isTraining())
        lockNow(tr("Locked."));
}

void MainWindow::openTraining()
{
    const QString path = trainingPath();
    if (!QFileInfo::exists(path)) {
        if (m_session->isUnlocked())
            lockNow();
        auto created = TrainingWorkspace::create(path, caseStudies());
        if (!created) {
            showPage(m_start);
            m_start->messageBar()->showMessage(
                tr("The training workspace could not be created: %1").arg(created.errorMessage()),
                MessageBar::Kind::Error);
            return;
        }
        created.value().reset(); // closed: the window opens it the usual way
    }
    openDatabase(path);
}

void MainWindow::resetTraining()
{
    const auto answer = MessageBoxSeam::question(this, tr("Reset the training workspace"),
        tr("Put the training workspace back to its case studies as shipped? Every exercise and change "
           "made in it is deleted. Real case databases are not touched."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString path = trainingPath();
    if (!QFileInfo::exists(path)) {
        openTraining(); // nothing to reset: a new one is seeded
        return;
    }
    if (m_session->path() == path) {
        m_workspace->detach();
        m_session->close(); // the file is replaced: nothing may hold it open
    }
    auto reset = TrainingWorkspace::reset(path, caseStudies());
    if (!reset) {
        showPage(m_start);
        m_start->messageBar()->showMessage(
            tr("The training workspace was not reset: %1").arg(reset.errorMessage()), MessageBar::Kind::Error);
        return;
    }
    reset.value().reset(); // closed: the window opens it the usual way
    openDatabase(path);
    if (m_session->isUnlocked())
        m_workspace->caseList()->messageBar()->showMessage(
            tr("The training workspace was reset to its case studies."), MessageBar::Kind::Positive);
}

} // namespace lantern
