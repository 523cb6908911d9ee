// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <functional>
#include <memory>
#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace lantern {

/// The rows of a statement the StatementCache runs, read one at a time.
class SqlRows
{
public:
    explicit SqlRows(sqlite3_stmt* statement)
        : m_statement(statement)
    {
    }

    /// Moves to the next row; false after the last one or on an error (see error()).
    bool next();
    /// The SQLite result code of a failed step; 0 while all is well.
    int error() const { return m_error; }

    /// A column of the current row: an invalid QVariant for NULL, else qint64, double, QString
    /// (TEXT) or QByteArray (BLOB) as stored.
    QVariant value(int column) const;
    /// Typed reads of a column, without a QVariant: NULL reads as 0, an empty text or an empty
    /// byte array.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3_stmt* m_statement;
    int m_error = 0;
};

/// The prepared statements of one connection, kept for reuse and run through SQLite's own
/// interface on the Qt connection's handle (the store's writes are small: Qt SQL's per-statement
/// bookkeeping cost as much as SQLite's work). Parsing and planning a statement costs more than
/// running it, so each SQL text is prepared once per connection. A statement is reset as soon as
/// its caller is done with it (no read stays open), and one that failed is prepared afresh the
/// next time.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase& db)
        : m_db(db)
    {
    }
    ~StatementCache() { clear(); }
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    /// The connection, for the few statements that are not worth keeping (backups, pragmas).
    QSqlDatabase& db() { return m_db; }

    /// Runs one statement whose rows are not needed; the error is phrased with `consequence`.
    /// Bindings: a null or invalid QVariant binds NULL, QByteArray a BLOB, integers and bools an
    /// INTEGER, double a REAL, anything else its text.
    Result<void> exec(const QString& sql, const QVariantList& bindings, const QString& consequence);
    /// As exec(), and returns how many rows the statement inserted, changed or deleted.
    Result<int> changeRows(const QString& sql, const QVariantList& bindings, const QString& consequence);
    /// Runs a query and hands its rows, before the first, to `read`. A failure of `read` is
    /// returned as it is; a failure while stepping through rows is mapped with `consequence`.
    Result<void> select(const QString& sql, const QVariantList& bindings, const QString& consequence,
        const std::function<Result<void>(SqlRows&)>& read);
    /// The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& bindings, const QString& consequence);

    /// Finalizes every kept statement (before the connection closes).
    void clear();

private:
    struct Statement
    {
        sqlite3_stmt* handle = nullptr;
        bool inUse = false; ///< a statement run while its own rows are read gets a one-off copy
    };
    class Use;

    sqlite3* connection();

    QSqlDatabase& m_db;
    sqlite3* m_connection = nullptr; ///< the open Qt connection's handle, fetched on first use
    // Node-based: a Statement stays where it is while others are added (nested use).
    std::unordered_map<QString, Statement> m_statements;
};

} // namespace lantern
