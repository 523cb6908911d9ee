// SPDX-License-Identifier: GPL-3.0-or-later
// + - * / % min max. Intermediate results follow JavaScript doubles (x/0 is Infinity, "a"*1
// is NaN); evaluate() turns a non-finite result into null, as JSON has no such numbers.
#include "logic/EvalContext.h"
#include "logic/JsCoercion.h"
#include "logic/Operators.h"

#include <cmath>
#include <limits>

namespace lantern::logic::detail {
namespace {

// + and * read their operands with parseFloat ("12px" is 12); -, / and % with Number().
QJsonValue opAdd(EvalContext& context, const Values& args, const QJsonValue&)
{
    double sum = 0.0;
    for (const QJsonValue& arg : args)
        sum += js::parseFloat(arg, context.budget());
    return sum;
}

QJsonValue opMultiply(EvalContext& context, const Values& args, const QJsonValue&)
{
    if (args.size() == 0) // JavaScript's reduce() without a start value throws here
        return context.fail(arityMessage(QStringLiteral("*"), *findOperator(QStringLiteral("*"))));
    double product = 1.0;
    for (const QJsonValue& arg : args)
        product *= js::parseFloat(arg, context.budget());
    return product;
}

QJsonValue opSubtract(EvalContext& context, const Values& args, const QJsonValue&)
{
    const double a = js::toNumber(args.at(0), context.budget());
    if (args.at(1).isUndefined())
        return -a;
    return a - js::toNumber(args.at(1), context.budget());
}

QJsonValue opDivide(EvalContext& context, const Values& args, const QJsonValue&)
{
    return js::toNumber(args.at(0), context.budget()) / js::toNumber(args.at(1), context.budget());
}

// JavaScript's % keeps the sign of the dividend, like std::fmod; x % 0 is NaN.
QJsonValue opModulo(EvalContext& context, const Values& args, const QJsonValue&)
{
    return std::fmod(js::toNumber(args.at(0), context.budget()), js::toNumber(args.at(1), context.budget()));
}

// Math.max/Math.min: any NaN operand gives NaN; no operands give -Infinity/Infinity.
QJsonValue extreme(EvalContext& context, const Values& args, bool wantMax)
{
    double best
        = wantMax ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    for (const QJsonValue& arg : args) {
        const double value = js::toNumber(arg, context.budget());
        if (std::isnan(value))
            return value;
        if (wantMax ? value > best : value < best)
            best = value;
    }
    return best;
}

QJsonValue opMax(EvalContext& context, const Values& args, const QJsonValue&)
{
    return extreme(context, args, true);
}

QJsonValue opMin(EvalContext& context, const Values& args, const QJsonValue&)
{
    return extreme(context, args, false);
}

} // namespace

void addArithmeticOperators(OperatorTable& table)
{
    table.insert(QStringLiteral("+"), eagerOperator(opAdd));
    table.insert(QStringLiteral("*"), eagerOperator(opMultiply, 1));
    table.insert(QStringLiteral("-"), eagerOperator(opSubtract, 1, 2));
    table.insert(QStringLiteral("/"), eagerOperator(opDivide, 2, 2));
    table.insert(QStringLiteral("%"), eagerOperator(opModulo, 2, 2));
    table.insert(QStringLiteral("max"), eagerOperator(opMax));
    table.insert(QStringLiteral("min"), eagerOperator(opMin));
}

} // namespace lantern::logic::detail
