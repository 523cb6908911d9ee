// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/InterviewText.h"

#include <QJsonArray>
#include <QVariant>

namespace lantern {

QString InterviewText::stateWords(AnswerState state)
{
    switch (state) {
    case AnswerState::Answered: return tr("answered");
    case AnswerState::Unknown: return tr("unknown");
    case AnswerState::Declined: return tr("declined to answer");
    case AnswerState::NotAsked: return tr("not asked");
    case AnswerState::NotApplicable: return tr("not applicable");
    }
    return {};
}

QString InterviewText::answerWords(const Answer* answer, const Question* question) const
{
    if (!answer)
        return tr("not asked yet");
    if (answer->state != AnswerState::Answered)
        return stateWords(answer->state);
    const QJsonValue& value = answer->value;
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    const auto optionLabel = [&](const QString& id) {
        if (question) {
            for (const Option& option : question->options) {
                if (option.id == id)
                    return text(option.label);
            }
        }
        return id;
    };
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(optionLabel(item.toString()));
        return items.isEmpty() ? tr("none of these") : items.join(QStringLiteral(", "));
    }
    if (value.isString())
        return optionLabel(value.toString());
    return value.toVariant().toString();
}

QString InterviewText::sourceWords(AnswerSource source)
{
    switch (source) {
    case AnswerSource::SelfReport: return tr("Self-report");
    case AnswerSource::Observed: return tr("Observed");
    case AnswerSource::Document: return tr("Document");
    case AnswerSource::ThirdParty: return tr("Third party");
    }
    return {};
}

QString InterviewText::elided(const QString& text, int max)
{
    if (text.size() <= max)
        return text;
    return text.left(max - 1).trimmed() + QChar(0x2026);
}

} // namespace lantern
