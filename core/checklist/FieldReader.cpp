// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/FieldReader.h"

#include <QRegularExpression>

#include <cmath>

namespace lantern {

void DiagnosticSink::error(const QString& pointer, const QString& message)
{
    const SourcePosition at = m_source.positionOf(pointer);
    m_diagnostics.append({m_file, at.line, at.column, message, pointer});
}

void DiagnosticSink::errorAtKey(const QString& pointer, const QString& message)
{
    const SourcePosition at = m_source.keyPositionOf(pointer);
    m_diagnostics.append({m_file, at.line, at.column, message, pointer});
}

void DiagnosticSink::errorAt(SourcePosition position, const QString& pointer, const QString& message)
{
    m_diagnostics.append({m_file, position.line, position.column, message, pointer});
}

QString DiagnosticSink::where(const QString& pointer) const
{
    const SourcePosition at = m_source.positionOf(pointer);
    return QStringLiteral("%1:%2").arg(at.line).arg(at.column);
}

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return id.size() <= 64 && pattern.match(id).hasMatch();
}

FieldReader::FieldReader(DiagnosticSink& sink, const QJsonValue& value, QString pointer, const QStringList& required,
                         const QStringList& optional)
    : m_sink(sink)
    , m_object(value.toObject())
    , m_pointer(std::move(pointer))
    , m_isObject(value.isObject())
{
    if (!m_isObject) {
        m_sink.error(m_pointer, QStringLiteral("expected an object"));
        return;
    }
    const QStringList known = required + optional;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            m_sink.errorAtKey(appendPointer(m_pointer, it.key()),
                              QStringLiteral("unknown field '%1'").arg(it.key()) + suggestion(it.key(), known));
    }
    for (const QString& key : required) {
        if (!m_object.contains(key))
            m_sink.error(m_pointer, QStringLiteral("missing required field '%1'").arg(key));
    }
}

QString FieldReader::string(const QString& key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        m_sink.error(pointer(key), QStringLiteral("'%1' must be a string").arg(key));
        return {};
    }
    if (value.toString().trimmed().isEmpty()) {
        m_sink.error(pointer(key), QStringLiteral("'%1' must not be empty").arg(key));
        return {};
    }
    return value.toString();
}

QString FieldReader::id(const QString& key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        m_sink.error(pointer(key), QStringLiteral("'%1' must be a string").arg(key));
        return {};
    }
    if (!isValidId(value.toString())) {
        m_sink.error(pointer(key),
                     QStringLiteral("invalid id '%1': use lower-case letters, digits and '_', starting with a letter")
                         .arg(value.toString()));
        return {};
    }
    return value.toString();
}

bool FieldReader::boolean(const QString& key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        m_sink.error(pointer(key), QStringLiteral("'%1' must be true or false").arg(key));
        return fallback;
    }
    return value.toBool();
}

std::optional<double> FieldReader::number(const QString& key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble()) {
        m_sink.error(pointer(key), QStringLiteral("'%1' must be a number").arg(key));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<int> FieldReader::integer(const QString& key, int minimum)
{
    const std::optional<double> value = number(key);
    if (!value)
        return std::nullopt;
    if (std::floor(*value) != *value || *value < minimum || *value > 1e6) {
        m_sink.error(pointer(key), QStringLiteral("'%1' must be a whole number of at least %2").arg(key).arg(minimum));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

QJsonArray FieldReader::array(const QString& key, bool nonEmpty)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        m_sink.error(pointer(key), QStringLiteral("'%1' must be an array").arg(key));
        return {};
    }
    if (nonEmpty && value.toArray().isEmpty())
        m_sink.error(pointer(key), QStringLiteral("'%1' must not be empty").arg(key));
    return value.toArray();
}

LocalText FieldReader::text(const QString& key, const QStringList& languages, const QString& defaultLanguage)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    const QString at = pointer(key);
    if (!value.isObject()) {
        m_sink.error(at, QStringLiteral("'%1' must be a locale map such as {\"en\": \"...\"}").arg(key));
        return {};
    }
    const QJsonObject map = value.toObject();
    if (map.isEmpty()) {
        m_sink.error(at, QStringLiteral("empty locale map '%1'; give the text in at least the default language").arg(key));
        return {};
    }
    QMap<QString, QString> texts;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString member = appendPointer(at, it.key());
        if (!languages.isEmpty() && !languages.contains(it.key())) {
            m_sink.errorAtKey(member, QStringLiteral("language '%1' is not listed in \"languages\"").arg(it.key()));
        } else if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            m_sink.error(member, QStringLiteral("the '%1' text must be a non-empty string").arg(it.key()));
        } else {
            texts.insert(it.key(), it.value().toString());
        }
    }
    if (!defaultLanguage.isEmpty() && !map.contains(defaultLanguage))
        m_sink.error(at, QStringLiteral("locale map '%1' lacks the default language '%2'").arg(key, defaultLanguage));
    return LocalText(texts);
}

} // namespace lantern
