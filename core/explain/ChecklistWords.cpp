// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/ChecklistWords.h"

#include "explain/RuleWords.h"
#include "explain/ThresholdWords.h"

#include <QCoreApplication>
#include <QStringList>

// The sentences go through Qt's translation system (context "lantern::ChecklistWords"): the window
// shows them in the interface language, the command line (no translator) in English.

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
        return QCoreApplication::translate("lantern::ChecklistWords", "Applies to everyone");
    return QCoreApplication::translate("lantern::ChecklistWords", "Applies when %1", "%1: a rule in words")
        .arg(answerRule(profile.applies));
}

QString ChecklistWords::outcomeRuleText(const Outcome& outcome, const QHash<QString, Status>* statuses) const
{
    if (isAlwaysTrue(outcome.rule))
        return QCoreApplication::translate("lantern::ChecklistWords", "Reached in every other case");
    RuleWords words(m_checklist, m_language, RuleSubject::Elements);
    if (statuses)
        words.setStatuses(*statuses);
    return QCoreApplication::translate("lantern::ChecklistWords", "Reached when %1", "%1: a rule in words")
        .arg(words.describe(outcome.rule));
}

QString ChecklistWords::relevanceText(const QJsonValue& relevant) const
{
    if (isAlwaysTrue(relevant))
        return QCoreApplication::translate("lantern::ChecklistWords", "Always asked");
    return QCoreApplication::translate("lantern::ChecklistWords", "Asked only when %1", "%1: a rule in words")
        .arg(answerRule(relevant));
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
        return QCoreApplication::translate("lantern::ChecklistWords", "%1 is answered yes").arg(title);
    case Trigger::Kind::AnyOf: {
        QStringList labels;
        for (const QJsonValue& value : trigger.values) {
            QString label = value.toString();
            if (!question || question->options.isEmpty()) {
                // free text: quote it
                label = QCoreApplication::translate(
                    "lantern::ChecklistWords", "\u201C%1\u201D", "a text quoted")
                            .arg(label);
            } else {
                for (const Option& option : question->options) {
                    if (option.id == label) {
                        label = QCoreApplication::translate(
                            "lantern::ChecklistWords", "\u2018%1\u2019", "an option label quoted")
                                    .arg(text(option.label));
                    }
                }
            }
            labels.append(label);
        }
        const QString list = labels.join(QStringLiteral(", "));
        if (question && question->type == QuestionType::Multi) {
            return labels.size() == 1
                ? QCoreApplication::translate("lantern::ChecklistWords", "%1 includes %2").arg(title, list)
                : QCoreApplication::translate("lantern::ChecklistWords", "%1 includes any of %2")
                      .arg(title, list);
        }
        return labels.size() == 1
            ? QCoreApplication::translate("lantern::ChecklistWords", "%1 is %2").arg(title, list)
            : QCoreApplication::translate("lantern::ChecklistWords", "%1 is one of %2").arg(title, list);
    }
    case Trigger::Kind::Range:
        if (trigger.minimum && trigger.maximum)
            return QCoreApplication::translate("lantern::ChecklistWords", "%1 is from %2 to %3")
                .arg(title, numberWords(*trigger.minimum), numberWords(*trigger.maximum));
        if (trigger.minimum) {
            return QCoreApplication::translate("lantern::ChecklistWords", "%1 is at least %2")
                .arg(title, numberWords(*trigger.minimum));
        }
        if (trigger.maximum) {
            return QCoreApplication::translate("lantern::ChecklistWords", "%1 is at most %2")
                .arg(title, numberWords(*trigger.maximum));
        }
        return QCoreApplication::translate("lantern::ChecklistWords", "%1 is answered").arg(title);
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
