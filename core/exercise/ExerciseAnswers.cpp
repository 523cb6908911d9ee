// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseAnswers.h"

#include <QJsonArray>

#include <algorithm>

namespace lantern::exercise {

namespace {

AnswerState stateOf(const Answer* answer)
{
    return answer ? answer->state : AnswerState::NotAsked;
}

// Chosen options compare as a set: ticking them in another order is the same answer.
QJsonValue comparable(const QJsonValue& value)
{
    if (!value.isArray())
        return value;
    QStringList items;
    for (const QJsonValue& item : value.toArray())
        items.append(item.toString());
    std::sort(items.begin(), items.end());
    return QJsonArray::fromStringList(items);
}

} // namespace

bool answeredWithSomething(const Answer* answer)
{
    if (!answer || answer->state != AnswerState::Answered)
        return false;
    const QJsonValue& value = answer->value;
    if (value.isBool())
        return value.toBool();
    if (value.isArray())
        return !value.toArray().isEmpty();
    if (value.isString())
        return !value.toString().isEmpty();
    return !value.isNull() && !value.isUndefined();
}

ExerciseAnswers::ExerciseAnswers(const AnswerSet& model, const AnswerSet& participant,
    const Relevance& participantRelevance, const ExerciseText& text)
    : m_model(model)
    , m_participant(participant)
    , m_participantRelevance(participantRelevance)
    , m_text(text)
{
}

QuestionAnswers ExerciseAnswers::question(const QString& questionId) const
{
    QuestionAnswers out;
    out.questionId = questionId;
    out.questionText = m_text.questionText(questionId);
    out.modelAnswer = m_text.answerWords(m_model, questionId);
    out.participantAnswer = m_text.answerWords(m_participant, questionId);
    out.modelOpen = m_model.isOpen(questionId);
    out.participantOpen = m_participant.isOpen(questionId);
    out.hiddenForParticipant = m_participantRelevance.visibility(questionId) == Visibility::Hidden;
    return out;
}

bool ExerciseAnswers::same(const QString& questionId) const
{
    const Answer* model = m_model.find(questionId);
    const Answer* participant = m_participant.find(questionId);
    if (stateOf(model) != stateOf(participant))
        return false;
    if (stateOf(model) != AnswerState::Answered)
        return true;
    return comparable(model->value) == comparable(participant->value);
}

QList<AnswerDifference> ExerciseAnswers::differences(const Checklist& checklist) const
{
    QList<AnswerDifference> out;
    for (const Section& section : checklist.sections) {
        for (const Question& question : section.questions) {
            if (same(question.id))
                continue;
            const QuestionAnswers answers = this->question(question.id);
            out.append(AnswerDifference { answers.questionId, answers.questionText, answers.modelAnswer,
                answers.participantAnswer, answers.modelOpen, answers.participantOpen });
        }
    }
    return out;
}

} // namespace lantern::exercise
