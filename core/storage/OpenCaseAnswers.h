// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"
#include "cases/Case.h"

#include <optional>
#include <QHash>
#include <QString>

namespace lantern {

/// What the answers of the case being worked on say in the audit trail, so that saving an answer
/// need not read and decrypt the one it replaces to write the audit's "from". One case at most
/// (the one the interview holds in memory anyway), and only as long as no other connection has
/// changed the database: every entry is tied to SQLite's data version (PRAGMA data_version),
/// which moves when another connection commits, never for this connection's own writes.
/// Entries are recorded after a commit only, so a rolled-back save leaves none behind.
class OpenCaseAnswers
{
public:
    /// A stored answer as the audit trail compares it.
    struct Stored
    {
        Answer answer;
        AnswerSource source = AnswerSource::SelfReport;
        QString auditText; ///< AnswerRepository::auditText() of the two above; empty until needed
    };
    /// What is known of one question's stored answer.
    struct Known
    {
        bool known = false; ///< false: ask the database
        std::optional<Stored> stored; ///< nullopt: the question has no stored answer
    };

    /// The stored answer of `questionId`, as far as known at `dataVersion`. A different data
    /// version means another connection wrote: everything is forgotten.
    Known find(const CaseId& caseId, const QString& questionId, qint64 dataVersion);

    /// Every stored answer of `caseId`, by question id, read at `dataVersion`: a question missing
    /// from `answers` has no stored answer.
    void fill(const CaseId& caseId, QHash<QString, Stored> answers, qint64 dataVersion);

    /// After a committed save: `questionId` of `caseId` now holds `stored`.
    void remember(const CaseId& caseId, const QString& questionId, Stored stored, qint64 dataVersion);

    /// Forgets everything (lock, restore, any doubt).
    void clear();

private:
    void keepOnly(const CaseId& caseId, qint64 dataVersion);

    CaseId m_caseId;
    qint64 m_dataVersion = -1;
    bool m_complete = false; ///< every stored answer of the case is in m_answers
    QHash<QString, Stored> m_answers;
};

} // namespace lantern
