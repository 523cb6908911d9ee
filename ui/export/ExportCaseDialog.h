// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/SummaryExport.h"

#include <memory>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace lantern {

class CaseFile;
class CaseStore;
class MessageBar;

/// Exports one case's summary: PDF (A4 or Letter), HTML or JSON, with or without the caseworker's
/// notes, in one of the checklist's languages or two (a bilingual summary), to a file the person chooses. A failed export is explained inline and the dialog stays
/// open; a successful one is recorded in the case's audit trail.
class ExportCaseDialog : public QDialog
{
    Q_OBJECT

public:
    ExportCaseDialog(CaseStore& store, std::shared_ptr<const CaseFile> caseFile, QWidget* parent = nullptr);

    /// The choices as they stand.
    SummaryRequest request() const;
    /// Sets the output file directly (what "Browse…" does through the file dialog).
    void setPath(const QString& path);
    void setKind(SummaryKind kind);

    QComboBox* formatBox() const { return m_format; }
    QComboBox* paperBox() const { return m_paper; }
    QComboBox* languageBox() const { return m_language; }
    /// "None" (data: empty) and the checklist's languages (data: the code).
    QComboBox* secondLanguageBox() const { return m_secondLanguage; }
    QCheckBox* notesBox() const { return m_notes; }
    QLineEdit* pathField() const { return m_path; }
    MessageBar* messageBar() const { return m_messages; }

    /// Exports; closes only when the file is written and recorded.
    void accept() override;

private:
    void browse();
    void onFormatChanged();
    void fillLanguages();

    CaseStore& m_store;
    std::shared_ptr<const CaseFile> m_case;
    MessageBar* m_messages = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_secondLanguage = nullptr;
    QCheckBox* m_notes = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    SummaryKind m_shownKind = SummaryKind::Pdf;
};

} // namespace lantern
