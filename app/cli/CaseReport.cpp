// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseReport.h"

#include <QJsonDocument>
#include <QStringBuilder>

namespace lantern::cli {

namespace {

QString localTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QStringLiteral("-");
}

QJsonValue utcTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

/// Audit `from`/`to` hold JSON text: embedded as JSON, not as a string of JSON.
QJsonValue embeddedJson(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue();
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return text;
}

/// Audit `from`/`to` are JSON text; shown compactly, "-" when absent.
QString auditValue(const QString& json)
{
    return json.isEmpty() ? QStringLiteral("-") : json;
}

} // namespace

QString CaseReport::valueText(const Answer& answer)
{
    if (answer.state != AnswerState::Answered)
        return toString(answer.state);
    const QJsonValue& value = answer.value;
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isArray())
        return value.toVariant().toStringList().join(QStringLiteral(", "));
    return value.toVariant().toString();
}

QString CaseReport::headerText(const Case& c)
{
    QString out;
    out += QStringLiteral("Case %1\n").arg(c.code);
    out += QStringLiteral("  id:        %1\n").arg(c.id.toString());
    out += QStringLiteral("  status:    %1").arg(toString(c.status));
    if (!c.statusReason.isEmpty())
        out += QStringLiteral(" (%1)").arg(c.statusReason);
    out += u'\n';
    out += QStringLiteral("  checklist: %1 %2\n").arg(c.checklist.id, c.checklist.version);
    out += QStringLiteral("  sha256:    %1\n").arg(c.checklist.sha256);
    out += QStringLiteral("  created:   %1\n").arg(localTime(c.createdAt));
    out += QStringLiteral("  updated:   %1\n").arg(localTime(c.updatedAt));
    return out;
}

QJsonObject CaseReport::headerJson(const Case& c)
{
    return QJsonObject {
        { QStringLiteral("id"), c.id.toString() },
        { QStringLiteral("code"), c.code },
        { QStringLiteral("status"), toString(c.status) },
        { QStringLiteral("status_reason"), orNull(c.statusReason) },
        { QStringLiteral("checklist"),
            QJsonObject { { QStringLiteral("id"), c.checklist.id },
                { QStringLiteral("version"), c.checklist.version },
                { QStringLiteral("sha256"), c.checklist.sha256 } } },
        { QStringLiteral("created_at"), utcTime(c.createdAt) },
        { QStringLiteral("updated_at"), utcTime(c.updatedAt) },
    };
}

QString CaseReport::answersText(const CaseAnswers& answers)
{
    QString out = QStringLiteral("Answers (%1):\n").arg(answers.records.size());
    for (const AnswerRecord& record : answers.records) {
        out += QStringLiteral("  %1 = %2  [%3, %4]\n")
                   .arg(record.questionId, valueText(record.answer), toString(record.source),
                       localTime(record.time));
        if (!record.answer.note.isEmpty())
            out += QStringLiteral("      note: %1\n").arg(record.answer.note);
    }
    return out;
}

QJsonArray CaseReport::answersJson(const CaseAnswers& answers)
{
    QJsonArray array;
    for (const AnswerRecord& record : answers.records) {
        QJsonObject object = answerToJson(record.answer);
        object.insert(QStringLiteral("question"), record.questionId);
        object.insert(QStringLiteral("source"), toString(record.source));
        object.insert(QStringLiteral("session"), orNull(record.sessionId.toString()));
        object.insert(QStringLiteral("time"), utcTime(record.time));
        array.append(object);
    }
    return array;
}

QString CaseReport::listText(const QList<const CaseListEntry*>& entries)
{
    QString out = QStringLiteral("CODE\tSTATUS\tCHECKLIST\tANSWERS\tRESULT\tUPDATED\tID\n");
    for (const CaseListEntry* entry : entries) {
        const QString result = entry->outcomeLevel ? entry->outcomeTitle : QStringLiteral("-");
        out += entry->code % u'\t' % toString(entry->status) % u'\t' % entry->checklist.id % u' '
            % entry->checklist.version % u'\t' % QString::number(entry->answeredCount) % u'\t' % result
            % u'\t' % localTime(entry->updatedAt) % u'\t' % entry->id.toString() % u'\n';
    }
    return out;
}

QJsonArray CaseReport::listJson(const QList<const CaseListEntry*>& entries)
{
    QJsonArray array;
    for (const CaseListEntry* entry : entries) {
        array.append(QJsonObject {
            { QStringLiteral("id"), entry->id.toString() },
            { QStringLiteral("code"), entry->code },
            { QStringLiteral("status"), toString(entry->status) },
            { QStringLiteral("checklist"),
                QJsonObject { { QStringLiteral("id"), entry->checklist.id },
                    { QStringLiteral("version"), entry->checklist.version },
                    { QStringLiteral("sha256"), entry->checklist.sha256 } } },
            { QStringLiteral("answered"), entry->answeredCount },
            { QStringLiteral("outcome_level"),
                entry->outcomeLevel ? QJsonValue(*entry->outcomeLevel) : QJsonValue() },
            { QStringLiteral("outcome_title"),
                entry->outcomeLevel ? QJsonValue(entry->outcomeTitle) : QJsonValue() },
            { QStringLiteral("created_at"), utcTime(entry->createdAt) },
            { QStringLiteral("updated_at"), utcTime(entry->updatedAt) },
        });
    }
    return array;
}

QString CaseReport::auditText(const QList<AuditEvent>& events)
{
    QString out = QStringLiteral("TIME\tEVENT\tQUESTION\tFROM\tTO\tDETAIL\n");
    for (const AuditEvent& event : events) {
        out += localTime(event.time) % u'\t' % toString(event.kind) % u'\t'
            % (event.questionId.isEmpty() ? QStringLiteral("-") : event.questionId) % u'\t'
            % auditValue(event.from) % u'\t' % auditValue(event.to) % u'\t'
            % (event.detail.isEmpty() ? QStringLiteral("-") : event.detail) % u'\n';
    }
    return out;
}

QJsonArray CaseReport::auditJson(const QList<AuditEvent>& events)
{
    QJsonArray array;
    for (const AuditEvent& event : events) {
        array.append(QJsonObject {
            { QStringLiteral("id"), event.id.toString() },
            { QStringLiteral("time"), utcTime(event.time) },
            { QStringLiteral("event"), toString(event.kind) },
            { QStringLiteral("question"), orNull(event.questionId) },
            { QStringLiteral("from"), embeddedJson(event.from) },
            { QStringLiteral("to"), embeddedJson(event.to) },
            { QStringLiteral("detail"), orNull(event.detail) },
        });
    }
    return array;
}

} // namespace lantern::cli
