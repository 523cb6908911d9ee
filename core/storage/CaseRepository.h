// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "storage/StatementCache.h"
#include "util/Result.h"
#include "vault/Sealer.h"

#include <optional>
#include <QByteArray>
#include <QList>

namespace lantern {

/// The cases, sessions and pinned checklists tables. A case's code and status are sealed; its id,
/// checklist hash and times are in clear. Writers must run inside a transaction.
class CaseRepository
{
public:
    CaseRepository(StatementCache& statements, const Sealer& sealer)
        : m_statements(statements)
        , m_sealer(sealer)
    {
    }

    /// Stores a checklist's canonical bytes under its pin unless that hash is already stored.
    Result<void> pinChecklist(const ChecklistPin& pin, const QByteArray& canonical, qint64 nowMs);
    /// The canonical bytes pinned under `sha256`, or nullopt when none are.
    Result<std::optional<QByteArray>> pinnedChecklist(const QString& sha256);
    /// The pin (id, version, hash) stored under `sha256`, or nullopt.
    Result<std::optional<ChecklistPin>> findPin(const QString& sha256);

    /// The next generated code for `year` ("2026-0042"); bumps the per-year sequence.
    Result<QString> nextCode(int year);

    Result<void> insert(const Case& c);
    /// Rewrites the sealed code and status and the update time of an existing case.
    Result<void> update(const Case& c, const QString& consequence);
    /// One case, or nullopt when the id is unknown.
    Result<std::optional<Case>> find(const CaseId& id);
    /// Every case, oldest first.
    Result<QList<Case>> all();

    Result<void> insertSession(const Session& session);
    Result<void> endSession(const SessionId& id, const QDateTime& end);
    /// One session, or nullopt.
    Result<std::optional<Session>> findSession(const SessionId& id);
    /// The sessions of a case, in the order they started.
    Result<QList<Session>> sessions(const CaseId& caseId);

private:
    Result<QList<Case>> selectCases(const QString& where, const QVariantList& bindings);
    Result<QList<Session>> selectSessions(const QString& where, const QVariantList& bindings);

    StatementCache& m_statements;
    const Sealer& m_sealer;
};

} // namespace lantern
