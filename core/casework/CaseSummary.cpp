// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/CaseSummary.h"

#include "checklist/AnswerText.h"

#include <QJsonArray>
#include <QJsonValue>

namespace lantern {

namespace {

const QString kLevel = QStringLiteral("outcome_level");
const QString kId = QStringLiteral("outcome_id");
const QString kTitle = QStringLiteral("outcome_title");
const QString kAnswered = QStringLiteral("answered");
const QString kSearch = QStringLiteral("search");

QString titleOf(const Checklist& checklist, const Assessment& assessment)
{
    const Profile* profile = checklist.profile(assessment.outcomeProfileId);
    if (!profile)
        return {};
    for (const Outcome& outcome : profile->outcomes) {
        if (outcome.id == assessment.outcomeId)
            return outcome.title.text(checklist.defaultLanguage, checklist.defaultLanguage);
    }
    return {};
}

} // namespace

QJsonObject CaseSummary::toJson() const
{
    return {
        { kLevel, outcomeLevel ? QJsonValue(*outcomeLevel) : QJsonValue(QJsonValue::Null) },
        { kId, outcomeId },
        { kTitle, outcomeTitle },
        { kAnswered, answered },
        { kSearch, search },
    };
}

std::optional<CaseSummary> CaseSummary::fromJson(const QJsonObject& object)
{
    if (object.isEmpty())
        return std::nullopt;
    CaseSummary summary;
    const QJsonValue level = object.value(kLevel);
    if (level.isDouble())
        summary.outcomeLevel = level.toInt();
    summary.outcomeId = object.value(kId).toString();
    summary.outcomeTitle = object.value(kTitle).toString();
    summary.answered = object.value(kAnswered).toInt();
    summary.search = object.value(kSearch).toString();
    return summary;
}

CaseSummary CaseSummary::of(const Checklist& checklist, const Assessment& assessment,
    const QList<AnswerRecord>& records, const std::optional<QStringList>& chosen)
{
    CaseSummary summary;
    if (!assessment.outcomeId.isEmpty()) {
        summary.outcomeLevel = assessment.level;
        summary.outcomeId = assessment.outcomeId;
        summary.outcomeTitle = titleOf(checklist, assessment);
    }
    const QStringList searched = searchableOf(checklist, chosen);
    QStringList searchable;
    for (const AnswerRecord& record : records) {
        if (record.answer.state == AnswerState::NotAsked)
            continue;
        ++summary.answered;
        if (record.answer.state != AnswerState::Answered || !searched.contains(record.questionId))
            continue;
        // As a reader sees it: the text, the chosen options' labels, the number or date. No
        // choice among the options leaves nothing to search for.
        const QJsonValue& value = record.answer.value;
        if (value.isArray() && value.toArray().isEmpty())
            continue;
        const QString text = answerValueText(
            &record.answer, checklist.question(record.questionId), checklist.defaultLanguage, checklist.defaultLanguage);
        if (!text.isEmpty())
            searchable.append(text);
    }
    summary.search = searchable.join(u' ');
    return summary;
}

bool CaseSummary::canBeSearchable(const Question& question)
{
    // Sensitive answers stay out of the list's search text even though it is sealed.
    return !question.sensitive && question.type != QuestionType::YesNo;
}

QStringList CaseSummary::defaultSearchable(const Checklist& checklist)
{
    QStringList ids;
    for (const Section& section : checklist.sections) {
        for (const Question& question : section.questions) {
            if (question.type == QuestionType::Text && canBeSearchable(question))
                ids.append(question.id);
        }
    }
    return ids;
}

QStringList CaseSummary::searchableOf(const Checklist& checklist, const std::optional<QStringList>& chosen)
{
    if (!chosen)
        return defaultSearchable(checklist);
    QStringList ids;
    for (const QString& id : *chosen) {
        if (const Question* question = checklist.question(id); question && canBeSearchable(*question))
            ids.append(id);
    }
    return ids;
}

} // namespace lantern
