// SPDX-License-Identifier: GPL-3.0-or-later
// JavaScript's conversions between values, equality and ordering (number text: JsNumberText.cpp).
#include "logic/JsCoercion.h"

#include "logic/WorkBudget.h"

#include <limits>
#include <QJsonArray>
#include <QList>
#include <QVarLengthArray>
#include <string_view>

namespace lantern::logic::detail::js {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Array.prototype.join(","), flattening nested arrays without recursion so that deeply
// nested data cannot exhaust the stack.
QString joinArray(const QJsonArray& root, WorkBudget& budget)
{
    struct Frame
    {
        QJsonArray array;
        qsizetype index;
    };
    QString out;
    QVarLengthArray<Frame, 8> stack;
    stack.append(Frame { root, 0 });
    while (!stack.isEmpty()) {
        if (stack.last().index == stack.last().array.size()) {
            stack.removeLast();
            continue;
        }
        const qsizetype i = stack.last().index++;
        const QJsonValue element = stack.last().array.at(i);
        if (i > 0)
            out += u',';
        if (!budget.spend(1))
            return out;
        if (element.isArray()) {
            stack.append(Frame { element.toArray(), 0 });
        } else if (!element.isNull() && !element.isUndefined()) {
            const QString text = toString(element, budget);
            budget.spend(text.size() / 8);
            out += text;
        }
    }
    return out;
}

QJsonValue toPrimitive(const QJsonValue& value, WorkBudget& budget)
{
    if (value.isArray())
        return joinArray(value.toArray(), budget);
    if (value.isObject())
        return QStringLiteral("[object Object]");
    return value;
}

// Type groups of the abstract equality algorithm; arrays and objects are both objects.
enum class Kind { Undefined, Null, Bool, Number, String, Object };

Kind kindOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return Kind::Undefined;
    case QJsonValue::Null:
        return Kind::Null;
    case QJsonValue::Bool:
        return Kind::Bool;
    case QJsonValue::Double:
        return Kind::Number;
    case QJsonValue::String:
        return Kind::String;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return Kind::Object;
    }
    return Kind::Undefined;
}

} // namespace

bool truthy(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d != 0.0 && !std::isnan(d);
    }
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    }
    return false;
}

QString toString(const QJsonValue& value, WorkBudget& budget)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("undefined");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberToString(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return joinArray(value.toArray(), budget);
    case QJsonValue::Object:
        return QStringLiteral("[object Object]");
    }
    return {};
}

double toNumber(const QJsonValue& value, WorkBudget& budget)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return 0.0;
    case QJsonValue::Bool:
        return value.toBool() ? 1.0 : 0.0;
    case QJsonValue::Double:
        return value.toDouble();
    case QJsonValue::String:
        return stringToNumber(value.toString());
    case QJsonValue::Array:
        return stringToNumber(joinArray(value.toArray(), budget));
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        return kNaN;
    }
    return kNaN;
}

double parseFloat(const QJsonValue& value, WorkBudget& budget)
{
    if (value.isDouble())
        return value.toDouble();
    return parseFloat(QStringView(toString(value, budget)));
}

double toIntegerOrInfinity(double value)
{
    if (std::isnan(value))
        return 0.0;
    return std::trunc(value) + 0.0; // + 0.0 turns -0 into 0
}

bool strictEquals(const QJsonValue& a, const QJsonValue& b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return true;
    case QJsonValue::Bool:
        return a.toBool() == b.toBool();
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::String:
        return a == b;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return false;
    }
    return false;
}

bool looseEquals(const QJsonValue& a, const QJsonValue& b, WorkBudget& budget)
{
    const Kind ka = kindOf(a);
    const Kind kb = kindOf(b);
    if (ka == kb)
        return strictEquals(a, b);
    const bool nullishA = ka == Kind::Undefined || ka == Kind::Null;
    const bool nullishB = kb == Kind::Undefined || kb == Kind::Null;
    if (nullishA || nullishB)
        return nullishA && nullishB;
    if (ka == Kind::Number && kb == Kind::String)
        return a.toDouble() == stringToNumber(b.toString());
    if (ka == Kind::String && kb == Kind::Number)
        return stringToNumber(a.toString()) == b.toDouble();
    if (ka == Kind::Bool)
        return looseEquals(QJsonValue(a.toBool() ? 1.0 : 0.0), b, budget);
    if (kb == Kind::Bool)
        return looseEquals(a, QJsonValue(b.toBool() ? 1.0 : 0.0), budget);
    if (ka == Kind::Object)
        return looseEquals(toPrimitive(a, budget), b, budget);
    return looseEquals(a, toPrimitive(b, budget), budget);
}

std::optional<bool> lessThan(const QJsonValue& a, const QJsonValue& b, WorkBudget& budget)
{
    if (a.isDouble() && b.isDouble()) { // the common case, without conversions
        const double x = a.toDouble();
        const double y = b.toDouble();
        if (std::isnan(x) || std::isnan(y))
            return std::nullopt;
        return x < y;
    }
    const QJsonValue pa = toPrimitive(a, budget);
    const QJsonValue pb = toPrimitive(b, budget);
    if (pa.isString() && pb.isString()) {
        // JavaScript orders strings by UTF-16 code units.
        const QString sa = pa.toString();
        const QString sb = pb.toString();
        return std::u16string_view(QStringView(sa).utf16(), static_cast<size_t>(sa.size()))
            < std::u16string_view(QStringView(sb).utf16(), static_cast<size_t>(sb.size()));
    }
    const double x = toNumber(pa, budget);
    const double y = toNumber(pb, budget);
    if (std::isnan(x) || std::isnan(y))
        return std::nullopt;
    return x < y;
}

bool contains(QStringView haystack, QStringView needle, WorkBudget& budget)
{
    if (needle.isEmpty())
        return true;
    if (needle.size() > haystack.size())
        return false;
    budget.spend(haystack.size() / 8 + 1);
    if (needle.size() <= 16 || haystack.size() <= 512)
        return haystack.contains(needle);

    // Knuth-Morris-Pratt: Qt's search can be quadratic on repetitive text.
    QList<qsizetype> border(needle.size(), 0);
    for (qsizetype i = 1, k = 0; i < needle.size(); ++i) {
        while (k > 0 && needle[i] != needle[k])
            k = border[k - 1];
        if (needle[i] == needle[k])
            ++k;
        border[i] = k;
    }
    for (qsizetype i = 0, k = 0; i < haystack.size(); ++i) {
        while (k > 0 && haystack[i] != needle[k])
            k = border[k - 1];
        if (haystack[i] == needle[k])
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

} // namespace lantern::logic::detail::js
