// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace lantern {

/// How a question stands. "Answered" carries a value (for yes/no: true = yes, false = no).
/// The other states never count as "no": only Answered + value can make an indicator absent,
/// and NotApplicable, which says the question does not apply to this person.
enum class AnswerState { Answered, Unknown, Declined, NotAsked, NotApplicable };

QString toString(AnswerState state);
std::optional<AnswerState> answerStateFromString(const QString& name);

struct Answer
{
    AnswerState state = AnswerState::NotAsked;
    QJsonValue value; ///< only when state == Answered
    QString note;

    bool isYes() const { return state == AnswerState::Answered && value.isBool() && value.toBool(); }
};

/// The answers given so far in one interview, keyed by question id. A question with no entry is
/// unanswered. A value type: cheap to copy, no I/O.
class AnswerSet
{
public:
    void set(const QString& questionId, Answer answer) { m_answers.insert(questionId, std::move(answer)); }
    void clear(const QString& questionId) { m_answers.remove(questionId); }

    const Answer* find(const QString& questionId) const;
    bool contains(const QString& questionId) const { return m_answers.contains(questionId); }
    const QHash<QString, Answer>& all() const { return m_answers; }
    qsizetype size() const { return m_answers.size(); }

    /// True when the question has no decisive answer yet: unanswered, unknown, declined or not asked.
    bool isOpen(const QString& questionId) const;

    /// The data object JsonLogic rules see: answered questions map to their values; every other
    /// state is absent, so `missing` reports it and `var` yields null.
    QJsonObject toLogicData() const;

    /// Reads {"answers": {"QUESTION_ID": VALUE, ...}} as the design specifies. VALUE is a state
    /// name (yes, no, unknown, declined, not_asked, not_applicable), a value of the question's
    /// type, or {"value": ..., "state": ..., "note": ...}. Unknown questions and values of the
    /// wrong type are errors naming the question.
    static Result<AnswerSet> fromJson(const QJsonObject& document, const Checklist& checklist);

    /// Parses one value as typed on the command line or in an answers file for `question`.
    static Result<Answer> parseValue(const QJsonValue& raw, const Question& question);

private:
    QHash<QString, Answer> m_answers;
};

} // namespace lantern
