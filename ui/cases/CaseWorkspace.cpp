// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/CaseWorkspace.h"

#include "cases/AuditDialog.h"
#include "cases/CaseListWidget.h"
#include "cases/CaseStatusText.h"
#include "cases/NewCaseDialog.h"
#include "cases/SearchableAnswersDialog.h"
#include "cases/StatusDialog.h"
#include "casework/CaseFile.h"
#include "export/ExportActions.h"
#include "interview/InterviewWidget.h"
#include "settings/Settings.h"
#include "shell/DatabaseSession.h"
#include "shell/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace lantern {

CaseWorkspace::CaseWorkspace(DatabaseSession& session, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_pages(new QStackedWidget(this))
    , m_list(new CaseListWidget(this))
    , m_interviewPage(new QWidget(this))
    , m_back(new QToolButton(m_interviewPage))
    , m_caseTitle(new QLabel(this))
    , m_interviewMessages(new MessageBar(this))
    , m_interview(new InterviewWidget(this))
    , m_newCase(new QAction(this))
    , m_backToList(new QAction(this))
    , m_status(new QAction(this))
    , m_audit(new QAction(this))
    , m_searchable(new QAction(this))
    , m_exports(new ExportActions(*this, session))
{
    m_newCase->setShortcut(QKeySequence::New);
    m_backToList->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_status->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    m_back->setDefaultAction(m_backToList);
    m_back->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont titleFont = m_caseTitle->font();
    titleFont.setBold(true);
    m_caseTitle->setFont(titleFont);
    retranslateOwnTexts();
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_caseTitle, 1);
    auto* interviewLayout = new QVBoxLayout(m_interviewPage);
    interviewLayout->setContentsMargins(0, 0, 0, 0);
    interviewLayout->addWidget(m_interviewMessages);
    interviewLayout->addLayout(bar);
    interviewLayout->addWidget(m_interview, 1);

    m_pages->addWidget(m_list);
    m_pages->addWidget(m_interviewPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_list->restoreState(settings);

    connect(m_newCase, &QAction::triggered, this, &CaseWorkspace::newCase);
    connect(m_backToList, &QAction::triggered, this, &CaseWorkspace::showList);
    connect(m_status, &QAction::triggered, this, [this] { changeStatus(currentCase()); });
    connect(m_audit, &QAction::triggered, this, [this] { showAudit(currentCase()); });
    connect(m_searchable, &QAction::triggered, this, &CaseWorkspace::chooseSearchableAnswers);
    connect(m_list, &CaseListWidget::newCaseRequested, this, &CaseWorkspace::newCase);
    connect(m_list, &CaseListWidget::openRequested, this, &CaseWorkspace::openCase);
    connect(m_list, &CaseListWidget::statusRequested, this, &CaseWorkspace::changeStatus);
    connect(m_list, &CaseListWidget::auditRequested, this, &CaseWorkspace::showAudit);
    connect(m_list, &CaseListWidget::exportSummaryRequested, m_exports, &ExportActions::exportSummary);
    connect(m_list, &CaseListWidget::exportCasesRequested, m_exports, &ExportActions::exportCases);
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CaseWorkspace::updateActions);
    connect(m_interview, &InterviewWidget::caseChanged, this, &CaseWorkspace::onCaseChanged);
    connect(&m_session, &DatabaseSession::indexChanged, m_list, &CaseListWidget::refresh);
    updateActions();
}

void CaseWorkspace::retranslate()
{
    retranslateOwnTexts();
    m_list->retranslate();
    m_exports->retranslate();
    if (m_case)
        m_caseTitle->setText(tr("Case %1").arg(m_case->info().code));
}

void CaseWorkspace::retranslateOwnTexts()
{
    m_newCase->setText(tr("&New case…"));
    m_backToList->setText(tr("Back to case &list"));
    m_status->setText(tr("Change &status…"));
    m_audit->setText(tr("&Audit trail…"));
    m_searchable->setText(tr("Searchable &answers…"));
    m_back->setAccessibleName(tr("Back to case list"));
    m_caseTitle->setAccessibleName(tr("Open case"));
}

