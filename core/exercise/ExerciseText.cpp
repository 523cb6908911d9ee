// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseText.h"

#include "export/AnswerText.h"
#include "scoring/AssessmentText.h"

namespace lantern::exercise {

ExerciseText::ExerciseText(const Checklist& checklist, QString language)
    : m_checklist(checklist)
    , m_language(language.isEmpty() ? checklist.defaultLanguage : std::move(language))
{
}

QString ExerciseText::text(const LocalText& localText) const
{
    return localText.text(m_language, m_checklist.defaultLanguage);
}

QString ExerciseText::questionText(const QString& questionId) const
{
    const Question* question = m_checklist.question(questionId);
    return question ? text(question->text) : questionId;
}

QString ExerciseText::indicatorTitle(const QString& indicatorId) const
{
    for (const Indicator& indicator : m_checklist.indicators) {
        if (indicator.id == indicatorId)
            return text(indicator.title);
    }
    return indicatorId;
}

QString ExerciseText::elementTitle(const QString& elementId) const
{
    const Element* element = m_checklist.element(elementId);
    return element ? text(element->title) : elementId;
}

QString ExerciseText::profileTitle(const QString& profileId) const
{
    const Profile* profile = m_checklist.profile(profileId);
    return profile ? text(profile->title) : profileId;
}

QString ExerciseText::outcomeTitle(const QString& profileId, const QString& outcomeId) const
{
    if (outcomeId.isEmpty())
        return QStringLiteral("no result yet");
    const Outcome* outcome = findOutcome(m_checklist, profileId, outcomeId);
    return outcome ? text(outcome->title) : outcomeId;
}

QString ExerciseText::answerWords(const AnswerSet& answers, const QString& questionId) const
{
    const Answer* answer = answers.find(questionId);
    if (!answer || answer->state == AnswerState::NotAsked)
        return QStringLiteral("not asked yet");
    return answerValueText(answer, m_checklist.question(questionId), m_language, m_checklist.defaultLanguage);
}

QString ExerciseText::quoted(const QString& text)
{
    return QStringLiteral("\u201C%1\u201D").arg(text);
}

QString ExerciseText::applicabilityWords(Applicability applicability)
{
    switch (applicability) {
    case Applicability::Applies:
        return QStringLiteral("applies");
    case Applicability::DoesNotApply:
        return QStringLiteral("does not apply");
    case Applicability::Undetermined:
        return QStringLiteral("may apply");
    }
    return {};
}

QString ExerciseText::countsWords(const QMap<Strength, int>& counts)
{
    QStringList parts;
    int total = 0;
    for (Strength strength : {Strength::Strong, Strength::Medium, Strength::Weak}) {
        const int count = counts.value(strength);
        total += count;
        if (count > 0)
            parts.append(QStringLiteral("%1 %2").arg(count).arg(toString(strength)));
    }
    if (total == 0)
        return QStringLiteral("no indicators");
    return listWords(parts) + (total == 1 ? QStringLiteral(" indicator") : QStringLiteral(" indicators"));
}

QString ExerciseText::listWords(const QStringList& items, qsizetype limit)
{
    QStringList shown = items.mid(0, limit);
    const qsizetype more = items.size() - shown.size();
    if (more > 0)
        shown.append(QStringLiteral("%1 more").arg(more));
    if (shown.size() <= 1)
        return shown.isEmpty() ? QString() : shown.first();
    const QString last = shown.takeLast();
    return shown.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

} // namespace lantern::exercise
