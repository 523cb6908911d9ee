// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StatementCache.h"

#include "storage/StorageError.h"

#include <QMetaType>
#include <QSqlDriver>
#include <sqlite3.h>

namespace lantern {

namespace {

// A column's bytes as SQLite holds them (TEXT is UTF-8); read before the column's size.
QByteArray columnBytes(sqlite3_stmt* statement, int column, bool text)
{
    const void* data = text ? static_cast<const void*>(sqlite3_column_text(statement, column))
                            : sqlite3_column_blob(statement, column);
    const int size = sqlite3_column_bytes(statement, column);
    return data ? QByteArray(static_cast<const char*>(data), size) : QByteArray();
}

int bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), quint64(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(
            statement, index, text.constData(), quint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

} // namespace

bool SqlRows::next()
{
    if (m_error != 0)
        return false;
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped != SQLITE_DONE)
        m_error = sqlite3_extended_errcode(sqlite3_db_handle(m_statement));
    return false;
}

QVariant SqlRows::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return {};
    }
}

bool SqlRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqlRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqlRows::text(int column) const
{
    return QString::fromUtf8(columnBytes(m_statement, column, true));
}

QByteArray SqlRows::blob(int column) const
{
    return columnBytes(m_statement, column, false);
}

/// One run of a statement: the kept one, or a one-off when the kept one is still being read
/// (a nested run of the same SQL). Resets the statement when done, so no read stays open.
class StatementCache::Use
{
public:
    Use(StatementCache& cache, const QString& sql)
        : m_cache(cache)
        , m_sql(sql)
    {
        Statement& kept = cache.m_statements.try_emplace(sql).first->second;
        if (!kept.inUse) {
            m_kept = &kept;
            m_kept->inUse = true;
        }
    }
    ~Use()
    {
        if (m_kept) {
            if (m_kept->handle) {
                sqlite3_reset(m_kept->handle);
                sqlite3_clear_bindings(m_kept->handle);
            }
            if (m_failed) { // prepared afresh next time
                sqlite3_finalize(m_kept->handle);
                m_kept->handle = nullptr;
            }
            m_kept->inUse = false;
        } else {
            sqlite3_finalize(m_statement);
        }
    }
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;

    sqlite3_stmt* statement() const { return m_statement; }

    /// Prepares (when needed) and binds; for a statement without rows, runs it too.
    Result<void> start(const QVariantList& bindings, const QString& consequence, bool step)
    {
        sqlite3* db = m_cache.connection();
        if (!db)
            return fail(SQLITE_MISUSE, consequence);
        m_statement = m_kept ? m_kept->handle : nullptr;
        if (!m_statement) {
            const QByteArray text = m_sql.toUtf8();
            const int prepared = sqlite3_prepare_v3(db, text.constData(), int(text.size()),
                m_kept ? SQLITE_PREPARE_PERSISTENT : 0, &m_statement, nullptr);
            if (prepared != SQLITE_OK)
                return fail(sqlite3_extended_errcode(db), consequence);
            if (m_kept)
                m_kept->handle = m_statement;
        }
        for (qsizetype i = 0; i < bindings.size(); ++i) {
            if (bind(m_statement, int(i) + 1, bindings.at(i)) != SQLITE_OK)
                return fail(sqlite3_extended_errcode(db), consequence);
        }
        if (!step)
            return {};
        const int stepped = sqlite3_step(m_statement);
        if (stepped != SQLITE_DONE && stepped != SQLITE_ROW)
            return fail(sqlite3_extended_errcode(db), consequence);
        return {};
    }

    Error fail(int code, const QString& consequence)
    {
        m_failed = true;
        return sqliteError(code, consequence);
    }

private:
    StatementCache& m_cache;
    const QString& m_sql;
    Statement* m_kept = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_failed = false;
};

sqlite3* StatementCache::connection()
{
    if (!m_connection && m_db.isOpen() && m_db.driver()) {
        const QVariant handle = m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_connection = *static_cast<sqlite3* const*>(handle.constData());
    }
    return m_connection;
}

void StatementCache::clear()
{
    for (auto& [sql, statement] : m_statements)
        sqlite3_finalize(statement.handle);
    m_statements.clear();
    m_connection = nullptr;
}

Result<void> StatementCache::exec(
    const QString& sql, const QVariantList& bindings, const QString& consequence)
{
    Use use(*this, sql);
    return use.start(bindings, consequence, true);
}

Result<int> StatementCache::changeRows(
    const QString& sql, const QVariantList& bindings, const QString& consequence)
{
    Use use(*this, sql);
    if (auto ran = use.start(bindings, consequence, true); !ran)
        return ran.error();
    return sqlite3_changes(sqlite3_db_handle(use.statement()));
}

Result<void> StatementCache::select(const QString& sql, const QVariantList& bindings,
    const QString& consequence, const std::function<Result<void>(SqlRows&)>& read)
{
    Use use(*this, sql);
    if (auto started = use.start(bindings, consequence, false); !started)
        return started;
    SqlRows rows(use.statement());
    if (auto done = read(rows); !done)
        return done;
    if (rows.error() != 0)
        return use.fail(rows.error(), consequence);
    return {};
}

Result<QVariant> StatementCache::scalar(
    const QString& sql, const QVariantList& bindings, const QString& consequence)
{
    QVariant value;
    auto read = select(sql, bindings, consequence, [&](SqlRows& rows) -> Result<void> {
        if (rows.next())
            value = rows.value(0);
        return {};
    });
    if (!read)
        return read.error();
    return value;
}

} // namespace lantern
