// SPDX-License-Identifier: GPL-3.0-or-later
// map, filter, reduce, all, none, some. The second argument is a rule applied to each element,
// with the element as its data ({"var": ""} is the element itself).
#include "logic/EvalContext.h"
#include "logic/JsCoercion.h"
#include "logic/Operators.h"

#include <optional>
#include <QJsonObject>

namespace lantern::logic::detail {
namespace {

// The array the first argument evaluates to; nullopt on error or when it is not an array.
std::optional<QJsonArray> scopedArray(EvalContext& context, const ArgList& args, const QJsonValue& data)
{
    const QJsonValue items = context.eval(args.at(0), data);
    if (context.failed() || !items.isArray())
        return std::nullopt;
    return items.toArray();
}

QJsonValue opMap(EvalContext& context, const ArgList& args, const QJsonValue& data)
{
    const std::optional<QJsonArray> items = scopedArray(context, args, data);
    if (!items)
        return QJsonArray();
    const QJsonValue logic = args.at(1);
    QJsonArray out;
    for (const QJsonValue& item : *items) {
        if (!context.spend(1))
            return {};
        const QJsonValue value = context.eval(logic, item);
        if (context.failed())
            return {};
        out.append(js::storable(value));
    }
    return out;
}

QJsonValue opFilter(EvalContext& context, const ArgList& args, const QJsonValue& data)
{
    const std::optional<QJsonArray> items = scopedArray(context, args, data);
    if (!items)
        return QJsonArray();
    const QJsonValue logic = args.at(1);
    QJsonArray out;
    for (const QJsonValue& item : *items) {
        if (!context.spend(1))
            return {};
        const QJsonValue keep = context.eval(logic, item);
        if (context.failed())
            return {};
        if (js::truthy(keep))
            out.append(item);
    }
    return out;
}

// {"reduce": [items, logic, initial]}: logic sees {"current": element, "accumulator": so far}.
QJsonValue opReduce(EvalContext& context, const ArgList& args, const QJsonValue& data)
{
    const QJsonValue items = context.eval(args.at(0), data);
    if (context.failed())
        return {};
    const QJsonValue initialRule = args.at(2);
    QJsonValue accumulator = initialRule.isUndefined() ? QJsonValue() : context.eval(initialRule, data);
    if (context.failed() || !items.isArray())
        return accumulator;
    const QJsonValue logic = args.at(1);
    const QString currentKey = QStringLiteral("current");
    const QString accumulatorKey = QStringLiteral("accumulator");
    for (const QJsonValue& item : items.toArray()) {
        if (!context.spend(1))
            return {};
        QJsonObject scope;
        scope.insert(currentKey, item);
        scope.insert(accumulatorKey, accumulator); // undefined leaves the key out, as in JS
        accumulator = context.eval(logic, scope);
        if (context.failed())
            return {};
    }
    return accumulator;
}

// Whether logic is truthy for some element (wanted == true) or falsy for some (wanted == false).
// Stops at the first element that decides, unlike json-logic-js; the result is the same.
std::optional<bool> anyItem(
    EvalContext& context, const QJsonArray& items, const QJsonValue& logic, bool wanted)
{
    for (const QJsonValue& item : items) {
        if (!context.spend(1))
            return std::nullopt;
        const QJsonValue value = context.eval(logic, item);
        if (context.failed())
            return std::nullopt;
        if (js::truthy(value) == wanted)
            return true;
    }
    return false;
}

// all is false for an empty (or non-array) list, as in json-logic-js.
QJsonValue opAll(EvalContext& context, const ArgList& args, const QJsonValue& data)
{
    const std::optional<QJsonArray> items = scopedArray(context, args, data);
    if (!items || items->isEmpty())
        return false;
    const std::optional<bool> anyFalse = anyItem(context, *items, args.at(1), false);
    return anyFalse.has_value() ? QJsonValue(!*anyFalse) : QJsonValue();
}

QJsonValue opSome(EvalContext& context, const ArgList& args, const QJsonValue& data)
{
    const std::optional<QJsonArray> items = scopedArray(context, args, data);
    if (!items)
        return false;
    const std::optional<bool> anyTrue = anyItem(context, *items, args.at(1), true);
    return anyTrue.has_value() ? QJsonValue(*anyTrue) : QJsonValue();
}

QJsonValue opNone(EvalContext& context, const ArgList& args, const QJsonValue& data)
{
    const std::optional<QJsonArray> items = scopedArray(context, args, data);
    if (!items)
        return true;
    const std::optional<bool> anyTrue = anyItem(context, *items, args.at(1), true);
    return anyTrue.has_value() ? QJsonValue(!*anyTrue) : QJsonValue();
}

} // namespace

void addIterationOperators(OperatorTable& table)
{
    table.insert(QStringLiteral("map"), lazyOperator(opMap, 2, 2));
    table.insert(QStringLiteral("filter"), lazyOperator(opFilter, 2, 2));
    table.insert(QStringLiteral("reduce"), lazyOperator(opReduce, 2, 3));
    table.insert(QStringLiteral("all"), lazyOperator(opAll, 2, 2));
    table.insert(QStringLiteral("none"), lazyOperator(opNone, 2, 2));
    table.insert(QStringLiteral("some"), lazyOperator(opSome, 2, 2));
}

} // namespace lantern::logic::detail
