// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"
#include "checklist/AnswerSet.h"
#include "checklist/LocalText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

// A fictional case study for workshops (format "lantern-case-study/1", see
// docs/case-study-format.md): a narrative, the interview a caseworker recorded, the trainer's
// model answers and the result they must reach. Only CaseStudyLoader makes one, after checking it
// against the checklist it names.

/// An interview session of a case study, started and ended when the case study is seeded.
struct CaseStudySession
{
    QString id; ///< referenced by interview answers
    bool interpreter = false;
    QString language; ///< BCP 47 tag; may be empty
    LocalText note;
};

/// One recorded interview answer, as it is saved when the case study is seeded.
struct CaseStudyAnswer
{
    QString questionId;
    Answer answer;
    AnswerSource source = AnswerSource::SelfReport;
    QString sessionId; ///< a CaseStudySession id; empty when given outside a session
};

struct CaseStudy
{
    QString id; ///< [a-z0-9-]+, the file's base name
    QString code; ///< the case code when seeded into a training database
    QString checklistId;
    QString checklistVersion;
    LocalText title;
    LocalText topic;
    LocalText narrative;
    LocalText teachingPoints; ///< may be empty
    QList<CaseStudySession> sessions;
    /// Ordered as it is seeded: session by session (in the order of `sessions`), then the answers
    /// given outside a session; within each, in the checklist's question order.
    QList<CaseStudyAnswer> interview;
    AnswerSet modelAnswers;
    QStringList expectedProfiles; ///< profile ids that apply on the model answers
    QString expectedOutcome; ///< overall outcome on the model answers
    QString interviewOutcome; ///< overall outcome on the interview (= expectedOutcome when not given)
    LocalText reasoning;
    QString path; ///< the file it was read from (a ":/lantern/demo/..." resource when bundled)

    /// The recorded interview as the scoring engine reads it.
    AnswerSet interviewAnswers() const;
    const CaseStudySession* session(const QString& sessionId) const;
};

} // namespace lantern
