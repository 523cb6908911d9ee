// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace lantern::test {

CliRun runCli(const QStringList& arguments, const QString& workingDirectory)
{
    return runCliWithEnvironment(arguments, {}, workingDirectory);
}

CliRun runCliWithEnvironment(const QStringList& arguments, const QMap<QString, QString>& extra,
                             const QString& workingDirectory)
{
    static QTemporaryDir home; // one isolated home for the whole test binary
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("LANTERN_PASSPHRASE"));
    environment.remove(QStringLiteral("LANTERN_NEW_PASSPHRASE"));
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(LANTERN_CLI), arguments);
    process.closeWriteChannel(); // stdin is an empty pipe, never a terminal
    if (!process.waitForFinished(60000)) {
        ADD_FAILURE() << "lantern-cli did not finish";
        process.kill();
        return {};
    }
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "lantern-cli crashed";
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace lantern::test
