// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist side of the main window: browsing, presenting and importing checklists.
#include "shell/MainWindow.h"

#include "casework/CaseFile.h"
#include "checklist/ChecklistImport.h"
#include "checklist/ChecklistLoader.h"
#include "checklist/ChecklistRegistry.h"
#include "checklists/ChecklistBrowser.h"
#include "present/PresenterWindow.h"
#include "shell/DatabaseSession.h"
#include "settings/Settings.h"
#include "shell/ChecklistImportDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>

namespace lantern {

void MainWindow::buildChecklistMenu()
{
    QMenu* checklists = menuBar()->addMenu(tr("C&hecklists"));
    checklists->addAction(tr("&Browse checklists…"), this, &MainWindow::browseChecklists);
    QAction* present = checklists->addAction(tr("&Present a checklist…"), this, &MainWindow::presentChecklist);
    present->setShortcut(QKeySequence(Qt::Key_F5));
    checklists->addSeparator();
    checklists->addAction(tr("&Import a checklist…"), this, &MainWindow::chooseChecklistToImport);
}

void MainWindow::browseChecklists()
{
    auto* dialog = new ChecklistBrowserDialog(
        ChecklistRegistry::scan(m_settings->stringValue(Settings::Key::ChecklistFolder)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->browser(), &ChecklistBrowser::presentRequested, this, &MainWindow::presentChecklistFile);
    dialog->show();
}

void MainWindow::presentChecklist()
{
    const std::shared_ptr<CaseFile> open = m_session->isUnlocked() ? m_workspace->openedCase() : nullptr;
    if (!open) {
        browseChecklists();
        return;
    }
    const Checklist& checklist = open->checklist();
    for (const ChecklistEntry& entry : ChecklistRegistry::scan(m_settings->stringValue(Settings::Key::ChecklistFolder))) {
        if (entry.load.ok() && entry.load.checklist->id == checklist.id && entry.load.checklist->version == checklist.version) {
            presentChecklistFile(entry.path, {});
            return;
        }
    }
    browseChecklists(); // the case's exact version is no longer installed: let the user choose
}

void MainWindow::presentChecklistFile(const QString& path, const QString& profileId)
{
    const ChecklistLoad load = ChecklistLoader::loadFile(path);
    if (!load.ok())
        return; // the browser lists the file's problems; nothing to present
    PresentationInput input;
    input.profileId = profileId;
    // A worked example only from the training workspace: real answers never go on a projector.
    const std::shared_ptr<CaseFile> open = m_session->isUnlocked() ? m_workspace->openedCase() : nullptr;
    if (m_session->isTraining() && open && open->checklist().id == load.checklist->id
        && open->checklist().version == load.checklist->version) {
        input.answers = open->answers().answers;
        const CaseStudy* caseStudy = openCaseStudy();
        input.exampleTitle = caseStudy ? caseStudy->title.text(QStringLiteral("en")) : open->info().code;
    }
    if (input.profileId.isEmpty())
        input.profileId = PresenterScript::defaultProfile(*load.checklist, input.answers);
    auto script = PresenterScript::build(*load.checklist, input);
    if (!script)
        return;
    auto* presenter = new PresenterWindow(std::move(script.value()), this);
    presenter->setAttribute(Qt::WA_DeleteOnClose);
    presenter->present();
}

void MainWindow::chooseChecklistToImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a checklist"), QDir::homePath(),
        tr("Lantern checklists (*.json);;All files (*)"));
    if (!path.isEmpty())
        importChecklistFile(path);
}

void MainWindow::importChecklistFile(const QString& path)
{
    const ChecklistImportResult result
        = ChecklistImport::import(path, m_settings->stringValue(Settings::Key::ChecklistFolder));
    auto* dialog = new ChecklistImportDialog(result, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace lantern
