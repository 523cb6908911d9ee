// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <span>

namespace lantern {

/// One schema step: `apply` brings a database at version - 1 to `version`.
struct Migration
{
    int version = 0;
    Result<void> (*apply)(QSqlDatabase& db) = nullptr;
};

/// Every migration this build knows, in order; the last one's version is schema::kCurrentVersion.
std::span<const Migration> migrations();

/// PRAGMA user_version of the database.
Result<int> schemaVersion(QSqlDatabase& db);

/// Refuses, before anything is written, a file this build must not touch: one that is not a
/// Lantern database, or one with a newer schema than schema::kCurrentVersion.
Result<void> checkSchemaCompatible(QSqlDatabase& db);

/// Runs, in order, each migration above the database's version, each in its own transaction
/// together with its user_version bump and a "migrated.N" meta entry stamped `nowMs`. A failing
/// migration leaves the database at the version before it.
Result<void> migrate(QSqlDatabase& db, std::span<const Migration> steps, qint64 nowMs);

} // namespace lantern
