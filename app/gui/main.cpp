// SPDX-License-Identifier: GPL-3.0-or-later
// lantern: the desktop application. Thin: everything it shows lives in lantern_ui.
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/ShellOptions.h"

#include <cstdio>
#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lantern"));
    QApplication::setApplicationName(QStringLiteral("lantern"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lantern"));
    QApplication::setApplicationVersion(QStringLiteral(LANTERN_VERSION));

    // The language chosen in the settings, else the desktop's, where Lantern has a catalogue
    // (drafts included; docs/translations.md). The window can switch it later without a restart.
    lantern::installTranslator(app, lantern::Settings().stringValue(lantern::Settings::Key::InterfaceLanguage));

    auto options = lantern::ShellOptions::fromArguments(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "lantern: %s\n%s\n", qPrintable(options.errorMessage()),
            qPrintable(lantern::ShellOptions::usage()));
        return 2;
    }
    lantern::MainWindow window(std::move(options.value()));
    window.show();
    return QApplication::exec();
}
