// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/CaseStudyScoring.h"

#include "scoring/Scorer.h"

namespace lantern {

namespace {

QString listed(const QStringList& ids)
{
    return ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "));
}

QString outcomeName(const QString& id)
{
    return id.isEmpty() ? QStringLiteral("no outcome") : QStringLiteral("'%1'").arg(id);
}

} // namespace

QStringList CaseStudyScoring::applyingProfiles(const Assessment& assessment)
{
    QStringList ids;
    for (const ProfileResult& profile : assessment.profiles) {
        if (profile.applicability == Applicability::Applies)
            ids.append(profile.profileId);
    }
    return ids;
}

QList<CaseStudyMismatch> CaseStudyScoring::mismatches(const CaseStudy& caseStudy, const Checklist& checklist)
{
    QList<CaseStudyMismatch> found;
    const Assessment model = Scorer::assess(checklist, caseStudy.modelAnswers);
    QStringList expectedProfiles = caseStudy.expectedProfiles;
    QStringList actualProfiles = applyingProfiles(model);
    expectedProfiles.sort();
    actualProfiles.sort();
    if (expectedProfiles != actualProfiles) {
        found.append({ CaseStudyMismatch::Expectation::Profiles,
            QStringLiteral("the model answers make %1 apply, not %2")
                .arg(listed(actualProfiles), listed(expectedProfiles)) });
    }
    if (model.outcomeId != caseStudy.expectedOutcome) {
        found.append({ CaseStudyMismatch::Expectation::Outcome,
            QStringLiteral("the model answers reach %1, not '%2'")
                .arg(outcomeName(model.outcomeId), caseStudy.expectedOutcome) });
    }
    const Assessment interview = Scorer::assess(checklist, caseStudy.interviewAnswers());
    if (interview.outcomeId != caseStudy.interviewOutcome) {
        found.append({ CaseStudyMismatch::Expectation::InterviewOutcome,
            QStringLiteral("the recorded interview reaches %1, not '%2'")
                .arg(outcomeName(interview.outcomeId), caseStudy.interviewOutcome) });
    }
    return found;
}

} // namespace lantern
