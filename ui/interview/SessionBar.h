// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "util/Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace lantern {

class CaseStore;

/// Start, pause and resume interview sessions, recording whether an interpreter was used and
/// the interview language (CaseStore::startSession/endSession). Pausing ends the recorded
/// session; resuming starts a new one, so every session has a start and an end.
class SessionBar : public QWidget
{
    Q_OBJECT

public:
    explicit SessionBar(QWidget* parent = nullptr);

    /// Shows the sessions of `caseId` in `store`; a null store disables the bar.
    /// Shows the sessions of a case. The language list offers the checklist's `languages` first;
    /// the language of the last session is chosen, else `preferred` (the caseworker's language,
    /// which sessions record beside the interview language).
    void setCase(CaseStore* store, const CaseId& caseId, const QStringList& languages,
                 const QString& preferred = {});
    /// Sets the bar's texts again in the current interface language.
    void retranslate();
    /// The interview language chosen (a code such as "th"): the interviewee's language.
    QString chosenLanguage() const;
    /// Ends a running session (if any) and forgets the case.
    Result<void> clearCase();

    /// The running session, or a null id.
    const SessionId& runningSession() const { return m_running.id; }
    bool isRunning() const { return !m_running.id.isNull(); }
    /// Starts (when stopped) or pauses (when running) — what the button does.
    Result<void> toggle();

    QPushButton* toggleButton() const { return m_toggle; }
    QCheckBox* interpreterBox() const { return m_interpreter; }
    QComboBox* languageBox() const { return m_language; }

Q_SIGNALS:
    /// A session started or ended.
    void sessionChanged();
    /// The interview language was changed by the user.
    void languageChosen(const QString& language);
    /// Starting or ending a session failed; `message` says why.
    void failed(const QString& message);

private:
    void updateState();

    CaseStore* m_store = nullptr;
    CaseId m_caseId;
    Session m_running;
    int m_sessionCount = 0;
    QLabel* m_status = nullptr;
    QCheckBox* m_interpreter = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageLabel = nullptr;
    QString m_interfaceLanguage;
    QPushButton* m_toggle = nullptr;
};

} // namespace lantern
