// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AnswerText.h"

#include <QJsonArray>

namespace lantern {

namespace {

QString optionLabel(const Question* question, const QString& optionId, const QString& language,
    const QString& defaultLanguage)
{
    if (question) {
        for (const Option& option : question->options) {
            if (option.id == optionId)
                return option.label.text(language, defaultLanguage);
        }
    }
    return optionId;
}

QString numberText(double number)
{
    return QString::number(number, 'g', 15);
}

} // namespace

QString answerValueText(const Answer* answer, const Question* question, const QString& language,
    const QString& defaultLanguage)
{
    if (!answer)
        return QStringLiteral("unanswered");
    if (answer->state != AnswerState::Answered)
        return toString(answer->state).replace(u'_', u' ');
    const QJsonValue& value = answer->value;
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return numberText(value.toDouble());
    if (value.isArray()) {
        QStringList labels;
        for (const QJsonValue& item : value.toArray())
            labels.append(optionLabel(question, item.toString(), language, defaultLanguage));
        return labels.isEmpty() ? QStringLiteral("none of the options") : labels.join(QStringLiteral("; "));
    }
    if (question && question->type == QuestionType::Single)
        return optionLabel(question, value.toString(), language, defaultLanguage);
    return value.toString();
}

QString sourceText(const QString& sourceName)
{
    if (sourceName == u"self_report")
        return QStringLiteral("self-report");
    if (sourceName == u"third_party")
        return QStringLiteral("third party");
    return sourceName;
}

} // namespace lantern
