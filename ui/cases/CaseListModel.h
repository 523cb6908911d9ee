// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/CaseIndex.h"

#include <QAbstractTableModel>
#include <QList>

namespace lantern {

/// The case list as a table over the in-memory CaseIndex: code, checklist, status, last change,
/// outcome (words, with a colour mark). Filtering uses CaseIndex::match; sorting is done by a
/// QSortFilterProxyModel on SortRole.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, ChecklistColumn, StatusColumn, ChangedColumn, OutcomeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, CaseIdRole, OutcomeLevelRole };

    explicit CaseListModel(QObject* parent = nullptr);

    /// Shows the cases of `index` (not owned; null empties the list, e.g. when locked).
    void setIndex(const CaseIndex* index);
    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    /// Re-reads the index (after a case was added or changed).
    void refresh();

    /// The entry shown in `row`, or null.
    const CaseListEntry* entryAt(int row) const;
    /// The row showing `caseId`, or -1.
    int rowOf(const CaseId& caseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CaseListEntry& entry, int column) const;
    QVariant sortKey(const CaseListEntry& entry, int column) const;

    const CaseIndex* m_index = nullptr;
    CaseFilter m_filter;
    QList<qsizetype> m_rows; ///< positions in m_index->entries()
};

} // namespace lantern
