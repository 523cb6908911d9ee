// SPDX-License-Identifier: GPL-3.0-or-later
// lantern-cli: the headless, scriptable face of Lantern. All logic lives in the libraries.
#include "cli/CliApp.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lantern"));
    QCoreApplication::setApplicationName(QStringLiteral("Lantern"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    lantern::cli::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
