// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CaseRepository.h"

#include "storage/Schema.h"
#include "storage/SealedJson.h"
#include "vault/Sodium.h"

#include <QCoreApplication>
#include <QSqlError>

namespace lantern {

namespace {

using namespace schema;

QString saveConsequence()
{
    return QCoreApplication::translate("lantern::CaseRepository", "the case was not saved");
}

QString readConsequence()
{
    return QCoreApplication::translate("lantern::CaseRepository", "the cases could not be read");
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

struct SealedCaseFields
{
    QByteArray code;
    QByteArray status;
};

Result<SealedCaseFields> sealCaseFields(const Sealer& sealer, const Case& c)
{
    auto code = sealJson(
        sealer, { { QStringLiteral("code"), c.code } }, { cases::kTable, c.id.toString(), cases::kCode });
    if (!code)
        return code.error();
    auto status = sealJson(sealer,
        { { QStringLiteral("status"), toString(c.status) }, { QStringLiteral("reason"), c.statusReason } },
        { cases::kTable, c.id.toString(), cases::kStatus });
    if (!status)
        return status.error();
    return SealedCaseFields { std::move(code).value(), std::move(status).value() };
}

} // namespace

Result<void> CaseRepository::pinChecklist(const ChecklistPin& pin, const QByteArray& canonical, qint64 nowMs)
{
    return m_statements.exec(
        QStringLiteral(
            "INSERT INTO %1 (%2, %3, %4, %5, %6) VALUES (?, ?, ?, ?, ?) ON CONFLICT (%2) DO NOTHING")
            .arg(checklists::kTable, checklists::kSha256, checklists::kChecklistId, checklists::kVersion,
                checklists::kCanonical, checklists::kPinnedAt),
        { pin.sha256, pin.id, pin.version, canonical, nowMs },
        QCoreApplication::translate("lantern::CaseRepository", "the checklist was not stored"));
}

Result<std::optional<QByteArray>> CaseRepository::pinnedChecklist(const QString& sha256)
{
    auto bytes
        = m_statements.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                  .arg(checklists::kCanonical, checklists::kTable, checklists::kSha256),
            { sha256 },
            QCoreApplication::translate("lantern::CaseRepository", "the checklist could not be read"));
    if (!bytes)
        return bytes.error();
    if (!bytes->isValid())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(bytes->toByteArray());
}

Result<std::optional<ChecklistPin>> CaseRepository::findPin(const QString& sha256)
{
    std::optional<ChecklistPin> pin;
    auto read = m_statements.select(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = ?")
            .arg(checklists::kChecklistId, checklists::kVersion, checklists::kTable, checklists::kSha256),
        { sha256 }, QCoreApplication::translate("lantern::CaseRepository", "the checklist could not be read"),
        [&](SqlRows& rows) -> Result<void> {
            if (rows.next())
                pin = ChecklistPin { rows.text(0), rows.text(1), sha256 };
            return {};
        });
    if (!read)
        return read.error();
    return pin;
}

Result<QString> CaseRepository::nextCode(int year)
{
    const QString key = QString(meta::kCodeSequencePrefix) + QString::number(year);
    auto last = m_statements.scalar(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(meta::kValue, meta::kTable, meta::kKey), { key },
        saveConsequence());
    if (!last)
        return last.error();
    const qint64 next = last->toLongLong() + 1;
    auto stored = m_statements.exec(
        QStringLiteral(
            "INSERT INTO %1 (%2, %3) VALUES (?, ?) ON CONFLICT (%2) DO UPDATE SET %3 = excluded.%3")
            .arg(meta::kTable, meta::kKey, meta::kValue),
        { key, QString::number(next) }, saveConsequence());
    if (!stored)
        return stored.error();
    return formatCaseCode(year, next);
}

Result<void> CaseRepository::insert(const Case& c)
{
    auto sealed = sealCaseFields(m_sealer, c);
    if (!sealed)
        return sealed.error();
    return m_statements.exec(
        QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7) VALUES (?, ?, ?, ?, ?, ?)")
            .arg(cases::kTable, cases::kId, cases::kChecklistSha256, cases::kCreatedAt, cases::kUpdatedAt,
                cases::kCode, cases::kStatus),
        { c.id.toString(), c.checklist.sha256, c.createdAt.toMSecsSinceEpoch(),
            c.updatedAt.toMSecsSinceEpoch(), sealed->code, sealed->status },
        QCoreApplication::translate("lantern::CaseRepository", "the case was not created"));
}

Result<void> CaseRepository::update(const Case& c, const QString& consequence)
{
    auto sealed = sealCaseFields(m_sealer, c);
    if (!sealed)
        return sealed.error();
    return m_statements.exec(
        QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ? WHERE %5 = ?")
            .arg(cases::kTable, cases::kCode, cases::kStatus, cases::kUpdatedAt, cases::kId),
        { sealed->code, sealed->status, c.updatedAt.toMSecsSinceEpoch(), c.id.toString() }, consequence);
}

Result<std::optional<Case>> CaseRepository::find(const CaseId& id)
{
    auto found = selectCases(QStringLiteral("c.%1 = ?").arg(cases::kId), { id.toString() });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Case>();
    return std::optional<Case>(found->first());
}

