// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/AnswerText.h"

#include <QCoreApplication>
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

QString word(const Catalogue& words, const char* source)
{
    return words.translate("lantern::AnswerText", source);
}

QString stateText(AnswerState state, const Catalogue& words)
{
    switch (state) {
    case AnswerState::Answered:
        return word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "answered"));
    case AnswerState::Unknown:
        return word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "unknown"));
    case AnswerState::Declined:
        return word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "declined"));
    case AnswerState::NotAsked:
        return word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "not asked"));
    case AnswerState::NotApplicable:
        return word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "not applicable"));
    }
    return toString(state);
}

} // namespace

QString answerValueText(const Answer* answer, const Question* question, const QString& language,
    const QString& defaultLanguage, const Catalogue& words)
{
    if (!answer)
        return word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "unanswered"));
    if (answer->state != AnswerState::Answered)
        return stateText(answer->state, words);
    const QJsonValue& value = answer->value;
    if (value.isBool()) {
        return value.toBool() ? word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "yes"))
                              : word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "no"));
    }
    if (value.isDouble())
        return numberText(value.toDouble());
    if (value.isArray()) {
        QStringList labels;
        for (const QJsonValue& item : value.toArray())
            labels.append(optionLabel(question, item.toString(), language, defaultLanguage));
        return labels.isEmpty() ? word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "none of the options"))
                                : labels.join(QStringLiteral("; "));
    }
    if (question && question->type == QuestionType::Single)
        return optionLabel(question, value.toString(), language, defaultLanguage);
    return value.toString();
}

QString sourceText(const QString& sourceName, const Catalogue& words)
{
    if (sourceName == u"self_report")
        return word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "self-report"));
    if (sourceName == u"observed")
        return word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "observed"));
    if (sourceName == u"document")
        return word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "document"));
    if (sourceName == u"third_party")
        return word(words, QT_TRANSLATE_NOOP("lantern::AnswerText", "third party"));
    return sourceName;
}

} // namespace lantern
