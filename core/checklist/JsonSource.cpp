// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/JsonSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>

#include <cmath>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

namespace lantern {

// Both run for every id and rule a checklist has (the validator keeps their pointers for its
// messages), so each builds its result with a single allocation.
QString appendPointer(const QString& pointer, const QString& token)
{
    QString result;
    if (token.contains(u'~') || token.contains(u'/')) {
        QString escaped = token;
        escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
        result.reserve(pointer.size() + 1 + escaped.size());
        result.append(pointer).append(u'/').append(escaped);
        return result;
    }
    result.reserve(pointer.size() + 1 + token.size());
    result.append(pointer).append(u'/').append(token);
    return result;
}

QString appendPointer(const QString& pointer, qsizetype index)
{
    char digits[24];
    qsizetype length = 0;
    do {
        digits[length++] = char('0' + index % 10);
        index /= 10;
    } while (index > 0 && length < qsizetype(sizeof digits));
    QString result;
    result.reserve(pointer.size() + 1 + length);
    result.append(pointer).append(u'/');
    while (length > 0)
        result.append(QLatin1Char(digits[--length]));
    return result;
}

SourcePosition JsonSource::positionOf(const QString& pointer) const
{
    QString current = pointer;
    while (true) {
        const auto it = valuePositions.constFind(current);
        if (it != valuePositions.constEnd())
            return *it;
        if (current.isEmpty())
            return {1, 1};
        current.truncate(current.lastIndexOf(u'/'));
    }
}

SourcePosition JsonSource::keyPositionOf(const QString& pointer) const
{
    const auto it = keyPositions.constFind(pointer);
    return it != keyPositions.constEnd() ? *it : positionOf(pointer);
}

namespace {

/// A recursive-descent parser that records where every value and member name starts.
class Parser
{
public:
    Parser(const QByteArray& bytes, JsonSource& out, bool withPositions)
        : m_data(bytes), m_out(out), m_recordPositions(withPositions), m_buildValues(withPositions) { }

    void run()
    {
        skipBOM();
        skipWhitespace();
        if (atEnd()) {
            fail(QCoreApplication::translate("lantern::JsonSource", "the file is empty; expected a JSON object"));
            return;
        }
        QJsonValue root;
        if (!parseValue(QString(), 0, root))
            return;
        skipWhitespace();
        if (!atEnd()) {
            fail(QCoreApplication::translate("lantern::JsonSource", "unexpected text after the end of the JSON document"));
            return;
        }
        m_out.root = root;
    }

private:
    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data.at(m_pos); }
    SourcePosition here() const { return {m_line, m_column}; }

    void advance()
    {
        if (!m_recordPositions) {
            ++m_pos; // positions are recomputed by a second, positioned parse when needed
            return;
        }
        const auto byte = static_cast<unsigned char>(m_data.at(m_pos++));
        if (byte == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++m_column; // count characters, not UTF-8 continuation bytes
        }
    }

    bool fail(const QString& message) { return failAt(here(), message); }

    bool failAt(SourcePosition position, const QString& message)
    {
        if (!m_out.syntaxError)
            m_out.syntaxError = JsonSyntaxError{position, message, m_context};
        return false;
    }

    void skipBOM()
    {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            advance();
        }
    }

    bool parseValue(const QString& pointer, int depth, QJsonValue& value)
    {
        if (depth > JsonSource::kMaxDepth)
            return fail(QCoreApplication::translate("lantern::JsonSource", "nesting is deeper than %1 levels").arg(JsonSource::kMaxDepth));
        if (atEnd())
            return fail(QCoreApplication::translate("lantern::JsonSource", "unexpected end of file; expected a value"));
        if (!m_recordPositions)
            return parseValueHere(pointer, depth, value);
        m_out.valuePositions.insert(pointer, here());
        const QString outer = std::exchange(m_context, pointer);
        const bool ok = parseValueHere(pointer, depth, value);
        if (ok)
            m_context = outer;
        return ok;
    }

