// SPDX-License-Identifier: GPL-3.0-or-later
#include "logic/JsCoercion.h"

#include "logic/WorkBudget.h"

#include <QJsonArray>
#include <QList>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>

namespace lantern::logic::detail::js {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// ECMAScript WhiteSpace and LineTerminator, which Number() and parseFloat() skip.
// (QChar::isSpace differs: it takes U+0085 and not U+FEFF.)
bool isJsSpace(char16_t c)
{
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QStringView trimmedStart(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && isJsSpace(text[i].unicode()))
        ++i;
    return text.sliced(i);
}

QStringView trimmed(QStringView text)
{
    text = trimmedStart(text);
    qsizetype n = text.size();
    while (n > 0 && isJsSpace(text[n - 1].unicode()))
        --n;
    return text.first(n);
}

// from_chars reports out-of-range without a value; decide between infinity and zero from the
// decimal magnitude of the literal (digits[.digits][e[+-]digits]).
double outOfRange(std::string_view literal)
{
    const size_t ePos = literal.find_first_of("eE");
    const std::string_view mantissa = literal.substr(0, ePos);
    const size_t point = std::min(mantissa.find('.'), mantissa.size());
    const size_t first = mantissa.find_first_of("123456789");
    if (first == std::string_view::npos)
        return 0.0;
    long long magnitude = first < point ? static_cast<long long>(point - first) - 1
                                        : -static_cast<long long>(first - point);
    long long exponent = 0;
    if (ePos != std::string_view::npos) {
        size_t i = ePos + 1;
        const bool negative = i < literal.size() && literal[i] == '-';
        if (i < literal.size() && (literal[i] == '-' || literal[i] == '+'))
            ++i;
        for (; i < literal.size() && exponent < 1'000'000'000; ++i)
            exponent = exponent * 10 + (literal[i] - '0');
        exponent = negative ? -exponent : exponent;
    }
    magnitude += exponent;
    return magnitude > 0 ? kInfinity : 0.0;
}

// Scans the longest StrDecimalLiteral at the start of text:
// [+-] (Infinity | digits [. digits] | . digits) [(e|E) [+-] digits].
std::optional<double> scanDecimal(QStringView text, qsizetype& consumed)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool negative = false;
    if (i < n && (text[i] == u'+' || text[i] == u'-')) {
        negative = text[i] == u'-';
        ++i;
    }
    if (text.sliced(i).startsWith(u"Infinity")) {
        consumed = i + 8;
        return negative ? -kInfinity : kInfinity;
    }
    const qsizetype start = i;
    while (i < n && isDigit(text[i]))
        ++i;
    const qsizetype intDigits = i - start;
    qsizetype fracDigits = 0;
    if (i < n && text[i] == u'.') {
        qsizetype j = i + 1;
        while (j < n && isDigit(text[j]))
            ++j;
        fracDigits = j - i - 1;
        if (intDigits > 0 || fracDigits > 0)
            i = j;
    }
    if (intDigits == 0 && fracDigits == 0)
        return std::nullopt;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        qsizetype j = i + 1;
        if (j < n && (text[j] == u'+' || text[j] == u'-'))
            ++j;
        const qsizetype digitsStart = j;
        while (j < n && isDigit(text[j]))
            ++j;
        if (j > digitsStart)
            i = j;
    }
    consumed = i;

    std::string ascii;
    ascii.reserve(static_cast<size_t>(i - start));
    for (qsizetype k = start; k < i; ++k)
        ascii.push_back(static_cast<char>(text[k].unicode()));
    double value = 0.0;
    const auto [end, error] = std::from_chars(ascii.data(), ascii.data() + ascii.size(), value);
    if (error == std::errc::result_out_of_range)
        value = outOfRange(ascii);
    else if (error != std::errc() || end != ascii.data() + ascii.size())
        return kNaN;
    return negative ? -value : value;
}

