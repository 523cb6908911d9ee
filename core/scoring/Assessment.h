// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/AnswerSet.h"
#include "checklist/Checklist.h"
#include "scoring/Relevance.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lantern {

// The result of scoring one AnswerSet against one Checklist: a plain value, computed by
// Scorer::assess, never stored as truth. Every status carries the trace that explains it.

/// Three-valued status. Met: true on the answers given. NotMet: false even if every open
/// question went the way that would make it true. Undetermined: anything in between.
enum class Status { Met, NotMet, Undetermined };

/// Whether a profile applies to this person (e.g. child vs adult). Undetermined when the rule
/// depends on an open question such as an unknown age: such profiles are evaluated too.
enum class Applicability { Applies, DoesNotApply, Undetermined };

enum class Presence { Present, Absent, Open };

/// One indicator as seen by one profile.
struct IndicatorTrace
{
    QString indicatorId;
    Strength strength = Strength::Weak;
    Presence presence = Presence::Absent;
    QStringList questions;         ///< the questions whose answers made it present or absent
    QStringList decidingQuestions; ///< when Open: the open questions that could make it present
};

struct ElementResult
{
    QString elementId;
    Status status = Status::NotMet;
    QList<IndicatorTrace> present; ///< counted, with strength and the answers behind them
    QList<IndicatorTrace> open;    ///< could still become present
    QMap<Strength, int> lowerCounts; ///< present indicators by strength
    QMap<Strength, int> upperCounts; ///< present + open, by strength
    double lowerScore = 0;           ///< weighted thresholds only
    double upperScore = 0;
    int satisfiedAlternative = -1;   ///< index of the threshold alternative met, or -1
    QStringList decidingQuestions;   ///< when Undetermined: open questions that could decide it
};

struct OutcomeResult
{
    QString outcomeId;
    int level = 0;
    Status status = Status::NotMet;
    QStringList decidingElements; ///< when Undetermined: undetermined elements the rule reads
};

struct ProfileResult
{
    QString profileId;
    Applicability applicability = Applicability::Applies;
    QStringList applicabilityQuestions; ///< when Undetermined: the open questions it depends on
    /// In checklist order: every element this profile weighs an indicator of, plus every element
    /// its outcome rules read (one it weighs nothing of is NotMet, with empty traces).
    QList<ElementResult> elements;
    QList<OutcomeResult> outcomes;      ///< in checklist order
    QString outcomeId;                  ///< first outcome met in order ("" if none is met)
    QStringList possibleOutcomes;       ///< undetermined outcomes before it: the result could become one
};

struct Assessment
{
    QString checklistId;
    QString checklistVersion;
    QByteArray checklistSha256;
    QList<ProfileResult> profiles; ///< every profile, applicable or not, in checklist order

    /// The overall screening result: the highest-level outcome met in a profile that applies.
    /// When no profile surely applies, taken from profiles whose applicability is undetermined,
    /// and `conditional` is set.
    QString outcomeId;
    QString outcomeProfileId;
    int level = 0;
    bool conditional = false;
    QStringList notes; ///< plain sentences, e.g. "Age at exploitation unknown: child and adult profiles evaluated."

    AnswerSet answers;   ///< the answers assessed (a shared copy), so traces can show their values
    Relevance relevance; ///< question visibility as used for scoring; the UI may reuse it
};

QString toString(Status status);
QString toString(Applicability applicability);
QString toString(Presence presence);

} // namespace lantern
