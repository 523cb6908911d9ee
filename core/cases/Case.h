// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/OpaqueId.h"
#include "util/Catalogue.h"

#include <optional>
#include <QDateTime>
#include <QString>

namespace lantern {

/// Where a case stands in the caseworker's process. Never a verdict about the person.
enum class CaseStatus { Open, Assessed, Referred, Closed };

/// "open", "assessed", "referred", "closed".
QString toString(CaseStatus status);
/// The status a name from toString() denotes; nullopt for anything else.
std::optional<CaseStatus> caseStatusFromString(const QString& name);
/// "Open", "Assessed", "Referred", "Closed" for a reader: in the interface's language, or `words'`.
QString caseStatusInWords(CaseStatus status, const Catalogue& words = Catalogue());

/// The exact checklist a case was started with: id, version and SHA-256 (lowercase hex) of its
/// canonical bytes. The database keeps those bytes, so the case re-renders identically later.
struct ChecklistPin
{
    QString id;
    QString version;
    QString sha256;

    friend bool operator==(const ChecklistPin&, const ChecklistPin&) = default;
};

/// One screening case. Its answers and audit trail are stored beside it, keyed by its id.
struct Case
{
    CaseId id;
    QString code; ///< human case code, e.g. "2026-0042"; generated, editable
    CaseStatus status = CaseStatus::Open;
    QString statusReason; ///< why the status was set (e.g. why a case was closed); may be empty
    ChecklistPin checklist;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// An interview session: answers name the session they were given in.
struct Session
{
    SessionId id;
    CaseId caseId;
    QDateTime start;
    QDateTime end; ///< invalid while the session is running
    bool interpreterUsed = false;
    QString language; ///< BCP 47 tag of the interview language (the interviewee's), e.g. "th"
    QString interfaceLanguage; ///< the caseworker's language on screen, e.g. "en"; empty in old records

    friend bool operator==(const Session&, const Session&) = default;
};

/// The generated form of a case code: the year and a per-year sequence number, "2026-0042".
QString formatCaseCode(int year, qint64 sequence);

} // namespace lantern
