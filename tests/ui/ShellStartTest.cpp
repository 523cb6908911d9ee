// SPDX-License-Identifier: GPL-3.0-or-later
// Start, create, unlock and store faults as a user meets them on the first screens.
#include "ShellTestSupport.h"

#include "cases/CaseWorkspace.h"
#include "shell/CreateDatabaseWidget.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxSeam.h"
#include "shell/StartWidget.h"
#include "shell/UnlockWidget.h"
#include "storage/CaseStore.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace lantern;
using namespace lantern::test;

namespace {

void fillCreateForm(MainWindow& window, const QString& path, const QString& first, const QString& second)
{
    CreateDatabaseWidget* page = window.createPage();
    auto* location = byName<QLineEdit>(page, QStringLiteral("Database file location"));
    ASSERT_NE(location, nullptr);
    location->clear();
    type(location, path);
    type(byName<QLineEdit>(page, QStringLiteral("New passphrase")), first);
    type(byName<QLineEdit>(page, QStringLiteral("Repeat passphrase")), second);
}

void unlockWith(MainWindow& window, const QString& passphrase)
{
    type(byName<QLineEdit>(window.unlockPage(), QStringLiteral("Passphrase")), passphrase);
    QTest::mouseClick(byName<QPushButton>(window.unlockPage(), QStringLiteral("Unlock")), Qt::LeftButton);
}

} // namespace

TEST(ShellStartTest, FirstRunOffersToCreateOrOpenADatabase)
{
    ShellEnvironment env;
    MainWindow window(env.options());
    window.show();
    EXPECT_EQ(window.currentPage(), window.startPage());
    QTest::mouseClick(byName<QPushButton>(window.startPage(), QStringLiteral("Create a new case database")),
        Qt::LeftButton);
    EXPECT_EQ(window.currentPage(), window.createPage());
    // The default location is cases.lantern in the per-user app-data folder (isolated in tests).
    EXPECT_EQ(window.createPage()->path(), ShellOptions::defaultDatabasePath());
    EXPECT_TRUE(window.createPage()->path().endsWith(QStringLiteral("/cases.lantern")));
}

TEST(ShellStartTest, MismatchedPassphrasesShowAnInlineErrorAndCreateNothing)
{
    ShellEnvironment env;
    MainWindow window(env.options());
    window.show();
    QTest::mouseClick(byName<QPushButton>(window.startPage(), QStringLiteral("Create a new case database")),
        Qt::LeftButton);
    const QString path = env.path(QStringLiteral("cases.lantern"));
    fillCreateForm(window, path, kPassphrase, kPassphrase + QStringLiteral("x"));
    QTest::mouseClick(byName<QPushButton>(window.createPage(), QStringLiteral("Create database")), Qt::LeftButton);

    MessageBar* bar = window.createPage()->messageBar();
    EXPECT_FALSE(bar->isHidden());
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("do not match"))) << bar->text().toStdString();
    EXPECT_EQ(window.currentPage(), window.createPage());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ShellStartTest, ShortPassphraseIsRefusedWithAPlainWordsHint)
{
    ShellEnvironment env;
    MainWindow window(env.options());
    window.show();
    QTest::mouseClick(byName<QPushButton>(window.startPage(), QStringLiteral("Create a new case database")),
        Qt::LeftButton);
    fillCreateForm(window, env.path(QStringLiteral("short.lantern")), QStringLiteral("abc"), QStringLiteral("abc"));
    auto* hint = byName<QLabel>(window.createPage(), QStringLiteral("Passphrase strength"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->text().startsWith(QStringLiteral("Too short"))) << hint->text().toStdString();
    QTest::mouseClick(byName<QPushButton>(window.createPage(), QStringLiteral("Create database")), Qt::LeftButton);
    EXPECT_EQ(window.currentPage(), window.createPage());
    EXPECT_FALSE(QFile::exists(env.path(QStringLiteral("short.lantern"))));
}

TEST(ShellStartTest, CreatedDatabaseOpensAtTheUnlockScreenNextTime)
{
    ShellEnvironment env;
    const QString path = env.path(QStringLiteral("cases.lantern"));
    {
        MainWindow window(env.options());
    window.show();
        QTest::mouseClick(byName<QPushButton>(window.startPage(), QStringLiteral("Create a new case database")),
            Qt::LeftButton);
        fillCreateForm(window, path, kPassphrase, kPassphrase);
        QTest::mouseClick(byName<QPushButton>(window.createPage(), QStringLiteral("Create database")), Qt::LeftButton);
        EXPECT_EQ(window.currentPage(), window.workspace());
        EXPECT_TRUE(window.session().isUnlocked());
        EXPECT_TRUE(QFile::exists(path));
        // The passphrase does not linger in the form.
        EXPECT_TRUE(byName<QLineEdit>(window.createPage(), QStringLiteral("New passphrase"))->text().isEmpty());
    }
    MainWindow again(env.options());
    again.show();
    EXPECT_EQ(again.currentPage(), again.unlockPage());
    EXPECT_FALSE(again.session().isUnlocked());
    unlockWith(again, kPassphrase);
    EXPECT_EQ(again.currentPage(), again.workspace());
    EXPECT_TRUE(again.session().isUnlocked());
}

TEST(ShellStartTest, WrongPassphraseIsAnInlineMessageOnTheUnlockScreen)
{
    ShellEnvironment env;
    env.makeDatabase(QStringLiteral("cases.lantern"), { QStringLiteral("2026-0001") });
    MainWindow window(env.options(env.path(QStringLiteral("cases.lantern"))));
    window.show();
    ASSERT_EQ(window.currentPage(), window.unlockPage());
    unlockWith(window, QStringLiteral("not the passphrase at all"));
    MessageBar* bar = window.unlockPage()->messageBar();
    EXPECT_FALSE(bar->isHidden());
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("wrong passphrase"))) << bar->text().toStdString();
    EXPECT_EQ(window.currentPage(), window.unlockPage());
    EXPECT_TRUE(byName<QLineEdit>(window.unlockPage(), QStringLiteral("Passphrase"))->text().isEmpty());
    // A second try with the right one works.
    unlockWith(window, kPassphrase);
    EXPECT_EQ(window.currentPage(), window.workspace());
}

