// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ShellOptions.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace lantern {

Result<ShellOptions> ShellOptions::fromArguments(const QStringList& arguments)
{
    ShellOptions options;
    options.exitWhenShown = qEnvironmentVariableIntValue("LANTERN_EXIT_WHEN_SHOWN") == 1;
    // arguments[0] is the program; Qt has already taken its own options (-platform, ...).
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1StringView("--database") && i + 1 < arguments.size()) {
            options.databasePath = arguments.at(++i);
        } else if (argument.startsWith(QLatin1StringView("--database="))) {
            options.databasePath = argument.mid(11);
        } else if (argument == QLatin1StringView("--training")) {
            options.training = true;
        } else {
            return Error { QCoreApplication::translate("ShellOptions", "unknown argument \"%1\"").arg(argument) };
        }
    }
    if (options.training && !options.databasePath.isEmpty())
        return Error { QCoreApplication::translate("ShellOptions", "--training and --database cannot be used together") };
    return options;
}

QString ShellOptions::usage()
{
    return QStringLiteral("usage: lantern [--database PATH | --training]");
}

QString ShellOptions::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cases.lantern");
}

} // namespace lantern
