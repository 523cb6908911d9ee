// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Diagnostic.h"

#include <QList>
#include <QString>

namespace lantern {

/// What happened to a checklist file offered for the user folder.
struct ChecklistImportResult
{
    enum class Kind {
        Installed,        ///< validated and copied into the folder
        AlreadyInstalled, ///< the same id, version and content is already there (or bundled)
        Invalid,          ///< the file does not validate: see diagnostics
        Conflict,         ///< the id and version exist with other content: give it a new version
        Failed,           ///< the folder or file could not be written: see message
    };

    Kind kind = Kind::Failed;
    QString id;
    QString version;
    QString installedPath;         ///< where the checklist now lives (Installed, AlreadyInstalled)
    QList<Diagnostic> diagnostics; ///< Invalid: every problem, positioned
    QString message;               ///< one sentence for the user, whatever the kind

    bool ok() const { return kind == Kind::Installed || kind == Kind::AlreadyInstalled; }
};

/// Adds an organisation's checklist file to the user checklist folder, as "<id>-<version>.json".
/// The file must validate exactly as any loaded checklist does. Versions coexist: a new version
/// is a new file, and an id and version that already exist (bundled or in the folder) are never
/// overwritten with other content, so cases pinned to them stay as they were.
class ChecklistImport
{
public:
    static ChecklistImportResult import(const QString& sourcePath, const QString& userFolder);
};

} // namespace lantern
