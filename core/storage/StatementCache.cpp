// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StatementCache.h"

#include "storage/StorageError.h"

#include <QSqlError>

namespace lantern {

/// One run of a statement: the kept one, or a one-off when the kept one is still being read
/// (a nested run of the same SQL). Resets the statement when done, so no read stays open.
class StatementCache::Use
{
public:
    Use(StatementCache& cache, const QString& sql)
        : m_sql(sql)
    {
        Statement& kept = cache.m_statements.try_emplace(sql, cache.m_db).first->second;
        if (kept.inUse) {
            m_oneOff = std::make_unique<QSqlQuery>(cache.m_db);
            m_query = m_oneOff.get();
            return;
        }
        m_kept = &kept;
        m_kept->inUse = true;
        m_query = &m_kept->query;
    }
    ~Use()
    {
        m_query->finish();
        if (m_kept) {
            m_kept->inUse = false;
            if (m_failed)
                m_kept->prepared = false; // prepared afresh next time
        }
    }
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;

    QSqlQuery& query() { return *m_query; }

    Result<void> run(const QVariantList& bindings, const QString& consequence)
    {
        if (!m_kept || !m_kept->prepared) {
            m_query->setForwardOnly(true);
            if (!m_query->prepare(m_sql))
                return fail(consequence);
            if (m_kept)
                m_kept->prepared = true;
        }
        for (qsizetype i = 0; i < bindings.size(); ++i)
            m_query->bindValue(int(i), bindings.at(i));
        if (!m_query->exec())
            return fail(consequence);
        return {};
    }

    Error fail(const QString& consequence)
    {
        m_failed = true;
        return sqlError(m_query->lastError(), consequence);
    }

private:
    const QString& m_sql;
    Statement* m_kept = nullptr;
    std::unique_ptr<QSqlQuery> m_oneOff;
    QSqlQuery* m_query = nullptr;
    bool m_failed = false;
};

Result<void> StatementCache::exec(
    const QString& sql, const QVariantList& bindings, const QString& consequence)
{
    Use use(*this, sql);
    return use.run(bindings, consequence);
}

Result<int> StatementCache::changeRows(
    const QString& sql, const QVariantList& bindings, const QString& consequence)
{
    Use use(*this, sql);
    if (auto ran = use.run(bindings, consequence); !ran)
        return ran.error();
    return use.query().numRowsAffected();
}

Result<void> StatementCache::select(const QString& sql, const QVariantList& bindings,
    const QString& consequence, const std::function<Result<void>(QSqlQuery&)>& read)
{
    Use use(*this, sql);
    if (auto ran = use.run(bindings, consequence); !ran)
        return ran;
    if (auto done = read(use.query()); !done)
        return done;
    if (use.query().lastError().isValid())
        return use.fail(consequence);
    return {};
}

Result<QVariant> StatementCache::scalar(
    const QString& sql, const QVariantList& bindings, const QString& consequence)
{
    QVariant value;
    auto read = select(sql, bindings, consequence, [&](QSqlQuery& rows) -> Result<void> {
        if (rows.next())
            value = rows.value(0);
        return {};
    });
    if (!read)
        return read.error();
    return value;
}

} // namespace lantern
