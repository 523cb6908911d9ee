// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Checklist.h"
#include "scoring/Assessment.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lantern {

// A workshop participant's answers to a fictional case study set against the trainer's model
// answer: a plain value built by compareExercise(), with every text already in the reader's
// language, so views and exports need neither the checklist nor the answer sets.

/// How one indicator compares. Found: present in both. Missed: present in the model answer only.
/// Added: present in the participant's answers only.
enum class IndicatorVerdict { Found, Missed, Added };

/// Why the participant's answers lack an indicator the model answer has. LeftOpen is never a
/// wrong "no": the question is simply not asked yet (or unknown, or declined).
enum class MissReason {
    None,                ///< not a missed indicator
    LeftOpen,            ///< a question it depends on is still open on the participant's side
    AnsweredDifferently, ///< the participant answered it otherwise (e.g. "no", or another option)
    NotShown,            ///< the participant's other answers hid the question it depends on
};

/// One question behind an indicator, as each side answered it.
struct QuestionAnswers
{
    QString questionId;
    QString questionText;
    QString modelAnswer;       ///< in words: "yes", "no", an option label, "not asked yet", ...
    QString participantAnswer; ///< in words
    bool modelOpen = false;    ///< no decisive answer in the model answer
    bool participantOpen = false;
    bool hiddenForParticipant = false; ///< not shown on the participant's answers
};

struct IndicatorComparison
{
    QString indicatorId;
    QString title;
    Strength strength = Strength::Weak; ///< in the profile compared
    Presence model = Presence::Absent;
    Presence participant = Presence::Absent;
    IndicatorVerdict verdict = IndicatorVerdict::Found;
    MissReason missReason = MissReason::None;
    QList<QuestionAnswers> questions; ///< the answers that make it present on the side that has it
    /// Missed only: the participant's answers that keep it out — the open questions that could
    /// still make it present (LeftOpen), the differing answers (AnsweredDifferently), or the
    /// answers that hid its question (NotShown).
    QList<QuestionAnswers> causes;
};

/// Found, missed and added indicators.
struct VerdictCounts
{
    int found = 0;
    int missed = 0;
    int added = 0;

    void add(IndicatorVerdict verdict);
    VerdictCounts& operator+=(const VerdictCounts& other);
    bool operator==(const VerdictCounts& other) const = default;
};

struct ElementComparison
{
    QString elementId;
    QString title;
    Status model = Status::NotMet;
    Status participant = Status::NotMet;
    QMap<Strength, int> modelCounts;       ///< present indicators by strength
    QMap<Strength, int> participantCounts;
    /// Found, missed and added indicators, in checklist order; indicators absent (or open) on
    /// both sides are left out.
    QList<IndicatorComparison> indicators;
    VerdictCounts counts;
    QStringList reasoning; ///< plain sentences about this element

    bool agrees() const { return model == participant; }
    QList<IndicatorComparison> withVerdict(IndicatorVerdict verdict) const;
};

/// One side's result, in words.
struct OutcomeSide
{
    QString outcomeId;   ///< empty when no outcome is reached yet
    QString title;       ///< "no result yet" when none is reached
    int level = 0;
    QString profileId;   ///< the profile it comes from (overall results only)
    QString profileTitle;
    bool conditional = false;    ///< overall results: no profile surely applies
    QStringList possibleTitles;  ///< outcomes it could still become, depending on open questions
};

struct ProfileComparison
{
    QString profileId;
    QString title;
    Applicability model = Applicability::Applies;
    Applicability participant = Applicability::Applies;
    OutcomeSide modelOutcome;
    OutcomeSide participantOutcome;
    QList<ElementComparison> elements; ///< in checklist order
    VerdictCounts counts;              ///< summed over its elements
    QStringList reasoning;             ///< applicability and outcome, in plain sentences

    bool applicabilityAgrees() const { return model == participant; }
    bool outcomeMatches() const { return modelOutcome.outcomeId == participantOutcome.outcomeId; }
};

/// A question whose answer differs between the two sets.
struct AnswerDifference
{
    QString questionId;
    QString questionText;
    QString modelAnswer;
    QString participantAnswer;
    bool modelOpen = false;
    bool participantOpen = false; ///< left open: "not asked yet", unknown or declined — never "no"
};

struct ExerciseComparison
{
    QString checklistId;
    QString checklistVersion;
    QString checklistTitle;
    QString language; ///< the language the texts were taken in (with fallback)

    OutcomeSide model;       ///< the overall screening result of the model answer
    OutcomeSide participant; ///< ... and of the participant's answers
    /// Profiles that apply or may apply on either side, in checklist order.
    QList<ProfileComparison> profiles;
    QList<AnswerDifference> differences; ///< in checklist order
    /// Distinct indicators over the compared profiles (presence does not depend on the profile,
    /// so an indicator weighed in two profiles counts once here).
    VerdictCounts counts;
    QStringList summary; ///< the overall result and profile disagreements, in plain sentences

    bool outcomeMatches() const { return model.outcomeId == participant.outcomeId && model.level == participant.level; }
    /// Every reasoning sentence in reading order: summary, then per profile its elements and
    /// its outcome; a sentence two profiles share is given once.
    QStringList reasoning() const;
};

QString toString(IndicatorVerdict verdict); ///< "found", "missed", "added"
QString toString(MissReason reason);        ///< "", "left_open", "answered_differently", "not_shown"

} // namespace lantern
