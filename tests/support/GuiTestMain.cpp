// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the widget tests inside one QApplication. Standard paths point at a throw-away test
// location so a test never reads or writes the user's real settings or databases.
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                      : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LanternTests"));
    QApplication::setApplicationName(QStringLiteral("lantern-ui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
