// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CaseJsonExport.h"

#include "export/ReportLanguage.h"
#include "scoring/AssessmentJson.h"
#include "scoring/AssessmentText.h"

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
            {QStringLiteral("interface_language"),
                session.interfaceLanguage.isEmpty() ? QJsonValue() : QJsonValue(session.interfaceLanguage)},
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

QJsonObject caseJson(const CaseRecordSet& records, const Checklist& checklist, const Assessment& assessment,
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

/// Adds the second-language texts beside the first-language ones: `<field>_second`, and
/// `<field>_second_fallback` naming the language it is really in when the checklist lacks it.
class SecondLanguageFields
{
public:
    SecondLanguageFields(const Checklist& checklist, const QString& language)
        : m_checklist(checklist)
        , m_language(language)
    {
    }

    /// `answers` as answerArray() wrote them from `records`, one object per record.
    void addToAnswers(QJsonArray& answers, const QList<AnswerRecord>& records) const
    {
        for (qsizetype i = 0; i < answers.size() && i < records.size(); ++i) {
            QJsonObject answer = answers.at(i).toObject();
            const Question* question = m_checklist.question(records.at(i).questionId);
            if (!question)
                continue;
            add(answer, QStringLiteral("question_text"), question->text);
            const QList<ReportText> labels
                = optionLabels(&records.at(i).answer, question, m_language, m_checklist.defaultLanguage);
            if (!labels.isEmpty()) {
                QJsonArray texts;
                QString fallback;
                for (const ReportText& label : labels) {
                    texts.append(label.text);
                    if (label.fallback && fallback.isEmpty())
                        fallback = label.language;
                }
                answer.insert(u"value_second", question->type == QuestionType::Multi ? QJsonValue(texts) : texts.first());
                if (!fallback.isEmpty())
                    answer.insert(u"value_second_fallback", fallback);
            }
            answers[i] = answer;
        }
    }

    void addToAssessment(QJsonObject& assessment) const
    {
        QJsonObject checklist = assessment.value(u"checklist").toObject();
        add(checklist, QStringLiteral("title"), m_checklist.title);
        assessment.insert(u"checklist", checklist);

        QJsonObject overall = assessment.value(u"overall").toObject();
        if (const Outcome* outcome = findOutcome(m_checklist, overall.value(u"profile").toString(),
                overall.value(u"outcome").toString())) {
            add(overall, QStringLiteral("title"), outcome->title);
            add(overall, QStringLiteral("advice"), outcome->advice);
        }
        assessment.insert(u"overall", overall);

        QJsonArray profiles = assessment.value(u"profiles").toArray();
        for (qsizetype i = 0; i < profiles.size(); ++i)
            profiles[i] = profile(profiles.at(i).toObject());
        assessment.insert(u"profiles", profiles);
    }

private:
    void add(QJsonObject& object, const QString& field, const LocalText& text) const
    {
        if (text.isEmpty())
            return;
        const ReportText second = reportText(text, m_language, m_checklist.defaultLanguage);
        object.insert(field + QStringLiteral("_second"), second.text);
        if (second.fallback)
            object.insert(field + QStringLiteral("_second_fallback"), second.language);
    }

    QJsonObject profile(QJsonObject object) const
    {
        const QString id = object.value(u"id").toString();
        if (const Profile* model = m_checklist.profile(id))
            add(object, QStringLiteral("title"), model->title);
        QJsonArray outcomes = object.value(u"outcomes").toArray();
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            QJsonObject outcome = outcomes.at(i).toObject();
            if (const Outcome* model = findOutcome(m_checklist, id, outcome.value(u"id").toString()))
                add(outcome, QStringLiteral("title"), model->title);
            outcomes[i] = outcome;
        }
        object.insert(u"outcomes", outcomes);
        QJsonArray elements = object.value(u"elements").toArray();
        for (qsizetype i = 0; i < elements.size(); ++i)
            elements[i] = element(elements.at(i).toObject());
        object.insert(u"elements", elements);
        return object;
    }

    QJsonObject element(QJsonObject object) const
    {
        if (const Element* model = m_checklist.element(object.value(u"id").toString())) {
            add(object, QStringLiteral("title"), model->title);
            if (object.contains(u"advice"))
                add(object, QStringLiteral("advice"), model->advice);
        }
        for (const QString& key : { QStringLiteral("present"), QStringLiteral("open") }) {
            QJsonArray traces = object.value(key).toArray();
            for (qsizetype i = 0; i < traces.size(); ++i) {
                QJsonObject trace = traces.at(i).toObject();
                for (const Indicator& indicator : m_checklist.indicators) {
                    if (indicator.id == trace.value(u"id").toString())
                        add(trace, QStringLiteral("title"), indicator.title);
                }
                traces[i] = trace;
            }
            object.insert(key, traces);
        }
        return object;
    }

    const Checklist& m_checklist;
    QString m_language;
};

} // namespace

QJsonObject caseToJson(const CaseRecordSet& records, const Checklist& checklist, const Assessment& assessment,
    const QString& language, bool training, const QDateTime& exportedAt, const QString& secondLanguage)
{
    QJsonObject json = caseJson(records, checklist, assessment, language, training, exportedAt);
    if (secondLanguage.isEmpty() || secondLanguage == language)
        return json;
    const SecondLanguageFields second(checklist, secondLanguage);
    json.insert(u"second_language", secondLanguage);
    json.insert(u"second_language_reviewed", checklist.provenance.isReviewed(secondLanguage, checklist.defaultLanguage));
    QJsonArray answers = json.value(u"answers").toArray();
    second.addToAnswers(answers, records.answers.records);
    json.insert(u"answers", answers);
    QJsonObject assessmentJson = json.value(u"assessment").toObject();
    second.addToAssessment(assessmentJson);
    json.insert(u"assessment", assessmentJson);
    return json;
}

} // namespace lantern
