// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <optional>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace lantern::logic::detail {

class WorkBudget;

/// JavaScript's conversions between JSON values, as the JsonLogic reference implementation
/// (json-logic-js) applies them. Undefined stands for JavaScript's `undefined` (a missing
/// argument). Conversions that walk arrays charge the budget.
namespace js {

bool truthy(const QJsonValue& value);

/// Number.prototype.toString(): shortest round-trip digits, e.g. 1, 0.5, 1e+21, NaN.
QString numberToString(double value);
/// Number("text"): whitespace-trimmed decimal, hex/octal/binary or Infinity; else NaN.
double stringToNumber(QStringView text);
/// parseFloat("text"): the longest decimal prefix after leading whitespace; else NaN.
double parseFloat(QStringView text);

/// String(value); arrays join with "," and null elements become "".
QString toString(const QJsonValue& value, WorkBudget& budget);
double toNumber(const QJsonValue& value, WorkBudget& budget);
double parseFloat(const QJsonValue& value, WorkBudget& budget);
/// JavaScript's ToIntegerOrInfinity: NaN is 0, otherwise truncated toward zero.
double toIntegerOrInfinity(double value);

/// `===`: same type and value; arrays and objects are never equal (JS compares identity).
bool strictEquals(const QJsonValue& a, const QJsonValue& b);
/// `==` with JavaScript's coercions (1 == "1", 0 == false, null == undefined, [1] == 1).
bool looseEquals(const QJsonValue& a, const QJsonValue& b, WorkBudget& budget);
/// `a < b`; nullopt when the comparison is undefined (a NaN is involved).
std::optional<bool> lessThan(const QJsonValue& a, const QJsonValue& b, WorkBudget& budget);

/// Substring search in time linear in the lengths, whatever the text.
bool contains(QStringView haystack, QStringView needle, WorkBudget& budget);

/// A value fit to be stored in an array or returned: undefined and non-finite numbers are null.
inline QJsonValue storable(const QJsonValue& value)
{
    if (value.isUndefined())
        return QJsonValue();
    if (value.isDouble()) {
        if (!std::isfinite(value.toDouble()))
            return QJsonValue();
    }
    return value;
}

} // namespace js
} // namespace lantern::logic::detail
