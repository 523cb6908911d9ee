// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportActions.h"

#include "cases/CaseListWidget.h"
#include "cases/CaseWorkspace.h"
#include "casework/CaseFile.h"
#include "export/ExportCaseDialog.h"
#include "export/ExportCasesDialog.h"
#include "export/SummaryPreview.h"
#include "shell/DatabaseSession.h"
#include "shell/MessageBar.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>

namespace lantern {

ExportActions::ExportActions(CaseWorkspace& workspace, DatabaseSession& session)
    : QObject(&workspace)
    , m_workspace(workspace)
    , m_session(session)
    , m_exportSummary(new QAction(this))
    , m_printPreview(new QAction(this))
    , m_exportCases(new QAction(this))
{
    retranslate();
    m_exportSummary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printPreview->setShortcut(QKeySequence::Print);
    m_exportCases->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportSummary, &QAction::triggered, this, [this] { exportSummary(m_workspace.currentCase()); });
    connect(m_printPreview, &QAction::triggered, this, [this] { printPreview(m_workspace.currentCase()); });
    connect(m_exportCases, &QAction::triggered, this,
        [this] { exportCases(m_workspace.caseList()->selectedCases()); });
}

void ExportActions::retranslate()
{
    m_exportSummary->setText(tr("E&xport summary…"));
    m_printPreview->setText(tr("&Print preview…"));
    m_exportCases->setText(tr("Export selected &cases…"));
}

void ExportActions::exportSummary(const CaseId& caseId)
{
    auto found = caseFile(caseId);
    if (!found)
        return;
    const QString code = (*found)->info().code;
    auto* dialog = new ExportCaseDialog(m_session.store(), *found, &m_workspace);
    connect(dialog, &QDialog::finished, this, [this, dialog, code](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted)
            return;
        m_workspace.messageBar()->showMessage(
            tr("The summary of case %1 was exported to %2.")
                .arg(code, QDir::toNativeSeparators(dialog->request().path)),
            MessageBar::Kind::Positive);
    });
    dialog->open();
}

void ExportActions::printPreview(const CaseId& caseId)
{
    auto found = caseFile(caseId);
    if (!found)
        return;
    auto report = buildSummary(m_session.store(), **found, true);
    if (!report) {
        showError(tr("The summary could not be prepared: %1").arg(report.errorMessage()));
        return;
    }
    SummaryPreview::show(*report, &m_workspace);
}

void ExportActions::exportCases(const QList<CaseId>& cases)
{
    if (cases.isEmpty() || !m_session.isUnlocked())
        return;
    auto* dialog = new ExportCasesDialog(m_session.store(), cases, &m_workspace);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted)
            return;
        const QString where = QDir::toNativeSeparators(dialog->pathField()->text().trimmed());
        const int count = dialog->exportedCount();
        m_workspace.messageBar()->showMessage(count == 1
                ? tr("1 case exported to %1.").arg(where)
                : tr("%1 cases exported to %2.").arg(count).arg(where),
            MessageBar::Kind::Positive);
    });
    dialog->open();
}

void ExportActions::updateActions()
{
    const bool unlocked = m_session.isUnlocked();
    const bool hasCase = unlocked && !m_workspace.currentCase().isNull();
    m_exportSummary->setEnabled(hasCase);
    m_printPreview->setEnabled(hasCase);
    m_exportCases->setEnabled(
        unlocked && !m_workspace.isShowingInterview() && !m_workspace.caseList()->selectedCases().isEmpty());
}

Result<std::shared_ptr<const CaseFile>> ExportActions::caseFile(const CaseId& caseId)
{
    if (caseId.isNull() || !m_session.isUnlocked())
        return Error { tr("No case is selected.") };
    if (const auto opened = m_workspace.openedCase(); opened && opened->info().id == caseId)
        return std::shared_ptr<const CaseFile>(opened);
    auto opened = CaseFile::open(m_session.store(), caseId);
    if (!opened) {
        showError(tr("The case could not be opened: %1").arg(opened.errorMessage()));
        return opened.error();
    }
    return std::shared_ptr<const CaseFile>(std::make_shared<CaseFile>(std::move(opened.value())));
}

void ExportActions::showError(const QString& text)
{
    m_workspace.messageBar()->showMessage(text, MessageBar::Kind::Error);
}

} // namespace lantern
