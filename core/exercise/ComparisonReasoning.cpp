// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ComparisonReasoning.h"

#include "scoring/AssessmentText.h"
#include "scoring/RuleEvaluator.h"

#include <QStringBuilder>

namespace lantern::exercise {

namespace {

using T = ExerciseText;

enum class Side { Model, Participant };

// “Question” = answer, for each question, in words.
QString answeredAs(const QList<QuestionAnswers>& questions, Side side)
{
    QStringList parts;
    for (const QuestionAnswers& question : questions) {
        const QString& answer = side == Side::Model ? question.modelAnswer : question.participantAnswer;
        parts.append(T::quoted(question.questionText) % QStringLiteral(" = ") % answer);
    }
    return T::listWords(parts);
}

// “Question” (not asked yet), for open questions.
QString leftOpen(const QList<QuestionAnswers>& questions)
{
    QStringList parts;
    for (const QuestionAnswers& question : questions)
        parts.append(T::quoted(question.questionText) % QStringLiteral(" (") % question.participantAnswer % u')');
    return T::listWords(parts);
}

bool sameQuestions(const QList<QuestionAnswers>& a, const QList<QuestionAnswers>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).questionId != b.at(i).questionId)
            return false;
    }
    return true;
}

QString missedSentence(const IndicatorComparison& indicator)
{
    QString out = QStringLiteral("You missed %1 (%2), which the model answer records from %3.")
                      .arg(T::quoted(indicator.title), toString(indicator.strength),
                          answeredAs(indicator.questions, Side::Model));
    if (indicator.causes.isEmpty())
        return out;
    switch (indicator.missReason) {
    case MissReason::LeftOpen:
        out += QStringLiteral(" You left %1 open: that is not a \u201Cno\u201D, but the indicator cannot count "
                              "until the question is asked.")
                   .arg(leftOpen(indicator.causes));
        break;
    case MissReason::AnsweredDifferently:
        if (sameQuestions(indicator.causes, indicator.questions) && indicator.causes.size() == 1)
            out += QStringLiteral(" You answered %1.").arg(T::quoted(indicator.causes.first().participantAnswer));
        else
            out += QStringLiteral(" You recorded %1.").arg(answeredAs(indicator.causes, Side::Participant));
        break;
    case MissReason::NotShown:
        out += QStringLiteral(" Its question was not shown on your answers, because you recorded %1 (the model "
                              "answer: %2).")
                   .arg(answeredAs(indicator.causes, Side::Participant),
                       indicator.causes.size() == 1 ? indicator.causes.first().modelAnswer
                                                    : answeredAs(indicator.causes, Side::Model));
        break;
    case MissReason::None:
        break;
    }
    return out;
}

QString addedSentence(const IndicatorComparison& indicator)
{
    QString out = QStringLiteral("You added %1 (%2) from %3; ")
                      .arg(T::quoted(indicator.title), toString(indicator.strength),
                          answeredAs(indicator.questions, Side::Participant));
    const bool single = indicator.questions.size() == 1;
    if (indicator.model == Presence::Open) {
        return out % QStringLiteral("the model answer leaves it open (%1).")
                         .arg(single ? indicator.questions.first().modelAnswer : answeredAs(indicator.questions, Side::Model));
    }
    if (single)
        return out % QStringLiteral("the model answer says %1.").arg(T::quoted(indicator.questions.first().modelAnswer));
    return out % QStringLiteral("the model answer has %1.").arg(answeredAs(indicator.questions, Side::Model));
}

const OutcomeResult* outcomeResult(const ProfileResult& profile, const QString& outcomeId)
{
    for (const OutcomeResult& outcome : profile.outcomes) {
        if (outcome.outcomeId == outcomeId)
            return &outcome;
    }
    return nullptr;
}

} // namespace

void explainElement(ElementComparison& element, const ElementResult& model, const ElementResult& participant,
    const ExerciseText& text)
{
    for (const IndicatorComparison& indicator : std::as_const(element.indicators)) {
        if (indicator.verdict == IndicatorVerdict::Missed)
            element.reasoning.append(missedSentence(indicator));
        else if (indicator.verdict == IndicatorVerdict::Added)
            element.reasoning.append(addedSentence(indicator));
    }
    if (!element.agrees()) {
        QString sentence = QStringLiteral("With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.")
                               .arg(element.title, T::countsWords(participant.lowerCounts),
                                   T::countsWords(model.lowerCounts), statusInWords(participant.status),
                                   statusInWords(model.status));
        if (participant.status == Status::Undetermined && !participant.decidingQuestions.isEmpty()) {
            QStringList questions;
            for (const QString& id : participant.decidingQuestions)
                questions.append(T::quoted(text.questionText(id)));
            sentence += QStringLiteral(" Questions you left open could still decide it: %1.")
                            .arg(T::listWords(questions, 3));
        }
        element.reasoning.append(sentence);
    } else if (element.counts.missed + element.counts.added > 0) {
        element.reasoning.append(QStringLiteral("%1 is %2 on both sides all the same.")
                                     .arg(element.title, statusInWords(element.model)));
    }
}

