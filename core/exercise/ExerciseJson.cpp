// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseExport.h"

#include <QJsonArray>

namespace lantern {

namespace {

QJsonObject countsJson(const VerdictCounts& counts)
{
    return {{QStringLiteral("found"), counts.found}, {QStringLiteral("missed"), counts.missed},
        {QStringLiteral("added"), counts.added}};
}

QJsonObject strengthCountsJson(const QMap<Strength, int>& counts)
{
    QJsonObject out;
    for (Strength strength : {Strength::Strong, Strength::Medium, Strength::Weak})
        out.insert(toString(strength), counts.value(strength));
    return out;
}

QJsonObject outcomeJson(const OutcomeSide& side)
{
    QJsonObject out {{QStringLiteral("outcome"), side.outcomeId.isEmpty() ? QJsonValue() : QJsonValue(side.outcomeId)},
        {QStringLiteral("title"), side.title}, {QStringLiteral("level"), side.level}};
    if (!side.profileId.isEmpty())
        out.insert(QStringLiteral("profile"), side.profileId);
    out.insert(QStringLiteral("conditional"), side.conditional);
    out.insert(QStringLiteral("could_become"), QJsonArray::fromStringList(side.possibleTitles));
    return out;
}

QJsonArray questionsJson(const QList<QuestionAnswers>& questions)
{
    QJsonArray out;
    for (const QuestionAnswers& question : questions) {
        out.append(QJsonObject {{QStringLiteral("question"), question.questionId},
            {QStringLiteral("model_answer"), question.modelAnswer},
            {QStringLiteral("participant_answer"), question.participantAnswer},
            {QStringLiteral("participant_left_open"), question.participantOpen}});
    }
    return out;
}

QJsonObject indicatorJson(const IndicatorComparison& indicator)
{
    QJsonObject out {{QStringLiteral("id"), indicator.indicatorId}, {QStringLiteral("title"), indicator.title},
        {QStringLiteral("strength"), toString(indicator.strength)}, {QStringLiteral("model"), toString(indicator.model)},
        {QStringLiteral("participant"), toString(indicator.participant)},
        {QStringLiteral("verdict"), toString(indicator.verdict)}, {QStringLiteral("questions"), questionsJson(indicator.questions)}};
    if (indicator.verdict == IndicatorVerdict::Missed) {
        out.insert(QStringLiteral("miss_reason"), toString(indicator.missReason));
        out.insert(QStringLiteral("because_of"), questionsJson(indicator.causes));
    }
    return out;
}

QJsonObject elementJson(const ElementComparison& element)
{
    QJsonArray indicators;
    for (const IndicatorComparison& indicator : element.indicators)
        indicators.append(indicatorJson(indicator));
    return {{QStringLiteral("id"), element.elementId}, {QStringLiteral("title"), element.title},
        {QStringLiteral("model_status"), toString(element.model)},
        {QStringLiteral("participant_status"), toString(element.participant)},
        {QStringLiteral("agrees"), element.agrees()}, {QStringLiteral("model_counts"), strengthCountsJson(element.modelCounts)},
        {QStringLiteral("participant_counts"), strengthCountsJson(element.participantCounts)},
        {QStringLiteral("counts"), countsJson(element.counts)}, {QStringLiteral("indicators"), indicators},
        {QStringLiteral("reasoning"), QJsonArray::fromStringList(element.reasoning)}};
}

QJsonObject profileJson(const ProfileComparison& profile)
{
    QJsonArray elements;
    for (const ElementComparison& element : profile.elements)
        elements.append(elementJson(element));
    return {{QStringLiteral("id"), profile.profileId}, {QStringLiteral("title"), profile.title},
        {QStringLiteral("model_applicability"), toString(profile.model)},
        {QStringLiteral("participant_applicability"), toString(profile.participant)},
        {QStringLiteral("applicability_agrees"), profile.applicabilityAgrees()},
        {QStringLiteral("model_outcome"), outcomeJson(profile.modelOutcome)},
        {QStringLiteral("participant_outcome"), outcomeJson(profile.participantOutcome)},
        {QStringLiteral("outcome_matches"), profile.outcomeMatches()}, {QStringLiteral("counts"), countsJson(profile.counts)},
        {QStringLiteral("elements"), elements}, {QStringLiteral("reasoning"), QJsonArray::fromStringList(profile.reasoning)}};
}

QJsonArray differencesJson(const QList<AnswerDifference>& differences)
{
    QJsonArray out;
    for (const AnswerDifference& difference : differences) {
        out.append(QJsonObject {{QStringLiteral("question"), difference.questionId},
            {QStringLiteral("text"), difference.questionText}, {QStringLiteral("model_answer"), difference.modelAnswer},
            {QStringLiteral("participant_answer"), difference.participantAnswer},
            {QStringLiteral("participant_left_open"), difference.participantOpen}});
    }
    return out;
}

} // namespace

QJsonObject exerciseJson(const ExerciseComparison& comparison, const ExerciseExportInfo& info)
{
    QJsonArray profiles;
    for (const ProfileComparison& profile : comparison.profiles)
        profiles.append(profileJson(profile));
    QJsonObject out {{QStringLiteral("format"), QStringLiteral("lantern-exercise-comparison")},
        {QStringLiteral("format_version"), kExerciseJsonFormatVersion}, {QStringLiteral("training"), true},
        {QStringLiteral("training_mark"), exerciseTrainingMark()},
        {QStringLiteral("participant"), info.participantLabel}, {QStringLiteral("case_study"), info.caseStudyTitle},
        {QStringLiteral("checklist"),
            QJsonObject {{QStringLiteral("id"), comparison.checklistId},
                {QStringLiteral("version"), comparison.checklistVersion}, {QStringLiteral("title"), comparison.checklistTitle}}},
        {QStringLiteral("language"), comparison.language},
        {QStringLiteral("outcome"),
            QJsonObject {{QStringLiteral("model"), outcomeJson(comparison.model)},
                {QStringLiteral("participant"), outcomeJson(comparison.participant)},
                {QStringLiteral("matches"), comparison.outcomeMatches()}}},
        {QStringLiteral("counts"), countsJson(comparison.counts)}, {QStringLiteral("profiles"), profiles},
        {QStringLiteral("answer_differences"), differencesJson(comparison.differences)},
        {QStringLiteral("reasoning"), QJsonArray::fromStringList(comparison.reasoning())}};
    if (info.exportedAt.isValid())
        out.insert(QStringLiteral("exported_at"), info.exportedAt.toUTC().toString(Qt::ISODate));
    return out;
}

} // namespace lantern
