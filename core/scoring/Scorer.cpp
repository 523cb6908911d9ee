// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/Scorer.h"

#include "scoring/IndicatorEvaluator.h"
#include "scoring/OutcomeEvaluator.h"
#include "scoring/Relevance.h"
#include "scoring/RuleEvaluator.h"
#include "scoring/ThresholdCheck.h"

#include <QCoreApplication>
#include <QSet>

namespace lantern {

namespace {

using scoring::IndicatorPresence;

// Everything one assess() call shares between profiles: indicator presence does not depend on
// the profile, so it is decided once; only strengths and thresholds are per profile.
struct ScoringPass
{
    const Checklist& checklist;
    scoring::RuleEvaluator& rules;
    QList<IndicatorPresence> presence; ///< parallel to checklist.indicators
    QHash<QString, QList<qsizetype>> indicatorsByElement;
    QStringList& notes;
};

QString joined(const QStringList& ids)
{
    return ids.isEmpty() ? QStringLiteral("(none)") : ids.join(QStringLiteral(", "));
}

void decideApplicability(const Profile& profile, ScoringPass& pass, ProfileResult& result)
{
    if (profile.applies.isUndefined() || profile.applies.isNull())
        return; // Applies
    const scoring::RuleVerdict verdict = pass.rules.evaluate(profile.applies);
    if (!verdict.error.isEmpty()) {
        pass.notes.append(QCoreApplication::translate("lantern::Scorer", "The 'applies' rule of profile '%1' could not be evaluated (%2); "
                                         "its applicability is treated as undetermined.")
                              .arg(profile.id, verdict.error));
    }
    switch (verdict.truth) {
    case scoring::Truth::True:
        result.applicability = Applicability::Applies;
        break;
    case scoring::Truth::False:
        result.applicability = Applicability::DoesNotApply;
        break;
    case scoring::Truth::Unknown:
        result.applicability = Applicability::Undetermined;
        result.applicabilityQuestions = verdict.deciding;
        break;
    }
}

// `weighed` tells whether the profile weighs any indicator of the element.
ElementResult scoreElement(
    const Element& element, const Profile& profile, const ScoringPass& pass, bool& weighed)
{
    ElementResult result;
    result.elementId = element.id;
    for (Strength strength : { Strength::Strong, Strength::Medium, Strength::Weak }) {
        result.lowerCounts.insert(strength, 0);
        result.upperCounts.insert(strength, 0);
    }
    weighed = false;
    for (qsizetype index : pass.indicatorsByElement.value(element.id)) {
        const Indicator& indicator = pass.checklist.indicators.at(index);
        const auto strength = indicator.strengthByProfile.constFind(profile.id);
        if (strength == indicator.strengthByProfile.constEnd())
            continue; // not an indicator in this profile's list
        weighed = true;
        const IndicatorPresence& presence = pass.presence.at(index);
        if (presence.presence == Presence::Absent)
            continue;
        IndicatorTrace trace { indicator.id, *strength, presence.presence, presence.questions,
            presence.deciding };
        ++result.upperCounts[*strength];
        if (presence.presence == Presence::Present) {
            ++result.lowerCounts[*strength];
            result.present.append(std::move(trace));
        } else {
            result.open.append(std::move(trace));
        }
    }
    scoring::decideElement(element.threshold, weighed, result);
    return result;
}

ProfileResult scoreProfile(const Profile& profile, ScoringPass& pass)
{
    ProfileResult result;
    result.profileId = profile.id;
    decideApplicability(profile, pass, result);

    QList<QStringList> outcomeReads;
    QSet<QString> readByOutcomes;
    for (const Outcome& outcome : profile.outcomes) {
        outcomeReads.append(scoring::RuleEvaluator::readsOf(outcome.rule));
        for (const QString& id : std::as_const(outcomeReads.last()))
            readByOutcomes.insert(id);
    }

    QHash<QString, Status> statuses;
    for (const Element& element : pass.checklist.elements) {
        bool weighed = false;
        ElementResult scored = scoreElement(element, profile, pass, weighed);
        if (!weighed && !readByOutcomes.contains(element.id))
            continue;
        statuses.insert(element.id, scored.status);
        result.elements.append(std::move(scored));
    }

    scoring::OutcomeEvaluator outcomes(statuses);
    for (qsizetype i = 0; i < profile.outcomes.size(); ++i) {
        result.outcomes.append(
            outcomes.evaluate(profile.outcomes.at(i), outcomeReads.at(i), profile.id, pass.notes));
        const OutcomeResult& outcome = result.outcomes.last();
        if (!result.outcomeId.isEmpty())
            continue;
        if (outcome.status == Status::Met)
            result.outcomeId = outcome.outcomeId;
        else if (outcome.status == Status::Undetermined)
            result.possibleOutcomes.append(outcome.outcomeId);
    }
    return result;
}

const OutcomeResult* findOutcome(const ProfileResult& profile, const QString& outcomeId)
{
    for (const OutcomeResult& outcome : profile.outcomes) {
        if (outcome.outcomeId == outcomeId)
            return &outcome;
    }
    return nullptr;
}

// Principle 2: say which open questions could still make the result more serious.
void noteWhatCouldChange(const QList<const ProfileResult*>& candidates,
    const QList<const ProfileResult*>& alsoPossible, Assessment& assessment)
{
    for (const ProfileResult* profile : candidates) {
        QStringList graver;
        for (const QString& id : profile->possibleOutcomes) {
            if (findOutcome(*profile, id)->level > assessment.level)
                graver.append(id);
        }
        if (!graver.isEmpty()) {
            assessment.notes.append(
                QCoreApplication::translate("lantern::Scorer", "The result of profile '%1' could still become more serious (%2), "
                               "depending on open questions.")
                    .arg(profile->profileId, joined(graver)));
        }
    }
    for (const ProfileResult* profile : alsoPossible) {
        const OutcomeResult* outcome = findOutcome(*profile, profile->outcomeId);
        if (outcome && outcome->level > assessment.level) {
            assessment.notes.append(
                QCoreApplication::translate("lantern::Scorer", "Profile '%1' may also apply (depending on: %2); if it does, its "
                               "result '%3' is more serious.")
                    .arg(profile->profileId, joined(profile->applicabilityQuestions), outcome->outcomeId));
        }
    }
}

void decideOverall(Assessment& assessment)
{
    QList<const ProfileResult*> sure;
    QList<const ProfileResult*> maybe;
    for (const ProfileResult& profile : std::as_const(assessment.profiles)) {
        if (profile.applicability == Applicability::Applies)
            sure.append(&profile);
        else if (profile.applicability == Applicability::Undetermined)
            maybe.append(&profile);
    }
    QStringList& notes = assessment.notes;
    for (const ProfileResult* profile : std::as_const(maybe)) {
        notes.append(QCoreApplication::translate("lantern::Scorer", "Whether profile '%1' applies depends on open questions: %2. It was evaluated anyway.")
                         .arg(profile->profileId, joined(profile->applicabilityQuestions)));
    }
    assessment.conditional = sure.isEmpty() && !maybe.isEmpty();
    const QList<const ProfileResult*>& candidates = sure.isEmpty() ? maybe : sure;
    if (candidates.isEmpty()) {
        notes.append(QCoreApplication::translate("lantern::Scorer", "No profile applies to these answers, so there is no overall result."));
        return;
    }

    const ProfileResult* best = nullptr;
    const OutcomeResult* bestOutcome = nullptr;
    for (const ProfileResult* profile : candidates) {
        const OutcomeResult* outcome = findOutcome(*profile, profile->outcomeId);
        if (outcome && (!bestOutcome || outcome->level > bestOutcome->level)) {
            best = profile;
            bestOutcome = outcome;
        }
    }
    if (!best) {
        notes.append(QCoreApplication::translate("lantern::Scorer", "No profile has reached a result yet: every outcome still depends on open questions."));
    } else {
        assessment.outcomeId = bestOutcome->outcomeId;
        assessment.outcomeProfileId = best->profileId;
        assessment.level = bestOutcome->level;
    }
    if (assessment.conditional) {
        notes.append(QCoreApplication::translate("lantern::Scorer", "No profile surely applies: the overall result is conditional on the open questions "
            "that decide which profile applies."));
    }

    noteWhatCouldChange(candidates, sure.isEmpty() ? QList<const ProfileResult*>() : maybe, assessment);
}

} // namespace

Assessment Scorer::assess(const Checklist& checklist, const AnswerSet& answers)
{
    Assessment assessment;
    assessment.checklistId = checklist.id;
    assessment.checklistVersion = checklist.version;
    assessment.checklistSha256 = checklist.sha256();
    assessment.answers = answers;

    Relevance relevance = Relevance::compute(checklist, answers);
    assessment.notes = relevance.problems();
    {
        QJsonObject data = relevance.logicData();
        scoring::RuleEvaluator rules(checklist, answers, relevance.questions(), data);
        ScoringPass pass { checklist, rules, {}, {}, assessment.notes };

        pass.presence.reserve(checklist.indicators.size());
        for (qsizetype i = 0; i < checklist.indicators.size(); ++i) {
            const Indicator& indicator = checklist.indicators.at(i);
            pass.presence.append(scoring::evaluateIndicator(indicator, answers, relevance, rules));
            pass.indicatorsByElement[indicator.element].append(i);
            if (!pass.presence.last().error.isEmpty()) {
                assessment.notes.append(
                    QCoreApplication::translate("lantern::Scorer", "The rule of indicator '%1' could not be evaluated (%2); "
                                   "it is treated as open.")
                        .arg(indicator.id, pass.presence.last().error));
            }
        }
        assessment.profiles.reserve(checklist.profiles.size());
        for (const Profile& profile : checklist.profiles)
            assessment.profiles.append(scoreProfile(profile, pass));
    }
    decideOverall(assessment);
    assessment.relevance = std::move(relevance);
    return assessment;
}

} // namespace lantern
