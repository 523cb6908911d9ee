// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/CaseListModel.h"

#include "cases/CaseStatusText.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace lantern {

namespace {

QPixmap colourMark(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 10, 10);
    return pixmap;
}

} // namespace

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseListModel::setIndex(const CaseIndex* index)
{
    m_index = index;
    refresh();
}

void CaseListModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    refresh();
}

void CaseListModel::refresh()
{
    beginResetModel();
    m_rows = m_index ? m_index->match(m_filter) : QList<qsizetype>();
    endResetModel();
}

const CaseListEntry* CaseListModel::entryAt(int row) const
{
    if (!m_index || row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_index->entries().at(m_rows.at(row));
}

int CaseListModel::rowOf(const CaseId& caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (entryAt(row)->id == caseId)
            return row;
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    const CaseListEntry* entry = entryAt(index.row());
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*entry, index.column());
    case Qt::AccessibleTextRole:
        return display(*entry, index.column());
    case SortRole:
        return sortKey(*entry, index.column());
    case CaseIdRole:
        return entry->id.toString();
    case OutcomeLevelRole:
        return entry->outcomeLevel ? QVariant(*entry->outcomeLevel) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == OutcomeColumn && entry->outcomeLevel)
            return colourMark(CaseStatusText::outcomeColour(entry->outcomeLevel));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn && entry->outcomeLevel)
            return tr("Screening result (level %1): %2").arg(*entry->outcomeLevel).arg(entry->outcomeTitle);
        if (index.column() == ChangedColumn)
            return QLocale().toString(entry->updatedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    default:
        return {};
    }
}

QVariant CaseListModel::display(const CaseListEntry& entry, int column) const
{
    switch (column) {
    case CodeColumn:
        return entry.code;
    case ChecklistColumn:
        return tr("%1 %2").arg(entry.checklist.id, entry.checklist.version);
    case StatusColumn:
        return CaseStatusText::statusName(entry.status);
    case ChangedColumn: {
        const QDateTime local = entry.updatedAt.toLocalTime();
        return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
            + QLocale().toString(local.time(), QLocale::ShortFormat));
    }
    case OutcomeColumn:
        return CaseStatusText::outcomeWords(entry.outcomeLevel, entry.outcomeTitle);
    default:
        return {};
    }
}

QVariant CaseListModel::sortKey(const CaseListEntry& entry, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(entry.status);
    case ChangedColumn:
        return entry.updatedAt;
    case OutcomeColumn:
        // Not assessed sorts below level 0.
        return entry.outcomeLevel ? *entry.outcomeLevel : -1;
    default:
        return display(entry, column);
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Case");
    case ChecklistColumn:
        return tr("Checklist");
    case StatusColumn:
        return tr("Status");
    case ChangedColumn:
        return tr("Last change");
    case OutcomeColumn:
        return tr("Screening result");
    default:
        return {};
    }
}

} // namespace lantern
