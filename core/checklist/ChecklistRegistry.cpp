// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistRegistry.h"

#include <QDir>
#include <QStandardPaths>
#include <QVersionNumber>

namespace lantern {

QString ChecklistRegistry::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/checklists");
}

QList<ChecklistEntry> ChecklistRegistry::scan(const QString& userFolder)
{
    QList<ChecklistEntry> entries;
    const auto scanFolder = [&entries](const QString& folder, bool bundled) {
        const QDir dir(folder);
        if (!dir.exists())
            return;
        const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString& name : names) {
            const QString path = dir.filePath(name);
            entries.append({path, bundled, ChecklistLoader::loadFile(path, bundled ? QStringLiteral("bundled/") + name : path)});
        }
    };
    scanFolder(bundledFolder(), true);
    if (!userFolder.isEmpty())
        scanFolder(userFolder, false);
    return entries;
}

const ChecklistEntry* ChecklistRegistry::find(const QList<ChecklistEntry>& entries, const QString& id)
{
    const ChecklistEntry* best = nullptr;
    for (const ChecklistEntry& entry : entries) {
        if (!entry.load.ok() || entry.load.checklist->id != id)
            continue;
        if (!best || QVersionNumber::fromString(entry.load.checklist->version)
                         > QVersionNumber::fromString(best->load.checklist->version))
            best = &entry;
    }
    return best;
}

} // namespace lantern