    bool parseValueHere(const QString& pointer, int depth, QJsonValue& value)
    {
        switch (peek()) {
        case '{': return parseObject(pointer, depth, value);
        case '[': return parseArray(pointer, depth, value);
        case '"': {
            QString text;
            if (!parseString(text, m_buildValues))
                return false;
            value = text;
            return true;
        }
        case 't': return parseLiteral("true", QJsonValue(true), value);
        case 'f': return parseLiteral("false", QJsonValue(false), value);
        case 'n': return parseLiteral("null", QJsonValue(QJsonValue::Null), value);
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return parseNumber(value);
            if (peek() == '}' || peek() == ']')
                return fail(QCoreApplication::translate("lantern::JsonSource", "expected a value; a trailing comma is not allowed in JSON"));
            if (std::isalpha(static_cast<unsigned char>(peek())))
                return fail(QCoreApplication::translate("lantern::JsonSource", "invalid value; JSON writes true, false and null in lower case, and text in double quotes"));
            return fail(QCoreApplication::translate("lantern::JsonSource", "expected a value (object, array, string, number, true, false or null)"));
        }
    }

    bool parseLiteral(const char* word, const QJsonValue& literal, QJsonValue& value)
    {
        const qsizetype length = qsizetype(std::char_traits<char>::length(word));
        if (m_pos + length > m_data.size() || std::memcmp(m_data.constData() + m_pos, word, std::size_t(length)) != 0) {
            return fail(QCoreApplication::translate("lantern::JsonSource", "invalid literal; expected %1 (JSON text values need double quotes)")
                            .arg(QLatin1StringView(word)));
        }
        for (qsizetype i = 0; i < length; ++i)
            advance();
        value = literal;
        return true;
    }

    bool parseNumber(QJsonValue& value)
    {
        const qsizetype start = m_pos;
        const SourcePosition startPosition = here();
        auto digits = [this] {
            qsizetype count = 0;
            while (!atEnd() && peek() >= '0' && peek() <= '9') {
                advance();
                ++count;
            }
            return count;
        };
        if (peek() == '-')
            advance();
        if (peek() == '0') {
            advance();
            if (peek() >= '0' && peek() <= '9')
                return failAt(startPosition, QCoreApplication::translate("lantern::JsonSource", "invalid number; leading zeros are not allowed"));
        } else if (digits() == 0) {
            return failAt(startPosition, QCoreApplication::translate("lantern::JsonSource", "invalid number"));
        }
        if (peek() == '.') {
            advance();
            if (digits() == 0)
                return failAt(startPosition, QCoreApplication::translate("lantern::JsonSource", "invalid number; expected digits after the decimal point"));
        }
        if (peek() == 'e' || peek() == 'E') {
            advance();
            if (peek() == '+' || peek() == '-')
                advance();
            if (digits() == 0)
                return failAt(startPosition, QCoreApplication::translate("lantern::JsonSource", "invalid number; expected digits in the exponent"));
        }
        const std::string text(m_data.constData() + start, std::size_t(m_pos - start));
        const double number = std::strtod(text.c_str(), nullptr);
        if (!std::isfinite(number))
            return failAt(startPosition, QCoreApplication::translate("lantern::JsonSource", "number is too large"));
        value = number;
        return true;
    }

