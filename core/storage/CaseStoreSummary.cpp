// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: the case list's derived summaries and the bulk read that builds the list. Answer and
// status writes themselves are in CaseStoreContent.cpp (saveAnswer, saveStatus).
#include "storage/CaseStore.h"
#include "storage/CaseSummaryRepository.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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

Result<std::optional<QStringList>> CaseStore::searchableQuestions(const QString& checklistId)
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    if (const auto known = m_searchable.constFind(checklistId); known != m_searchable.constEnd())
        return *known;
    auto stored = m_connection->statements().scalar(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(schema::meta::kValue, schema::meta::kTable, schema::meta::kKey),
        { QString(QString(schema::meta::kSearchablePrefix) + checklistId) },
        QCoreApplication::translate("lantern::CaseStoreSummary", "the searchable answers could not be read"));
    if (!stored)
        return stored.error();
    // Written by setSearchableQuestions() only; anything else is read as "no choice".
    std::optional<QStringList> chosen;
    const QJsonDocument document = QJsonDocument::fromJson(stored->toString().toUtf8());
    if (stored->isValid() && document.isArray()) {
        chosen.emplace();
        for (const QJsonValue& id : document.array()) {
            if (id.isString())
                chosen->append(id.toString());
        }
    }
    m_searchable.insert(checklistId, chosen);
    return chosen;
}

Result<void> CaseStore::setSearchableQuestions(
    const QString& checklistId, const std::optional<QStringList>& questionIds)
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    StatementCache& statements = m_connection->statements();
    const QString key = QString(schema::meta::kSearchablePrefix) + checklistId;
    const QString consequence
        = QCoreApplication::translate("lantern::CaseStoreSummary", "the searchable answers were not changed");
    m_searchable.remove(checklistId); // read again next time, whatever happens below
    if (!questionIds) {
        return statements.exec(
            QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(schema::meta::kTable, schema::meta::kKey), { key }, consequence);
    }
    const QString ids = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(*questionIds)).toJson(QJsonDocument::Compact));
    return statements.exec(
        QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?) ON CONFLICT (%2) DO UPDATE SET %3 = excluded.%3")
            .arg(schema::meta::kTable, schema::meta::kKey, schema::meta::kValue),
        { key, ids }, consequence);
}

} // namespace lantern
