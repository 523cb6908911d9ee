// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "export/CaseReport.h"
#include "scoring/Assessment.h"
#include "storage/CaseStore.h"
#include "util/Catalogue.h"

namespace lantern {

/// Choices a person makes when exporting a summary.
struct ReportOptions
{
    QString language;          ///< empty: the checklist's default language
    QString secondLanguage;    ///< a bilingual summary shows every checklist text in this one too
    bool includeNotes = true;  ///< caseworker notes are included unless excluded
    bool training = false;     ///< the case comes from a training database
    QDateTime exportedAt;      ///< stamped on every page; the current time when invalid
};

/// Turns a case, its answers, sessions and assessment into a CaseReport in one language, or two
/// when ReportOptions::secondLanguage is set and differs. A text the checklist lacks in a language
/// is its fallback text, marked as such in the report.
class CaseReportBuilder
{
public:
    CaseReportBuilder(const Checklist& checklist, const ReportOptions& options);

    CaseReport build(const Case& caseInfo, const CaseAnswers& answers, const QList<Session>& sessions,
        const Assessment& assessment) const;

private:
    QString text(const LocalText& localText) const;
    /// The first-language text; `fallback` gets the language it is in when it is a fallback.
    QString text(const LocalText& localText, QString& fallback) const;
    /// The second-language text; empty in a summary in one language.
    ReportText second(const LocalText& localText) const;
    bool bilingual() const { return !m_second.isEmpty(); }
    QString questionText(const QString& questionId) const;
    ReportAnswer answer(const CaseAnswers& answers, const QString& questionId) const;
    ReportProfile profile(const CaseAnswers& answers, const ProfileResult& result) const;
    ReportElement element(const CaseAnswers& answers, const ElementResult& result) const;
    ReportIndicator indicator(const CaseAnswers& answers, const IndicatorTrace& trace, bool open) const;
    QList<ReportSection> sections(const CaseAnswers& answers, const Assessment& assessment) const;
    const Outcome* outcome(const QString& profileId, const QString& outcomeId) const;

    const Checklist& m_checklist;
    ReportOptions m_options;
    QString m_language;
    QString m_second;
    Catalogue m_words; ///< the summary's own words (headings, yes/no, states) in its first language
    mutable int m_fallbacks = 0; ///< counted while build() runs
};

} // namespace lantern
