// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "cases/CaseListWidget.h"
#include "casework/CaseFile.h"
#include "export/ExportActions.h"
#include "fonts/ScriptFonts.h"
#include "i18n/Translations.h"
#include "interview/InterviewWidget.h"
#include "settings/Settings.h"
#include "shell/ClipboardGuard.h"
#include "shell/CreateDatabaseWidget.h"
#include "shell/DatabaseSession.h"
#include "shell/LockController.h"
#include "shell/MessageBar.h"
#include "shell/MessageText.h"
#include "shell/QuickHide.h"
#include "shell/StartWidget.h"
#include "shell/TrainingBanner.h"
#include "shell/UnlockWidget.h"
#include "storage/StorageError.h"
#include "vault/SecureBytes.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <utility>

namespace lantern {

namespace {

const QString kStatePrefix = QStringLiteral("MainWindow");

// Faults where an older copy is the way out: the file is damaged or no longer a database.
bool restoreHelps(const QString& message)
{
    return message.startsWith(storage_error::damaged().message)
        || message.startsWith(storage_error::notLanternDatabase().message);
}

} // namespace

MainWindow::MainWindow(ShellOptions options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<Settings>(
          m_options.settingsPath.isEmpty() ? Settings::defaultPath() : m_options.settingsPath))
    , m_session(new DatabaseSession(this))
    , m_lock(new LockController(m_options.clock, this))
    , m_clipboard(new ClipboardGuard(this))
    , m_pages(new QStackedWidget(this))
    , m_start(new StartWidget(m_pages))
    , m_create(new CreateDatabaseWidget(m_pages))
    , m_unlock(new UnlockWidget(m_pages))
    , m_workspace(new CaseWorkspace(*m_session, *m_settings, m_pages))
    , m_blank(new QWidget(m_pages))
    , m_quickHide(new QuickHide(m_pages, m_blank, this))
    , m_banner(new TrainingBanner(this))
    , m_desktopFont(QApplication::font())
{
    setWindowTitle(tr("Lantern"));
    setAccessibleName(tr("Lantern"));
    m_blank->setAccessibleName(tr("Hidden. Press F12 to show Lantern again."));
    if (m_options.kdfChooser)
        m_session->setKdfChooser(m_options.kdfChooser);
    for (QWidget* page : { static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_create),
             static_cast<QWidget*>(m_unlock), static_cast<QWidget*>(m_workspace), m_blank })
        m_pages->addWidget(page);
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    column->addWidget(m_pages, 1);
    m_banner->hide();
    setCentralWidget(central);
    buildMenus();
    // main() installed the stored language before the window was built.
    m_languageSetting = m_settings->stringValue(Settings::Key::InterfaceLanguage);
    m_shownLanguage = interfaceLanguage();
    applySettings();
    resize(1000, 680);
    restoreGeometry(m_settings->widgetState(kStatePrefix, QStringLiteral("geometry")));

    connect(m_start, &StartWidget::createRequested, this, &MainWindow::showCreate);
    connect(m_start, &StartWidget::openRequested, this, &MainWindow::chooseDatabase);
    connect(m_start, &StartWidget::trainingRequested, this, &MainWindow::openTraining);
    connect(m_create, &CreateDatabaseWidget::createRequested, this, &MainWindow::createDatabase);
    connect(m_create, &CreateDatabaseWidget::backRequested, this, &MainWindow::startUp);
    connect(m_unlock, &UnlockWidget::unlockRequested, this, &MainWindow::unlockDatabase);
    connect(m_unlock, &UnlockWidget::openOtherRequested, this, &MainWindow::chooseDatabase);
    connect(m_unlock, &UnlockWidget::createRequested, this, &MainWindow::showCreate);
    connect(m_unlock, &UnlockWidget::restoreRequested, this, &MainWindow::offerRestore);
    connect(m_unlock->messageBar(), &MessageBar::actionTriggered, this, [this] {
        if (!m_retryPath.isEmpty()) {
            openDatabase(std::exchange(m_retryPath, QString()));
            return;
        }
        if (const auto latest = CaseStore::latestGoodBackup(m_session->path().isEmpty()
                    ? m_settings->stringValue(Settings::Key::LastDatabase)
                    : m_session->path()))
            restoreBackup(*latest);
    });
    connect(m_session, &DatabaseSession::unlocked, this, &MainWindow::onUnlocked);
    // Dhivehi needs its font set up before its text is laid out (docs/fonts.md): the interview
    // does so for the languages it shows, the window for a Dhivehi interface.
    connect(m_workspace, &CaseWorkspace::caseShown, this, &MainWindow::updateTrainingActions);
    installScriptFontsFor({ checklistLanguageCode(interfaceLanguage()) });
    connect(m_lock, &LockController::lockRequested, this, [this](const QString& reason) {
        // Fictional cases in a workshop: no automatic lock in front of the room.
        if (!m_session->isTraining())
            lockNow(reason);
    });
    startUp();
}

