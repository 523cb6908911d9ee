// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>

// Durable file steps for backups and restore: a renamed file is only safe once its bytes and the
// folder entry that names it have reached the disk.
namespace lantern::file_sync {

/// Flushes the bytes of `path` to the disk (fsync).
Result<void> syncFile(const QString& path);

/// Flushes the folder holding `path`, so a rename or new name in it survives a power cut.
Result<void> syncFolderOf(const QString& path);

/// Copies `from` to `to` (which must not exist) and syncs the copy; removes a partial copy on failure.
Result<void> copyDurably(const QString& from, const QString& to);

} // namespace lantern::file_sync
