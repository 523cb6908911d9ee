// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "export/CaseReport.h"
#include "scoring/Assessment.h"
#include "storage/CaseStore.h"

namespace lantern {

/// Choices a person makes when exporting a summary.
struct ReportOptions
{
    QString language;          ///< empty: the checklist's default language
    bool includeNotes = true;  ///< caseworker notes are included unless excluded
    bool training = false;     ///< the case comes from a training database
    QDateTime exportedAt;      ///< stamped on every page; the current time when invalid
};

/// Turns a case, its answers, sessions and assessment into a CaseReport in one language.
class CaseReportBuilder
{
public:
    CaseReportBuilder(const Checklist& checklist, const ReportOptions& options);

    CaseReport build(const Case& caseInfo, const CaseAnswers& answers, const QList<Session>& sessions,
        const Assessment& assessment) const;

private:
    QString text(const LocalText& localText) const;
    QString questionText(const QString& questionId) const;
    ReportAnswer answer(const CaseAnswers& answers, const QString& questionId) const;
    ReportProfile profile(const CaseAnswers& answers, const ProfileResult& result) const;
    ReportElement element(const CaseAnswers& answers, const ElementResult& result) const;
    ReportIndicator indicator(const CaseAnswers& answers, const IndicatorTrace& trace, bool open) const;
    QList<ReportSection> sections(const CaseAnswers& answers, const Assessment& assessment) const;
    QString outcomeTitle(const QString& profileId, const QString& outcomeId) const;
    QString outcomeAdvice(const QString& profileId, const QString& outcomeId) const;

    const Checklist& m_checklist;
    ReportOptions m_options;
    QString m_language;
};

} // namespace lantern
