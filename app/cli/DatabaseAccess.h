// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "checklist/Checklist.h"
#include "storage/CaseStore.h"
#include "util/Result.h"

#include <memory>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace lantern::cli {

/// What the case-database commands share: argument parsing, opening and unlocking a database,
/// and finding a case or a checklist by what the user typed.
class DatabaseAccess
{
public:
    DatabaseAccess() = delete;

    /// Parses `arguments` (without the command word); false after printing the parser's complaint.
    static bool parse(
        QCommandLineParser& parser, const QString& command, const QStringList& arguments, QTextStream& err);

    /// --passphrase-file FILE, accepted by every command that opens a database.
    static QCommandLineOption passphraseFileOption();

    /// Opens the database at `path` ready for use: an encrypted one unlocked with the passphrase
    /// from LANTERN_PASSPHRASE, `passphraseFile` or the terminal; a training one opened plain.
    /// Errors name the file, e.g. "cases.db: wrong passphrase".
    static Result<std::unique_ptr<CaseStore>> open(const QString& path, const QString& passphraseFile);

    /// The case whose id or code is `idOrCode`.
    static Result<Case> findCase(CaseStore& store, const QString& idOrCode);

    /// A checklist named by file path or by id among the bundled checklists and those in `userFolder`.
    static Result<Checklist> resolveChecklist(const QString& nameOrPath, const QString& userFolder);

    /// Prints "lantern-cli COMMAND: MESSAGE" (one line) and returns the user-error exit code.
    static int fail(QTextStream& out, QTextStream& err, const QString& command, const Error& error);
    /// Flushes the output, then, for a training database, ends with a line saying so (on stderr,
    /// so --json stays clean); returns the success exit code.
    static int finish(QTextStream& out, QTextStream& err, const CaseStore& store);
};

} // namespace lantern::cli
