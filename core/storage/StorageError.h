// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>

class QSqlError;

namespace lantern {

/// The one place a Qt SQL error becomes an Error: a cause the user can act on, then what did not
/// happen, e.g. "the disk is full: the answer was not saved". Never includes SQL text or data.
Error sqlError(const QSqlError& error, const QString& consequence);
/// The same for a result code straight from SQLite (primary or extended).
Error sqliteError(int resultCode, const QString& consequence);

/// "cause: consequence" through the translatable pattern "%1: %2" (a language may reorder it); the
/// cause alone when there is no consequence. Both parts arrive already translated.
QString causeAndConsequence(const QString& cause, const QString& consequence);

/// The messages the store reports, in the interface language (English when no translator is
/// installed, as on the command line); tests compare the English exactly.
namespace storage_error {
Error notLanternDatabase(); ///< "this file is not a Lantern database"
Error newerSchema(
    int version); ///< "... made by a newer version of Lantern (schema N); update Lantern to open it"
Error readOnly(); ///< "the database is in a read-only location"
Error inUse(); ///< "the database is open in another Lantern window or process"
Error diskFull(); ///< "the disk is full"
Error damaged(); ///< the file is corrupt: restore a backup
Error noSuchFile(); ///< "there is no database at this path"
Error alreadyExists(); ///< "a file already exists at this path"
Error locked(); ///< "the database is locked: unlock it first"
Error diskFailed(); ///< "the disk could not be read or written"
/// A failed file operation by its errno: read-only, disk full, a file already there, else diskFailed().
Error fromErrno(int error);
} // namespace storage_error

} // namespace lantern
