// SPDX-License-Identifier: GPL-3.0-or-later
// The recorded interview and the model answers of a case study: every question must exist in the
// checklist and every value must fit its question, with the same checks as an answers file
// (AnswerSet::parseValue) and as an answer saved in a case (AnswerValidator).
#include "casework/AnswerValidator.h"
#include "training/CaseStudyReader.h"

#include <algorithm>
#include <QHash>

namespace lantern {

namespace {

QStringList questionIds(const Checklist& checklist)
{
    QStringList ids;
    for (const Section& section : checklist.sections) {
        for (const Question& question : section.questions)
            ids.append(question.id);
    }
    return ids;
}

QStringList sessionIds(const QList<CaseStudySession>& sessions)
{
    QStringList ids;
    for (const CaseStudySession& session : sessions)
        ids.append(session.id);
    return ids;
}

} // namespace

const Question* CaseStudyReader::questionAt(const QString& questionId, const QString& pointer)
{
    if (!m_checklist)
        return nullptr; // already reported: the checklist is missing
    if (const Question* question = m_checklist->question(questionId))
        return question;
    m_sink.errorAtKey(pointer,
        QStringLiteral("unknown question '%1' (not in checklist %2 %3)")
                .arg(questionId, m_checklist->id, m_checklist->version)
            + suggestion(questionId, questionIds(*m_checklist)));
    return nullptr;
}

void CaseStudyReader::readInterview(const QJsonValue& value, const QString& pointer)
{
    if (value.isUndefined())
        return; // reported as a missing field
    if (!value.isObject()) {
        m_sink.error(pointer, QStringLiteral("'interview' must be an object of answers by question id"));
        return;
    }
    const QJsonObject answers = value.toObject();
    QHash<QString, QString> pointers; // question id -> pointer of its answer, for the validator
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const QString at = appendPointer(pointer, it.key());
        if (std::optional<CaseStudyAnswer> answer = readInterviewAnswer(it.key(), it.value(), at)) {
            pointers.insert(answer->questionId, at);
            m_caseStudy.interview.append(std::move(*answer));
        }
    }
    if (!m_checklist)
        return;
    // As a caseworker's answer is checked before it is saved: constraints read the other answers.
    const AnswerSet all = m_caseStudy.interviewAnswers();
    for (const CaseStudyAnswer& answer : std::as_const(m_caseStudy.interview)) {
        if (Result<void> valid = AnswerValidator::check(*m_checklist, answer.questionId, answer.answer, all);
            !valid)
            m_sink.error(pointers.value(answer.questionId), valid.errorMessage());
    }
}

