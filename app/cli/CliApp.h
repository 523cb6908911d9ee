// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace lantern::cli {

/// Exit codes, as the design fixes them for scripts.
enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

/// lantern-cli: parses the command word and hands over to the command. Output goes to the
/// streams it is given, so tests can run it in-process as well as through the binary.
class CliApp
{
public:
    CliApp(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) { }

    /// `arguments` excludes the program name.
    int run(const QStringList& arguments);

    static QString usage();

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace lantern::cli
