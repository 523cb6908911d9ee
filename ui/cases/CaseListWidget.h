// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/OpaqueId.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lantern {

class CaseIndex;
class CaseListModel;
class MessageBar;
class Settings;

/// The case list page: search as you type, a status filter, a sortable table, and the actions
/// on the selected case. Reads the in-memory index only; the window carries out the actions.
class CaseListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListWidget(QWidget* parent = nullptr);

    /// Shows `index` (null empties the list, e.g. on lock).
    void setIndex(const CaseIndex* index);
    /// Re-reads the index, keeping the selection.
    void refresh();
    /// The selected case; null when none or several are selected.
    CaseId selectedCase() const;
    /// Every selected case, in the order the table shows them.
    QList<CaseId> selectedCases() const;
    void selectCase(const CaseId& caseId);
    MessageBar* messageBar() const { return m_messages; }
    /// Sets every text again in the current interface language (search, filter and selection stay).
    void retranslate();

    /// Restores and saves the column layout under the "CaseList" prefix.
    void restoreState(const Settings& settings);
    void saveState(Settings& settings) const;

    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QTableView* view() const { return m_view; }
    CaseListModel* model() const { return m_model; }
    /// The model as shown (sorted); rows of view().
    QSortFilterProxyModel* sortedModel() const { return m_sorted; }

Q_SIGNALS:
    void newCaseRequested();
    void openRequested(const lantern::CaseId& caseId);
    void statusRequested(const lantern::CaseId& caseId);
    void auditRequested(const lantern::CaseId& caseId);
    void exportSummaryRequested(const lantern::CaseId& caseId);
    void exportCasesRequested(const QList<lantern::CaseId>& cases);

private:
    void applyFilter();
    void updateActions();
    void updateCount();

    MessageBar* m_messages = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    CaseListModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_changeStatus = nullptr;
    QPushButton* m_audit = nullptr;
    QPushButton* m_exportSummary = nullptr;
    QPushButton* m_exportCases = nullptr;
};

} // namespace lantern
