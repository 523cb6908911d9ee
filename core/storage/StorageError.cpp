// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StorageError.h"

#include <cerrno>
#include <QCoreApplication>
#include <QSqlError>

namespace lantern {

namespace {

// SQLite primary result codes (sqlite3.h); an extended code's low byte is its primary code.
enum SqliteCode {
    kBusy = 5,
    kLocked = 6,
    kNoMem = 7,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26,
};

Error withConsequence(const QString& cause, const QString& consequence)
{
    return Error { causeAndConsequence(cause, consequence) };
}

} // namespace

QString causeAndConsequence(const QString& cause, const QString& consequence)
{
    if (consequence.isEmpty())
        return cause;
    // One multi-argument arg(): a "%" inside either part is never taken for a placeholder.
    return QCoreApplication::translate("lantern::StorageError", "%1: %2", "a cause, then what did not happen")
        .arg(cause, consequence);
}

Error sqlError(const QSqlError& error, const QString& consequence)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return sqliteError(ok ? code : 0, consequence);
}

Error sqliteError(int resultCode, const QString& consequence)
{
    switch (resultCode & 0xff) {
    case kFull:
        return withConsequence(storage_error::diskFull().message, consequence);
    case kReadOnly:
        return withConsequence(storage_error::readOnly().message, consequence);
    case kBusy:
    case kLocked:
        return withConsequence(storage_error::inUse().message, consequence);
    case kNotADb:
        return storage_error::notLanternDatabase();
    case kCorrupt:
        return storage_error::damaged();
    case kCantOpen:
        return withConsequence(QCoreApplication::translate("lantern::StorageError",
                                   "the database file cannot be opened (check that its folder exists "
                                   "and is writable)"),
            consequence);
    case kIoErr:
        return withConsequence(storage_error::diskFailed().message, consequence);
    case kNoMem:
        return withConsequence(
            QCoreApplication::translate("lantern::StorageError", "the computer ran out of memory"),
            consequence);
    default:
        // The driver text may quote SQL; the code alone is enough for support and leaks nothing.
        return withConsequence(QCoreApplication::translate("lantern::StorageError",
                                   "the database reported an unexpected problem (code %1)")
                                   .arg(resultCode),
            consequence);
    }
}

namespace storage_error {

Error notLanternDatabase()
{
    return Error { QCoreApplication::translate(
        "lantern::StorageError", "this file is not a Lantern database") };
}

Error newerSchema(int version)
{
    return Error { QCoreApplication::translate("lantern::StorageError",
        "this database was made by a newer version of Lantern (schema %1); update Lantern to open it")
                       .arg(version) };
}

Error readOnly()
{
    return Error { QCoreApplication::translate(
        "lantern::StorageError", "the database is in a read-only location") };
}

Error inUse()
{
    return Error { QCoreApplication::translate(
        "lantern::StorageError", "the database is open in another Lantern window or process") };
}

Error diskFull()
{
    return Error { QCoreApplication::translate("lantern::StorageError", "the disk is full") };
}

Error fromErrno(int error)
{
    switch (error) {
    case EACCES:
    case EPERM:
    case EROFS:
        return readOnly();
    case ENOSPC:
    case EDQUOT:
        return diskFull();
    case EEXIST:
        return alreadyExists();
    default:
        return diskFailed();
    }
}

Error damaged()
{
    return Error { QCoreApplication::translate(
        "lantern::StorageError", "the database file is damaged; restore it from a backup") };
}

Error noSuchFile()
{
    return Error { QCoreApplication::translate(
        "lantern::StorageError", "there is no database at this path") };
}

Error alreadyExists()
{
    return Error { QCoreApplication::translate(
        "lantern::StorageError", "a file already exists at this path") };
}

Error locked()
{
    return Error { QCoreApplication::translate(
        "lantern::StorageError", "the database is locked: unlock it first") };
}

Error diskFailed()
{
    return Error { QCoreApplication::translate(
        "lantern::StorageError", "the disk could not be read or written") };
}

} // namespace storage_error

} // namespace lantern
