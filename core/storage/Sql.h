// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StatementCache.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace lantern {

/// Prepares and runs `sql` with positional `bindings`. Returns the query (positioned before its
/// first row) or the mapped error, phrased with `consequence`.
Result<QSqlQuery> runSql(
    QSqlDatabase& db, const QString& sql, const QVariantList& bindings, const QString& consequence);

/// Runs one statement whose rows are not needed.
Result<void> execSql(
    QSqlDatabase& db, const QString& sql, const QVariantList& bindings, const QString& consequence);

/// The first column of the first row of `sql`, or an invalid QVariant when there is no row.
Result<QVariant> scalarSql(
    QSqlDatabase& db, const QString& sql, const QVariantList& bindings, const QString& consequence);

namespace detail {
/// BEGIN IMMEDIATE, `body`, COMMIT, each transaction statement run by `exec(sql, consequence)`.
template<class Exec, class Body>
auto runTransaction(Exec&& exec, const QString& consequence, Body&& body) -> decltype(body())
{
    if (auto begun = exec(QStringLiteral("BEGIN IMMEDIATE"), consequence); !begun)
        return begun.error();
    auto result = body();
    if (!result) {
        (void)exec(QStringLiteral("ROLLBACK"), QString());
        return result;
    }
    if (auto committed = exec(QStringLiteral("COMMIT"), consequence); !committed) {
        (void)exec(QStringLiteral("ROLLBACK"), QString());
        return committed.error();
    }
    return result;
}
} // namespace detail

/// Runs `body` (returning Result<T>) inside BEGIN IMMEDIATE ... COMMIT. Any failure, including
/// the commit's, rolls back and is returned; success means the change is durable on disk.
/// `body` must not let a QSqlQuery outlive it (an open statement makes COMMIT fail).
template<class Body>
auto inTransaction(QSqlDatabase& db, const QString& consequence, Body&& body) -> decltype(body())
{
    return detail::runTransaction(
        [&](const QString& sql, const QString& why) { return execSql(db, sql, {}, why); }, consequence,
        std::forward<Body>(body));
}

/// As above, with the connection's kept statements (the store's writes).
template<class Body>
auto inTransaction(StatementCache& statements, const QString& consequence, Body&& body) -> decltype(body())
{
    return detail::runTransaction(
        [&](const QString& sql, const QString& why) { return statements.exec(sql, {}, why); }, consequence,
        std::forward<Body>(body));
}

} // namespace lantern
