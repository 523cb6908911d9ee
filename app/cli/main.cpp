// SPDX-License-Identifier: GPL-3.0-or-later
// lantern-cli: the headless, scriptable face of Lantern. All logic lives in the libraries.
#include "cli/CliApp.h"
#include "cli/ExportCommands.h"

#include <memory>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Laying out PDF pages needs fonts, hence a QGuiApplication; headless, so offscreen.
    std::unique_ptr<QCoreApplication> app;
    if (lantern::cli::ExportCommands::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Lantern"));
    QCoreApplication::setApplicationName(QStringLiteral("lantern")); // the same folders as the window
    QTextStream out(stdout);
    QTextStream err(stderr);
    lantern::cli::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
