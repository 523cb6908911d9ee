// SPDX-License-Identifier: GPL-3.0-or-later
// Protection: locking on demand and after inactivity, quick hide, clipboard clearing.
#include "ShellTestSupport.h"

#include "cases/CaseListModel.h"
#include "cases/CaseListWidget.h"
#include "cases/CaseWorkspace.h"
#include "cases/StatusDialog.h"
#include "interview/InterviewWidget.h"
#include "shell/ClipboardGuard.h"
#include "shell/LockController.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/QuickHide.h"
#include "shell/UnlockWidget.h"

#include <QClipboard>
#include <QPushButton>
#include <QTableView>

using namespace lantern;
using namespace lantern::test;

namespace {

class ShellLockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        env.makeDatabase(QStringLiteral("cases.lantern"), { QStringLiteral("2026-0001"), QStringLiteral("2026-0002") });
        window = std::make_unique<MainWindow>(env.options(env.path(QStringLiteral("cases.lantern"))));
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        unlock();
    }

    void unlock()
    {
        ASSERT_EQ(window->currentPage(), window->unlockPage());
        type(byName<QLineEdit>(window->unlockPage(), QStringLiteral("Passphrase")), kPassphrase);
        QTest::mouseClick(byName<QPushButton>(window->unlockPage(), QStringLiteral("Unlock")), Qt::LeftButton);
        ASSERT_EQ(window->currentPage(), window->workspace());
    }

    int listedCases() const { return window->workspace()->caseList()->model()->rowCount(); }

    ShellEnvironment env;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(ShellLockTest, CtrlLLocksAndDropsTheCaseListThenUnlockReturnsToIt)
{
    EXPECT_EQ(listedCases(), 2);
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), window->unlockPage());
    EXPECT_FALSE(window->session().isUnlocked());
    EXPECT_FALSE(window->session().store().isUnlocked());
    EXPECT_EQ(listedCases(), 0);
    unlock();
    EXPECT_EQ(listedCases(), 2);
}

TEST_F(ShellLockTest, InactivityLocksAfterTheConfiguredTimeAndInputPostponesIt)
{
    LockController& lock = window->lockController();
    ASSERT_EQ(lock.timeoutMinutes(), 5); // the default setting
    env.clock->advance(4 * 60 * 1000);
    lock.check();
    EXPECT_TRUE(window->session().isUnlocked());

    // A keystroke counts as activity: the five minutes start again.
    QTest::keyClick(window->workspace()->caseList()->searchField(), Qt::Key_A);
    env.clock->advance(4 * 60 * 1000);
    lock.check();
    EXPECT_TRUE(window->session().isUnlocked());

    env.clock->advance(61 * 1000);
    lock.check();
    EXPECT_FALSE(window->session().isUnlocked());
    EXPECT_EQ(window->currentPage(), window->unlockPage());
    EXPECT_TRUE(window->unlockPage()->messageBar()->text().contains(QStringLiteral("without activity")));
    // The search text typed before the lock is gone too.
    unlock();
    EXPECT_TRUE(window->workspace()->caseList()->searchField()->text().isEmpty());
}

TEST_F(ShellLockTest, TheInactivityTimerItselfTriggersTheLock)
{
    window->lockController().setPollInterval(10);
    window->lockController().arm();
    env.clock->advance(6 * 60 * 1000);
    EXPECT_TRUE(QTest::qWaitFor([this] { return !window->session().isUnlocked(); }, 2000));
}

TEST_F(ShellLockTest, LockingClosesDialogsAndUnlockingReturnsToTheOpenCase)
{
    CaseWorkspace* workspace = window->workspace();
    const CaseListEntry* second = nullptr;
    for (const CaseListEntry& entry : window->session().index().entries()) {
        if (entry.code == QStringLiteral("2026-0002"))
            second = &entry;
    }
    ASSERT_NE(second, nullptr);
    const CaseId caseId = second->id;
    workspace->openCase(caseId);
    ASSERT_TRUE(workspace->isShowingInterview());
    workspace->changeStatus(caseId);
    auto* dialog = window->findChild<StatusDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());

    window->lockNow(QStringLiteral("Locked."));
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(workspace->openedCase(), nullptr);
    EXPECT_EQ(workspace->interview()->caseFile(), nullptr);

    unlock();
    EXPECT_TRUE(workspace->isShowingInterview());
    ASSERT_NE(workspace->openedCase(), nullptr);
    EXPECT_EQ(workspace->openedCase()->info().id, caseId);
}

TEST_F(ShellLockTest, QuickHideBlanksTheWindowAndRestoresItUnchanged)
{
    CaseListWidget* list = window->workspace()->caseList();
    list->searchField()->setText(QStringLiteral("0002"));
    QTest::keyClick(window.get(), Qt::Key_F12);
    EXPECT_TRUE(window->quickHide().isHidden());
    EXPECT_NE(window->currentPage(), window->workspace());
    EXPECT_FALSE(window->workspace()->isVisible());
    EXPECT_TRUE(window->session().isUnlocked()); // nothing lost, nothing locked

    QTest::keyClick(window.get(), Qt::Key_F12);
    EXPECT_FALSE(window->quickHide().isHidden());
    EXPECT_EQ(window->currentPage(), window->workspace());
    EXPECT_EQ(list->searchField()->text(), QStringLiteral("0002"));
    EXPECT_EQ(listedCases(), 1);
}

TEST_F(ShellLockTest, ClipboardTextCopiedFromLanternIsClearedAfterTheTimeout)
{
    window->clipboardGuard().setTimeoutMs(50);
    QLineEdit* search = window->workspace()->caseList()->searchField();
    search->setText(QStringLiteral("2026-0001"));
    search->selectAll();
    search->copy();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("2026-0001"));
    EXPECT_TRUE(QTest::qWaitFor([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 2000));
}

TEST_F(ShellLockTest, LockingClearsTheClipboardAtOnce)
{
    window->clipboardGuard().copy(QStringLiteral("2026-0002"));
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("2026-0002"));
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    EXPECT_TRUE(QGuiApplication::clipboard()->text().isEmpty());
}
