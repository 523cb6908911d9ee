// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lantern::test {

/// What one run of lantern-cli produced.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built lantern-cli with `arguments` and an isolated HOME (so no user checklists or
/// settings of the machine leak in), and waits for it.
CliRun runCli(const QStringList& arguments, const QString& workingDirectory = {});

/// As runCli(), with `environment` added to the isolated environment (e.g. LANTERN_PASSPHRASE).
/// Passphrase variables of the machine running the tests are never inherited.
CliRun runCliWithEnvironment(const QStringList& arguments, const QMap<QString, QString>& environment,
                             const QString& workingDirectory = {});

} // namespace lantern::test
