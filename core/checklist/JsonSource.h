// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace lantern {

/// A 1-based line and column in a text file; the column counts characters, not bytes.
struct SourcePosition
{
    int line = 0;
    int column = 0;
};

struct JsonSyntaxError
{
    SourcePosition position;
    QString message;
    QString pointer; ///< the innermost value being read when the error was found
};

/// A JSON document together with where each of its values and object keys starts, addressed
/// by RFC 6901 JSON pointer ("" is the root, "/sections/0/id" a nested value).
/// QJsonDocument forgets positions; checklist diagnostics need them.
struct JsonSource
{
    QJsonValue root;
    QHash<QString, SourcePosition> valuePositions; ///< pointer -> first character of the value
    QHash<QString, SourcePosition> keyPositions;   ///< pointer -> opening quote of its member name
    QList<QPair<QString, SourcePosition>> duplicateKeys; ///< pointer of a repeated member, at its name
    std::optional<JsonSyntaxError> syntaxError;    ///< set when the text is not valid JSON
    bool hasDuplicateKeys = false;                 ///< also set in Validate mode

    /// Position of the value at `pointer`, or of its nearest enclosing value that has one.
    SourcePosition positionOf(const QString& pointer) const;
    /// Position of the member name at `pointer`, falling back to positionOf.
    SourcePosition keyPositionOf(const QString& pointer) const;

    enum class Mode {
        WithPositions, ///< record every position and the pointer of a syntax error
        Validate,      ///< only whether it is valid and whether a member name repeats; no value is built
    };

    /// Parses strict RFC 8259 JSON (UTF-8, no comments, no trailing commas). Nesting deeper than
    /// kMaxDepth is a syntax error, so hostile input cannot exhaust the stack.
    static JsonSource parse(const QByteArray& bytes, Mode mode = Mode::WithPositions);

    /// The JSON text without insignificant whitespace (and without a BOM); everything else is
    /// kept byte for byte. Only meaningful for valid JSON.
    static QByteArray compact(const QByteArray& validJson);

    static constexpr int kMaxDepth = 200;
};

/// Appends one reference token to a JSON pointer, escaping '~' and '/'.
QString appendPointer(const QString& pointer, const QString& token);
QString appendPointer(const QString& pointer, qsizetype index);

} // namespace lantern
