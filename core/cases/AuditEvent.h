// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/OpaqueId.h"

#include <optional>
#include <QDateTime>
#include <QString>

namespace lantern {

/// What an audit event records.
enum class AuditKind {
    Created,
    Answered,
    Changed,
    NoteEdited,
    StatusChanged,
    Exported,
    Unlocked,
    Locked,
    PassphraseChanged,
};

/// "created", "answered", "changed", "note_edited", "status_changed", "exported", "unlocked", "locked",
/// "passphrase_changed".
QString toString(AuditKind kind);
/// The kind a name from toString() denotes; nullopt for anything else.
std::optional<AuditKind> auditKindFromString(const QString& name);

/// One entry of the append-only audit trail. `from` and `to` are JSON text (empty when absent).
struct AuditEvent
{
    AuditEventId id;
    CaseId caseId; ///< null for database-wide events (unlocked, locked, passphrase changed)
    QDateTime time;
    AuditKind kind = AuditKind::Created;
    QString questionId; ///< for answer events
    QString from;
    QString to;
    QString detail;
};

} // namespace lantern