// Settings may already be gone here (the window owns both): state is saved in detach().
CaseWorkspace::~CaseWorkspace() = default;

void CaseWorkspace::attach()
{
    m_list->setIndex(&m_session.index());
    showList();
}

void CaseWorkspace::detach()
{
    m_list->saveState(m_settings);
    m_interview->clear();
    m_case.reset();
    m_caseTitle->clear();
    m_list->setIndex(nullptr);
    m_list->messageBar()->clearMessage();
    m_interviewMessages->clearMessage();
    m_pages->setCurrentWidget(m_list);
    updateActions();
}

CaseWorkspace::Position CaseWorkspace::position() const
{
    if (!m_case || !isShowingInterview())
        return {};
    return { m_case->info().id, m_interview->currentQuestionId() };
}

void CaseWorkspace::restorePosition(const Position& position)
{
    if (position.caseId.isNull() || !m_session.index().find(position.caseId))
        return;
    openCase(position.caseId);
    if (m_case && !position.questionId.isEmpty())
        m_interview->showQuestion(position.questionId);
}

bool CaseWorkspace::isShowingInterview() const
{
    return m_pages->currentWidget() == m_interviewPage;
}

void CaseWorkspace::showList()
{
    m_interview->clear();
    if (m_case)
        m_list->selectCase(m_case->info().id);
    m_case.reset();
    m_pages->setCurrentWidget(m_list);
    m_list->view()->setFocus();
    updateActions();
    Q_EMIT caseShown({});
}

void CaseWorkspace::openCase(const CaseId& caseId)
{
    if (caseId.isNull() || !m_session.isUnlocked())
        return;
    auto opened = CaseFile::open(m_session.store(), caseId);
    if (!opened) {
        m_list->messageBar()->showMessage(tr("The case could not be opened: %1").arg(opened.errorMessage()),
            MessageBar::Kind::Error);
        return;
    }
    m_case = std::make_shared<CaseFile>(std::move(opened.value()));
    m_interview->setCase(m_case);
    m_caseTitle->setText(tr("Case %1").arg(m_case->info().code));
    m_interviewMessages->clearMessage();
    m_pages->setCurrentWidget(m_interviewPage);
    m_interview->setFocus();
    updateActions();
    Q_EMIT caseShown(m_case->info().code);
}

void CaseWorkspace::newCase()
{
    if (!m_session.isUnlocked())
        return;
    QStringList codes;
    for (const CaseListEntry& entry : m_session.index().entries())
        codes.append(entry.code);
    const QString folder = m_settings.stringValue(Settings::Key::ChecklistFolder);
    auto* dialog = new NewCaseDialog(ChecklistRegistry::scan(folder), codes,
        NewCaseDialog::suggestCode(codes, QDate::currentDate().year()), this);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        // Locking rejects open dialogs; anything else that ended with the store locked is void too.
        if (result != QDialog::Accepted || !m_session.isUnlocked() || !dialog->checklist())
            return;
        createAndOpen(*dialog->checklist(), dialog->code());
    });
    dialog->open();
}

bool CaseWorkspace::createAndOpen(const Checklist& checklist, const QString& code)
{
    if (!m_session.isUnlocked())
        return false;
    auto created = CaseFile::create(m_session.store(), checklist, code);
    if (!created) {
        m_list->messageBar()->showMessage(tr("The case was not created: %1").arg(created.errorMessage()),
            MessageBar::Kind::Error);
        return false;
    }
    const CaseId id = created->info().id;
    if (auto refreshed = m_session.refreshEntry(id, &created.value()); !refreshed)
        m_list->messageBar()->showMessage(refreshed.errorMessage(), MessageBar::Kind::Warning);
    openCase(id);
    return true;
}

