// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/CaseStudy.h"

namespace lantern {

AnswerSet CaseStudy::interviewAnswers() const
{
    AnswerSet set;
    for (const CaseStudyAnswer& answer : interview)
        set.set(answer.questionId, answer.answer);
    return set;
}

const CaseStudySession* CaseStudy::session(const QString& sessionId) const
{
    for (const CaseStudySession& candidate : sessions) {
        if (candidate.id == sessionId)
            return &candidate;
    }
    return nullptr;
}

} // namespace lantern
