// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseWorkspace.h"
#include "shell/ShellOptions.h"
#include "training/CaseStudyLibrary.h"

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
class TrainingBanner;
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
    /// Database → Settings…, and Help → About Lantern (both rebuilt when the language changes).
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* aboutAction() const { return m_aboutAction; }
    TrainingBanner* trainingBanner() const { return m_banner; }

    /// Opens the training workspace (fictional case studies), creating it seeded if needed.
    void openTraining();
    /// Asks, then puts the training workspace back to its seeded state.
    void resetTraining();
    /// The case studies installed (bundled, and the organisation's own), read once.
    const CaseStudyLibrary& caseStudies();
    /// Asks for a case study and a participant, then opens an empty exercise case beside the
    /// case study's narrative (training workspace only).
    void startExercise();
    /// Shows the narrative of the open exercise's case study.
    void showCaseStudy();
    /// Compares the open exercise with its case study's model answer.
    void compareWithModelAnswer();
    QAction* compareAction() const { return m_compareAction; }
    /// Opens the checklist browser: every bundled and user checklist, and files that do not load.
    void browseChecklists();
    /// Presents the open case's checklist (with a training case's answers as the worked example),
    /// or, with no case open, lets the user choose one in the checklist browser.
    void presentChecklist();
    /// Presents the checklist in file `path` with profile `profileId` on the projector.
    void presentChecklistFile(const QString& path, const QString& profileId);
    /// Validates `path` and adds it to the user checklist folder; the result (and every problem,
    /// positioned) shows in a ChecklistImportDialog.
    void importChecklistFile(const QString& path);
    /// Shows the About dialog: version, licence, and the review status of every translation.
    void showAbout();

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildHelpMenu();
    void rebuildMenus();
    /// Shows every part of the window in the interface language now installed, keeping the
    /// database unlocked and the open case on its question (what is typed is saved first).
    void retranslateUi();
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
    void buildTrainingMenu();
    void buildChecklistMenu();
    void chooseChecklistToImport();
    void requestLock();
    void updateTrainingActions();
    const CaseStudy* openCaseStudy();
    QString trainingPath() const;

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
    QAction* m_settingsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_resetTrainingAction = nullptr;
    QAction* m_startExerciseAction = nullptr;
    QAction* m_showCaseStudyAction = nullptr;
    QAction* m_compareAction = nullptr;
    std::unique_ptr<CaseStudyLibrary> m_caseStudies;
    TrainingBanner* m_banner = nullptr;
    CaseWorkspace::Position m_lockedPosition;
    QFont m_desktopFont;
    QString m_languageSetting; ///< the InterfaceLanguage setting last applied ("" = the desktop's)
    QString m_shownLanguage;   ///< the interface language the window's texts are in
    QString m_retryPath; ///< the database the unlock page's "Try again" opens (held by another window)
    bool m_shownOnce = false;
};

} // namespace lantern
