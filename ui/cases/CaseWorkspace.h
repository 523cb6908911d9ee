// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/OpaqueId.h"

#include <memory>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace lantern {

class CaseFile;
struct Checklist;
class CaseListWidget;
class DatabaseSession;
class ExportActions;
class MessageBar;
class InterviewWidget;
class Settings;

/// What an unlocked database shows: the case list, and one open case in the interview view.
/// Carries out the case actions (new case, open, change status, audit trail) on the session.
class CaseWorkspace : public QWidget
{
    Q_OBJECT

public:
    /// Where the user was, to return there after unlocking.
    struct Position
    {
        CaseId caseId;      ///< null: the case list
        QString questionId; ///< the interview's current question
    };

    CaseWorkspace(DatabaseSession& session, Settings& settings, QWidget* parent = nullptr);
    ~CaseWorkspace() override;

    /// Shows the freshly unlocked session's cases.
    void attach();
    /// Drops every piece of decrypted state (list, open case, interview); call before locking.
    void detach();

    Position position() const;
    /// Re-opens the case and question of `position` (silently stays on the list if gone).
    void restorePosition(const Position& position);

    void showList();
    void openCase(const CaseId& caseId);
    void newCase();
    /// Starts a case on `checklist` with `code` and opens it; false (with the reason shown in
    /// the list's message bar) when it could not be created.
    bool createAndOpen(const Checklist& checklist, const QString& code);
    void changeStatus(const CaseId& caseId);
    void showAudit(const CaseId& caseId);
    /// Lets the user choose which answers the case list searches (SearchableAnswersDialog).
    void chooseSearchableAnswers();

    /// The open case, or null.
    std::shared_ptr<CaseFile> openedCase() const { return m_case; }
    CaseListWidget* caseList() const { return m_list; }
    InterviewWidget* interview() const { return m_interview; }
    bool isShowingInterview() const;
    /// The case the case actions apply to: the open case, or the one selected in the list.
    CaseId currentCase() const;
    /// The message bar of the page shown (the list's, or the interview's).
    MessageBar* messageBar() const;
    /// Export and print-preview actions.
    ExportActions* exports() const { return m_exports; }

    QAction* newCaseAction() const { return m_newCase; }
    QAction* backToListAction() const { return m_backToList; }
    QAction* statusAction() const { return m_status; }
    QAction* auditAction() const { return m_audit; }
    QAction* searchableAnswersAction() const { return m_searchable; }

    /// Sets the workspace's own texts, its actions' and the case list's again in the current
    /// interface language. The open case, its question and the list's state stay as they are.
    void retranslate();

Q_SIGNALS:
    /// The window title should name `caseCode` (empty: no case open).
    void caseShown(const QString& caseCode);

private:
    void onCaseChanged();
    void retranslateOwnTexts();
    void updateActions();

    DatabaseSession& m_session;
    Settings& m_settings;
    QStackedWidget* m_pages = nullptr;
    CaseListWidget* m_list = nullptr;
    QWidget* m_interviewPage = nullptr;
    QToolButton* m_back = nullptr;
    QLabel* m_caseTitle = nullptr;
    MessageBar* m_interviewMessages = nullptr;
    InterviewWidget* m_interview = nullptr;
    std::shared_ptr<CaseFile> m_case;
    QAction* m_newCase = nullptr;
    QAction* m_backToList = nullptr;
    QAction* m_status = nullptr;
    QAction* m_audit = nullptr;
    QAction* m_searchable = nullptr;
    ExportActions* m_exports = nullptr;
};

} // namespace lantern
