// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <functional>
#include <memory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <unordered_map>

namespace lantern {

/// The prepared statements of one connection, kept for reuse. Parsing and planning a statement
/// costs more than running the small statements of an answer save, so each SQL text is prepared
/// once per connection. A statement is reset as soon as its caller is done with it (no read stays
/// open), and one that failed is prepared afresh the next time.
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
    Result<void> exec(const QString& sql, const QVariantList& bindings, const QString& consequence);
    /// As exec(), and returns how many rows the statement inserted, changed or deleted.
    Result<int> changeRows(const QString& sql, const QVariantList& bindings, const QString& consequence);
    /// Runs a query and hands it, positioned before its first row, to `read`. A failure of `read`
    /// is returned as it is; a failure while stepping through rows is mapped with `consequence`.
    Result<void> select(const QString& sql, const QVariantList& bindings, const QString& consequence,
        const std::function<Result<void>(QSqlQuery&)>& read);
    /// The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& bindings, const QString& consequence);

    /// Finalizes every kept statement (before the connection closes).
    void clear() { m_statements.clear(); }

private:
    struct Statement
    {
        explicit Statement(QSqlDatabase& db)
            : query(db)
        {
        }
        QSqlQuery query;
        bool prepared = false;
        bool inUse = false; ///< a statement run while its own rows are read gets a one-off copy
    };
    class Use;

    QSqlDatabase& m_db;
    // Node-based: a Statement stays where it is while others are added (nested use).
    std::unordered_map<QString, Statement> m_statements;
};

} // namespace lantern
