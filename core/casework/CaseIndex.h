// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "storage/CaseStore.h"
#include "util/Result.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace lantern {

/// One row of the case list, decrypted once at unlock and kept in memory.
struct CaseListEntry
{
    CaseId id;
    QString code;
    ChecklistPin checklist;
    CaseStatus status = CaseStatus::Open;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<int> outcomeLevel; ///< from the case's summary; nullopt until first assessed
    QString outcomeTitle; ///< the outcome's title in the checklist's default language
    int answeredCount = 0;
    QString searchText; ///< the summary's extra searchable text (answers to non-sensitive text questions)
};

/// What the case list shows: a status filter and free text matched against the code, the
/// outcome title and the fields the user chose to make searchable (case-insensitive).
struct CaseFilter
{
    QString text;
    std::optional<CaseStatus> status;
};

/// The in-memory index of an unlocked store's cases: built once (decrypting each case's code,
/// status and summary), then serves listing, sorting, filtering and search without touching the
/// database or decrypting again. Kept current by upsert() after each change.
class CaseIndex
{
public:
    static Result<CaseIndex> build(CaseStore& store);

    const QList<CaseListEntry>& entries() const { return m_entries; }
    /// Positions in entries() that pass `filter`, in entries() order.
    QList<qsizetype> match(const CaseFilter& filter) const;
    /// Inserts or replaces the entry with the same id.
    void upsert(CaseListEntry entry);
    const CaseListEntry* find(const CaseId& caseId) const;

private:
    static QString searchKey(const CaseListEntry& entry);

    QList<CaseListEntry> m_entries;
    QHash<CaseId, qsizetype> m_positions; ///< id -> index in m_entries
    QList<QString> m_searchText; ///< folded text per entry, parallel to m_entries
};

} // namespace lantern