Result<QList<Case>> CaseRepository::all()
{
    return selectCases(QStringLiteral("1"), {});
}

Result<QList<Case>> CaseRepository::selectCases(const QString& where, const QVariantList& bindings)
{
    QList<Case> result;
    auto read = m_statements.select(
        QStringLiteral(
            "SELECT c.%1, c.%2, c.%3, c.%4, c.%5, c.%6, k.%7, k.%8 FROM %9 c JOIN %10 k ON k.%11 = c.%2 "
            "WHERE %12 ORDER BY c.%3, c.rowid")
            .arg(cases::kId, cases::kChecklistSha256, cases::kCreatedAt, cases::kUpdatedAt, cases::kCode,
                cases::kStatus, checklists::kChecklistId, checklists::kVersion, cases::kTable)
            .arg(checklists::kTable, checklists::kSha256, where),
        bindings, readConsequence(), [&](SqlRows& rows) -> Result<void> {
            while (rows.next()) {
                Case c;
                c.id = CaseId::fromString(rows.text(0));
                c.checklist
                    = { rows.text(6), rows.text(7), rows.text(1) };
                c.createdAt = fromMs(rows.integer(2));
                c.updatedAt = fromMs(rows.integer(3));
                auto code = openJson(
                    m_sealer, rows.blob(4), { cases::kTable, c.id.toString(), cases::kCode });
                if (!code)
                    return code.error();
                auto status = openJson(m_sealer, rows.blob(5),
                    { cases::kTable, c.id.toString(), cases::kStatus });
                if (!status)
                    return status.error();
                const auto statusValue = caseStatusFromString(status->value(u"status").toString());
                if (c.id.isNull() || !statusValue)
                    return vault_error::integrity();
                c.code = code->value(u"code").toString();
                c.status = *statusValue;
                c.statusReason = status->value(u"reason").toString();
                result.append(std::move(c));
            }
            return {};
        });
    if (!read)
        return read.error();
    return result;
}

Result<void> CaseRepository::insertSession(const Session& session)
{
    auto detail = sealJson(m_sealer,
        { { QStringLiteral("interpreter"), session.interpreterUsed },
            { QStringLiteral("language"), session.language },
            { QStringLiteral("interface_language"), session.interfaceLanguage } },
        { sessions::kTable, session.id.toString() + u'|' + session.caseId.toString(), sessions::kDetail });
    if (!detail)
        return detail.error();
    return m_statements.exec(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6) VALUES (?, ?, ?, ?, ?)")
                                 .arg(sessions::kTable, sessions::kId, sessions::kCaseId,
                                     sessions::kStartedAt, sessions::kEndedAt, sessions::kDetail),
        { session.id.toString(), session.caseId.toString(), session.start.toMSecsSinceEpoch(),
            session.end.isValid() ? QVariant(session.end.toMSecsSinceEpoch()) : QVariant(), *detail },
        QCoreApplication::translate("lantern::CaseRepository", "the session was not saved"));
}

Result<void> CaseRepository::endSession(const SessionId& id, const QDateTime& end)
{
    return m_statements.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                                 .arg(sessions::kTable, sessions::kEndedAt, sessions::kId),
        { end.toMSecsSinceEpoch(), id.toString() },
        QCoreApplication::translate("lantern::CaseRepository", "the session was not saved"));
}

Result<std::optional<Session>> CaseRepository::findSession(const SessionId& id)
{
    auto found = selectSessions(QStringLiteral("%1 = ?").arg(sessions::kId), { id.toString() });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Session>();
    return std::optional<Session>(found->first());
}

Result<QList<Session>> CaseRepository::sessions(const CaseId& caseId)
{
    return selectSessions(QStringLiteral("%1 = ?").arg(sessions::kCaseId), { caseId.toString() });
}

Result<QList<Session>> CaseRepository::selectSessions(const QString& where, const QVariantList& bindings)
{
    QList<Session> result;
    auto read
        = m_statements.select(QStringLiteral("SELECT %1, %2, %3, %4, %5 FROM %6 WHERE %7 ORDER BY %3, rowid")
                                  .arg(sessions::kId, sessions::kCaseId, sessions::kStartedAt,
                                      sessions::kEndedAt, sessions::kDetail, sessions::kTable, where),
            bindings, readConsequence(), [&](SqlRows& rows) -> Result<void> {
                while (rows.next()) {
                    Session session;
                    session.id = SessionId::fromString(rows.text(0));
                    session.caseId = CaseId::fromString(rows.text(1));
                    session.start = fromMs(rows.integer(2));
                    if (!rows.isNull(3))
                        session.end = fromMs(rows.integer(3));
                    auto detail = openJson(m_sealer, rows.blob(4),
                        { sessions::kTable, session.id.toString() + u'|' + session.caseId.toString(),
                            sessions::kDetail });
                    if (!detail)
                        return detail.error();
                    session.interpreterUsed = detail->value(u"interpreter").toBool();
                    session.language = detail->value(u"language").toString();
                    session.interfaceLanguage = detail->value(u"interface_language").toString();
                    result.append(std::move(session));
                }
                return {};
            });
    if (!read)
        return read.error();
    return result;
}

} // namespace lantern
