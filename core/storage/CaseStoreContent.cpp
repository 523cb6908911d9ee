// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: cases, sessions and the audit trail (answers: CaseStoreAnswers.cpp). Each write is one
// transaction that also appends its audit event, so the trail never misses a committed change.
#include "checklist/ChecklistLoader.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/CaseStore.h"
#include "storage/CaseSummaryRepository.h"
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

} // namespace

Error CaseStore::noSuchCase()
{
    return Error { QCoreApplication::translate(
        "lantern::CaseStoreContent", "there is no such case in this database") };
}

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
