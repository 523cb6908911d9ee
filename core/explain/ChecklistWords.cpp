// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/ChecklistWords.h"

#include "explain/RuleWords.h"
#include "explain/ThresholdWords.h"

#include <QStringList>

namespace lantern::explain {

namespace {

bool isAlwaysTrue(const QJsonValue& rule)
{
    return rule.isUndefined() || (rule.isBool() && rule.toBool());
}

} // namespace

QString ChecklistWords::answerRule(const QJsonValue& rule) const
{
    RuleWords words(m_checklist, m_language, RuleSubject::Answers);
    words.setHideSensitive(m_hideSensitive);
    return words.describe(rule);
}

QString ChecklistWords::appliesText(const Profile& profile) const
{
    if (isAlwaysTrue(profile.applies))
        return QStringLiteral("Applies to everyone");
    return QStringLiteral("Applies when ") + answerRule(profile.applies);
}

QString ChecklistWords::outcomeRuleText(const Outcome& outcome, const QHash<QString, Status>* statuses) const
{
    if (isAlwaysTrue(outcome.rule))
        return QStringLiteral("Reached in every other case");
    RuleWords words(m_checklist, m_language, RuleSubject::Elements);
    if (statuses)
        words.setStatuses(*statuses);
    return QStringLiteral("Reached when ") + words.describe(outcome.rule);
}

QString ChecklistWords::relevanceText(const QJsonValue& relevant) const
{
    if (isAlwaysTrue(relevant))
        return QStringLiteral("Always asked");
    return QStringLiteral("Asked only when ") + answerRule(relevant);
}

QString ChecklistWords::triggerText(const Indicator& indicator) const
{
    const Trigger& trigger = indicator.trigger;
    if (trigger.kind == Trigger::Kind::Rule)
        return answerRule(trigger.rule);

    RuleWords words(m_checklist, m_language, RuleSubject::Answers);
    words.setHideSensitive(m_hideSensitive);
    const QString title = words.variableTitle(trigger.question);
    const Question* question = m_checklist.question(trigger.question);
    switch (trigger.kind) {
    case Trigger::Kind::Yes:
        return title + QStringLiteral(" is answered yes");
    case Trigger::Kind::AnyOf: {
        QStringList labels;
        for (const QJsonValue& value : trigger.values) {
            QString label = value.toString();
            if (!question || question->options.isEmpty()) {
                label = QChar(0x201C) + label + QChar(0x201D); // free text: quote it
            } else {
                for (const Option& option : question->options) {
                    if (option.id == label)
                        label = QChar(0x2018) + text(option.label) + QChar(0x2019);
                }
            }
            labels.append(label);
        }
        const QString list = labels.join(QStringLiteral(", "));
        if (question && question->type == QuestionType::Multi)
            return labels.size() == 1 ? title + QStringLiteral(" includes ") + list
                                      : title + QStringLiteral(" includes any of ") + list;
        return labels.size() == 1 ? title + QStringLiteral(" is ") + list
                                  : title + QStringLiteral(" is one of ") + list;
    }
    case Trigger::Kind::Range:
        if (trigger.minimum && trigger.maximum)
            return QStringLiteral("%1 is from %2 to %3")
                .arg(title, numberWords(*trigger.minimum), numberWords(*trigger.maximum));
        if (trigger.minimum)
            return QStringLiteral("%1 is at least %2").arg(title, numberWords(*trigger.minimum));
        if (trigger.maximum)
            return QStringLiteral("%1 is at most %2").arg(title, numberWords(*trigger.maximum));
        return title + QStringLiteral(" is answered");
    case Trigger::Kind::Rule:
        break;
    }
    return {};
}

QString ChecklistWords::thresholdText(const Element& element) const
{
    return thresholdSentence(element.threshold);
}

QHash<QString, Status> ChecklistWords::statusesOf(const ProfileResult& profile)
{
    QHash<QString, Status> statuses;
    for (const ElementResult& element : profile.elements)
        statuses.insert(element.elementId, element.status);
    return statuses;
}

} // namespace lantern::explain
