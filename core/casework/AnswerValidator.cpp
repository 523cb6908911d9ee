// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/AnswerValidator.h"

#include "logic/JsonLogic.h"

#include <cmath>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QSet>

namespace lantern {

namespace {

Error problem(const Question& question, const QString& what)
{
    return Error { QCoreApplication::translate(
        "lantern::AnswerValidator", "question '%1': %2", "a question id, then what is wrong with its answer")
                       .arg(question.id, what) };
}

bool hasOption(const Question& question, const QString& id)
{
    for (const Option& option : question.options) {
        if (option.id == id)
            return true;
    }
    return false;
}

// Strict: the value must already be in the form the scoring engine reads (AnswerSet::parseValue
// is the lenient reader for typed input such as "yes" or "3").
Result<void> checkValue(const Question& question, const QJsonValue& value)
{
    switch (question.type) {
    case QuestionType::YesNo:
        if (!value.isBool())
            return problem(question,
                QCoreApplication::translate("lantern::AnswerValidator", "the answer must be yes or no"));
        return {};
    case QuestionType::Single:
        if (!value.isString() || !hasOption(question, value.toString()))
            return problem(question,
                QCoreApplication::translate(
                    "lantern::AnswerValidator", "choose one of the question's options"));
        return {};
    case QuestionType::Multi: {
        if (!value.isArray())
            return problem(question,
                QCoreApplication::translate(
                    "lantern::AnswerValidator", "the answer must be a list of the question's options"));
        QSet<QString> seen;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString() || !hasOption(question, item.toString()))
                return problem(question,
                    QCoreApplication::translate(
                        "lantern::AnswerValidator", "'%1' is not one of the question's options")
                        .arg(item.isString() ? item.toString() : QStringLiteral("?")));
            if (seen.contains(item.toString()))
                return problem(question,
                    QCoreApplication::translate("lantern::AnswerValidator", "'%1' is chosen twice")
                        .arg(item.toString()));
            seen.insert(item.toString());
        }
        return {};
    }
    case QuestionType::Text:
        if (!value.isString())
            return problem(
                question, QCoreApplication::translate("lantern::AnswerValidator", "the answer must be text"));
        return {};
    case QuestionType::Number: {
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number))
            return problem(question,
                QCoreApplication::translate("lantern::AnswerValidator", "the answer must be a number"));
        if (question.minimum && number < *question.minimum)
            return problem(question,
                QCoreApplication::translate(
                    "lantern::AnswerValidator", "%1 is below the lowest allowed value, %2")
                    .arg(number)
                    .arg(*question.minimum));
        if (question.maximum && number > *question.maximum)
            return problem(question,
                QCoreApplication::translate(
                    "lantern::AnswerValidator", "%1 is above the highest allowed value, %2")
                    .arg(number)
                    .arg(*question.maximum));
        return {};
    }
    case QuestionType::Date: {
        const QString text = value.toString();
        if (!value.isString() || text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid())
            return problem(question,
                QCoreApplication::translate(
                    "lantern::AnswerValidator", "the answer must be a date written YYYY-MM-DD"));
        return {};
    }
    }
    return problem(question,
        QCoreApplication::translate(
            "lantern::AnswerValidator", "this kind of question cannot be answered here"));
}

// The constraint reads the answers as the scoring engine sees them, with this answer in place.
Result<void> checkConstraint(
    const Checklist& checklist, const Question& question, const QJsonValue& value, const AnswerSet& current)
{
    if (!question.constraint)
        return {};
    QJsonObject data = current.toLogicData();
    data.insert(question.id, value);
    const auto verdict = logic::evaluate(question.constraint->rule, data);
    if (verdict && logic::truthy(*verdict))
        return {};
    const QString message
        = question.constraint->message.text(checklist.defaultLanguage, checklist.defaultLanguage);
    return problem(question,
        message.isEmpty()
            ? QCoreApplication::translate("lantern::AnswerValidator", "the answer is not allowed here")
            : message);
}

} // namespace

Result<void> AnswerValidator::check(
    const Checklist& checklist, const QString& questionId, const Answer& answer, const AnswerSet& current)
{
    const Question* question = checklist.question(questionId);
    if (!question)
        return Error { QCoreApplication::translate(
            "lantern::AnswerValidator", "there is no question '%1' in checklist %2")
                           .arg(questionId, checklist.id) };
    if (answer.state != AnswerState::Answered) {
        if (!answer.value.isUndefined() && !answer.value.isNull())
            return problem(*question,
                QCoreApplication::translate(
                    "lantern::AnswerValidator", "a value cannot go with the state '%1'")
                    .arg(toString(answer.state)));
        return {};
    }
    if (auto typed = checkValue(*question, answer.value); !typed)
        return typed;
    return checkConstraint(checklist, *question, answer.value, current);
}

} // namespace lantern