void CaseWorkspace::changeStatus(const CaseId& caseId)
{
    const CaseListEntry* entry = m_session.isUnlocked() ? m_session.index().find(caseId) : nullptr;
    if (!entry)
        return;
    auto* dialog = new StatusDialog(entry->code, entry->status, this);
    connect(dialog, &QDialog::finished, this, [this, dialog, caseId](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted || !m_session.isUnlocked())
            return;
        const bool isOpen = m_case && m_case->info().id == caseId;
        const Result<void> changed = isOpen ? m_case->setStatus(dialog->status(), dialog->reason())
                                            : m_session.store().setStatus(caseId, dialog->status(), dialog->reason());
        MessageBar* bar = m_list->messageBar();
        if (!changed) {
            bar->showMessage(tr("The status was not changed: %1").arg(changed.errorMessage()), MessageBar::Kind::Error);
            return;
        }
        (void)m_session.refreshEntry(caseId, isOpen ? m_case.get() : nullptr);
        const CaseListEntry* updated = m_session.index().find(caseId);
        bar->showMessage(tr("Case %1 is now %2.")
                             .arg(updated ? updated->code : QString(), CaseStatusText::statusName(dialog->status())),
            MessageBar::Kind::Positive);
    });
    dialog->open();
}

void CaseWorkspace::showAudit(const CaseId& caseId)
{
    const CaseListEntry* entry = m_session.isUnlocked() ? m_session.index().find(caseId) : nullptr;
    if (!entry)
        return;
    auto events = m_session.store().audit(caseId);
    if (!events) {
        m_list->messageBar()->showMessage(tr("The audit trail could not be read: %1").arg(events.errorMessage()),
            MessageBar::Kind::Error);
        return;
    }
    auto* dialog = new AuditDialog(entry->code, events.value(), this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

MessageBar* CaseWorkspace::messageBar() const
{
    return isShowingInterview() ? m_interviewMessages : m_list->messageBar();
}

CaseId CaseWorkspace::currentCase() const
{
    if (m_case && isShowingInterview())
        return m_case->info().id;
    return m_list->selectedCase();
}

void CaseWorkspace::onCaseChanged()
{
    if (!m_case || !m_session.isUnlocked())
        return;
    if (auto refreshed = m_session.refreshEntry(m_case->info().id, m_case.get()); !refreshed)
        m_list->messageBar()->showMessage(refreshed.errorMessage(), MessageBar::Kind::Warning);
}

void CaseWorkspace::chooseSearchableAnswers()
{
    if (!m_session.isUnlocked())
        return;
    // One entry per checklist id, its newest valid version, bundled and the organisation's own.
    const QList<ChecklistEntry> found = ChecklistRegistry::scan(m_settings.stringValue(Settings::Key::ChecklistFolder));
    QList<Checklist> checklists;
    QStringList ids;
    for (const ChecklistEntry& entry : found) {
        if (!entry.load.ok() || ids.contains(entry.load.checklist->id))
            continue;
        ids.append(entry.load.checklist->id);
        checklists.append(*ChecklistRegistry::find(found, entry.load.checklist->id)->load.checklist);
    }
    auto* dialog = new SearchableAnswersDialog(checklists, [this](const QString& checklistId) {
        auto chosen = m_session.store().searchableQuestions(checklistId);
        return chosen ? *chosen : std::nullopt;
    }, this);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted || !m_session.isUnlocked())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto applied = m_session.setSearchableQuestions(dialog->checklistId(), dialog->chosen());
        QApplication::restoreOverrideCursor();
        if (applied)
            messageBar()->showMessage(tr("The case list now searches the chosen answers (%n case(s) prepared).", nullptr, *applied),
                MessageBar::Kind::Positive);
        else
            messageBar()->showMessage(applied.errorMessage(), MessageBar::Kind::Warning);
    });
    dialog->open();
}

void CaseWorkspace::updateActions()
{
    const bool unlocked = m_session.isUnlocked();
    const bool hasCase = unlocked && !currentCase().isNull();
    m_newCase->setEnabled(unlocked);
    m_backToList->setEnabled(unlocked && isShowingInterview());
    m_status->setEnabled(hasCase);
    m_audit->setEnabled(hasCase);
    m_searchable->setEnabled(unlocked);
    m_exports->updateActions();
}

} // namespace lantern