MainWindow::~MainWindow()
{
    // Open cases point into the store: drop them before the session closes it.
    m_workspace->detach();
    m_session->close();
}

void MainWindow::buildMenus()
{
    QMenu* database = menuBar()->addMenu(tr("&Database"));
    QAction* create = database->addAction(tr("&New database…"), this, &MainWindow::showCreate);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = database->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    m_lockAction = database->addAction(tr("&Lock"), this, &MainWindow::requestLock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Works while a dialog has focus too: locking must not wait for a dialog to close.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_restoreAction = database->addAction(tr("&Restore a backup…"), this, &MainWindow::offerRestore);
    database->addSeparator();
    m_settingsAction = database->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    database->addSeparator();
    QAction* quit = database->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    if (QUndoStack* undo = m_workspace->interview()->undoStack()) {
        m_undoAction = undo->createUndoAction(this, tr("&Undo answer"));
        m_undoAction->setShortcut(QKeySequence::Undo);
        m_redoAction = undo->createRedoAction(this, tr("&Redo answer"));
        m_redoAction->setShortcut(QKeySequence::Redo);
        edit->addAction(m_undoAction);
        edit->addAction(m_redoAction);
    }

    QMenu* cases = menuBar()->addMenu(tr("&Case"));
    cases->addAction(m_workspace->newCaseAction());
    cases->addAction(m_workspace->statusAction());
    cases->addAction(m_workspace->auditAction());
    cases->addAction(m_workspace->searchableAnswersAction());
    cases->addSeparator();
    cases->addAction(m_workspace->exports()->exportSummaryAction());
    cases->addAction(m_workspace->exports()->printPreviewAction());
    cases->addAction(m_workspace->exports()->exportCasesAction());
    cases->addSeparator();
    cases->addAction(m_workspace->backToListAction());

    buildChecklistMenu();
    buildTrainingMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_quickHide->action());
    buildHelpMenu();
    // Menu-bar actions only fire while the bar is visible; add them to the window too.
    addActions({ m_lockAction, m_quickHide->action() });
}

void MainWindow::startUp()
{
    if (std::exchange(m_options.training, false)) {
        openTraining();
        return;
    }
    QString path = m_options.databasePath;
    m_options.databasePath.clear(); // only the first time; "back" returns to the usual choice
    if (path.isEmpty())
        path = m_settings->stringValue(Settings::Key::LastDatabase);
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        openDatabase(path);
        return;
    }
    m_create->setBackVisible(false);
    showPage(m_start);
    if (!path.isEmpty())
        m_start->messageBar()->showMessage(
            tr("The database last used, %1, is no longer there. Create a new one or open another.").arg(path),
            MessageBar::Kind::Warning);
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showPage(QWidget* page)
{
    if (m_quickHide->isHidden())
        m_quickHide->restore();
    m_pages->setCurrentWidget(page);
    updateActions();
}

void MainWindow::showCreate()
{
    if (m_session->isUnlocked())
        lockNow();
    m_create->setBackVisible(true);
    m_create->messageBar()->clearMessage();
    const QString suggested = ShellOptions::defaultDatabasePath();
    m_create->setPath(QFileInfo::exists(suggested) ? QString() : suggested);
    showPage(m_create);
}

