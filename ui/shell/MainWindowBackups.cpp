// SPDX-License-Identifier: GPL-3.0-or-later
// The backup side of the main window: choosing a backup of the database and restoring it.
#include "cases/CaseWorkspace.h"
#include "settings/Settings.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxSeam.h"
#include "shell/MessageText.h"
#include "shell/RestoreBackupDialog.h"
#include "shell/UnlockWidget.h"
#include "storage/CaseStore.h"

#include <QFileInfo>

namespace lantern {

void MainWindow::offerRestore()
{
    const QString path = m_session->path().isEmpty() ? m_settings->stringValue(Settings::Key::LastDatabase)
                                                     : m_session->path();
    if (path.isEmpty())
        return;
    const auto backups = CaseStore::backups(path);
    if (!backups || backups->isEmpty()) {
        m_unlock->messageBar()->showMessage(
            backups ? tr("There are no backups of this database yet.") : backups.errorMessage(),
            MessageBar::Kind::Information);
        return;
    }
    auto* dialog = new RestoreBackupDialog(backups.value(), this);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        if (result == QDialog::Accepted && !dialog->chosenPath().isEmpty())
            restoreBackup(dialog->chosenPath());
    });
    dialog->open();
}

void MainWindow::restoreBackup(const QString& backupPath)
{
    const QString path = m_session->path().isEmpty() ? m_settings->stringValue(Settings::Key::LastDatabase)
                                                     : m_session->path();
    const auto answer = MessageBoxSeam::question(this, tr("Restore a backup"),
        tr("Replace the database with the backup %1? The current file is kept as a backup first.")
            .arg(QFileInfo(backupPath).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_workspace->detach();
    m_session->close(); // restore is refused while the database is open
    const Result<void> restored = CaseStore::restore(path, backupPath);
    openDatabase(path);
    if (restored)
        m_unlock->messageBar()->showMessage(tr("The backup was restored. Unlock it with the passphrase the "
                                               "database had when the backup was taken."),
            MessageBar::Kind::Positive);
    else
        m_unlock->messageBar()->showMessage(
            tr("The backup was not restored: %1").arg(sentence(restored.errorMessage())),
            MessageBar::Kind::Error);
}

} // namespace lantern
