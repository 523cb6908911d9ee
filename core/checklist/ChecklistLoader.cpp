// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistLoader.h"

#include "checklist/ChecklistReader.h"
#include "checklist/FieldReader.h"
#include "checklist/JsonSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>


namespace lantern {

ChecklistLoad ChecklistLoader::loadFile(const QString& path, const QString& displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {Diagnostic{name, 0, 0, QCoreApplication::translate("lantern::ChecklistLoader", "cannot read the file: %1").arg(file.errorString()), {}}}};
    if (file.size() > kMaxFileSize) {
        return {std::nullopt, {Diagnostic{name, 0, 0,
                                          QCoreApplication::translate("lantern::ChecklistLoader", "the file is larger than %1 MiB; this is not a checklist")
                                              .arg(kMaxFileSize / (1024 * 1024)), {}}}};
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, {Diagnostic{name, 0, 0, QCoreApplication::translate("lantern::ChecklistLoader", "cannot read the file: %1").arg(file.errorString()), {}}}};
    return loadBytes(bytes, name);
}

ChecklistLoad ChecklistLoader::loadBytes(const QByteArray& bytes, const QString& displayName)
{
    // Valid files are the common case: check the text strictly without building anything, let
    // QJsonDocument build the values, and parse again with positions only when there is
    // something to point at.
    const JsonSource scan = JsonSource::parse(bytes, JsonSource::Mode::Validate);
    std::optional<JsonSource> positions;
    const auto positioned = [&]() -> const JsonSource& {
        if (!positions)
            positions = JsonSource::parse(bytes, JsonSource::Mode::WithPositions);
        return *positions;
    };
    if (scan.syntaxError) {
        const JsonSyntaxError& error = *positioned().syntaxError;
        return {std::nullopt, {Diagnostic{displayName, error.position.line, error.position.column,
                                          error.message, error.pointer}}};
    }
    DiagnosticSink sink(displayName);
    if (scan.hasDuplicateKeys) {
        for (const auto& [pointer, position] : positioned().duplicateKeys) {
            QString key = pointer.mid(pointer.lastIndexOf(u'/') + 1);
            key.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
            sink.errorAt(position, pointer,
                         QCoreApplication::translate("lantern::ChecklistLoader", "duplicate member '%1'; a name may appear only once in an object").arg(key));
        }
    }
    QJsonValue root;
    if (scan.hasDuplicateKeys) {
        root = positioned().root;
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // What the quick scan does not check (UTF-8), the positioned parse explains.
            if (const auto& error = positioned().syntaxError)
                return {std::nullopt, {Diagnostic{displayName, error->position.line, error->position.column,
                                                  error->message, error->pointer}}};
            return {std::nullopt, {Diagnostic{displayName, 0, 0, parseError.errorString(), {}}}};
        }
        root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    ChecklistReader reader(sink);
    Checklist checklist = reader.read(root);
    if (!sink.isEmpty())
        return {std::nullopt, sink.resolve(positioned())};
    checklist.setSourceJson(bytes);
    return {std::move(checklist), {}};
}

QByteArray ChecklistLoader::canonicalBytes(const QByteArray& validJson)
{
    return JsonSource::compact(validJson);
}

} // namespace lantern
