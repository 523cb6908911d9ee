// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Diagnostic.h"
#include "checklist/JsonSource.h"
#include "checklist/LocalText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>
#include <QStringList>

#include <optional>

namespace lantern {

/// Collects diagnostics for one file by JSON pointer. Positions are resolved only at the end, and
/// only when there is something to report, so loading a valid checklist never pays for them.
class DiagnosticSink
{
public:
    explicit DiagnosticSink(QString file) : m_file(std::move(file)) { }

    /// An error at the value `pointer` names. `related`, when given, is the pointer of an earlier
    /// definition; "{related}" in the message becomes its LINE:COL.
    void error(const QString& pointer, const QString& message, const QString& related = {});
    /// An error at the member name of `pointer` (unknown or duplicate fields).
    void errorAtKey(const QString& pointer, const QString& message);
    /// An error at an explicit position (a repeated member name has no pointer of its own).
    void errorAt(SourcePosition position, const QString& pointer, const QString& message);

    bool isEmpty() const { return m_pending.isEmpty(); }

    /// The diagnostics with positions taken from `positions` (a JsonSource parsed WithPositions),
    /// sorted by line and column.
    QList<Diagnostic> resolve(const JsonSource& positions) const;

private:
    struct Pending
    {
        QString pointer;
        QString message;
        QString related;
        bool atKey = false;
        std::optional<SourcePosition> position;
    };

    QString m_file;
    QList<Pending> m_pending;
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
    bool has(const QString& key) const { return !raw(key).isUndefined(); }
    QString pointer(const QString& key) const { return appendPointer(m_pointer, key); }
    const QString& pointer() const { return m_pointer; }
    /// The member's value, Undefined when absent. Only known fields can be asked for.
    QJsonValue raw(const QString& key) const;

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
    QString m_pointer;
    bool m_isObject = false;
    // Known fields and their values, read from the object once: looking a member up in a
    // QJsonObject decodes keys each time, and the loader asks for every field of every object.
    QStringList m_required;
    QStringList m_optional;
    QVarLengthArray<QJsonValue, 12> m_values; ///< required then optional; Undefined when absent
};

/// Whether `id` is a valid checklist id.
bool isValidId(const QString& id);

} // namespace lantern