void explainOutcome(ProfileComparison& profile, const Profile& definition, const ProfileResult& model,
    const ProfileResult& participant, const ExerciseText& text)
{
    if (profile.outcomeMatches()) {
        profile.reasoning.append(QStringLiteral("In %1 your result matches the model answer: %2.")
                                     .arg(profile.title, T::quoted(profile.modelOutcome.title)));
        return;
    }
    QString sentence;
    for (const Outcome& outcome : definition.outcomes) {
        const OutcomeResult* inModel = outcomeResult(model, outcome.id);
        const OutcomeResult* inParticipant = outcomeResult(participant, outcome.id);
        if (!inModel || !inParticipant || inModel->status == inParticipant->status)
            continue;
        // The first rule, in order of precedence, that came out differently decides the difference.
        const QStringList reads = scoring::RuleEvaluator::readsOf(outcome.rule);
        QStringList differing;
        for (const ElementComparison& element : std::as_const(profile.elements)) {
            if (reads.contains(element.elementId) && !element.agrees()) {
                differing.append(QStringLiteral("%1 (yours: %2, model answer: %3)")
                                     .arg(element.title, statusInWords(element.participant), statusInWords(element.model)));
            }
        }
        sentence = QStringLiteral("In %1 the rule for %2 ").arg(profile.title, T::quoted(text.text(outcome.title)));
        if (!differing.isEmpty())
            sentence += QStringLiteral("reads %1; it ").arg(T::listWords(differing));
        sentence += QStringLiteral("is %1 on your answers and %2 on the model answer, ")
                        .arg(statusInWords(inParticipant->status), statusInWords(inModel->status));
        break;
    }
    if (sentence.isEmpty())
        sentence = QStringLiteral("In %1 ").arg(profile.title);
    sentence += QStringLiteral("so your result here is %1 instead of %2.")
                    .arg(T::quoted(profile.participantOutcome.title), T::quoted(profile.modelOutcome.title));
    if (!profile.participantOutcome.possibleTitles.isEmpty()) {
        QStringList titles;
        for (const QString& title : std::as_const(profile.participantOutcome.possibleTitles))
            titles.append(T::quoted(title));
        sentence += QStringLiteral(" Depending on the questions you left open, it could still become %1.")
                        .arg(T::listWords(titles));
    }
    profile.reasoning.append(sentence);
}

QString applicabilitySentence(const ProfileComparison& profile, const Profile& definition, const ExerciseAnswers& answers)
{
    if (profile.applicabilityAgrees())
        return {};
    QStringList differing;
    for (const QString& id : scoring::RuleEvaluator::readsOf(definition.applies)) {
        if (answers.same(id))
            continue;
        const QuestionAnswers question = answers.question(id);
        differing.append(QStringLiteral("%1 (model answer: %2; yours: %3)")
                             .arg(T::quoted(question.questionText), question.modelAnswer, question.participantAnswer));
    }
    QString sentence = QStringLiteral("You and the model answer disagree on which profiles apply: %1 %2 on the model "
                                      "answer but %3 on yours")
                           .arg(profile.title, T::applicabilityWords(profile.model), T::applicabilityWords(profile.participant));
    if (!differing.isEmpty())
        sentence += QStringLiteral(", because the answers differ on %1").arg(T::listWords(differing));
    sentence += u'.';
    if (profile.participant == Applicability::Undetermined)
        sentence += QStringLiteral(" Your answers leave that open, so it was evaluated too.");
    return sentence;
}

QStringList overallSentences(const ExerciseComparison& comparison, const QStringList& applicability)
{
    QStringList out;
    const OutcomeSide& model = comparison.model;
    const OutcomeSide& yours = comparison.participant;
    if (comparison.outcomeMatches()) {
        out.append(QStringLiteral("Your screening result matches the model answer: %1.").arg(T::quoted(model.title)));
    } else {
        out.append(QStringLiteral("Your screening result is %1, where the model answer has %2.")
                       .arg(T::quoted(yours.title), T::quoted(model.title)));
    }
    if (yours.conditional != model.conditional) {
        out.append(yours.conditional
                ? QStringLiteral("Your result is conditional: on your answers no profile surely applies.")
                : QStringLiteral("The model answer's result is conditional: on its answers no profile surely applies."));
    }
    if (!yours.possibleTitles.isEmpty()) {
        QStringList titles;
        for (const QString& title : yours.possibleTitles)
            titles.append(T::quoted(title));
        out.append(QStringLiteral("Your result could still become %1, depending on the questions you left open.")
                       .arg(T::listWords(titles)));
    }
    if (comparison.profiles.isEmpty()) {
        out.append(QStringLiteral("No profile applies on either side, so there are no elements to compare."));
        return out;
    }
    out += applicability;
    const VerdictCounts& counts = comparison.counts;
    out.append(QStringLiteral("Of the %1 indicators the model answer records, you found %2 and missed %3; "
                              "you added %4 that it does not record.")
                   .arg(counts.found + counts.missed)
                   .arg(counts.found)
                   .arg(counts.missed)
                   .arg(counts.added));
    return out;
}

} // namespace lantern::exercise
