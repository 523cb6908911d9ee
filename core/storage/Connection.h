// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DatabaseLock.h"
#include "storage/StatementCache.h"
#include "util/Result.h"

#include <functional>
#include <memory>
#include <optional>
#include <QSqlDatabase>
#include <QString>

namespace lantern {

/// Tuning of a store's SQLite connection.
struct ConnectionOptions
{
    int busyTimeoutMs = 5000; ///< how long to wait for another writer before giving up
    qint64 maxPageCount = 0; ///< when > 0, caps the file size (PRAGMA max_page_count); for tests and quotas
};

/// One SQLite connection with Lantern's pragmas (WAL, synchronous=FULL, foreign keys, secure
/// delete) and the lock file that keeps a second Lantern process out. Closes and unregisters its
/// Qt connection when destroyed.
class Connection
{
public:
    /// Creates a new, empty database file at `path`; fails if anything exists there.
    static Result<std::unique_ptr<Connection>> create(const QString& path, const ConnectionOptions& options);
    /// Checks a file before anything is written to it (e.g. its schema version).
    using Precheck = std::function<Result<void>(QSqlDatabase&)>;

    /// Opens an existing file: runs `precheck` before changing anything (journal mode included),
    /// then sets the pragmas and runs PRAGMA integrity_check.
    static Result<std::unique_ptr<Connection>> open(
        const QString& path, const ConnectionOptions& options, const Precheck& precheck);

    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& db() { return m_db; }
    /// The connection's prepared statements, kept for reuse (see StatementCache).
    StatementCache& statements() { return m_statements; }
    const QString& path() const { return m_path; }

private:
    Connection() = default;
    static Result<std::unique_ptr<Connection>> connect(
        const QString& path, const ConnectionOptions& options, const Precheck& precheck);
    Result<void> applyPragmas(const ConnectionOptions& options);
    Result<void> checkIntegrity();

    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    StatementCache m_statements { m_db };
    std::optional<DatabaseLock> m_lock;
};

} // namespace lantern
