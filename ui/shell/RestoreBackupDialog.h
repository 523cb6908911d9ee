// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Backups.h"

#include <QDialog>
#include <QList>

class QListWidget;

namespace lantern {

/// Lists a database's backups, newest first, to choose the one to restore.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QList<BackupInfo>& backups, QWidget* parent = nullptr);

    /// The chosen backup's path; empty when none.
    QString chosenPath() const;
    QListWidget* list() const { return m_list; }

    /// "29 Nov 2026 14:02 — daily backup, 120 KB".
    static QString describe(const BackupInfo& backup);

private:
    QList<BackupInfo> m_backups;
    QListWidget* m_list = nullptr;
};

} // namespace lantern
