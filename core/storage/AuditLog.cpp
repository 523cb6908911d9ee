// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditLog.h"

#include "storage/JsonText.h"
#include "storage/Schema.h"
#include "storage/SealedJson.h"
#include "vault/Sodium.h"

#include <QCoreApplication>
#include <QSqlError>

namespace lantern {

namespace {

using namespace schema;

// The case and time are in clear; binding them into the associated data means an event moved to
// another case or re-dated no longer opens.
SealedSlot bodySlot(const AuditEvent& event)
{
    const QString caseId = event.caseId.isNull() ? QStringLiteral("-") : event.caseId.toString();
    return { audit::kTable,
        event.id.toString() + u'|' + caseId + u'|' + QString::number(event.time.toMSecsSinceEpoch()),
        audit::kBody };
}

QString readConsequence()
{
    return QCoreApplication::translate("lantern::AuditLog", "the audit trail could not be read");
}

} // namespace

Result<void> AuditLog::append(AuditEvent event, const QString& consequence)
{
    if (event.id.isNull())
        event.id = AuditEventId::generate();
    const QByteArray body = jsonObjectOfStrings({
        { QLatin1StringView("detail"), event.detail },
        { QLatin1StringView("from"), event.from },
        { QLatin1StringView("kind"), toString(event.kind) },
        { QLatin1StringView("question"), event.questionId },
        { QLatin1StringView("to"), event.to },
    });
    auto sealed = m_sealer.seal(body, bodySlot(event).associatedData());
    if (!sealed)
        return sealed.error();
    static const QString sql = QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES (?, ?, ?, ?)")
                                   .arg(audit::kTable, audit::kId, audit::kCaseId, audit::kAt, audit::kBody);
    return m_statements.exec(sql,
        { event.id.toString(), event.caseId.isNull() ? QVariant() : QVariant(event.caseId.toString()),
            event.time.toMSecsSinceEpoch(), *sealed },
        consequence);
}

Result<QList<AuditEvent>> AuditLog::forCase(const CaseId& caseId)
{
    return select(QStringLiteral("%1 = ?").arg(audit::kCaseId), { caseId.toString() });
}

Result<QList<AuditEvent>> AuditLog::databaseEvents()
{
    return select(QStringLiteral("%1 IS NULL").arg(audit::kCaseId), {});
}

Result<QList<AuditEvent>> AuditLog::select(const QString& where, const QVariantList& bindings)
{
    QList<AuditEvent> events;
    auto read = m_statements.select(
        QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE %6 ORDER BY %7")
            .arg(audit::kId, audit::kCaseId, audit::kAt, audit::kBody, audit::kTable, where, audit::kSeq),
        bindings, readConsequence(), [&](SqlRows& rows) -> Result<void> {
            while (rows.next()) {
                AuditEvent event;
                event.id = AuditEventId::fromString(rows.text(0));
                event.caseId = CaseId::fromString(rows.text(1));
                event.time = QDateTime::fromMSecsSinceEpoch(rows.integer(2), Qt::UTC);
                auto body = openJson(m_sealer, rows.blob(3), bodySlot(event));
                if (!body)
                    return body.error();
                const auto kind = auditKindFromString(body->value(u"kind").toString());
                if (!kind)
                    return vault_error::integrity();
                event.kind = *kind;
                event.questionId = body->value(u"question").toString();
                event.from = body->value(u"from").toString();
                event.to = body->value(u"to").toString();
                event.detail = body->value(u"detail").toString();
                events.append(std::move(event));
            }
            return {};
        });
    if (!read)
        return read.error();
    return events;
}

} // namespace lantern
