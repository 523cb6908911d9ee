// SPDX-License-Identifier: GPL-3.0-or-later
// if, ?:, and, or, !, !!, equality and ordering.
#include "logic/EvalContext.h"
#include "logic/JsCoercion.h"
#include "logic/Operators.h"

namespace lantern::logic::detail {
namespace {

// if/then/elseif/then.../else; evaluates only the branches it needs.
QJsonValue opIf(EvalContext& context, const ArgList& args, const QJsonValue& data)
{
    qsizetype i = 0;
    for (; i + 1 < args.size(); i += 2) {
        const QJsonValue condition = context.eval(args.at(i), data);
        if (context.failed())
            return {};
        if (js::truthy(condition))
            return context.eval(args.at(i + 1), data);
    }
    if (i + 1 == args.size())
        return context.eval(args.at(i), data);
    return QJsonValue();
}

// and/or return the deciding operand itself, not a boolean (as in JavaScript).
QJsonValue opAnd(EvalContext& context, const ArgList& args, const QJsonValue& data)
{
    QJsonValue current(QJsonValue::Undefined);
    for (qsizetype i = 0; i < args.size(); ++i) {
        current = context.eval(args.at(i), data);
        if (context.failed() || !js::truthy(current))
            return current;
    }
    return current;
}

QJsonValue opOr(EvalContext& context, const ArgList& args, const QJsonValue& data)
{
    QJsonValue current(QJsonValue::Undefined);
    for (qsizetype i = 0; i < args.size(); ++i) {
        current = context.eval(args.at(i), data);
        if (context.failed() || js::truthy(current))
            return current;
    }
    return current;
}

QJsonValue opNot(EvalContext&, const Values& args, const QJsonValue&)
{
    return !js::truthy(args.at(0));
}

QJsonValue opTruthy(EvalContext&, const Values& args, const QJsonValue&)
{
    return js::truthy(args.at(0));
}

QJsonValue opLooseEquals(EvalContext& context, const Values& args, const QJsonValue&)
{
    return js::looseEquals(args.at(0), args.at(1), context.budget());
}

QJsonValue opLooseNotEquals(EvalContext& context, const Values& args, const QJsonValue&)
{
    return !js::looseEquals(args.at(0), args.at(1), context.budget());
}

QJsonValue opStrictEquals(EvalContext&, const Values& args, const QJsonValue&)
{
    return js::strictEquals(args.at(0), args.at(1));
}

QJsonValue opStrictNotEquals(EvalContext&, const Values& args, const QJsonValue&)
{
    return !js::strictEquals(args.at(0), args.at(1));
}

bool less(EvalContext& context, const QJsonValue& a, const QJsonValue& b)
{
    return js::lessThan(a, b, context.budget()).value_or(false);
}

// JavaScript's a <= b is !(b < a), except that it is false when either side is NaN.
bool lessOrEqual(EvalContext& context, const QJsonValue& a, const QJsonValue& b)
{
    const std::optional<bool> greater = js::lessThan(b, a, context.budget());
    return greater.has_value() && !*greater;
}

// < and <= take an optional third argument: {"<": [a, b, c]} is a < b < c.
QJsonValue opLess(EvalContext& context, const Values& args, const QJsonValue&)
{
    if (args.at(2).isUndefined())
        return less(context, args.at(0), args.at(1));
    return less(context, args.at(0), args.at(1)) && less(context, args.at(1), args.at(2));
}

QJsonValue opLessOrEqual(EvalContext& context, const Values& args, const QJsonValue&)
{
    if (args.at(2).isUndefined())
        return lessOrEqual(context, args.at(0), args.at(1));
    return lessOrEqual(context, args.at(0), args.at(1)) && lessOrEqual(context, args.at(1), args.at(2));
}

QJsonValue opGreater(EvalContext& context, const Values& args, const QJsonValue&)
{
    return less(context, args.at(1), args.at(0));
}

QJsonValue opGreaterOrEqual(EvalContext& context, const Values& args, const QJsonValue&)
{
    return lessOrEqual(context, args.at(1), args.at(0));
}

} // namespace

void addLogicOperators(OperatorTable& table)
{
    table.insert(QStringLiteral("if"), lazyOperator(opIf));
    table.insert(QStringLiteral("?:"), lazyOperator(opIf, 3, 3));
    table.insert(QStringLiteral("and"), lazyOperator(opAnd));
    table.insert(QStringLiteral("or"), lazyOperator(opOr));
    table.insert(QStringLiteral("!"), eagerOperator(opNot, 1, 1));
    table.insert(QStringLiteral("!!"), eagerOperator(opTruthy, 1, 1));
    table.insert(QStringLiteral("=="), eagerOperator(opLooseEquals, 2, 2));
    table.insert(QStringLiteral("!="), eagerOperator(opLooseNotEquals, 2, 2));
    table.insert(QStringLiteral("==="), eagerOperator(opStrictEquals, 2, 2));
    table.insert(QStringLiteral("!=="), eagerOperator(opStrictNotEquals, 2, 2));
    table.insert(QStringLiteral("<"), eagerOperator(opLess, 2, 3));
    table.insert(QStringLiteral("<="), eagerOperator(opLessOrEqual, 2, 3));
    table.insert(QStringLiteral(">"), eagerOperator(opGreater, 2, 2));
    table.insert(QStringLiteral(">="), eagerOperator(opGreaterOrEqual, 2, 2));
}

} // namespace lantern::logic::detail
