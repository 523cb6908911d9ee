// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "interview/InterviewText.h"
#include "scoring/Assessment.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace lantern {

/// The live assessment: the screening result in the checklist's words with its advice (framed as
/// screening, never a verdict), then each applicable profile's elements with status, the
/// indicators counted and the answers behind them, and the open questions that could decide
/// what is undetermined. Clicking an open question asks to show it.
class AssessmentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentPanel(QWidget* parent = nullptr);

    /// Renders `assessment`; only what changed is replaced and the scroll position is kept.
    void setAssessment(const Assessment& assessment, const Checklist& checklist, const InterviewText& text);
    /// Shows nothing (no case open).
    void clearAssessment();

    /// Sets the panel's own texts again in the current interface language.
    void retranslate();
    QLabel* headline() const { return m_headline; }
    QLabel* advice() const { return m_advice; }
    QTextBrowser* details() const { return m_details; }

Q_SIGNALS:
    /// The user chose the question `questionId` in the panel.
    void questionActivated(const QString& questionId);

private:
    QLabel* m_caption = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_advice = nullptr;
    QLabel* m_statement = nullptr;
    QTextBrowser* m_details = nullptr;
    QString m_html;
};

} // namespace lantern
