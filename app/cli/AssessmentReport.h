// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "scoring/Assessment.h"

#include <QString>

namespace lantern::cli {

/// A plain-text report of an assessment for a terminal: the screening result first, then each
/// profile and element with the indicators and answers behind it, and what is still open.
class AssessmentReport
{
public:
    AssessmentReport(const Checklist& checklist, const AnswerSet& answers, QString language)
        : m_checklist(checklist), m_answers(answers), m_language(std::move(language)) { }

    QString render(const Assessment& assessment) const;

private:
    QString text(const LocalText& localText) const;
    QString outcomeTitle(const QString& profileId, const QString& outcomeId) const;
    QString answerText(const QString& questionId) const;
    QString indicatorTitle(const QString& indicatorId) const;
    void renderProfile(QString& out, const ProfileResult& profile) const;
    void renderElement(QString& out, const ElementResult& element) const;

    const Checklist& m_checklist;
    const AnswerSet& m_answers;
    QString m_language;
};

} // namespace lantern::cli