std::optional<CaseStudyAnswer> CaseStudyReader::readInterviewAnswer(
    const QString& questionId, const QJsonValue& value, const QString& pointer)
{
    const Question* question = questionAt(questionId, pointer);
    FieldReader fields(m_sink, value, pointer, {},
        { QStringLiteral("value"), QStringLiteral("state"), QStringLiteral("note"), QStringLiteral("source"),
            QStringLiteral("session") });
    if (!fields.isObject())
        return std::nullopt;
    CaseStudyAnswer answer;
    answer.questionId = questionId;
    bool valid = question != nullptr;

    const bool hasValue = fields.has(QStringLiteral("value"));
    const bool hasState = fields.has(QStringLiteral("state"));
    if (hasValue == hasState) {
        m_sink.error(pointer,
            hasValue ? QStringLiteral("give either \"value\" or \"state\", not both")
                     : QStringLiteral("an answer needs a \"value\" or a \"state\""));
        valid = false;
    } else if (hasState) {
        const QString name = fields.string(QStringLiteral("state"));
        const std::optional<AnswerState> state = answerStateFromString(name);
        if (!state || *state == AnswerState::Answered) {
            if (!name.isEmpty())
                m_sink.error(fields.pointer(QStringLiteral("state")),
                    QStringLiteral(
                        "unknown answer state '%1'; use unknown, declined, not_asked or not_applicable, "
                        "or give a \"value\"")
                        .arg(name));
            valid = false;
        } else {
            answer.answer.state = *state;
        }
    } else if (question) {
        const Result<Answer> parsed = AnswerSet::parseValue(fields.raw(QStringLiteral("value")), *question);
        if (!parsed) {
            m_sink.error(fields.pointer(QStringLiteral("value")), parsed.errorMessage());
            valid = false;
        } else if (parsed->state != AnswerState::Answered) {
            m_sink.error(fields.pointer(QStringLiteral("value")),
                QStringLiteral("'%1' is an answer state: write \"state\": \"%1\" instead of a value")
                    .arg(toString(parsed->state)));
            valid = false;
        } else {
            answer.answer = *parsed;
        }
    }

    answer.answer.note = fields.string(QStringLiteral("note"));
    if (fields.has(QStringLiteral("source"))) {
        const QString name = fields.string(QStringLiteral("source"));
        if (const std::optional<AnswerSource> source = answerSourceFromString(name)) {
            answer.source = *source;
        } else {
            if (!name.isEmpty())
                m_sink.error(fields.pointer(QStringLiteral("source")),
                    QStringLiteral("unknown source '%1'; use self_report, observed, document or third_party")
                        .arg(name));
            valid = false;
        }
    }
    if (fields.has(QStringLiteral("session"))) {
        answer.sessionId = fields.string(QStringLiteral("session"));
        if (!answer.sessionId.isEmpty() && !m_caseStudy.session(answer.sessionId)) {
            const QStringList known = sessionIds(m_caseStudy.sessions);
            m_sink.error(fields.pointer(QStringLiteral("session")),
                QStringLiteral("no session '%1' in \"sessions\"").arg(answer.sessionId)
                    + (known.isEmpty() ? QStringLiteral(" (there are none)")
                                       : suggestion(answer.sessionId, known)));
            valid = false;
        }
    }
    return valid ? std::optional<CaseStudyAnswer>(std::move(answer)) : std::nullopt;
}

void CaseStudyReader::readModelAnswers(const QJsonValue& value, const QString& pointer)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        m_sink.error(pointer, QStringLiteral("'model_answers' must be an object of answers by question id"));
        return;
    }
    const QJsonObject answers = value.toObject();
    QHash<QString, QString> pointers;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const QString at = appendPointer(pointer, it.key());
        const Question* question = questionAt(it.key(), at);
        if (!question)
            continue;
        // The same forms as an answers file for `lantern-cli score`.
        const Result<Answer> parsed = AnswerSet::parseValue(it.value(), *question);
        if (!parsed) {
            m_sink.error(at, parsed.errorMessage());
            continue;
        }
        pointers.insert(it.key(), at);
        m_caseStudy.modelAnswers.set(it.key(), *parsed);
    }
    if (!m_checklist)
        return;
    const AnswerSet& all = m_caseStudy.modelAnswers;
    for (auto it = all.all().constBegin(); it != all.all().constEnd(); ++it) {
        if (Result<void> valid = AnswerValidator::check(*m_checklist, it.key(), it.value(), all); !valid)
            m_sink.error(pointers.value(it.key()), valid.errorMessage());
    }
}

void CaseStudyReader::orderInterview()
{
    if (!m_checklist)
        return;
    QHash<QString, qsizetype> sessionRank;
    for (qsizetype i = 0; i < m_caseStudy.sessions.size(); ++i)
        sessionRank.insert(m_caseStudy.sessions.at(i).id, i);
    QHash<QString, qsizetype> questionRank;
    const QStringList ids = questionIds(*m_checklist);
    for (qsizetype i = 0; i < ids.size(); ++i)
        questionRank.insert(ids.at(i), i);
    const auto rank = [&](const CaseStudyAnswer& answer) {
        const qsizetype session
            = answer.sessionId.isEmpty() ? sessionRank.size() : sessionRank.value(answer.sessionId);
        return std::pair { session, questionRank.value(answer.questionId) };
    };
    std::stable_sort(m_caseStudy.interview.begin(), m_caseStudy.interview.end(),
        [&](const CaseStudyAnswer& a, const CaseStudyAnswer& b) { return rank(a) < rank(b); });
}

} // namespace lantern
