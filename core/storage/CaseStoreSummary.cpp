// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: the case list's derived summaries and the bulk read that builds the list. Answer and
// status writes themselves are in CaseStoreContent.cpp (saveAnswer, saveStatus).
#include "storage/CaseStore.h"
#include "storage/CaseSummaryRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace lantern {

Result<AnswerRecord> CaseStore::setAnswer(const CaseId& caseId, AnswerRecord record)
{
    return saveAnswer(caseId, std::move(record), nullptr);
}

Result<AnswerRecord> CaseStore::setAnswer(
    const CaseId& caseId, AnswerRecord record, const QJsonObject& summary)
{
    return saveAnswer(caseId, std::move(record), &summary);
}

Result<void> CaseStore::setStatus(const CaseId& caseId, CaseStatus status, const QString& reason)
{
    return saveStatus(caseId, status, reason, nullptr);
}

Result<void> CaseStore::setStatus(
    const CaseId& caseId, CaseStatus status, const QString& reason, const QJsonObject& summary)
{
    return saveStatus(caseId, status, reason, &summary);
}

Result<void> CaseStore::setSummary(const CaseId& caseId, const QJsonObject& summary)
{
    if (auto found = requireCase(caseId); !found)
        return found.error();
    StatementCache& statements = m_connection->statements();
    const QString consequence
        = QCoreApplication::translate("lantern::CaseStoreSummary", "the case list entry was not updated");
    return inTransaction(statements, consequence,
        [&] { return CaseSummaryRepository(statements, m_sealer).put(caseId, &summary, consequence); });
}

Result<QJsonObject> CaseStore::summary(const CaseId& caseId)
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    return CaseSummaryRepository(m_connection->statements(), m_sealer).find(caseId);
}

Result<QList<CaseListRow>> CaseStore::caseListRows()
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    return CaseSummaryRepository(m_connection->statements(), m_sealer).rows();
}

} // namespace lantern
