// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers to and from text exactly as JavaScript converts them: Number(), parseFloat() and
// Number.prototype.toString(). Independent of the C locale, which Qt sets from the environment.
#include "logic/JsCoercion.h"

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
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
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
    long long magnitude
        = first < point ? static_cast<long long>(point - first) - 1 : -static_cast<long long>(first - point);
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
            : (c.unicode() >= u'a' && c.unicode() <= u'f')             ? c.unicode() - u'a' + 10
            : (c.unicode() >= u'A' && c.unicode() <= u'F')             ? c.unicode() - u'A' + 10
                                                                       : radix;
        if (digit >= radix)
            return kNaN;
        value = value * radix + digit;
    }
    return value;
}

} // namespace

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

} // namespace lantern::logic::detail::js
