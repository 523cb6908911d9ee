// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/OpaqueId.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QProgressDialog;
class QPushButton;

namespace lantern {

class CaseStore;
class MessageBar;

/// Exports many cases at once: one CSV or JSON table, or a new folder of PDF or HTML summaries.
/// Runs BatchExporter with a progress dialog whose Cancel stops the batch; a cancelled or failed
/// batch leaves nothing behind and is explained inline, and the dialog stays open.
class ExportCasesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Target { CsvTable, JsonTable, PdfFolder, HtmlFolder };

    ExportCasesDialog(CaseStore& store, QList<CaseId> cases, QWidget* parent = nullptr);

    void setTarget(Target target);
    Target target() const;
    /// Sets the output file or new folder directly (what "Browse…" does through the file dialog).
    void setPath(const QString& path);
    /// How many cases the last successful run exported.
    int exportedCount() const { return m_exported; }

    QComboBox* targetBox() const { return m_target; }
    QCheckBox* freeTextBox() const { return m_freeText; }
    QCheckBox* notesBox() const { return m_notes; }
    QLineEdit* pathField() const { return m_path; }
    MessageBar* messageBar() const { return m_messages; }
    /// The progress dialog while a batch runs; null otherwise.
    QProgressDialog* progressDialog() const { return m_progress; }

    /// Runs the batch; closes only when every case is exported.
    void accept() override;

Q_SIGNALS:
    /// After each case of a running batch (progressDialog() is set).
    void progressed(int done, int total);

private:
    void browse();
    void onTargetChanged();
    bool isTable() const;

    CaseStore& m_store;
    QList<CaseId> m_cases;
    MessageBar* m_messages = nullptr;
    QComboBox* m_target = nullptr;
    QCheckBox* m_freeText = nullptr;
    QCheckBox* m_notes = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressDialog* m_progress = nullptr;
    int m_exported = 0;
};

} // namespace lantern
