// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: answers. A save writes the answer, its audit event (from -> to) and the case's list
// stamp in one durable transaction; the open case's answers spare it reading the one it replaces.
#include "storage/AnswerRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/CaseStore.h"
#include "storage/CaseSummaryRepository.h"
#include "storage/OpenCaseAnswers.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace lantern {

namespace {

// Moves when another connection commits, never for this connection's own writes.
Result<qint64> dataVersion(StatementCache& statements, const QString& consequence)
{
    auto version = statements.scalar(QStringLiteral("PRAGMA data_version"), {}, consequence);
    if (!version)
        return version.error();
    return version->toLongLong();
}

// The audit text is made when a save needs it: opening a case (or exporting it) reads all its
// answers, and most of them are never changed afterwards.
OpenCaseAnswers::Stored storedOf(const AnswerRecord& record, bool withAuditText)
{
    return { record.answer, record.source, withAuditText ? AnswerRepository::auditText(record) : QString() };
}

// The answer a save replaces: from the open case's answers when they are known to be current,
// else read (and decrypted) from the database.
Result<std::optional<OpenCaseAnswers::Stored>> previousAnswer(OpenCaseAnswers& openCase,
    AnswerRepository& answers, const CaseId& caseId, const QString& questionId, qint64 dataVersion)
{
    OpenCaseAnswers::Known known = openCase.find(caseId, questionId, dataVersion);
    if (known.known) {
        if (known.stored && known.stored->auditText.isEmpty())
            known.stored->auditText = AnswerRepository::auditText(
                { questionId, known.stored->answer, known.stored->source, {}, {} });
        return std::move(known.stored);
    }
    auto found = answers.find(caseId, questionId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<OpenCaseAnswers::Stored>();
    return std::optional<OpenCaseAnswers::Stored>(storedOf(**found, true));
}

} // namespace

Result<AnswerRecord> CaseStore::saveAnswer(
    const CaseId& caseId, AnswerRecord record, const QJsonObject* summary)
{
    if (record.questionId.isEmpty())
        return Error { QCoreApplication::translate(
            "lantern::CaseStoreContent", "an answer needs a question") };
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    record.time = now();
    StatementCache& statements = m_connection->statements();
    const QString consequence
        = QCoreApplication::translate("lantern::CaseStoreContent", "the answer was not saved");
    AnswerRepository answers(statements, m_sealer);
    OpenCaseAnswers::Stored saved;
    qint64 savedVersion = -1;
    // Every check and read is inside the one write transaction: nothing can change between them,
    // and the save takes the database's locks once.
    auto committed = inTransaction(statements, consequence, [&]() -> Result<void> {
        // Stamping the case first doubles as its existence check: no row changed, no such case.
        // Only the time and the derived summary change: code and status are not resealed.
        auto touched
            = CaseSummaryRepository(statements, m_sealer).touch(caseId, record.time, summary, consequence);
        if (!touched)
            return touched.error();
        if (!*touched)
            return noSuchCase();
        if (!record.sessionId.isNull()) {
            auto session = CaseRepository(statements, m_sealer).findSession(record.sessionId);
            if (!session)
                return session.error();
            if (!session->has_value() || (*session)->caseId != caseId)
                return Error { QCoreApplication::translate(
                    "lantern::CaseStoreContent", "the answer's interview session belongs to another case") };
        }
        auto version = dataVersion(statements, consequence);
        if (!version)
            return version.error();
        savedVersion = *version;
        auto previous = previousAnswer(m_openCase, answers, caseId, record.questionId, *version);
        if (!previous)
            return previous.error();
        auto put = answers.put(caseId, record, previous->has_value(), consequence);
        if (!put)
            return put.error();
        saved = { record.answer, record.source, *put };
        AuditEvent event { {}, caseId, record.time, AuditKind::Answered, record.questionId, {}, *put, {} };
        if (previous->has_value()) {
            const OpenCaseAnswers::Stored& before = **previous;
            event.from = before.auditText;
            if (event.from == event.to)
                return {}; // nothing changed: no audit noise
            const bool onlyNote = sameValue(before.answer, record.answer) && before.source == record.source;
            event.kind = onlyNote ? AuditKind::NoteEdited : AuditKind::Changed;
        }
        return AuditLog(statements, m_sealer).append(event, consequence);
    });
    if (!committed)
        return committed.error();
    m_openCase.remember(caseId, record.questionId, std::move(saved), savedVersion);
    return record;
}

Result<CaseAnswers> CaseStore::answers(const CaseId& caseId)
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    StatementCache& statements = m_connection->statements();
    // Read before the answers: a write in between makes the next save read again.
    auto version = dataVersion(statements,
        QCoreApplication::translate("lantern::CaseStoreContent", "the answers could not be read"));
    if (!version)
        return version.error();
    auto records = AnswerRepository(statements, m_sealer).all(caseId);
    if (!records)
        return records.error();
    CaseAnswers result;
    result.records = std::move(records).value();
    QHash<QString, OpenCaseAnswers::Stored> stored;
    for (const AnswerRecord& record : std::as_const(result.records)) {
        result.answers.set(record.questionId, record.answer);
        stored.insert(record.questionId, storedOf(record, false));
    }
    m_openCase.fill(caseId, std::move(stored), *version);
    return result;
}

} // namespace lantern
