// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/CaseSummary.h"

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

CaseSummary CaseSummary::of(
    const Checklist& checklist, const Assessment& assessment, const QList<AnswerRecord>& records)
{
    CaseSummary summary;
    if (!assessment.outcomeId.isEmpty()) {
        summary.outcomeLevel = assessment.level;
        summary.outcomeId = assessment.outcomeId;
        summary.outcomeTitle = titleOf(checklist, assessment);
    }
    QStringList searchable;
    for (const AnswerRecord& record : records) {
        if (record.answer.state == AnswerState::NotAsked)
            continue;
        ++summary.answered;
        const Question* question = checklist.question(record.questionId);
        // Sensitive answers stay out of the list's search text even though it is sealed.
        if (question && question->type == QuestionType::Text && !question->sensitive
            && record.answer.state == AnswerState::Answered && !record.answer.value.toString().isEmpty())
            searchable.append(record.answer.value.toString());
    }
    summary.search = searchable.join(u' ');
    return summary;
}

} // namespace lantern