double parseRadix(QStringView digits, int radix)
{
    double value = 0.0;
    for (const QChar c : digits) {
        const int digit = (c.unicode() >= u'0' && c.unicode() <= u'9') ? c.unicode() - u'0'
            : (c.unicode() >= u'a' && c.unicode() <= u'f') ? c.unicode() - u'a' + 10
            : (c.unicode() >= u'A' && c.unicode() <= u'F') ? c.unicode() - u'A' + 10
                                                           : radix;
        if (digit >= radix)
            return kNaN;
        value = value * radix + digit;
    }
    return value;
}

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
    stack.append(Frame{root, 0});
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
            stack.append(Frame{element.toArray(), 0});
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
    case QJsonValue::Undefined: return Kind::Undefined;
    case QJsonValue::Null: return Kind::Null;
    case QJsonValue::Bool: return Kind::Bool;
    case QJsonValue::Double: return Kind::Number;
    case QJsonValue::String: return Kind::String;
    case QJsonValue::Array:
    case QJsonValue::Object: return Kind::Object;
    }
    return Kind::Undefined;
}

} // namespace

bool truthy(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d != 0.0 && !std::isnan(d);
    }
    case QJsonValue::String: return !value.toString().isEmpty();
    case QJsonValue::Array: return !value.toArray().isEmpty();
    case QJsonValue::Object: return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined: return false;
    }
    return false;
}

QString numberToString(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0.0)
        return QStringLiteral("0"); // also -0
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        return QString::number(static_cast<qint64>(value));

    // Shortest round-trip digits, then ECMAScript's Number::toString layout.
    char buffer[48];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string_view sci(buffer, static_cast<size_t>(result.ptr - buffer));
    std::string out;
    if (sci.front() == '-') {
        out += '-';
        sci.remove_prefix(1);
    }
    const size_t ePos = sci.find('e');
    std::string digits;
    for (const char c : sci.substr(0, ePos)) {
        if (c != '.')
            digits += c;
    }
    const int exponent = std::atoi(std::string(sci.substr(ePos + 1)).c_str());
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1;
    if (k <= n && n <= 21) {
        out += digits;
        out.append(static_cast<size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, static_cast<size_t>(n));
        out += '.';
        out += digits.substr(static_cast<size_t>(n));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(static_cast<size_t>(-n), '0');
        out += digits;
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out += digits.substr(1);
        }
        out += n - 1 >= 0 ? "e+" : "e-";
        out += std::to_string(std::abs(n - 1));
    }
    return QString::fromLatin1(out.data(), static_cast<qsizetype>(out.size()));
}

double stringToNumber(QStringView text)
{
    const QStringView s = trimmed(text);
    if (s.isEmpty())
        return 0.0;
    if (s.size() > 2 && s[0] == u'0') {
        const char16_t prefix = s[1].unicode();
        const int radix = (prefix == u'x' || prefix == u'X') ? 16
            : (prefix == u'o' || prefix == u'O')             ? 8
            : (prefix == u'b' || prefix == u'B')             ? 2
                                                             : 0;
        if (radix != 0)
            return parseRadix(s.sliced(2), radix);
    }
    qsizetype consumed = 0;
    const std::optional<double> value = scanDecimal(s, consumed);
    return value && consumed == s.size() ? *value : kNaN;
}

double parseFloat(QStringView text)
{
    qsizetype consumed = 0;
    return scanDecimal(trimmedStart(text), consumed).value_or(kNaN);
}

QString toString(const QJsonValue& value, WorkBudget& budget)
{
    switch (value.type()) {
    case QJsonValue::Undefined: return QStringLiteral("undefined");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return numberToString(value.toDouble());
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: return joinArray(value.toArray(), budget);
    case QJsonValue::Object: return QStringLiteral("[object Object]");
    }
    return {};
}

double toNumber(const QJsonValue& value, WorkBudget& budget)
{
    switch (value.type()) {
    case QJsonValue::Null: return 0.0;
    case QJsonValue::Bool: return value.toBool() ? 1.0 : 0.0;
    case QJsonValue::Double: return value.toDouble();
    case QJsonValue::String: return stringToNumber(value.toString());
    case QJsonValue::Array: return stringToNumber(joinArray(value.toArray(), budget));
    case QJsonValue::Object:
    case QJsonValue::Undefined: return kNaN;
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
    case QJsonValue::Null: return true;
    case QJsonValue::Bool: return a.toBool() == b.toBool();
    case QJsonValue::Double: return a.toDouble() == b.toDouble();
    case QJsonValue::String: return a == b;
    case QJsonValue::Array:
    case QJsonValue::Object: return false;
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
