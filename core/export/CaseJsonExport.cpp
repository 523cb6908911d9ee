// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CaseJsonExport.h"

#include "scoring/AssessmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lantern {

namespace {

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

/// Audit from/to are stored as JSON text; exported as the JSON they hold.
QJsonValue embeddedJson(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue();
    const QByteArray wrapped = QByteArrayLiteral("[") + text.toUtf8() + QByteArrayLiteral("]");
    const QJsonDocument document = QJsonDocument::fromJson(wrapped);
    return document.isArray() && document.array().size() == 1 ? document.array().first() : QJsonValue(text);
}

QJsonObject caseObject(const Case& caseInfo)
{
    return QJsonObject {
        {QStringLiteral("id"), caseInfo.id.toString()},
        {QStringLiteral("code"), caseInfo.code},
        {QStringLiteral("status"), toString(caseInfo.status)},
        {QStringLiteral("status_reason"), caseInfo.statusReason},
        {QStringLiteral("created_at"), timeValue(caseInfo.createdAt)},
        {QStringLiteral("updated_at"), timeValue(caseInfo.updatedAt)},
    };
}

QJsonArray sessionArray(const QList<Session>& sessions)
{
    QJsonArray out;
    for (const Session& session : sessions) {
        out.append(QJsonObject {
            {QStringLiteral("id"), session.id.toString()},
            {QStringLiteral("start"), timeValue(session.start)},
            {QStringLiteral("end"), timeValue(session.end)},
            {QStringLiteral("interpreter_used"), session.interpreterUsed},
            {QStringLiteral("language"), session.language},
        });
    }
    return out;
}

QJsonArray answerArray(const QList<AnswerRecord>& records)
{
    QJsonArray out;
    for (const AnswerRecord& record : records) {
        QJsonObject object = answerToJson(record.answer);
        object.insert(QStringLiteral("question"), record.questionId);
        object.insert(QStringLiteral("source"), toString(record.source));
        object.insert(QStringLiteral("session"),
            record.sessionId.isNull() ? QJsonValue() : QJsonValue(record.sessionId.toString()));
        object.insert(QStringLiteral("time"), timeValue(record.time));
        out.append(object);
    }
    return out;
}

QJsonArray auditArray(const QList<AuditEvent>& events)
{
    QJsonArray out;
    for (const AuditEvent& event : events) {
        QJsonObject object {
            {QStringLiteral("time"), timeValue(event.time)},
            {QStringLiteral("kind"), toString(event.kind)},
        };
        if (!event.questionId.isEmpty())
            object.insert(QStringLiteral("question"), event.questionId);
        if (!event.from.isEmpty())
            object.insert(QStringLiteral("from"), embeddedJson(event.from));
        if (!event.to.isEmpty())
            object.insert(QStringLiteral("to"), embeddedJson(event.to));
        if (!event.detail.isEmpty())
            object.insert(QStringLiteral("detail"), event.detail);
        out.append(object);
    }
    return out;
}

} // namespace

QJsonObject caseToJson(const CaseRecordSet& records, const Checklist& checklist, const Assessment& assessment,
    const QString& language, bool training, const QDateTime& exportedAt)
{
    const ChecklistPin& pin = records.caseInfo.checklist;
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("lantern-case")},
        {QStringLiteral("format_version"), kCaseJsonFormatVersion},
        {QStringLiteral("exported_at"), timeValue(exportedAt)},
        {QStringLiteral("training"), training},
        {QStringLiteral("case"), caseObject(records.caseInfo)},
        {QStringLiteral("checklist"),
            QJsonObject {{QStringLiteral("id"), pin.id}, {QStringLiteral("version"), pin.version},
                {QStringLiteral("sha256"), pin.sha256}}},
        {QStringLiteral("sessions"), sessionArray(records.sessions)},
        {QStringLiteral("answers"), answerArray(records.answers.records)},
        {QStringLiteral("audit"), auditArray(records.audit)},
        {QStringLiteral("assessment"), toJson(assessment, checklist, language)},
    };
}

} // namespace lantern