    bool parseHex4(char32_t& unit)
    {
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = peek();
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                return fail(QCoreApplication::translate("lantern::JsonSource", "invalid \\u escape; expected four hexadecimal digits"));
            unit = unit * 16 + char32_t(digit);
            advance();
        }
        return true;
    }

    bool parseEscape(std::u32string& text)
    {
        advance(); // the backslash
        if (atEnd())
            return fail(QCoreApplication::translate("lantern::JsonSource", "unterminated string"));
        const char c = peek();
        const char* simple = "\"\\/bfnrt";
        const char32_t mapped[] = {U'"', U'\\', U'/', U'\b', U'\f', U'\n', U'\r', U'\t'};
        for (int i = 0; simple[i]; ++i) {
            if (c == simple[i]) {
                text.push_back(mapped[i]);
                advance();
                return true;
            }
        }
        if (c != 'u')
            return fail(QCoreApplication::translate("lantern::JsonSource", "invalid escape sequence '\\%1' in string").arg(QLatin1Char(c)));
        advance();
        char32_t unit = 0;
        if (!parseHex4(unit))
            return false;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (peek() != '\\' || m_pos + 1 >= m_data.size() || m_data.at(m_pos + 1) != 'u')
                return fail(QCoreApplication::translate("lantern::JsonSource", "unpaired surrogate in \\u escape"));
            advance();
            advance();
            char32_t low = 0;
            if (!parseHex4(low))
                return false;
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(QCoreApplication::translate("lantern::JsonSource", "unpaired surrogate in \\u escape"));
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return fail(QCoreApplication::translate("lantern::JsonSource", "unpaired surrogate in \\u escape"));
        }
        text.push_back(unit);
        return true;
    }

    /// Decodes one UTF-8 sequence, rejecting overlong forms and surrogates.
    bool parseUtf8(std::u32string& text, bool build)
    {
        const auto lead = static_cast<unsigned char>(peek());
        int extra = 0;
        char32_t cp = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
            cp = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            cp = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            cp = lead & 0x07;
        } else {
            return fail(QCoreApplication::translate("lantern::JsonSource", "invalid UTF-8 in string; save the file as UTF-8"));
        }
        for (int i = 1; i <= extra; ++i) {
            if (m_pos + i >= m_data.size())
                return fail(QCoreApplication::translate("lantern::JsonSource", "invalid UTF-8 in string; save the file as UTF-8"));
            const auto next = static_cast<unsigned char>(m_data.at(m_pos + i));
            if ((next & 0xC0) != 0x80)
                return fail(QCoreApplication::translate("lantern::JsonSource", "invalid UTF-8 in string; save the file as UTF-8"));
            cp = (cp << 6) | (next & 0x3F);
        }
        const char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return fail(QCoreApplication::translate("lantern::JsonSource", "invalid UTF-8 in string; save the file as UTF-8"));
        if (m_recordPositions) {
            for (int i = 0; i <= extra; ++i)
                advance();
        } else {
            m_pos += extra + 1; // no line break inside a multi-byte character
        }
        if (build)
            text.push_back(cp);
        return true;
    }

    bool parseString(QString& result, bool build = true)
    {
        advance(); // opening quote
        std::u32string text;
        while (true) {
            if (atEnd())
                return fail(QCoreApplication::translate("lantern::JsonSource", "unterminated string; expected a closing '\"'"));
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\\') {
                if (!parseEscape(text))
                    return false;
            } else if (c < 0x20) {
                return fail(c == '\n' ? QCoreApplication::translate("lantern::JsonSource", "unterminated string; expected a closing '\"' before the end of the line")
                                      : QCoreApplication::translate("lantern::JsonSource", "control character in string; write it as an escape such as \\t"));
            } else if (!build && !m_recordPositions) {
                // The validating scan skips text quickly; UTF-8 is checked by QJsonDocument,
                // and a positioned parse explains a failure (ChecklistLoader).
                while (m_pos < m_data.size()) {
                    const auto b = static_cast<unsigned char>(m_data.at(m_pos));
                    if (b < 0x20 || b == '"' || b == '\\')
                        break;
                    ++m_pos;
                }
            } else if (c < 0x80) {
                // A run of plain ASCII: no line breaks inside, so only the column moves.
                const qsizetype start = m_pos;
                while (m_pos < m_data.size()) {
                    const auto b = static_cast<unsigned char>(m_data.at(m_pos));
                    if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\')
                        break;
                    ++m_pos;
                }
                if (m_recordPositions)
                    m_column += int(m_pos - start);
                if (build)
                    text.append(m_data.constData() + start, m_data.constData() + m_pos);
            } else if (!parseUtf8(text, build)) {
                return false;
            }
        }
        if (build)
            result = QString::fromStdU32String(text);
        return true;
    }

    /// Decodes a member name already checked by parseString (raw bytes include the quotes).
    static QString decodeKey(QByteArrayView raw)
    {
        JsonSource scratch;
        const QByteArray bytes = raw.toByteArray();
        Parser parser(bytes, scratch, true);
        QString key;
        parser.parseString(key, true);
        return key;
    }

    bool parseObject(const QString& pointer, int depth, QJsonValue& value)
    {
        advance(); // {
        QJsonObject object;
        // Duplicate detection when no object is built: compare the raw bytes of member names, and
        // decode them only if one uses an escape (then two spellings could mean the same name).
        QVarLengthArray<QByteArrayView, 16> rawKeys;
        bool escapedKey = false;
        QStringList decodedKeys;
        skipWhitespace();
        if (peek() == '}') {
            advance();
            value = object;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                if (peek() == '}')
                    return fail(QCoreApplication::translate("lantern::JsonSource", "expected a member name; a trailing comma is not allowed in JSON"));
                return fail(QCoreApplication::translate("lantern::JsonSource", "expected a member name in double quotes"));
            }
            const SourcePosition keyPosition = here();
            const qsizetype keyStart = m_pos;
            QString key;
            if (!parseString(key, m_buildValues || escapedKey))
                return false;
            bool duplicate = false;
            if (m_buildValues) {
                duplicate = object.contains(key);
            } else {
                const QByteArrayView raw(m_data.constData() + keyStart, m_pos - keyStart);
                if (!escapedKey && raw.contains('\\')) {
                    escapedKey = true;
                    for (const QByteArrayView earlier : rawKeys)
                        decodedKeys.append(decodeKey(earlier));
                    key = decodeKey(raw);
                }
                duplicate = escapedKey ? decodedKeys.contains(key) : rawKeys.contains(raw);
                rawKeys.append(raw);
                if (escapedKey)
                    decodedKeys.append(key);
            }
            m_out.hasDuplicateKeys = m_out.hasDuplicateKeys || duplicate;
            const QString child = m_recordPositions ? appendPointer(pointer, key) : QString();
            if (m_recordPositions && duplicate)
                m_out.duplicateKeys.append({child, keyPosition});
            else if (m_recordPositions)
                m_out.keyPositions.insert(child, keyPosition);
            skipWhitespace();
            if (peek() != ':')
                return fail(QCoreApplication::translate("lantern::JsonSource", "expected ':' after member name"));
            advance();
            skipWhitespace();
            QJsonValue member;
            if (!parseValue(child, depth + 1, member))
                return false;
            if (m_buildValues && !object.contains(key))
                object.insert(key, member);
            skipWhitespace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                value = object;
                return true;
            }
            return fail(atEnd() ? QCoreApplication::translate("lantern::JsonSource", "unexpected end of file; expected '}'")
                                : QCoreApplication::translate("lantern::JsonSource", "expected ',' or '}' after object member"));
        }
    }

    bool parseArray(const QString& pointer, int depth, QJsonValue& value)
    {
        advance(); // [
        QJsonArray array;
        skipWhitespace();
        if (peek() == ']') {
            advance();
            value = array;
            return true;
        }
        for (qsizetype index = 0;; ++index) {
            skipWhitespace();
            QJsonValue element;
            if (!parseValue(m_recordPositions ? appendPointer(pointer, index) : QString(), depth + 1, element))
                return false;
            if (m_buildValues)
                array.append(element);
            skipWhitespace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                value = array;
                return true;
            }
            return fail(atEnd() ? QCoreApplication::translate("lantern::JsonSource", "unexpected end of file; expected ']'")
                                : QCoreApplication::translate("lantern::JsonSource", "expected ',' or ']' after array element"));
        }
    }

    const QByteArray& m_data;
    JsonSource& m_out;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_recordPositions = true;
    bool m_buildValues = true; ///< false when only checking validity
    QString m_context; ///< pointer of the innermost value being read, for syntax errors
};

} // namespace

QByteArray JsonSource::compact(const QByteArray& validJson)
{
    QByteArray out(validJson.size(), Qt::Uninitialized);
    char* write = out.data();
    bool inString = false;
    const char* read = validJson.constData();
    const char* const end = read + validJson.size();
    if (validJson.startsWith("\xEF\xBB\xBF"))
        read += 3;
    for (; read < end; ++read) {
        const char c = *read;
        if (inString) {
            *write++ = c;
            if (c == '\\' && read + 1 < end)
                *write++ = *++read;
            else if (c == '"')
                inString = false;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            *write++ = c;
            inString = c == '"';
        }
    }
    out.truncate(write - out.constData());
    return out;
}

JsonSource JsonSource::parse(const QByteArray& bytes, Mode mode)
{
    JsonSource source;
    Parser(bytes, source, mode == Mode::WithPositions).run();
    return source;
}

} // namespace lantern
