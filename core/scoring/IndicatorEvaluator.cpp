// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/IndicatorEvaluator.h"

#include <QJsonArray>

namespace lantern::scoring {

namespace {

IndicatorPresence questionPresence(
    const Trigger& trigger, const AnswerSet& answers, const Relevance& relevance)
{
    IndicatorPresence result;
    result.questions = { trigger.question };
    const QuestionVisibility& visibility = relevance.question(trigger.question);
    if (visibility.visibility == Visibility::Hidden)
        return result; // hidden by relevance no open answer can change
    const Answer* answer = answers.find(trigger.question);
    if (answer && answer->state == AnswerState::NotApplicable)
        return result;
    if (answer && answer->state == AnswerState::Answered && !triggerMatches(trigger, answer->value))
        return result; // answered otherwise: absent whether or not the question ends up shown

    const bool matched = answer && answer->state == AnswerState::Answered;
    if (matched && visibility.visibility == Visibility::Shown) {
        result.presence = Presence::Present;
        return result;
    }
    // Open: either the answer is still open, or it matches but its relevance is undetermined.
    result.presence = Presence::Open;
    if (visibility.visibility == Visibility::Undetermined)
        result.deciding = visibility.deciding;
    if (!matched && !result.deciding.contains(trigger.question))
        result.deciding.append(trigger.question);
    return result;
}

} // namespace

bool triggerMatches(const Trigger& trigger, const QJsonValue& value)
{
    switch (trigger.kind) {
    case Trigger::Kind::Yes:
        return value.isBool() && value.toBool();
    case Trigger::Kind::AnyOf:
        if (value.isArray()) {
            const QJsonArray chosen = value.toArray();
            for (const QJsonValue& item : chosen) {
                if (trigger.values.contains(item))
                    return true;
            }
            return false;
        }
        return value.isString() && trigger.values.contains(value);
    case Trigger::Kind::Range: {
        if (!value.isDouble())
            return false;
        const double number = value.toDouble();
        return (!trigger.minimum || number >= *trigger.minimum)
            && (!trigger.maximum || number <= *trigger.maximum);
    }
    case Trigger::Kind::Rule:
        return false; // judged by RuleEvaluator, never against one value
    }
    return false;
}

IndicatorPresence evaluateIndicator(
    const Indicator& indicator, const AnswerSet& answers, const Relevance& relevance, RuleEvaluator& rules)
{
    if (indicator.trigger.kind != Trigger::Kind::Rule)
        return questionPresence(indicator.trigger, answers, relevance);

    const RuleVerdict verdict = rules.evaluate(indicator.trigger.rule);
    IndicatorPresence result;
    result.questions = verdict.reads;
    result.error = verdict.error;
    switch (verdict.truth) {
    case Truth::True:
        result.presence = Presence::Present;
        break;
    case Truth::False:
        result.presence = Presence::Absent;
        break;
    case Truth::Unknown:
        result.presence = Presence::Open;
        result.deciding = verdict.deciding;
        break;
    }
    return result;
}

} // namespace lantern::scoring
