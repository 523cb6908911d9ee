// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseText.h"

#include "checklist/AnswerText.h"
#include "scoring/AssessmentText.h"

#include <QCoreApplication>

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
        return QCoreApplication::translate("lantern::ExerciseText", "no result yet");
    const Outcome* outcome = findOutcome(m_checklist, profileId, outcomeId);
    return outcome ? text(outcome->title) : outcomeId;
}

QString ExerciseText::answerWords(const AnswerSet& answers, const QString& questionId) const
{
    const Answer* answer = answers.find(questionId);
    if (!answer || answer->state == AnswerState::NotAsked)
        return QCoreApplication::translate("lantern::ExerciseText", "not asked yet");
    return answerValueText(answer, m_checklist.question(questionId), m_language, m_checklist.defaultLanguage);
}

QString ExerciseText::quoted(const QString& text)
{
    return QCoreApplication::translate("lantern::ExerciseText", "\u201C%1\u201D", "a title or answer quoted").arg(text);
}

QString ExerciseText::strengthWords(Strength strength)
{
    switch (strength) {
    case Strength::Strong:
        return QCoreApplication::translate("lantern::ExerciseText", "strong");
    case Strength::Medium:
        return QCoreApplication::translate("lantern::ExerciseText", "medium");
    case Strength::Weak:
        return QCoreApplication::translate("lantern::ExerciseText", "weak");
    }
    return {};
}

QString ExerciseText::applicabilityWords(Applicability applicability)
{
    switch (applicability) {
    case Applicability::Applies:
        return QCoreApplication::translate("lantern::ExerciseText", "applies");
    case Applicability::DoesNotApply:
        return QCoreApplication::translate("lantern::ExerciseText", "does not apply");
    case Applicability::Undetermined:
        return QCoreApplication::translate("lantern::ExerciseText", "may apply");
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
            parts.append(QCoreApplication::translate("lantern::ExerciseText", "%1 %2", "a count and a strength: 2 medium")
                             .arg(QString::number(count), strengthWords(strength)));
    }
    if (total == 0)
        return QCoreApplication::translate("lantern::ExerciseText", "no indicators");
    // The counts in words (%1) with the noun; n is the total, for languages with more plural forms.
    return total == 1
        ? QCoreApplication::translate("lantern::ExerciseText", "%1 indicator", "%1: e.g. 1 strong", total)
              .arg(listWords(parts))
        : QCoreApplication::translate("lantern::ExerciseText", "%1 indicators", "%1: e.g. 1 strong and 2 medium", total)
              .arg(listWords(parts));
}

QString ExerciseText::listWords(const QStringList& items, qsizetype limit)
{
    QStringList shown = items.mid(0, limit);
    const qsizetype more = items.size() - shown.size();
    if (more > 0)
        shown.append(QCoreApplication::translate("lantern::ExerciseText", "%n more", "the last item of a list", int(more)));
    if (shown.size() <= 1)
        return shown.isEmpty() ? QString() : shown.first();
    const QString last = shown.takeLast();
    return QCoreApplication::translate("lantern::ExerciseText", "%1 and %2", "the last two items of a list")
        .arg(shown.join(QStringLiteral(", ")), last);
}

} // namespace lantern::exercise
