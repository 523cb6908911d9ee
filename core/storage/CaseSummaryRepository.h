// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CaseStore.h"
#include "storage/StatementCache.h"
#include "util/Result.h"
#include "vault/Sealer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace lantern {

/// The cases table as the case list sees it: the sealed derived summary (schema::cases::kSummary)
/// and the bulk read that builds the list. Writers must run inside a transaction.
class CaseSummaryRepository
{
public:
    CaseSummaryRepository(StatementCache& statements, const Sealer& sealer)
        : m_statements(statements)
        , m_sealer(sealer)
    {
    }

    /// Sets a case's update time and its summary: sealed `*summary`, or NULL (unknown) when null.
    /// False when there is no such case (nothing changed).
    Result<bool> touch(const CaseId& caseId, const QDateTime& updatedAt, const QJsonObject* summary,
        const QString& consequence);
    /// Replaces a case's summary only.
    Result<void> put(const CaseId& caseId, const QJsonObject* summary, const QString& consequence);
    /// One case's summary; empty when it has none.
    Result<QJsonObject> find(const CaseId& caseId);
    /// Every case with its summary, oldest first, in one query.
    Result<QList<CaseListRow>> rows();

private:
    /// A cases row as stored, before opening.
    struct SealedRow
    {
        QString id;
        QString checklistSha256;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        QByteArray code;
        QByteArray status;
        QByteArray summary; ///< null when the case has none
    };
    /// Below this many cases the list is opened on one thread.
    static constexpr qsizetype kParallelRows = 4096;

    Result<QVariant> sealed(const CaseId& caseId, const QJsonObject* summary) const;
    Result<QHash<QString, ChecklistPin>> pins();
    Result<QList<SealedRow>> sealedRows();
    Result<CaseListRow> openRow(const SealedRow& row, const QHash<QString, ChecklistPin>& pins) const;

    StatementCache& m_statements;
    const Sealer& m_sealer;
};

} // namespace lantern
