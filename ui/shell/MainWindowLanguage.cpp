// SPDX-License-Identifier: GPL-3.0-or-later
// The settings side of the main window: applying the settings dialog, switching the interface
// language in place (nothing is locked, closed or lost), and the Help menu with its About dialog.
#include "cases/CaseWorkspace.h"
#include "checklist/ChecklistRegistry.h"
#include "fonts/ScriptFonts.h"
#include "i18n/Translations.h"
#include "interview/InterviewText.h"
#include "interview/InterviewWidget.h"
#include "settings/Settings.h"
#include "shell/AboutDialog.h"
#include "shell/CreateDatabaseWidget.h"
#include "shell/LockController.h"
#include "shell/MainWindow.h"
#include "shell/QuickHide.h"
#include "shell/SettingsDialog.h"
#include "shell/StartWidget.h"
#include "shell/TrainingBanner.h"
#include "shell/UnlockWidget.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <utility>

namespace lantern {

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(*m_settings, this);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        if (result == QDialog::Accepted)
            applySettings();
    });
    dialog->open();
}

void MainWindow::applySettings()
{
    m_lock->setTimeoutMinutes(m_settings->intValue(Settings::Key::InactivityLockMinutes));
    m_lock->setLockWhenHidden(m_settings->boolValue(Settings::Key::LockWhenHidden));
    QFont font = m_desktopFont;
    if (const int size = m_settings->intValue(Settings::Key::FontPointSize); size > 0)
        font.setPointSize(size);
    QApplication::setFont(font);

    BilingualLayout layout;
    layout.stacked = m_settings->boolValue(Settings::Key::BilingualStacked);
    layout.intervieweePercent = qBound(100, m_settings->intValue(Settings::Key::IntervieweeTextPercent), 250);
    m_workspace->interview()->setBilingualLayout(layout);

    const QString language = m_settings->stringValue(Settings::Key::InterfaceLanguage);
    if (language != m_languageSetting) {
        m_languageSetting = language;
        // Also sets the layout direction (right to left for Dhivehi).
        installTranslator(*qApp, language);
        retranslateUi();
    }
}

void MainWindow::retranslateUi()
{
    m_shownLanguage = interfaceLanguage();
    installScriptFontsFor({ checklistLanguageCode(m_shownLanguage) }); // Dhivehi: before any text is laid out
    // The open case first: it commits what is being typed, then shows the same question again.
    m_workspace->interview()->retranslate();
    m_workspace->retranslate();
    rebuildMenus();
    m_start->retranslate();
    m_create->retranslate();
    m_unlock->retranslate();
    m_banner->retranslate();
    m_quickHide->retranslate();
    setAccessibleName(tr("Lantern"));
    m_blank->setAccessibleName(tr("Hidden. Press F12 to show Lantern again."));
    updateActions(); // enabled states of the new actions, and the window title
}

void MainWindow::rebuildMenus()
{
    // The menus own their actions: deleting them leaves no stale action or duplicate shortcut.
    // Actions owned elsewhere (the workspace's, quick hide) survive and are added again. Only the
    // menus of the bar's own entries go; the bar's overflow menu is Qt's.
    QList<QMenu*> menus;
    for (const QAction* entry : menuBar()->actions()) {
        if (entry->menu())
            menus.append(entry->menu());
    }
    menuBar()->clear();
    qDeleteAll(menus);
    delete std::exchange(m_undoAction, nullptr);
    delete std::exchange(m_redoAction, nullptr);
    buildMenus();
}

void MainWindow::buildHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = help->addAction(tr("&About Lantern"), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QList<ChecklistEntry> bundled;
    for (const ChecklistEntry& entry :
        ChecklistRegistry::scan(m_settings->stringValue(Settings::Key::ChecklistFolder))) {
        if (entry.bundled && entry.load.ok())
            bundled.append(entry);
    }
    auto* dialog = new AboutDialog(bundled, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace lantern
