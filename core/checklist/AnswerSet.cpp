// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/AnswerSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

#include <cmath>

namespace lantern {

namespace {

const QLatin1StringView kStateNames[] = {
    QLatin1StringView("answered"), QLatin1StringView("unknown"), QLatin1StringView("declined"),
    QLatin1StringView("not_asked"), QLatin1StringView("not_applicable"),
};

Error valueError(const Question& question, const QString& what)
{
    return Error{QCoreApplication::translate("lantern::AnswerSet", "question '%1' (%2): %3").arg(question.id, toString(question.type), what)};
}

bool hasOption(const Question& question, const QString& id)
{
    for (const Option& option : question.options) {
        if (option.id == id)
            return true;
    }
    return false;
}

Result<QJsonValue> typedValue(const QJsonValue& raw, const Question& question)
{
    switch (question.type) {
    case QuestionType::YesNo:
        if (raw.isBool())
            return raw;
        if (raw.isString() && (raw.toString() == u"yes" || raw.toString() == u"no"))
            return QJsonValue(raw.toString() == u"yes");
        return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "expected yes or no"));
    case QuestionType::Single:
        if (raw.isString() && hasOption(question, raw.toString()))
            return raw;
        return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "expected one of its option ids"));
    case QuestionType::Multi: {
        QJsonArray values;
        if (raw.isString()) {
            for (const QString& part : raw.toString().split(u',', Qt::SkipEmptyParts))
                values.append(part.trimmed());
        } else if (raw.isArray()) {
            values = raw.toArray();
        } else {
            return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "expected a list of option ids"));
        }
        for (const QJsonValue& v : std::as_const(values)) {
            if (!v.isString() || !hasOption(question, v.toString()))
                return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "'%1' is not one of its option ids").arg(v.toString()));
        }
        return QJsonValue(values);
    }
    case QuestionType::Text:
        if (raw.isString())
            return raw;
        return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "expected text"));
    case QuestionType::Number: {
        bool ok = raw.isDouble();
        double number = raw.toDouble();
        if (raw.isString())
            number = raw.toString().toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "expected a number"));
        if (question.minimum && number < *question.minimum)
            return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "%1 is below the minimum %2").arg(number).arg(*question.minimum));
        if (question.maximum && number > *question.maximum)
            return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "%1 is above the maximum %2").arg(number).arg(*question.maximum));
        return QJsonValue(number);
    }
    case QuestionType::Date: {
        const QDate date = QDate::fromString(raw.toString(), Qt::ISODate);
        if (!raw.isString() || !date.isValid() || raw.toString().size() != 10)
            return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "expected a date as YYYY-MM-DD"));
        return raw;
    }
    }
    return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "unsupported question type"));
}

} // namespace

QString toString(AnswerState state)
{
    return QString(kStateNames[static_cast<int>(state)]);
}

std::optional<AnswerState> answerStateFromString(const QString& name)
{
    for (int i = 0; i < 5; ++i) {
        if (name == kStateNames[i])
            return static_cast<AnswerState>(i);
    }
    return std::nullopt;
}

const Answer* AnswerSet::find(const QString& questionId) const
{
    const auto it = m_answers.constFind(questionId);
    return it == m_answers.constEnd() ? nullptr : &it.value();
}

bool AnswerSet::isOpen(const QString& questionId) const
{
    const Answer* answer = find(questionId);
    if (!answer)
        return true;
    return answer->state == AnswerState::Unknown || answer->state == AnswerState::Declined
        || answer->state == AnswerState::NotAsked;
}

QJsonObject AnswerSet::toLogicData() const
{
    QJsonObject data;
    for (auto it = m_answers.constBegin(); it != m_answers.constEnd(); ++it) {
        if (it->state == AnswerState::Answered)
            data.insert(it.key(), it->value);
    }
    return data;
}

Result<Answer> AnswerSet::parseValue(const QJsonValue& raw, const Question& question)
{
    Answer answer;
    QJsonValue value = raw;
    if (raw.isObject()) {
        const QJsonObject object = raw.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != u"value" && it.key() != u"state" && it.key() != u"note")
                return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "unknown field '%1' in answer").arg(it.key()));
        }
        answer.note = object.value(u"note").toString();
        value = object.value(u"value");
        if (object.contains(u"state")) {
            const auto state = answerStateFromString(object.value(u"state").toString());
            if (!state)
                return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "unknown answer state '%1'").arg(object.value(u"state").toString()));
            if (*state != AnswerState::Answered) {
                if (!value.isUndefined() && !value.isNull())
                    return valueError(question, QCoreApplication::translate("lantern::AnswerSet", "a value cannot go with state '%1'").arg(toString(*state)));
                answer.state = *state;
                return answer;
            }
        }
    }
    if (value.isString()) {
        const auto state = answerStateFromString(value.toString());
        if (state && *state != AnswerState::Answered) {
            answer.state = *state;
            return answer;
        }
    }
    Result<QJsonValue> typed = typedValue(value, question);
    if (!typed)
        return typed.error();
    answer.state = AnswerState::Answered;
    answer.value = *typed;
    return answer;
}

Result<AnswerSet> AnswerSet::fromJson(const QJsonObject& document, const Checklist& checklist)
{
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        if (it.key() != u"answers")
            return Error{QCoreApplication::translate("lantern::AnswerSet", "unknown field '%1' in answers file (expected only \"answers\")").arg(it.key())};
    }
    if (!document.value(u"answers").isObject())
        return Error{QCoreApplication::translate("lantern::AnswerSet", "answers file must contain an object \"answers\"")};
    AnswerSet set;
    const QJsonObject answers = document.value(u"answers").toObject();
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const Question* question = checklist.question(it.key());
        if (!question)
            return Error{QCoreApplication::translate("lantern::AnswerSet", "unknown question '%1' (not in checklist %2)").arg(it.key(), checklist.id)};
        Result<Answer> answer = parseValue(it.value(), *question);
        if (!answer)
            return answer.error();
        set.set(it.key(), *answer);
    }
    return set;
}

} // namespace lantern
