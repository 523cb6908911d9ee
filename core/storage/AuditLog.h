// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AuditEvent.h"
#include "storage/StatementCache.h"
#include "util/Result.h"
#include "vault/Sealer.h"

#include <QList>

namespace lantern {

/// The append-only audit table. Only the event id, case id and time are in clear; kind, question,
/// from, to and detail are sealed together. Triggers refuse UPDATE and DELETE on the table.
class AuditLog
{
public:
    AuditLog(StatementCache& statements, const Sealer& sealer)
        : m_statements(statements)
        , m_sealer(sealer)
    {
    }

    /// Appends `event` (a null id gets a fresh one); call inside the transaction of the change it records.
    Result<void> append(AuditEvent event, const QString& consequence);
    /// The events of one case, oldest first.
    Result<QList<AuditEvent>> forCase(const CaseId& caseId);
    /// The database-wide events (unlocked, locked), oldest first.
    Result<QList<AuditEvent>> databaseEvents();

private:
    Result<QList<AuditEvent>> select(const QString& where, const QVariantList& bindings);

    StatementCache& m_statements;
    const Sealer& m_sealer;
};

} // namespace lantern
