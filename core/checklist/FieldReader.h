// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Diagnostic.h"
#include "checklist/JsonSource.h"
#include "checklist/LocalText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace lantern {

/// Collects positioned diagnostics for one file.
class DiagnosticSink
{
public:
    DiagnosticSink(QString file, const JsonSource& source) : m_file(std::move(file)), m_source(source) { }

    /// An error at the value `pointer` names.
    void error(const QString& pointer, const QString& message);
    /// An error at the member name of `pointer` (unknown or duplicate fields).
    void errorAtKey(const QString& pointer, const QString& message);

    const QList<Diagnostic>& diagnostics() const { return m_diagnostics; }
    const JsonSource& source() const { return m_source; }
    /// An error at an explicit position (a repeated member name has no pointer of its own).
    void errorAt(SourcePosition position, const QString& pointer, const QString& message);
    /// "LINE:COL" of a value, for messages that point back to an earlier definition.
    QString where(const QString& pointer) const;

private:
    QString m_file;
    const JsonSource& m_source;
    QList<Diagnostic> m_diagnostics;
};

/// Reads the members of one JSON object, reporting wrong types, unknown and missing fields.
/// Getters return a neutral value after reporting, so reading goes on and every problem
/// in the file is found in one pass.
class FieldReader
{
public:
    FieldReader(DiagnosticSink& sink, const QJsonValue& value, QString pointer, const QStringList& required,
                const QStringList& optional = {});

    bool isObject() const { return m_isObject; }
    bool has(const QString& key) const { return m_object.contains(key); }
    QString pointer(const QString& key) const { return appendPointer(m_pointer, key); }
    const QString& pointer() const { return m_pointer; }
    QJsonValue raw(const QString& key) const { return m_object.value(key); }

    QString string(const QString& key);
    /// An id: lower-case letters, digits and '_', starting with a letter.
    QString id(const QString& key);
    bool boolean(const QString& key, bool fallback = false);
    std::optional<double> number(const QString& key);
    std::optional<int> integer(const QString& key, int minimum);
    QJsonArray array(const QString& key, bool nonEmpty);
    /// A locale map; `languages` and `defaultLanguage` check its keys when known.
    LocalText text(const QString& key, const QStringList& languages, const QString& defaultLanguage);

private:
    DiagnosticSink& m_sink;
    QJsonObject m_object;
    QString m_pointer;
    bool m_isObject = false;
};

/// Whether `id` is a valid checklist id.
bool isValidId(const QString& id);

} // namespace lantern
