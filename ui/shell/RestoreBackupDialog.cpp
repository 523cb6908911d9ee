// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RestoreBackupDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

RestoreBackupDialog::RestoreBackupDialog(const QList<BackupInfo>& backups, QWidget* parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Restore a backup"));
    setAccessibleName(windowTitle());
    auto* intro = new QLabel(tr("Choose the backup to restore. The current database file is kept as a "
                                "backup first, so nothing is lost. A backup opens with the passphrase "
                                "the database had when the backup was taken."),
        this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Backups"));
    for (const BackupInfo& backup : backups)
        m_list->addItem(describe(backup));
    if (!backups.isEmpty())
        m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!backups.isEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreBackupDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &RestoreBackupDialog::accept);
}

QString RestoreBackupDialog::chosenPath() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).path : QString();
}

QString RestoreBackupDialog::describe(const BackupInfo& backup)
{
    return tr("%1 — %2 backup, %3")
        .arg(QLocale().toString(backup.time.toLocalTime(), QLocale::ShortFormat), toString(backup.reason),
            QLocale().formattedDataSize(backup.size));
}

} // namespace lantern
