// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AnswerRepository.h"

#include "storage/Schema.h"
#include "storage/SealedJson.h"
#include "vault/Sodium.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace lantern {

namespace {

using namespace schema;

// A case id is always 32 hex digits, so "<case id>|<question id>" names one row unambiguously.
SealedSlot valueSlot(const CaseId& caseId, const QString& questionId)
{
    return { answers::kTable, caseId.toString() + u'|' + questionId, answers::kValue };
}

QJsonObject sealedBody(const AnswerRecord& record)
{
    return {
        { QStringLiteral("answer"), answerToJson(record.answer) },
        { QStringLiteral("source"), toString(record.source) },
    };
}

// The JSON an answer is sealed as, which is also its audit text.
QByteArray bodyJson(const AnswerRecord& record)
{
    return QJsonDocument(sealedBody(record)).toJson(QJsonDocument::Compact);
}

QString readConsequence()
{
    return QCoreApplication::translate("lantern::AnswerRepository", "the answers could not be read");
}

// The SQL texts are built once: they key the connection's kept statements.
const QString& upsertSql()
{
    static const QString sql = QStringLiteral(
        "INSERT INTO %1 (%2, %3, %4, %5, %6) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (%2, %3) DO UPDATE SET %4 = excluded.%4, %5 = excluded.%5, %6 = excluded.%6")
                                   .arg(answers::kTable, answers::kCaseId, answers::kQuestionId,
                                       answers::kSessionId, answers::kAnsweredAt, answers::kValue);
    return sql;
}

// For an answer known to be stored: the same change without the upsert's conflict handling.
const QString& updateSql()
{
    static const QString sql = QStringLiteral("UPDATE %1 SET %4 = ?, %5 = ?, %6 = ? WHERE %2 = ? AND %3 = ?")
                                   .arg(answers::kTable, answers::kCaseId, answers::kQuestionId,
                                       answers::kSessionId, answers::kAnsweredAt, answers::kValue);
    return sql;
}

QString selectSql(bool oneQuestion)
{
    QString sql = QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE %6 = ?")
                      .arg(answers::kQuestionId, answers::kSessionId, answers::kAnsweredAt, answers::kValue,
                          answers::kTable, answers::kCaseId);
    if (oneQuestion)
        sql += QStringLiteral(" AND %1 = ?").arg(answers::kQuestionId);
    return sql + QStringLiteral(" ORDER BY %1").arg(answers::kQuestionId);
}

} // namespace

Result<std::optional<AnswerRecord>> AnswerRepository::find(const CaseId& caseId, const QString& questionId)
{
    auto found = select(caseId, &questionId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<AnswerRecord>();
    return std::optional<AnswerRecord>(found->first());
}

Result<QList<AnswerRecord>> AnswerRepository::all(const CaseId& caseId)
{
    return select(caseId, nullptr);
}

Result<QString> AnswerRepository::put(
    const CaseId& caseId, const AnswerRecord& record, bool replacing, const QString& consequence)
{
    const QByteArray body = bodyJson(record); // sealed, and returned as the audit text
    auto sealed = m_sealer.seal(body, valueSlot(caseId, record.questionId).associatedData());
    if (!sealed)
        return sealed.error();
    const QVariant sessionId = record.sessionId.isNull() ? QVariant() : QVariant(record.sessionId.toString());
    const qint64 time = record.time.toMSecsSinceEpoch();
    if (replacing) {
        auto changed = m_statements.changeRows(
            updateSql(), { sessionId, time, *sealed, caseId.toString(), record.questionId }, consequence);
        if (!changed)
            return changed.error();
        if (*changed == 1)
            return QString::fromUtf8(body);
    }
    auto stored = m_statements.exec(
        upsertSql(), { caseId.toString(), record.questionId, sessionId, time, *sealed }, consequence);
    if (!stored)
        return stored.error();
    return QString::fromUtf8(body);
}

QString AnswerRepository::auditText(const AnswerRecord& record)
{
    return QString::fromUtf8(bodyJson(record));
}

Result<QList<AnswerRecord>> AnswerRepository::select(const CaseId& caseId, const QString* questionId)
{
    static const QString allSql = selectSql(false);
    static const QString oneSql = selectSql(true);
    QVariantList bindings { caseId.toString() };
    if (questionId)
        bindings.append(*questionId);
    QList<AnswerRecord> records;
    auto read = m_statements.select(
        questionId ? oneSql : allSql, bindings, readConsequence(), [&](SqlRows& rows) -> Result<void> {
            while (rows.next()) {
                AnswerRecord record;
                record.questionId = rows.text(0);
                record.sessionId = SessionId::fromString(rows.text(1));
                record.time = QDateTime::fromMSecsSinceEpoch(rows.integer(2), Qt::UTC);
                auto body
                    = openJson(m_sealer, rows.blob(3), valueSlot(caseId, record.questionId));
                if (!body)
                    return body.error();
                auto answer = answerFromJson(body->value(u"answer").toObject());
                const auto source = answerSourceFromString(body->value(u"source").toString());
                if (!answer || !source)
                    return vault_error::integrity();
                record.answer = std::move(answer).value();
                record.source = *source;
                records.append(std::move(record));
            }
            return {};
        });
    if (!read)
        return read.error();
    return records;
}

} // namespace lantern
