// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist side of the main window: importing an organisation's checklist.
#include "shell/MainWindow.h"

#include "checklist/ChecklistImport.h"
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
    checklists->addAction(tr("&Import a checklist…"), this, &MainWindow::chooseChecklistToImport);
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