TEST(ShellStartTest, AFileThatIsNotADatabaseIsAnInlineMessage)
{
    ShellEnvironment env;
    const QString path = env.path(QStringLiteral("notes.lantern"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("These are fictional meeting notes, not a database.\n").repeated(200));
    file.close();
    MainWindow window(env.options(path));
    window.show();
    EXPECT_EQ(window.currentPage(), window.unlockPage());
    MessageBar* bar = window.unlockPage()->messageBar();
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("not a Lantern database"))) << bar->text().toStdString();
    EXPECT_FALSE(byName<QLineEdit>(window.unlockPage(), QStringLiteral("Passphrase"))->isEnabled());
}

TEST(ShellStartTest, DamagedDatabaseOffersTheLatestGoodBackupAndRestoresIt)
{
    ShellEnvironment env;
    const QString path = env.path(QStringLiteral("cases.lantern"));
    env.makeDatabase(QStringLiteral("cases.lantern"), { QStringLiteral("2026-0001") });
    {
        auto store = CaseStore::open(path);
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
        const auto backup = store.value()->backup();
        ASSERT_TRUE(backup.ok()) << backup.errorMessage().toStdString();
    }
    // Damage the file: keep its header, overwrite the pages behind it.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 4096);
    file.seek(100);
    file.write(QByteArray(int(size - 100), '\x5a'));
    file.close();

    MainWindow window(env.options(path));
    window.show();
    EXPECT_EQ(window.currentPage(), window.unlockPage());
    MessageBar* bar = window.unlockPage()->messageBar();
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    ASSERT_EQ(bar->actionText(), QStringLiteral("Restore the latest good backup")) << bar->text().toStdString();

    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    EXPECT_TRUE(MessageBoxSeam::lastQuestion().startsWith(QStringLiteral("Replace the database")));
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Positive) << bar->text().toStdString();
    unlockWith(window, kPassphrase);
    ASSERT_EQ(window.currentPage(), window.workspace());
    EXPECT_EQ(window.session().index().entries().size(), 1);
}

TEST(ShellStartTest, ADatabaseOpenElsewhereCanBeTriedAgainOnceTheOtherWindowIsClosed)
{
    ShellEnvironment env;
    const QString path = env.path(QStringLiteral("cases.lantern"));
    env.makeDatabase(QStringLiteral("cases.lantern"), { QStringLiteral("2026-0001") });
    auto other = CaseStore::open(path); // another Lantern window has it open
    ASSERT_TRUE(other.ok()) << other.errorMessage().toStdString();

    MainWindow window(env.options(path));
    window.show();
    ASSERT_EQ(window.currentPage(), window.unlockPage());
    MessageBar* bar = window.unlockPage()->messageBar();
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("open in another Lantern window or process (process %1)")
                                         .arg(QCoreApplication::applicationPid())))
        << bar->text().toStdString();
    ASSERT_EQ(bar->actionText(), QStringLiteral("Try again"));
    EXPECT_FALSE(byName<QLineEdit>(window.unlockPage(), QStringLiteral("Passphrase"))->isEnabled());

    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error) << "still open elsewhere";
    EXPECT_EQ(bar->actionText(), QStringLiteral("Try again"));

    other = Error {}; // the other window closes the database
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    EXPECT_TRUE(byName<QLineEdit>(window.unlockPage(), QStringLiteral("Passphrase"))->isEnabled());
    unlockWith(window, kPassphrase);
    ASSERT_EQ(window.currentPage(), window.workspace());
    EXPECT_EQ(window.session().index().entries().size(), 1);
}

TEST(ShellStartTest, CommandLineNamesTheDatabaseAndRejectsUnknownArguments)
{
    const auto parsed = ShellOptions::fromArguments(
        { QStringLiteral("lantern"), QStringLiteral("--database"), QStringLiteral("/tmp/x.lantern") });
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->databasePath, QStringLiteral("/tmp/x.lantern"));
    const auto bad = ShellOptions::fromArguments({ QStringLiteral("lantern"), QStringLiteral("--verbose") });
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("--verbose")));
}
