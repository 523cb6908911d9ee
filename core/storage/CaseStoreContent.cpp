// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: cases, sessions, answers and the audit trail. Each write is one transaction that also
// appends its audit event, so the trail never misses a committed change.
#include "checklist/ChecklistLoader.h"
#include "storage/AnswerRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/CaseStore.h"
#include "storage/CaseSummaryRepository.h"
#include "storage/OpenCaseAnswers.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace lantern {

namespace {

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString statusText(const Case& c)
{
    return jsonText(
        { { QStringLiteral("status"), toString(c.status) }, { QStringLiteral("reason"), c.statusReason } });
}

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

Error noSuchCase()
{
    return Error { QCoreApplication::translate(
        "lantern::CaseStoreContent", "there is no such case in this database") };
}

} // namespace

Result<ChecklistPin> CaseStore::pinChecklist(const QByteArray& canonicalBytes, const QString& sha256)
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    const QString actual
        = QString::fromLatin1(QCryptographicHash::hash(canonicalBytes, QCryptographicHash::Sha256).toHex());
    if (actual != sha256)
        return Error { QCoreApplication::translate(
            "lantern::CaseStoreContent", "the checklist does not match its SHA-256; it was not stored") };
    const ChecklistLoad load = ChecklistLoader::loadBytes(canonicalBytes, QStringLiteral("pinned checklist"));
    if (!load.ok())
        return Error { QCoreApplication::translate(
            "lantern::CaseStoreContent", "the checklist is not valid; it was not stored") };
    const ChecklistPin pin { load.checklist->id, load.checklist->version, sha256 };
    StatementCache& statements = m_connection->statements();
    const QString consequence
        = QCoreApplication::translate("lantern::CaseStoreContent", "the checklist was not stored");
    auto stored = inTransaction(statements, consequence, [&] {
        return CaseRepository(statements, m_sealer)
            .pinChecklist(pin, canonicalBytes, now().toMSecsSinceEpoch());
    });
    if (!stored)
        return stored.error();
    return pin;
}

Result<QByteArray> CaseStore::pinnedChecklist(const QString& sha256)
{
    auto bytes = CaseRepository(m_connection->statements(), m_sealer).pinnedChecklist(sha256);
    if (!bytes)
        return bytes.error();
    if (!bytes->has_value())
        return Error { QCoreApplication::translate(
            "lantern::CaseStoreContent", "the case's checklist is not stored in this database") };
    return **bytes;
}

Result<Case> CaseStore::newCase(const ChecklistPin& checklist, const QString& code)
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    StatementCache& statements = m_connection->statements();
    CaseRepository repository(statements, m_sealer);
    auto pin = repository.findPin(checklist.sha256);
    if (!pin)
        return pin.error();
    if (!pin->has_value())
        return Error { QCoreApplication::translate(
            "lantern::CaseStoreContent", "the case's checklist is not stored in this database") };
    Case c;
    c.id = CaseId::generate();
    c.checklist = **pin;
    c.createdAt = now();
    c.updatedAt = c.createdAt;
    const QString consequence
        = QCoreApplication::translate("lantern::CaseStoreContent", "the case was not created");
    auto created = inTransaction(statements, consequence, [&]() -> Result<void> {
        if (code.trimmed().isEmpty()) {
            auto generated = repository.nextCode(c.createdAt.date().year());
            if (!generated)
                return generated.error();
            c.code = *generated;
        } else {
            c.code = code.trimmed();
        }
        if (auto inserted = repository.insert(c); !inserted)
            return inserted;
        AuditEvent event { {}, c.id, c.createdAt, AuditKind::Created, {}, {},
            jsonText({ { QStringLiteral("code"), c.code } }), c.checklist.id + u'@' + c.checklist.version };
        return AuditLog(statements, m_sealer).append(event, consequence);
    });
    if (!created)
        return created.error();
    return c;
}

Result<Case> CaseStore::requireCase(const CaseId& caseId)
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    auto found = CaseRepository(m_connection->statements(), m_sealer).find(caseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchCase();
    return **found;
}

