// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistImport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace lantern {

/// Tells the user what became of a checklist file they imported: added, already there, or
/// refused — with every validation problem as FILE:LINE:COL: error: MESSAGE [pointer].
class ChecklistImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChecklistImportDialog(const ChecklistImportResult& result, QWidget* parent = nullptr);

    QString headline() const;
    /// The diagnostics as shown, one per line (empty when the file was valid).
    QString problems() const;

private:
    QLabel* m_headline = nullptr;
    QPlainTextEdit* m_problems = nullptr;
};

} // namespace lantern
