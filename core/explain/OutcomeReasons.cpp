// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/OutcomeReasons.h"

#include "explain/ChecklistWords.h"
#include "explain/RuleWords.h"
#include "explain/RuleWriter.h"
#include "logic/JsonLogic.h"
#include "scoring/AssessmentText.h"

#include <QCoreApplication>

// The sentences go through Qt's translation system (context "lantern::OutcomeReasons"): the window
// shows them in the interface language, the command line (no translator) in English.

namespace lantern::explain {

namespace {

/// A three-valued reading of an outcome rule, with the element facts that decided it.
struct Verdict
{
    Status status = Status::NotMet;
    QStringList facts;
    bool understood = true;
};

Status inverted(Status status)
{
    if (status == Status::Met)
        return Status::NotMet;
    if (status == Status::NotMet)
        return Status::Met;
    return Status::Undetermined;
}

class Judge
{
public:
    Judge(const Checklist& checklist, const ExplainLanguage& language, const QHash<QString, Status>& statuses)
        : m_checklist(checklist)
        , m_language(language)
        , m_statuses(statuses)
    {
    }

    Verdict judge(const QJsonValue& rule, int depth)
    {
        if (depth > RuleWords::kMaxDepth || ++m_parts > RuleWords::kMaxParts)
            return unknown();
        if (rule.isBool())
            return { rule.toBool() ? Status::Met : Status::NotMet, {}, true };
        const QJsonObject object = rule.toObject();
        if (object.size() != 1)
            return unknown();
        const QString op = object.constBegin().key();
        const QJsonArray args = detail::RuleWriter::arguments(object.constBegin().value());
        if (op == u"var")
            return variable(rule);
        if ((op == u"!" || op == u"!!") && args.size() == 1) {
            Verdict inner = judge(args.at(0), depth + 1);
            if (op == u"!")
                inner.status = inverted(inner.status);
            return inner;
        }
        if ((op == u"and" || op == u"or") && !args.isEmpty())
            return junction(op == u"and", args, depth);
        return unknown();
    }

private:
    static Verdict unknown() { return { Status::Undetermined, {}, false }; }

    Verdict variable(const QJsonValue& rule) const
    {
        const std::optional<detail::VarRef> var = detail::RuleWriter::varOf(rule);
        if (!var || var->defaultValue)
            return unknown();
        const Status status = m_statuses.value(var->name, Status::NotMet);
        const Element* element = m_checklist.element(var->name);
        const QString title = element ? m_language.text(element->title) : var->name;
        return { status,
            { QCoreApplication::translate(
                "lantern::OutcomeReasons", "%1 is %2", "an element and its status: X is met")
                    .arg(title, statusInWords(status)) },
            true };
    }

    Verdict junction(bool isAnd, const QJsonArray& args, int depth)
    {
        // "and" fails on any failing part and holds only when all hold; "or" the other way round.
        const Status deciding = isAnd ? Status::NotMet : Status::Met;
        QList<Verdict> parts;
        for (const QJsonValue& arg : args) {
            parts.append(judge(arg, depth + 1));
            if (!parts.last().understood)
                return unknown();
        }
        Verdict result { inverted(deciding), {}, true };
        for (const Verdict& part : std::as_const(parts)) {
            if (part.status == deciding) {
                if (result.status != deciding)
                    result.facts.clear();
                result.status = deciding;
                // One met part is reason enough for "or"; every failing part explains an "and".
                if (isAnd || result.facts.isEmpty())
                    result.facts += part.facts;
            } else if (part.status == Status::Undetermined && result.status != deciding) {
                if (result.status != Status::Undetermined)
                    result.facts.clear();
                result.status = Status::Undetermined;
                result.facts += part.facts;
            } else if (result.status == inverted(deciding)) {
                result.facts += part.facts;
            }
        }
        result.facts.removeDuplicates();
        return result;
    }

