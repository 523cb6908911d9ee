// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AuditEvent.h"
#include "cases/Case.h"
#include "scoring/Assessment.h"
#include "storage/CaseStore.h"

#include <QDateTime>
#include <QJsonObject>

namespace lantern {

/// Everything one case holds, for the full-fidelity JSON export (docs/export-formats.md):
/// the case, its pinned checklist reference, sessions, every answer with its state, value,
/// note, source, session and time, the audit trail, and the assessment computed from them.
struct CaseRecordSet
{
    Case caseInfo;
    CaseAnswers answers;
    QList<Session> sessions;
    QList<AuditEvent> audit;
};

/// {"format": "lantern-case", "format_version": 1, ...}; never contains key material. With a
/// `secondLanguage` (other than `language`), every checklist text also comes as `<field>_second`
/// (docs/export-formats.md); the other fields are the same as without it.
QJsonObject caseToJson(const CaseRecordSet& records, const Checklist& checklist, const Assessment& assessment,
    const QString& language, bool training, const QDateTime& exportedAt, const QString& secondLanguage = {});

/// The format name and version written by caseToJson().
inline constexpr int kCaseJsonFormatVersion = 1;

} // namespace lantern
