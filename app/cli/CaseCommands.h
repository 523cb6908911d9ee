// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CaseStore.h"
#include "util/Result.h"

#include <QStringList>
#include <QTextStream>

namespace lantern::cli {

/// The commands on the cases of a database: new, answer, show, cases, audit. Each opens the
/// database, does one thing and closes it, so a script can run them one after another.
class CaseCommands
{
public:
    CaseCommands(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {
    }

    int newCase(const QStringList& arguments);
    int answer(const QStringList& arguments);
    int show(const QStringList& arguments);
    int cases(const QStringList& arguments);
    int audit(const QStringList& arguments);
    int searchable(const QStringList& arguments);

private:
    /// See DatabaseAccess::fail.
    int fail(const QString& command, const Error& error);
    /// Prints a usage line and returns the usage exit code.
    int usage(const char* line);
    /// See DatabaseAccess::finish.
    int done(const CaseStore& store);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace lantern::cli
