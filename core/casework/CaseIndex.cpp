// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/CaseIndex.h"

#include "casework/CaseSummary.h"

#include <QStringMatcher>

namespace lantern {

Result<CaseIndex> CaseIndex::build(CaseStore& store)
{
    auto rows = store.caseListRows();
    if (!rows)
        return rows.error();
    CaseIndex index;
    index.m_entries.reserve(rows->size());
    index.m_searchText.reserve(rows->size());
    index.m_positions.reserve(rows->size());
    for (CaseListRow& row : rows.value()) {
        CaseListEntry entry;
        entry.id = row.info.id;
        entry.code = std::move(row.info.code);
        entry.checklist = std::move(row.info.checklist);
        entry.status = row.info.status;
        entry.createdAt = row.info.createdAt;
        entry.updatedAt = row.info.updatedAt;
        // No summary (a case from an older version): the outcome shows as not yet known.
        if (const auto summary = CaseSummary::fromJson(row.summary)) {
            entry.outcomeLevel = summary->outcomeLevel;
            entry.outcomeTitle = summary->outcomeTitle;
            entry.answeredCount = summary->answered;
            entry.searchText = summary->search;
        }
        index.upsert(std::move(entry));
    }
    return index;
}

// Folded once here so a search only compares, never re-folds 100,000 entries per keystroke.
QString CaseIndex::searchKey(const CaseListEntry& entry)
{
    QString key = entry.code % u'\n' % entry.outcomeTitle % u'\n' % entry.searchText;
    return std::move(key).toCaseFolded(); // folds in place
}

QList<qsizetype> CaseIndex::match(const CaseFilter& filter) const
{
    const QString needle = filter.text.trimmed().toCaseFolded();
    // Prepared once per search instead of once per entry.
    const QStringMatcher matcher(needle, Qt::CaseSensitive);
    QList<qsizetype> result;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (filter.status && m_entries.at(i).status != *filter.status)
            continue;
        if (!needle.isEmpty() && matcher.indexIn(m_searchText.at(i)) < 0)
            continue;
        result.append(i);
    }
    return result;
}

void CaseIndex::upsert(CaseListEntry entry)
{
    QString key = searchKey(entry);
    const auto it = m_positions.constFind(entry.id);
    if (it != m_positions.constEnd()) {
        m_entries[*it] = std::move(entry);
        m_searchText[*it] = std::move(key);
        return;
    }
    m_positions.insert(entry.id, m_entries.size());
    m_entries.append(std::move(entry));
    m_searchText.append(std::move(key));
}

const CaseListEntry* CaseIndex::find(const CaseId& caseId) const
{
    const auto it = m_positions.constFind(caseId);
    return it == m_positions.constEnd() ? nullptr : &m_entries.at(*it);
}

} // namespace lantern
