// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseWorkspace.h"
#include "shell/ShellOptions.h"

#include <memory>
#include <QFont>
#include <QMainWindow>

class QAction;
class QStackedWidget;

namespace lantern {

class ClipboardGuard;
class CreateDatabaseWidget;
class DatabaseSession;
class LockController;
class QuickHide;
class Settings;
class StartWidget;
class UnlockWidget;

/// Lantern's window: start / create / unlock pages, then the case workspace of an unlocked
/// database. Owns the protection: inactivity and on-demand locking, quick hide, clipboard clearing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ShellOptions options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Locks now (drops decrypted state, closes dialogs); `reason` shows on the unlock page.
    void lockNow(const QString& reason = {});

    DatabaseSession& session() const { return *m_session; }
    Settings& settings() const { return *m_settings; }
    LockController& lockController() const { return *m_lock; }
    QuickHide& quickHide() const { return *m_quickHide; }
    ClipboardGuard& clipboardGuard() const { return *m_clipboard; }
    StartWidget* startPage() const { return m_start; }
    CreateDatabaseWidget* createPage() const { return m_create; }
    UnlockWidget* unlockPage() const { return m_unlock; }
    CaseWorkspace* workspace() const { return m_workspace; }
    /// The page currently shown (one of the above, or the blank quick-hide page).
    QWidget* currentPage() const;
    QAction* lockAction() const { return m_lockAction; }

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void startUp();
    void showPage(QWidget* page);
    void showCreate();
    void createDatabase();
    void chooseDatabase();
    void openDatabase(const QString& path);
    void unlockDatabase();
    void onUnlocked();
    void offerRestore();
    void restoreBackup(const QString& backupPath);
    void showSettings();
    void applySettings();
    void updateActions();

    ShellOptions m_options;
    std::unique_ptr<Settings> m_settings;
    DatabaseSession* m_session = nullptr;
    LockController* m_lock = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
    QStackedWidget* m_pages = nullptr;
    StartWidget* m_start = nullptr;
    CreateDatabaseWidget* m_create = nullptr;
    UnlockWidget* m_unlock = nullptr;
    CaseWorkspace* m_workspace = nullptr;
    QWidget* m_blank = nullptr;
    QuickHide* m_quickHide = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_restoreAction = nullptr;
    CaseWorkspace::Position m_lockedPosition;
    QFont m_desktopFont;
    bool m_shownOnce = false;
};

} // namespace lantern
