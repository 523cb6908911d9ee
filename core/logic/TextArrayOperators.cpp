// SPDX-License-Identifier: GPL-3.0-or-later
// in, cat, substr, merge.
#include "logic/EvalContext.h"
#include "logic/JsCoercion.h"
#include "logic/Operators.h"

#include <algorithm>
#include <cmath>

namespace lantern::logic::detail {
namespace {

// {"in": [a, b]}: a is an element of array b (strict equality), or a substring of string b.
QJsonValue opIn(EvalContext& context, const Values& args, const QJsonValue&)
{
    const QJsonValue& needle = args.at(0);
    const QJsonValue& haystack = args.at(1);
    if (haystack.isString()) {
        const QString text = haystack.toString();
        return !text.isEmpty()
            && js::contains(text, js::toString(needle, context.budget()), context.budget());
    }
    if (haystack.isArray()) {
        const QJsonArray array = haystack.toArray();
        context.spend(array.size());
        return std::any_of(array.begin(), array.end(),
            [&needle](const QJsonValue& element) { return js::strictEquals(element, needle); });
    }
    return false;
}

// Concatenates the arguments as text; null adds nothing (JavaScript's Array.join).
QJsonValue opCat(EvalContext& context, const Values& args, const QJsonValue&)
{
    QString out;
    for (const QJsonValue& arg : args) {
        if (arg.isNull() || arg.isUndefined())
            continue;
        out += js::toString(arg, context.budget());
        if (!context.spend(out.size() / 8))
            return {};
    }
    return out;
}

// String.prototype.substr(start, length) with JavaScript's clamping; negative start counts
// from the end.
QString substr(const QString& text, double start, std::optional<double> length)
{
    const double size = static_cast<double>(text.size());
    double from = js::toIntegerOrInfinity(start);
    from = from < 0 ? std::max(size + from, 0.0) : std::min(from, size);
    const double count = length ? std::clamp(js::toIntegerOrInfinity(*length), 0.0, size) : size;
    const double to = std::min(from + count, size);
    if (to <= from)
        return QString();
    return text.sliced(static_cast<qsizetype>(from), static_cast<qsizetype>(to - from));
}

// {"substr": [text, start, length?]}; a negative length leaves that many characters off the end.
QJsonValue opSubstr(EvalContext& context, const Values& args, const QJsonValue&)
{
    const QString text = js::toString(args.at(0), context.budget());
    const double start = js::toNumber(args.at(1), context.budget());
    const QJsonValue& length = args.at(2);
    if (js::lessThan(length, QJsonValue(0.0), context.budget()).value_or(false)) {
        const QString tail = substr(text, start, std::nullopt);
        return substr(tail, 0.0, static_cast<double>(tail.size()) + js::toNumber(length, context.budget()));
    }
    if (length.isUndefined())
        return substr(text, start, std::nullopt);
    return substr(text, start, js::toNumber(length, context.budget()));
}

// Flattens one level: array arguments contribute their elements, others themselves.
QJsonValue opMerge(EvalContext& context, const Values& args, const QJsonValue&)
{
    if (args.size() == 1 && args.at(0).isArray())
        return args.at(0); // shares the data, no copy
    QJsonArray out;
    for (const QJsonValue& arg : args) {
        if (!arg.isArray()) {
            out.append(js::storable(arg));
            continue;
        }
        const QJsonArray array = arg.toArray();
        if (!context.spend(array.size()))
            return {};
        for (const QJsonValue& element : array)
            out.append(element);
    }
    return out;
}

} // namespace

void addTextArrayOperators(OperatorTable& table)
{
    table.insert(QStringLiteral("in"), eagerOperator(opIn, 2, 2));
    table.insert(QStringLiteral("cat"), eagerOperator(opCat));
    table.insert(QStringLiteral("substr"), eagerOperator(opSubstr, 2, 3));
    table.insert(QStringLiteral("merge"), eagerOperator(opMerge));
}

} // namespace lantern::logic::detail
