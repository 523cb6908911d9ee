// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/OutcomeEvaluator.h"

#include "logic/JsonLogic.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lantern::scoring {

OutcomeEvaluator::OutcomeEvaluator(const QHash<QString, Status>& statuses)
    : m_statuses(statuses)
{
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        m_data.insert(it.key(), it.value() == Status::Met);
}

OutcomeResult OutcomeEvaluator::evaluate(
    const Outcome& outcome, const QStringList& reads, const QString& profileId, QStringList& notes)
{
    OutcomeResult result;
    result.outcomeId = outcome.id;
    result.level = outcome.level;
    result.status = Status::Undetermined;
    for (const QString& id : reads) {
        if (m_statuses.value(id, Status::NotMet) == Status::Undetermined)
            result.decidingElements.append(id);
    }
    const qsizetype open = result.decidingElements.size();
    if (open > 0) {
        Reading reading;
        const Status direct = kleene(outcome.rule, 0, reading);
        // Sound whenever it is definite; exact also when undetermined if the rule is read-once:
        // operands then share no element, so each undetermined one can go either way on its own.
        if (direct != Status::Undetermined || (reading.supported && !reading.repeated)) {
            result.status = direct;
            if (direct != Status::Undetermined)
                result.decidingElements.clear();
            return result;
        }
    }
    if (open > kMaxEnumerated) {
        notes.append(
            QCoreApplication::translate("lantern::OutcomeEvaluator", "Outcome '%1' of profile '%2' reads %3 undetermined elements, too many to try "
                           "every combination; it is treated as undetermined.")
                .arg(outcome.id, profileId)
                .arg(open));
        return result;
    }

    bool sawTrue = false;
    bool sawFalse = false;
    const quint32 combinations = quint32(1) << open;
    const quint32 allMet = combinations - 1;
    for (quint32 step = 0; step < combinations && !(sawTrue && sawFalse); ++step) {
        // All not met, then all met: for rules without negation those two already differ
        // whenever the outcome is undetermined, which ends the search early.
        const quint32 bits = step == 1 ? allMet : step == allMet ? 1 : step;
        for (qsizetype i = 0; i < open; ++i)
            m_data.insert(result.decidingElements.at(i), ((bits >> i) & 1U) != 0);
        const Result<QJsonValue> value = logic::evaluate(outcome.rule, QJsonValue(m_data));
        if (!value) {
            notes.append(
                QCoreApplication::translate("lantern::OutcomeEvaluator", "The rule of outcome '%1' in profile '%2' could not be evaluated (%3); "
                               "it is treated as undetermined.")
                    .arg(outcome.id, profileId, value.errorMessage()));
            sawTrue = sawFalse = true;
            break;
        }
        (logic::truthy(*value) ? sawTrue : sawFalse) = true;
    }
    for (const QString& id : std::as_const(result.decidingElements))
        m_data.insert(id, false); // undetermined is not met outside the enumeration

    if (sawTrue != sawFalse) {
        result.status = sawTrue ? Status::Met : Status::NotMet;
        result.decidingElements.clear();
    }
    return result;
}

// Truthiness of `and`, `or`, `!` and `!!` depends only on their operands' truthiness, so
// reading them in Kleene logic is sound. Anything else is left to the enumeration (Undetermined).
Status OutcomeEvaluator::kleene(const QJsonValue& rule, int depth, Reading& reading) const
{
    constexpr int kMaxDepth = 32;
    if (rule.isBool())
        return rule.toBool() ? Status::Met : Status::NotMet;
    const QJsonObject object = rule.toObject();
    if (rule.isObject() && object.size() == 1 && depth < kMaxDepth) {
        const QString op = object.constBegin().key();
        const QJsonValue operands = object.constBegin().value();
        const auto status = m_statuses.constFind(operands.toString());
        if (op == u"var" && operands.isString() && status != m_statuses.constEnd()) {
            reading.repeated = reading.repeated || reading.seen.contains(status.key());
            reading.seen.append(status.key());
            return *status;
        }
        const bool isAnd = op == u"and";
        if ((isAnd || op == u"or") && operands.isArray() && !operands.toArray().isEmpty()) {
            const Status decisive = isAnd ? Status::NotMet : Status::Met;
            Status result = isAnd ? Status::Met : Status::NotMet;
            const QJsonArray parts = operands.toArray();
            for (const QJsonValue& part : parts) {
                const Status partStatus = kleene(part, depth + 1, reading);
                if (partStatus == decisive)
                    return decisive;
                if (partStatus == Status::Undetermined)
                    result = Status::Undetermined;
            }
            return result;
        }
        const bool single = !operands.isArray() || operands.toArray().size() == 1;
        if ((op == u"!" || op == u"!!") && single) {
            const Status inner
                = kleene(operands.isArray() ? operands.toArray().first() : operands, depth + 1, reading);
            if (op == u"!!" || inner == Status::Undetermined)
                return inner;
            return inner == Status::Met ? Status::NotMet : Status::Met;
        }
    }
    reading.supported = false;
    return Status::Undetermined;
}

} // namespace lantern::scoring
