// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"
#include "storage/StatementCache.h"
#include "util/Result.h"
#include "vault/Sealer.h"

#include <optional>
#include <QList>

namespace lantern {

/// The answers table: one row per case and question holding the current answer. The question id,
/// session id and time are in clear; the answer (state, value, note) and its source are sealed.
class AnswerRepository
{
public:
    AnswerRepository(StatementCache& statements, const Sealer& sealer)
        : m_statements(statements)
        , m_sealer(sealer)
    {
    }

    /// The current answer to one question, or nullopt when it has none.
    Result<std::optional<AnswerRecord>> find(const CaseId& caseId, const QString& questionId);
    /// Inserts or replaces the answer to `record.questionId`; call inside a transaction.
    /// `replacing`: the question is known to have a stored answer (a plain update is tried first).
    /// Returns the answer's audit text (the JSON it sealed, as auditText() gives it).
    Result<QString> put(
        const CaseId& caseId, const AnswerRecord& record, bool replacing, const QString& consequence);
    /// Every answer of a case, ordered by question id.
    Result<QList<AnswerRecord>> all(const CaseId& caseId);

    /// The JSON text an answer record is shown as in the audit trail (answer and source).
    static QString auditText(const AnswerRecord& record);

private:
    Result<QList<AnswerRecord>> select(const CaseId& caseId, const QString* questionId);

    StatementCache& m_statements;
    const Sealer& m_sealer;
};

} // namespace lantern
