// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistLoader.h"

#include <QList>
#include <QString>

namespace lantern {

/// One checklist file found by the registry, loaded or with the problems that keep it out.
struct ChecklistEntry
{
    QString path;     ///< file path, or a ":/lantern/checklists/..." resource path when bundled
    bool bundled = false;
    ChecklistLoad load;
};

/// Finds checklists: those bundled with Lantern and those in a user folder. A user checklist with
/// the same id and version as a bundled one is listed too; callers choose by id and version.
class ChecklistRegistry
{
public:
    /// Resource folder of the bundled checklists (compiled into the programs).
    static QString bundledFolder() { return QStringLiteral(":/lantern/checklists"); }

    /// Default folder for an organisation's own checklists.
    static QString defaultUserFolder();

    /// Loads every *.json in the bundled folder and in `userFolder` (if it exists), sorted by path.
    static QList<ChecklistEntry> scan(const QString& userFolder);

    /// The valid checklist with `id` (highest version when several), or nullptr.
    static const ChecklistEntry* find(const QList<ChecklistEntry>& entries, const QString& id);
};

} // namespace lantern
