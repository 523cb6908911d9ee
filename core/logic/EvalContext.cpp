// SPDX-License-Identifier: GPL-3.0-or-later
#include "logic/EvalContext.h"

#include "logic/JsCoercion.h"
#include "logic/Operators.h"

#include <QCoreApplication>

namespace lantern::logic::detail {

QJsonValue EvalContext::eval(const QJsonValue& rule, const QJsonValue& data)
{
    const bool isArray = rule.isArray();
    if (!isArray && !rule.isObject())
        return rule;
    QJsonObject object;
    if (!isArray) {
        object = rule.toObject();
        if (object.size() != 1)
            return rule; // an object with several keys (or none) is data, not a rule
    }
    if (m_depth >= kMaxRuleDepth)
        return fail(nestedTooDeeplyMessage());
    ++m_depth;
    QJsonValue result = isArray ? evalArray(rule.toArray(), data) : evalOperator(object, data);
    --m_depth;
    return result;
}

QJsonValue EvalContext::evalArray(const QJsonArray& rules, const QJsonValue& data)
{
    if (!spend(1 + rules.size()))
        return {};
    QJsonArray out;
    for (const QJsonValue& rule : rules) {
        const QJsonValue value = eval(rule, data);
        if (failed())
            return {};
        out.append(js::storable(value));
    }
    return out;
}

QJsonValue EvalContext::evalOperator(const QJsonObject& rule, const QJsonValue& data)
{
    const auto it = rule.constBegin();
    const QString name = it.key();
    const Operator* op = findOperator(name);
    if (op == nullptr)
        return fail(unsupportedOperatorMessage(name));
    const ArgList args(it.value());
    if (!spend(1 + args.size()))
        return {};
    if (op->lazy != nullptr)
        return op->lazy(*this, args, data);

    Values values;
    values.reserve(args.size());
    for (qsizetype i = 0; i < args.size(); ++i) {
        values.append(eval(args.at(i), data));
        if (failed())
            return {};
    }
    return op->eager(*this, values, data);
}

QJsonValue EvalContext::fail(const QString& message)
{
    if (!failed())
        m_error = message;
    return QJsonValue(QJsonValue::Undefined);
}

QString EvalContext::errorMessage() const
{
    if (!m_error.isEmpty())
        return m_error;
    return m_budget.exhausted() ? QCoreApplication::translate("lantern::EvalContext", "rule takes too much work to evaluate") : QString();
}

} // namespace lantern::logic::detail
