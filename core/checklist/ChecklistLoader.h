// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "checklist/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lantern {

/// The outcome of loading a checklist: the model, or every problem found. Never both: a
/// checklist with any error never loads.
struct ChecklistLoad
{
    std::optional<Checklist> checklist;
    QList<Diagnostic> diagnostics;

    bool ok() const { return checklist.has_value(); }
};

/// Loads and validates checklist files (format lantern-checklist/1).
class ChecklistLoader
{
public:
    /// Reads and validates a file. `displayName` is used in diagnostics (defaults to the path).
    static ChecklistLoad loadFile(const QString& path, const QString& displayName = {});

    /// Validates bytes already in memory (e.g. a checklist pinned in a case database).
    static ChecklistLoad loadBytes(const QByteArray& bytes, const QString& displayName);

    /// The canonical bytes a checklist's SHA-256 is taken over: the JSON text without
    /// insignificant whitespace, so re-indenting a file does not change its identity while any
    /// change to its content, including the order of members, does.
    static QByteArray canonicalBytes(const QByteArray& validJson);

    /// Files larger than this are refused before parsing.
    static constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;
};

} // namespace lantern
