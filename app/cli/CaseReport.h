// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AuditEvent.h"
#include "cases/Case.h"
#include "casework/CaseIndex.h"
#include "storage/CaseStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lantern::cli {

/// How lantern-cli prints a case, its answers, the case list and an audit trail: plain text for
/// a terminal and JSON (stable snake_case keys, UTC ISO-8601 times) for scripts.
class CaseReport
{
public:
    CaseReport() = delete;

    /// Code, id, status, pinned checklist and dates, one per line.
    static QString headerText(const Case& c);
    /// {"id", "code", "status", "status_reason", "checklist": {"id", "version", "sha256"}, "created_at",
    /// "updated_at"}
    static QJsonObject headerJson(const Case& c);

    /// Each answer with its source and time, and its note on the next line.
    static QString answersText(const CaseAnswers& answers);
    /// [{"question", "state", "value", "note", "source", "session", "time"}], by question id.
    static QJsonArray answersJson(const CaseAnswers& answers);

    /// One tab-separated line per case, after a header line.
    static QString listText(const QList<const CaseListEntry*>& entries);
    static QJsonArray listJson(const QList<const CaseListEntry*>& entries);

    /// One tab-separated line per event, oldest first.
    static QString auditText(const QList<AuditEvent>& events);
    static QJsonArray auditJson(const QList<AuditEvent>& events);

    /// An answer as a person would say it: yes, no, unknown, 42, "labour, sexual".
    static QString valueText(const Answer& answer);
};

} // namespace lantern::cli
