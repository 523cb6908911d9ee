// SPDX-License-Identifier: GPL-3.0-or-later
// var, missing, missing_some: reading the data a rule is evaluated over.
#include "logic/EvalContext.h"
#include "logic/JsCoercion.h"
#include "logic/Operators.h"

#include <QJsonObject>

namespace lantern::logic::detail {
namespace {

// A canonical JavaScript array index ("0", "17", not "01" or "-1"), or -1.
qsizetype arrayIndex(QStringView segment)
{
    if (segment.isEmpty() || segment.size() > 10 || (segment.size() > 1 && segment[0] == u'0'))
        return -1;
    qint64 index = 0;
    for (const QChar c : segment) {
        if (c < u'0' || c > u'9')
            return -1;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index < 4294967295LL ? static_cast<qsizetype>(index) : -1;
}

// Follows a dotted path ("pie.filling", "1.0") through objects (by key) and arrays (by index);
// anything missing on the way gives notFound. A value present as null stays null.
QJsonValue lookup(const QJsonValue& data, QStringView path, const QJsonValue& notFound)
{
    QJsonValue current = data;
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = path.indexOf(u'.', start);
        const QStringView segment = path.sliced(start, (dot < 0 ? path.size() : dot) - start);
        QJsonValue next(QJsonValue::Undefined);
        if (current.isObject()) {
            next = current.toObject().value(segment);
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            const qsizetype index = arrayIndex(segment);
            if (index >= 0 && index < array.size())
                next = array.at(index);
        }
        if (next.isUndefined())
            return notFound;
        current = next;
        if (dot < 0)
            return current;
        start = dot + 1;
    }
}

// {"var": name} as json-logic-js reads it: no name, null or "" is the whole data.
QJsonValue variable(
    EvalContext& context, const QJsonValue& name, const QJsonValue& data, const QJsonValue& notFound)
{
    if (name.isUndefined() || name.isNull())
        return data;
    const QString path = name.isString() ? name.toString() : js::toString(name, context.budget());
    if (name.isString() && path.isEmpty())
        return data;
    if (!context.spend(path.size() / 16))
        return {};
    return lookup(data, path, notFound);
}

QJsonValue opVar(EvalContext& context, const Values& args, const QJsonValue& data)
{
    const QJsonValue& fallback = args.at(1);
    return variable(context, args.at(0), data, fallback.isUndefined() ? QJsonValue() : fallback);
}

// The names in list that are null or "" in data. As in json-logic-js, when the first
// argument is itself an array, that array holds the names.
QJsonArray missingNames(EvalContext& context, const QJsonArray& list, const QJsonValue& data)
{
    const QJsonArray names = !list.isEmpty() && list.first().isArray() ? list.first().toArray() : list;
    QJsonArray missing;
    for (const QJsonValue& name : names) {
        if (!context.spend(1))
            return {};
        const QJsonValue value = variable(context, name, data, QJsonValue());
        if (value.isNull() || (value.isString() && value.toString().isEmpty()))
            missing.append(js::storable(name));
    }
    return missing;
}

QJsonValue opMissing(EvalContext& context, const Values& args, const QJsonValue& data)
{
    QJsonArray list;
    for (const QJsonValue& arg : args)
        list.append(arg);
    return missingNames(context, list, data);
}

// {"missing_some": [need, names]}: [] when at least `need` of names are present, else the missing ones.
QJsonValue opMissingSome(EvalContext& context, const Values& args, const QJsonValue& data)
{
    const QJsonValue& options = args.at(1);
    const QJsonArray names = options.isArray() ? options.toArray() : QJsonArray { js::storable(options) };
    const QJsonArray missing = missingNames(context, names, data);
    const QJsonValue present(static_cast<double>(names.size() - missing.size()));
    const std::optional<bool> tooFew = js::lessThan(present, args.at(0), context.budget());
    if (tooFew.has_value() && !*tooFew)
        return QJsonArray();
    return missing;
}

} // namespace

void addDataOperators(OperatorTable& table)
{
    table.insert(QStringLiteral("var"), eagerOperator(opVar, 0, 2));
    table.insert(QStringLiteral("missing"), eagerOperator(opMissing));
    table.insert(QStringLiteral("missing_some"), eagerOperator(opMissingSome, 2, 2));
}

} // namespace lantern::logic::detail
