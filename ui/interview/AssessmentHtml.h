// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "interview/InterviewText.h"
#include "scoring/Assessment.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace lantern {

/// Words the assessment panel shows for a status, with a shape so colour is never the only cue.
QString statusWords(Status status);

/// Renders an Assessment as the HTML of the assessment panel: per applicable profile, each
/// element's status, the indicators counted with their strength and the answers behind them,
/// and for undetermined elements the open questions as links "lantern-question:ID".
class AssessmentHtml
{
    Q_DECLARE_TR_FUNCTIONS(lantern::AssessmentHtml)

public:
    AssessmentHtml(const Checklist& checklist, const InterviewText& text, QColor metColour, QColor mutedColour)
        : m_checklist(checklist), m_text(text), m_met(metColour), m_muted(mutedColour) { }

    /// The details below the headline.
    QString render(const Assessment& assessment) const;

    /// The overall outcome's title in the checklist's words ("" when none is reached yet).
    static QString outcomeTitle(const Checklist& checklist, const InterviewText& text, const QString& profileId,
                                const QString& outcomeId);
    /// The advice that goes with the overall outcome.
    static QString outcomeAdvice(const Checklist& checklist, const InterviewText& text, const Assessment& assessment);

private:
    void renderProfile(QString& out, const Assessment& assessment, const ProfileResult& profile) const;
    void renderElement(QString& out, const Assessment& assessment, const ElementResult& element) const;
    QString questionLink(const QString& questionId) const;
    QString answerLine(const Assessment& assessment, const QString& questionId) const;
    QString indicatorTitle(const QString& indicatorId) const;

    const Checklist& m_checklist;
    const InterviewText& m_text;
    QColor m_met;
    QColor m_muted;
};

} // namespace lantern
