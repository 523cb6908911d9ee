// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistLoader.h"

#include "checklist/ChecklistReader.h"
#include "checklist/FieldReader.h"
#include "checklist/JsonSource.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace lantern {

ChecklistLoad ChecklistLoader::loadFile(const QString& path, const QString& displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {Diagnostic{name, 0, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString()), {}}}};
    if (file.size() > kMaxFileSize) {
        return {std::nullopt, {Diagnostic{name, 0, 0,
                                          QStringLiteral("the file is larger than %1 MiB; this is not a checklist")
                                              .arg(kMaxFileSize / (1024 * 1024)), {}}}};
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, {Diagnostic{name, 0, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString()), {}}}};
    return loadBytes(bytes, name);
}

ChecklistLoad ChecklistLoader::loadBytes(const QByteArray& bytes, const QString& displayName)
{
    const JsonSource source = JsonSource::parse(bytes);
    if (source.syntaxError) {
        const JsonSyntaxError& error = *source.syntaxError;
        return {std::nullopt, {Diagnostic{displayName, error.position.line, error.position.column,
                                          error.message, error.pointer}}};
    }
    DiagnosticSink sink(displayName, source);
    for (const auto& [pointer, position] : source.duplicateKeys) {
        QString key = pointer.mid(pointer.lastIndexOf(u'/') + 1);
        key.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        sink.errorAt(position, pointer,
                     QStringLiteral("duplicate member '%1'; a name may appear only once in an object").arg(key));
    }
    ChecklistReader reader(sink);
    Checklist checklist = reader.read(source.root);
    QList<Diagnostic> diagnostics = sink.diagnostics();
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    if (!diagnostics.isEmpty())
        return {std::nullopt, diagnostics};
    checklist.sha256 = QCryptographicHash::hash(canonicalBytes(bytes), QCryptographicHash::Sha256).toHex();
    return {std::move(checklist), {}};
}

QByteArray ChecklistLoader::canonicalBytes(const QByteArray& validJson)
{
    // QJsonObject keeps keys sorted, and Compact drops whitespace: a stable canonical form.
    return QJsonDocument::fromJson(validJson).toJson(QJsonDocument::Compact);
}

} // namespace lantern
