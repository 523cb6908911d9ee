// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/FieldReader.h"


#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace lantern {

void DiagnosticSink::error(const QString& pointer, const QString& message, const QString& related)
{
    m_pending.append({pointer, message, related, false, std::nullopt});
}

void DiagnosticSink::errorAtKey(const QString& pointer, const QString& message)
{
    m_pending.append({pointer, message, QString(), true, std::nullopt});
}

void DiagnosticSink::errorAt(SourcePosition position, const QString& pointer, const QString& message)
{
    m_pending.append({pointer, message, QString(), false, position});
}

QList<Diagnostic> DiagnosticSink::resolve(const JsonSource& positions) const
{
    QList<Diagnostic> diagnostics;
    for (const Pending& pending : m_pending) {
        const SourcePosition at = pending.position.value_or(pending.atKey ? positions.keyPositionOf(pending.pointer)
                                                                          : positions.positionOf(pending.pointer));
        QString message = pending.message;
        if (!pending.related.isEmpty()) {
            const SourcePosition related = positions.positionOf(pending.related);
            message.replace(QStringLiteral("{related}"), QStringLiteral("%1:%2").arg(related.line).arg(related.column));
        }
        diagnostics.append({m_file, at.line, at.column, message, pending.pointer});
    }
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return diagnostics;
}

bool isValidId(const QString& id)
{
    // ^[a-z][a-z0-9_]*$, at most 64 characters; a plain loop, as this runs for every id.
    if (id.isEmpty() || id.size() > 64 || id.front() < u'a' || id.front() > u'z')
        return false;
    for (const QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

FieldReader::FieldReader(DiagnosticSink& sink, const QJsonValue& value, QString pointer, const QStringList& required,
                         const QStringList& optional)
    : m_sink(sink)
    , m_pointer(std::move(pointer))
    , m_isObject(value.isObject())
    , m_required(required)
    , m_optional(optional)
    , m_values(required.size() + optional.size(), QJsonValue(QJsonValue::Undefined))
{
    if (!m_isObject) {
        m_sink.error(m_pointer, QCoreApplication::translate("lantern::FieldReader", "expected an object"));
        return;
    }
    // Look each known field up (a binary search that copies no key); walk the keys only when
    // the object holds more members than were found, to name the unknown ones.
    const QJsonObject object = value.toObject();
    qsizetype found = 0;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        m_values[i] = object.value(i < required.size() ? required.at(i) : optional.at(i - required.size()));
        found += m_values.at(i).isUndefined() ? 0 : 1;
    }
    if (found != object.size()) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (!required.contains(key) && !optional.contains(key))
                m_sink.errorAtKey(appendPointer(m_pointer, key),
                                  QCoreApplication::translate("lantern::FieldReader", "unknown field '%1'").arg(key) + suggestion(key, required + optional));
        }
    }
    for (qsizetype i = 0; i < required.size(); ++i) {
        if (m_values.at(i).isUndefined())
            m_sink.error(m_pointer, QCoreApplication::translate("lantern::FieldReader", "missing required field '%1'").arg(required.at(i)));
    }
}

QJsonValue FieldReader::raw(const QString& key) const
{
    qsizetype index = m_required.indexOf(key);
    if (index < 0 && (index = m_optional.indexOf(key)) >= 0)
        index += m_required.size();
    Q_ASSERT_X(index >= 0, "FieldReader::raw", "asked for a field it was not told about");
    return index >= 0 ? m_values.at(index) : QJsonValue(QJsonValue::Undefined);
}

QString FieldReader::string(const QString& key)
{
    const QJsonValue value = raw(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        m_sink.error(pointer(key), QCoreApplication::translate("lantern::FieldReader", "'%1' must be a string").arg(key));
        return {};
    }
    if (value.toString().trimmed().isEmpty()) {
        m_sink.error(pointer(key), QCoreApplication::translate("lantern::FieldReader", "'%1' must not be empty").arg(key));
        return {};
    }
    return value.toString();
}

QString FieldReader::id(const QString& key)
{
    const QString value = string(key);
    if (!value.isEmpty() && !isValidId(value)) {
        m_sink.error(pointer(key),
                     QCoreApplication::translate("lantern::FieldReader", "invalid id '%1': use lower-case letters, digits and '_', starting with a letter")
                         .arg(value));
        return {};
    }
    return value;
}

bool FieldReader::boolean(const QString& key, bool fallback)
{
    const QJsonValue value = raw(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        m_sink.error(pointer(key), QCoreApplication::translate("lantern::FieldReader", "'%1' must be true or false").arg(key));
        return fallback;
    }
    return value.toBool();
}

std::optional<double> FieldReader::number(const QString& key)
{
    const QJsonValue value = raw(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble()) {
        m_sink.error(pointer(key), QCoreApplication::translate("lantern::FieldReader", "'%1' must be a number").arg(key));
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
        m_sink.error(pointer(key), QCoreApplication::translate("lantern::FieldReader", "'%1' must be a whole number of at least %2").arg(key).arg(minimum));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

QJsonArray FieldReader::array(const QString& key, bool nonEmpty)
{
    const QJsonValue value = raw(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        m_sink.error(pointer(key), QCoreApplication::translate("lantern::FieldReader", "'%1' must be an array").arg(key));
        return {};
    }
    if (nonEmpty && value.toArray().isEmpty())
        m_sink.error(pointer(key), QCoreApplication::translate("lantern::FieldReader", "'%1' must not be empty").arg(key));
    return value.toArray();
}

LocalText FieldReader::text(const QString& key, const QStringList& languages, const QString& defaultLanguage)
{
    const QJsonValue value = raw(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        m_sink.error(pointer(key), QCoreApplication::translate("lantern::FieldReader", "'%1' must be a locale map such as {\"en\": \"...\"}").arg(key));
        return {};
    }
    const QJsonObject map = value.toObject();
    if (map.isEmpty()) {
        m_sink.error(pointer(key), QCoreApplication::translate("lantern::FieldReader", "empty locale map '%1'; give the text in at least the default language").arg(key));
        return {};
    }
    bool valid = true;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!languages.isEmpty() && !languages.contains(it.key())) {
            valid = false;
            m_sink.errorAtKey(appendPointer(pointer(key), it.key()),
                              QCoreApplication::translate("lantern::FieldReader", "language '%1' is not listed in \"languages\"").arg(it.key()));
        } else if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            valid = false;
            m_sink.error(appendPointer(pointer(key), it.key()),
                         QCoreApplication::translate("lantern::FieldReader", "the '%1' text must be a non-empty string").arg(it.key()));
        }
    }
    if (!defaultLanguage.isEmpty() && !map.contains(defaultLanguage))
        m_sink.error(pointer(key), QCoreApplication::translate("lantern::FieldReader", "locale map '%1' lacks the default language '%2'").arg(key, defaultLanguage));
    return valid ? LocalText(map) : LocalText();
}

} // namespace lantern