Result<Case> CaseStore::findCase(const CaseId& caseId)
{
    return requireCase(caseId);
}

Result<QList<Case>> CaseStore::cases()
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    return CaseRepository(m_connection->statements(), m_sealer).all();
}

Result<void> CaseStore::setCode(const CaseId& caseId, const QString& code)
{
    if (code.trimmed().isEmpty())
        return Error { QCoreApplication::translate(
            "lantern::CaseStoreContent", "a case code cannot be empty") };
    auto found = requireCase(caseId);
    if (!found)
        return found.error();
    Case c = std::move(found).value();
    const QString from = jsonText({ { QStringLiteral("code"), c.code } });
    c.code = code.trimmed();
    c.updatedAt = now();
    StatementCache& statements = m_connection->statements();
    const QString consequence
        = QCoreApplication::translate("lantern::CaseStoreContent", "the case code was not changed");
    return inTransaction(statements, consequence, [&]() -> Result<void> {
        if (auto updated = CaseRepository(statements, m_sealer).update(c, consequence); !updated)
            return updated;
        AuditEvent event { {}, c.id, c.updatedAt, AuditKind::Changed, {}, from,
            jsonText({ { QStringLiteral("code"), c.code } }), QStringLiteral("code") };
        return AuditLog(statements, m_sealer).append(event, consequence);
    });
}

Result<void> CaseStore::saveStatus(
    const CaseId& caseId, CaseStatus status, const QString& reason, const QJsonObject* summary)
{
    auto found = requireCase(caseId);
    if (!found)
        return found.error();
    Case c = std::move(found).value();
    const QString from = statusText(c);
    c.status = status;
    c.statusReason = reason;
    c.updatedAt = now();
    StatementCache& statements = m_connection->statements();
    const QString consequence
        = QCoreApplication::translate("lantern::CaseStoreContent", "the status was not changed");
    return inTransaction(statements, consequence, [&]() -> Result<void> {
        if (auto updated = CaseRepository(statements, m_sealer).update(c, consequence); !updated)
            return updated;
        if (summary) {
            if (auto stored = CaseSummaryRepository(statements, m_sealer).put(c.id, summary, consequence);
                !stored)
                return stored;
        }
        AuditEvent event { {}, c.id, c.updatedAt, AuditKind::StatusChanged, {}, from, statusText(c), {} };
        return AuditLog(statements, m_sealer).append(event, consequence);
    });
}

Result<Session> CaseStore::startSession(const CaseId& caseId, bool interpreterUsed, const QString& language,
                                        const QString& interfaceLanguage)
{
    auto found = requireCase(caseId);
    if (!found)
        return found.error();
    Session session { SessionId::generate(), caseId, now(), {}, interpreterUsed, language, interfaceLanguage };
    StatementCache& statements = m_connection->statements();
    auto stored = inTransaction(statements,
        QCoreApplication::translate("lantern::CaseStoreContent", "the session was not saved"),
        [&] { return CaseRepository(statements, m_sealer).insertSession(session); });
    if (!stored)
        return stored.error();
    return session;
}

Result<void> CaseStore::endSession(const SessionId& sessionId)
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    StatementCache& statements = m_connection->statements();
    return inTransaction(statements,
        QCoreApplication::translate("lantern::CaseStoreContent", "the session was not saved"),
        [&] { return CaseRepository(statements, m_sealer).endSession(sessionId, now()); });
}

Result<QList<Session>> CaseStore::sessions(const CaseId& caseId)
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    return CaseRepository(m_connection->statements(), m_sealer).sessions(caseId);
}

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

Result<QList<AuditEvent>> CaseStore::audit(const CaseId& caseId)
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    return AuditLog(m_connection->statements(), m_sealer).forCase(caseId);
}

Result<QList<AuditEvent>> CaseStore::databaseAudit()
{
    if (auto isReady = ready(); !isReady)
        return isReady.error();
    return AuditLog(m_connection->statements(), m_sealer).databaseEvents();
}

} // namespace lantern
