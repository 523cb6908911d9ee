// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Connection.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <cerrno>
#include <fcntl.h>
#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <sys/stat.h>
#include <unistd.h>

namespace lantern {

namespace {

QString openConsequence()
{
    return QCoreApplication::translate("lantern::Connection", "the database was not opened");
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("lantern-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool directoryWritable(const QString& path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

/// Case databases are for their owner's eyes only, whatever the umask: a new file is made
/// owner-only before SQLite writes a byte (its -wal and -shm take the database's mode), and one
/// made readable to others by an earlier build or a copy is narrowed when it is opened. A file
/// system without Unix permissions (a FAT memory stick) refuses the change; that is not an error.
Result<void> keepToOwner(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    if (!QFileInfo::exists(path)) {
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0)
            return storage_error::fromErrno(errno);
        ::close(fd);
        return {};
    }
    for (const QByteArray& file : { name, QByteArray(name + "-wal"), QByteArray(name + "-shm") }) {
        struct stat info { };
        if (::stat(file.constData(), &info) == 0 && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
            (void)::chmod(file.constData(), info.st_mode & S_IRWXU);
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Connection>> Connection::create(const QString& path, const ConnectionOptions& options)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return storage_error::alreadyExists();
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error { QCoreApplication::translate(
            "lantern::Connection", "the folder for the database does not exist") };
    return connect(path, options, {});
}

Result<std::unique_ptr<Connection>> Connection::open(
    const QString& path, const ConnectionOptions& options, const Precheck& precheck)
{
    const QFileInfo info(path);
    if (!info.exists())
        return storage_error::noSuchFile();
    if (!info.isFile())
        return storage_error::notLanternDatabase();
    auto connection = connect(path, options, precheck);
    if (!connection)
        return connection;
    if (auto intact = (*connection)->checkIntegrity(); !intact)
        return intact.error();
    return connection;
}

Result<std::unique_ptr<Connection>> Connection::connect(
    const QString& path, const ConnectionOptions& options, const Precheck& precheck)
{
    // WAL needs to create -wal and -shm files beside the database, so the folder must be writable too.
    if ((QFileInfo::exists(path) && !QFileInfo(path).isWritable()) || !directoryWritable(path))
        return storage_error::readOnly();

    std::unique_ptr<Connection> connection(new Connection);
    connection->m_path = QFileInfo(path).absoluteFilePath();
    auto lock = DatabaseLock::acquire(connection->m_path);
    if (!lock)
        return lock.error();
    connection->m_lock.emplace(std::move(lock).value());
    if (auto kept = keepToOwner(connection->m_path); !kept)
        return kept.error();

    connection->m_name = nextConnectionName();
    connection->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_name);
    if (!connection->m_db.isValid())
        return Error { QCoreApplication::translate(
            "lantern::Connection", "the SQLite driver for Qt is missing; reinstall Lantern") };
    connection->m_db.setDatabaseName(connection->m_path);
    connection->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!connection->m_db.open())
        return sqlError(connection->m_db.lastError(), openConsequence());
    if (precheck) {
        if (auto checked = precheck(connection->m_db); !checked)
            return checked.error();
    }
    if (auto applied = connection->applyPragmas(options); !applied)
        return applied.error();
    return connection;
}

Connection::~Connection()
{
    m_statements.clear(); // finalized before the connection closes
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_name.isEmpty())
        QSqlDatabase::removeDatabase(m_name);
}

Result<void> Connection::applyPragmas(const ConnectionOptions& options)
{
    // Without a precheck this reads the header first: a foreign file fails with "not a database".
    auto mode = scalarSql(m_db, QStringLiteral("PRAGMA journal_mode = WAL"), {}, openConsequence());
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return Error { QCoreApplication::translate("lantern::Connection",
            "the database cannot use write-ahead logging here; "
            "move it to a local disk") };
    QStringList pragmas = {
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
    };
    if (options.maxPageCount > 0)
        pragmas.append(QStringLiteral("PRAGMA max_page_count = %1").arg(options.maxPageCount));
    for (const QString& pragma : std::as_const(pragmas)) {
        if (auto set = execSql(m_db, pragma, {}, openConsequence()); !set)
            return set;
    }
    return {};
}

Result<void> Connection::checkIntegrity()
{
    auto rows = runSql(m_db, QStringLiteral("PRAGMA integrity_check"), {}, openConsequence());
    if (!rows)
        return rows.error();
    const bool healthy = rows->next() && rows->value(0).toString() == u"ok" && !rows->next();
    if (rows->lastError().isValid())
        return sqlError(rows->lastError(), openConsequence());
    rows->finish();
    if (!healthy)
        return storage_error::damaged();
    return {};
}

} // namespace lantern