    const Checklist& m_checklist;
    const ExplainLanguage& m_language;
    const QHash<QString, Status>& m_statuses;
    int m_parts = 0;
};

QString joinWithAnd(const QStringList& parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return QCoreApplication::translate("lantern::OutcomeReasons", "%1 and %2", "the last two parts of a list")
        .arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

} // namespace

QString outcomeReason(const Checklist& checklist, const ExplainLanguage& language, const QJsonValue& rule,
    const QHash<QString, Status>& statuses, Status decided)
{
    if (rule.isUndefined() || (rule.isBool() && rule.toBool()))
        return QCoreApplication::translate(
            "lantern::OutcomeReasons", "Reached: it applies whenever no outcome before it is reached.");
    Judge judge(checklist, language, statuses);
    const Verdict verdict = judge.judge(rule, 0);
    const bool explained = verdict.understood && verdict.status == decided && !verdict.facts.isEmpty();
    const QString facts = joinWithAnd(verdict.facts); // "Exploitation is met and Coercion is not met"
    switch (decided) {
    case Status::Met:
        return explained
            ? QCoreApplication::translate("lantern::OutcomeReasons", "Reached because %1.").arg(facts)
            : QCoreApplication::translate(
                "lantern::OutcomeReasons", "Reached: its rule holds on the element statuses.");
    case Status::NotMet:
        return explained
            ? QCoreApplication::translate("lantern::OutcomeReasons", "Not reached because %1.").arg(facts)
            : QCoreApplication::translate(
                "lantern::OutcomeReasons", "Not reached: its rule does not hold on the element statuses.");
    case Status::Undetermined:
        return explained ? QCoreApplication::translate("lantern::OutcomeReasons",
                   "Could still be reached: it depends on elements still open (%1).")
                               .arg(facts)
                         : QCoreApplication::translate("lantern::OutcomeReasons",
                             "Could still be reached: it depends on elements still open.");
    }
    return {};
}

QStringList ruleVariables(const QJsonValue& rule)
{
    QStringList names;
    const logic::RuleAnalysis analysis = logic::analyse(rule);
    for (const logic::VariableRef& variable : analysis.variables) {
        if (!names.contains(variable.root))
            names.append(variable.root);
    }
    return names;
}

QList<OutcomeExplanation> describeOutcomes(
    const Checklist& checklist, const ExplainLanguage& language, const Profile& profile)
{
    const ChecklistWords words(checklist, language);
    QList<OutcomeExplanation> explanations;
    for (const Outcome& outcome : profile.outcomes) {
        OutcomeExplanation item;
        item.outcomeId = outcome.id;
        item.elements = ruleVariables(outcome.rule);
        item.ruleWords = words.outcomeRuleText(outcome);
        explanations.append(item);
    }
    return explanations;
}

QList<OutcomeExplanation> explainOutcomes(
    const Checklist& checklist, const ExplainLanguage& language, const ProfileResult& result)
{
    const Profile* profile = checklist.profile(result.profileId);
    if (!profile)
        return {};
    const ChecklistWords words(checklist, language);
    const QHash<QString, Status> statuses = ChecklistWords::statusesOf(result);
    QList<OutcomeExplanation> explanations = describeOutcomes(checklist, language, *profile);
    bool reached = false;
    for (qsizetype i = 0; i < explanations.size(); ++i) {
        OutcomeExplanation& item = explanations[i];
        const Outcome& outcome = profile->outcomes.at(i);
        for (const OutcomeResult& scored : result.outcomes) {
            if (scored.outcomeId == outcome.id)
                item.status = scored.status;
        }
        item.ruleWords = words.outcomeRuleText(outcome, &statuses);
        item.afterResult = reached;
        item.isResult = !reached && outcome.id == result.outcomeId;
        reached = reached || item.isResult;
        item.reason = outcomeReason(checklist, language, outcome.rule, statuses, item.status);
    }
    return explanations;
}

} // namespace lantern::explain
