// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// Runs `body` (returning Result<T>) inside BEGIN IMMEDIATE ... COMMIT. Any failure, including
/// the commit's, rolls back and is returned; success means the change is durable on disk.
/// `body` must not let a QSqlQuery outlive it (an open statement makes COMMIT fail).
template<class Body>
auto inTransaction(QSqlDatabase& db, const QString& consequence, Body&& body) -> decltype(body())
{
    if (auto begun = execSql(db, QStringLiteral("BEGIN IMMEDIATE"), {}, consequence); !begun)
        return begun.error();
    auto result = body();
    if (!result) {
        (void)execSql(db, QStringLiteral("ROLLBACK"), {}, {});
        return result;
    }
    if (auto committed = execSql(db, QStringLiteral("COMMIT"), {}, consequence); !committed) {
        (void)execSql(db, QStringLiteral("ROLLBACK"), {}, {});
        return committed.error();
    }
    return result;
}

} // namespace lantern
