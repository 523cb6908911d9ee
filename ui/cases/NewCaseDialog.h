// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistRegistry.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace lantern {

class MessageBar;

/// Starts a case: choose the checklist (valid ones only) and confirm or edit the generated code.
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    /// `checklists` as found by ChecklistRegistry; `usedCodes` are refused; `suggestedCode` pre-fills.
    NewCaseDialog(const QList<ChecklistEntry>& checklists, const QStringList& usedCodes,
        const QString& suggestedCode, QWidget* parent = nullptr);

    /// The next free generated code "YEAR-NNNN" after the highest of `codes` for `year`.
    static QString suggestCode(const QStringList& codes, int year);

    /// The chosen checklist, or null.
    const Checklist* checklist() const;
    QString code() const;

    QComboBox* checklistBox() const { return m_checklist; }
    QLineEdit* codeField() const { return m_code; }
    MessageBar* messageBar() const { return m_messages; }

    void accept() override;

private:
    QList<ChecklistEntry> m_entries; ///< valid ones only, in the combo box's order
    QStringList m_usedCodes;
    MessageBar* m_messages = nullptr;
    QComboBox* m_checklist = nullptr;
    QLineEdit* m_code = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lantern
