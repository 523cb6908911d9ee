// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistImport.h"

#include "checklist/ChecklistLoader.h"
#include "checklist/ChecklistRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace lantern {

namespace {

using Kind = ChecklistImportResult::Kind;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Ids are validated as [a-z0-9_-] and versions as semver, but a file name must never depend on that.
QString fileNameFor(const QString& id, const QString& version)
{
    QString name = id + QLatin1Char('-') + version;
    for (QChar& c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    return name + QStringLiteral(".json");
}

ChecklistImportResult finish(ChecklistImportResult result, Kind kind, const QString& message)
{
    result.kind = kind;
    result.message = message;
    return result;
}

} // namespace

ChecklistImportResult ChecklistImport::import(const QString& sourcePath, const QString& userFolder)
{
    ChecklistImportResult result;
    const QString displayName = QFileInfo(sourcePath).fileName();
    ChecklistLoad load = ChecklistLoader::loadFile(sourcePath, displayName);
    if (!load.ok()) {
        result.diagnostics = load.diagnostics;
        const QString problems = QString::number(load.diagnostics.size());
        return finish(result, Kind::Invalid,
            load.diagnostics.size() == 1
                ? QCoreApplication::translate(
                      "lantern::ChecklistImport", "%1 is not a valid checklist (1 problem); nothing was added.")
                      .arg(displayName)
                : QCoreApplication::translate(
                      "lantern::ChecklistImport", "%1 is not a valid checklist (%2 problems); nothing was added.")
                      .arg(displayName, problems));
    }
    result.id = load.checklist->id;
    result.version = load.checklist->version;
    const QByteArray bytes = readAll(sourcePath);
    const QByteArray canonical = ChecklistLoader::canonicalBytes(bytes);

    for (const ChecklistEntry& entry : ChecklistRegistry::scan(userFolder)) {
        if (!entry.load.ok() || entry.load.checklist->id != result.id
            || entry.load.checklist->version != result.version)
            continue;
        if (ChecklistLoader::canonicalBytes(readAll(entry.path)) == canonical) {
            result.installedPath = entry.path;
            return finish(result, Kind::AlreadyInstalled,
                QCoreApplication::translate("lantern::ChecklistImport", "%1 %2 is already installed; nothing changed.").arg(result.id, result.version));
        }
        return finish(result, Kind::Conflict,
            QCoreApplication::translate("lantern::ChecklistImport", "%1 %2 is already installed with different content. Give the new file a higher "
                           "version number: cases started with %2 stay pinned to it.")
                .arg(result.id, result.version));
    }

    if (!QDir().mkpath(userFolder))
        return finish(result, Kind::Failed, QCoreApplication::translate("lantern::ChecklistImport", "The folder %1 cannot be created.").arg(userFolder));
    const QString target = QDir(userFolder).filePath(fileNameFor(result.id, result.version));
    if (QFileInfo::exists(target)) // a file of that name that did not load: never overwrite it
        return finish(result, Kind::Conflict,
            QCoreApplication::translate("lantern::ChecklistImport", "%1 already exists in the checklist folder and does not load; move it away first.")
                .arg(QFileInfo(target).fileName()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return finish(result, Kind::Failed,
            QCoreApplication::translate("lantern::ChecklistImport", "%1 could not be written: %2").arg(target, out.errorString()));
    result.installedPath = target;
    return finish(result, Kind::Installed,
        QCoreApplication::translate("lantern::ChecklistImport", "%1 %2 was added to the checklist folder.").arg(result.id, result.version));
}

} // namespace lantern
