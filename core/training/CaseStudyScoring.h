// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "scoring/Assessment.h"
#include "training/CaseStudy.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

/// An expectation of a case study that its answers do not meet.
struct CaseStudyMismatch
{
    enum class Expectation {
        Profiles, ///< expected.profiles, on the model answers
        Outcome, ///< expected.outcome, on the model answers
        InterviewOutcome, ///< expected.interview_outcome (or outcome), on the recorded interview
    };
    Expectation expectation = Expectation::Outcome;
    QString message; ///< what the answers reach instead
};

/// Scores a case study's model answers and recorded interview, and compares the results with
/// what the case study expects. Stateless, like the scoring engine it uses.
class CaseStudyScoring
{
public:
    CaseStudyScoring() = delete;

    /// The ids of the profiles that surely apply in `assessment`, in checklist order.
    static QStringList applyingProfiles(const Assessment& assessment);

    /// Every expectation of `caseStudy` that its answers do not meet on `checklist`: the profiles
    /// and outcome of the model answers, and the outcome of the interview. Empty when all hold.
    static QList<CaseStudyMismatch> mismatches(const CaseStudy& caseStudy, const Checklist& checklist);
};

} // namespace lantern