void MainWindow::createDatabase()
{
    auto passphrase = m_create->passphrase();
    m_create->clearPassphrases();
    if (!passphrase) {
        m_create->messageBar()->showMessage(passphrase.errorMessage(), MessageBar::Kind::Error);
        return;
    }
    m_create->setBusy(true);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_create->repaint();
    // Blocks the GUI thread for the KDF calibration: the store's SQLite connection belongs to
    // this thread, and the busy state above tells the user what is happening.
    const Result<void> created = m_session->create(m_create->path(), passphrase.value());
    QApplication::restoreOverrideCursor();
    m_create->setBusy(false);
    if (!created) {
        m_create->messageBar()->showMessage(tr("The database was not created: %1").arg(created.errorMessage()),
            MessageBar::Kind::Error);
        return;
    }
    m_create->messageBar()->clearMessage();
    m_settings->setValue(Settings::Key::LastDatabase, m_session->path());
    m_settings->sync();
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a case database"),
        QFileInfo(ShellOptions::defaultDatabasePath()).absolutePath(),
        tr("Lantern databases (*.lantern);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openDatabase(const QString& path)
{
    if (m_session->isUnlocked())
        lockNow();
    m_unlock->setDatabasePath(path);
    m_unlock->clearPassphrase();
    m_unlock->messageBar()->clearMessage();
    Result<void> opened = m_session->open(path);
    if (opened && m_session->isTraining()) {
        // Fictional cases have no passphrase. The next start still offers the real database.
        opened = m_session->unlockTraining();
        if (opened)
            return;
    } else {
        m_settings->setValue(Settings::Key::LastDatabase, path);
        m_settings->sync();
    }
    m_unlock->setUnlockable(opened.ok());
    showPage(m_unlock);
    if (opened) {
        m_unlock->focusPassphrase();
        return;
    }
    const bool canRestore = restoreHelps(opened.errorMessage()) && CaseStore::latestGoodBackup(path).has_value();
    // Open in another window: once that one is closed, trying again is all it takes.
    m_retryPath = !canRestore && CaseStore::isInUse(path) ? path : QString();
    const QString action = canRestore ? tr("Restore the latest good backup")
        : m_retryPath.isEmpty()       ? QString()
                                      : tr("Try again");
    m_unlock->messageBar()->showMessage(
        tr("This database cannot be opened: %1").arg(sentence(opened.errorMessage())), MessageBar::Kind::Error, action);
}

void MainWindow::unlockDatabase()
{
    auto passphrase = m_unlock->passphrase();
    m_unlock->clearPassphrase();
    if (!passphrase || passphrase->isEmpty()) {
        m_unlock->messageBar()->showMessage(tr("Type the database's passphrase."), MessageBar::Kind::Error);
        return;
    }
    m_unlock->setBusy(true);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_unlock->repaint();
    // The deliberate ~0.5 s Argon2id runs on the GUI thread (see createDatabase for why).
    const Result<void> unlocked = m_session->unlock(passphrase.value());
    QApplication::restoreOverrideCursor();
    m_unlock->setBusy(false);
    if (!unlocked) {
        m_unlock->messageBar()->showMessage(tr("Not unlocked: %1").arg(sentence(unlocked.errorMessage())), MessageBar::Kind::Error);
        m_unlock->focusPassphrase();
    }
}

void MainWindow::onUnlocked()
{
    m_workspace->attach();
    showPage(m_workspace);
    if (const QStringList warnings = m_session->store().warnings(); !warnings.isEmpty())
        m_workspace->caseList()->messageBar()->showMessage(warnings.join(QLatin1Char(' ')), MessageBar::Kind::Warning);
    m_workspace->restorePosition(m_lockedPosition);
    m_lockedPosition = {};
    if (m_session->isTraining())
        m_lock->disarm();
    else
        m_lock->arm();
    updateActions();
}

void MainWindow::lockNow(const QString& reason)
{
    if (!m_session->isUnlocked())
        return;
    m_lockedPosition = m_workspace->position();
    // Close every dialog first (KeePassXC #2336: a lock must not leave a dialog showing data).
    for (QDialog* dialog : findChildren<QDialog*>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_clipboard->clearNow();
    m_lock->disarm();
    m_workspace->detach();
    m_session->lock();
    const bool hidden = m_quickHide->isHidden();
    showPage(m_unlock);
    m_unlock->setUnlockable(true);
    m_unlock->setDatabasePath(m_session->path());
    m_unlock->clearPassphrase();
    if (reason.isEmpty())
        m_unlock->messageBar()->clearMessage();
    else
        m_unlock->messageBar()->showMessage(reason, MessageBar::Kind::Information);
    m_unlock->focusPassphrase();
    if (hidden)
        m_quickHide->hide();
}

void MainWindow::updateActions()
{
    const bool unlocked = m_session->isUnlocked();
    const bool training = m_session->isTraining();
    m_lockAction->setEnabled(unlocked && !training);
    m_restoreAction->setEnabled(!unlocked);
    m_banner->setVisible(training);
    updateTrainingActions();
    setWindowTitle(training ? tr("Lantern — TRAINING (fictional cases)") : tr("Lantern"));
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_options.exitWhenShown && !m_shownOnce)
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    m_shownOnce = true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_workspace->caseList()->saveState(*m_settings);
    m_settings->setWidgetState(kStatePrefix, QStringLiteral("geometry"), saveGeometry());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::WindowStateChange && isMinimized())
        m_lock->windowMinimised();
    // Another catalogue was installed (applySettings() has already shown it in the common case).
    if (event->type() == QEvent::LanguageChange && interfaceLanguage() != m_shownLanguage)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace lantern
