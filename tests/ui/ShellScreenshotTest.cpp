// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the start, unlock and case-list screens and checks each shows something readable (not
// a blank page). With LANTERN_SCREENSHOT_DIR set, also saves them there as PNG for the docs.
#include "ShellTestSupport.h"

#include "cases/CaseWorkspace.h"
#include "shell/MainWindow.h"
#include "shell/UnlockWidget.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QSet>

using namespace lantern;
using namespace lantern::test;

namespace {

void capture(MainWindow& window, const QString& name)
{
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(colourVariety(image), 8) << name.toStdString() << " looks blank";
    const QString folder = qEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(image.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    }
}

} // namespace

TEST(ShellScreenshotTest, StartUnlockAndCaseListScreensRender)
{
    ShellEnvironment env;
    {
        MainWindow first(env.options());
        first.resize(900, 560);
        first.show();
        capture(first, QStringLiteral("start"));
    }
    env.makeDatabase(QStringLiteral("cases.lantern"),
        { QStringLiteral("2026-0001"), QStringLiteral("2026-0002"), QStringLiteral("2026-0003") });
    MainWindow window(env.options(env.path(QStringLiteral("cases.lantern"))));
    window.resize(900, 560);
    window.show();
    ASSERT_EQ(window.currentPage(), window.unlockPage());
    capture(window, QStringLiteral("unlock"));
    type(byName<QLineEdit>(window.unlockPage(), QStringLiteral("Passphrase")), kPassphrase);
    QTest::mouseClick(byName<QPushButton>(window.unlockPage(), QStringLiteral("Unlock")), Qt::LeftButton);
    ASSERT_EQ(window.currentPage(), window.workspace());
    capture(window, QStringLiteral("case-list"));
}

TEST(ShellScreenshotTest, UnlockScreenOfADatabaseOpenElsewhereRenders)
{
    ShellEnvironment env;
    env.makeDatabase(QStringLiteral("cases.lantern"), { QStringLiteral("2026-0001") });
    auto other = CaseStore::open(env.path(QStringLiteral("cases.lantern"))); // another window's
    ASSERT_TRUE(other.ok()) << other.errorMessage().toStdString();
    MainWindow window(env.options(env.path(QStringLiteral("cases.lantern"))));
    window.resize(900, 560);
    window.show();
    ASSERT_EQ(window.currentPage(), window.unlockPage());
    capture(window, QStringLiteral("unlock-in-use"));
}

TEST(ShellScreenshotTest, TrainingWorkspaceRendersUnderItsBanner)
{
    ShellEnvironment env;
    ShellOptions options = env.options();
    options.trainingPath = env.path(QStringLiteral("training.lantern"));
    options.training = true;
    MainWindow window(options);
    window.resize(1000, 600);
    window.show();
    ASSERT_EQ(window.currentPage(), window.workspace());
    capture(window, QStringLiteral("training-workspace"));
}
