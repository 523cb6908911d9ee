// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/OpaqueId.h"
#include "util/Result.h"

#include <memory>
#include <QList>
#include <QObject>

class QAction;

namespace lantern {

class CaseFile;
class CaseWorkspace;
class DatabaseSession;

/// The workspace's export actions: one case's summary (export, print preview) and many selected
/// cases at once. Results are reported in the workspace's message bar.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(CaseWorkspace& workspace, DatabaseSession& session);

    /// Opens the export dialog for the case's summary.
    void exportSummary(const CaseId& caseId);
    /// Opens a print preview of the case's summary (notes included).
    void printPreview(const CaseId& caseId);
    /// Opens the export dialog for several cases.
    void exportCases(const QList<CaseId>& cases);
    /// Enables the actions for what is open or selected.
    void updateActions();

    QAction* exportSummaryAction() const { return m_exportSummary; }
    QAction* printPreviewAction() const { return m_printPreview; }
    QAction* exportCasesAction() const { return m_exportCases; }
    /// Sets the actions' words again in the current interface language.
    void retranslate();

private:
    /// The open case when it is `caseId`, else the case opened read-only for the export.
    Result<std::shared_ptr<const CaseFile>> caseFile(const CaseId& caseId);
    void showError(const QString& text);

    CaseWorkspace& m_workspace;
    DatabaseSession& m_session;
    QAction* m_exportSummary = nullptr;
    QAction* m_printPreview = nullptr;
    QAction* m_exportCases = nullptr;
};

} // namespace lantern
