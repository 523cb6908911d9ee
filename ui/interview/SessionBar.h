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
    void setCase(CaseStore* store, const CaseId& caseId, const QStringList& languages);
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
    QPushButton* m_toggle = nullptr;
};

} // namespace lantern
