// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sql.h"

#include <QSqlError>

namespace lantern {

Result<QSqlQuery> runSql(
    QSqlDatabase& db, const QString& sql, const QVariantList& bindings, const QString& consequence)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), consequence);
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), consequence);
    return query;
}

Result<void> execSql(
    QSqlDatabase& db, const QString& sql, const QVariantList& bindings, const QString& consequence)
{
    auto query = runSql(db, sql, bindings, consequence);
    if (!query)
        return query.error();
    query->finish();
    return {};
}

Result<QVariant> scalarSql(
    QSqlDatabase& db, const QString& sql, const QVariantList& bindings, const QString& consequence)
{
    auto query = runSql(db, sql, bindings, consequence);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (query->lastError().isValid())
            return sqlError(query->lastError(), consequence);
        return QVariant();
    }
    QVariant value = query->value(0);
    query->finish();
    return value;
}

} // namespace lantern
