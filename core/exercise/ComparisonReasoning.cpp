// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ComparisonReasoning.h"

#include "scoring/AssessmentText.h"
#include "scoring/RuleEvaluator.h"

#include <QCoreApplication>

// Every sentence goes through Qt's translation system (context "lantern::ComparisonReasoning") as a
// whole, with %1, %2, ... for the parts, so a language can order them its own way; the window shows
// them in the interface language, the command line (no translator) in English.

namespace lantern::exercise {

namespace {

using T = ExerciseText;

/// Two sentences one after the other: "First. Second."
QString twoSentences(const QString& first, const QString& second)
{
    return QCoreApplication::translate("lantern::ComparisonReasoning", "%1 %2", "two sentences, one after the other")
        .arg(first, second);
}

enum class Side { Model, Participant };

// “Question” = answer, for each question, in words.
QString answeredAs(const QList<QuestionAnswers>& questions, Side side)
{
    QStringList parts;
    for (const QuestionAnswers& question : questions) {
        const QString& answer = side == Side::Model ? question.modelAnswer : question.participantAnswer;
        parts.append(QCoreApplication::translate("lantern::ComparisonReasoning", "%1 = %2", "a question and its answer")
                         .arg(T::quoted(question.questionText), answer));
    }
    return T::listWords(parts);
}

// “Question” (not asked yet), for open questions.
QString leftOpen(const QList<QuestionAnswers>& questions)
{
    QStringList parts;
    for (const QuestionAnswers& question : questions)
        parts.append(QCoreApplication::translate(
            "lantern::ComparisonReasoning", "%1 (%2)", "a question left open and how it is open")
                         .arg(T::quoted(question.questionText), question.participantAnswer));
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
    const QString out = QCoreApplication::translate(
        "lantern::ComparisonReasoning", "You missed %1 (%2), which the model answer records from %3.")
                            .arg(T::quoted(indicator.title), T::strengthWords(indicator.strength),
                                answeredAs(indicator.questions, Side::Model));
    if (indicator.causes.isEmpty())
        return out;
    switch (indicator.missReason) {
    case MissReason::LeftOpen:
        return twoSentences(out,
            QCoreApplication::translate("lantern::ComparisonReasoning",
                "You left %1 open: that is not a \u201Cno\u201D, but the indicator cannot count until the question "
                "is asked.")
                .arg(leftOpen(indicator.causes)));
    case MissReason::AnsweredDifferently:
        if (sameQuestions(indicator.causes, indicator.questions) && indicator.causes.size() == 1) {
            return twoSentences(out,
                QCoreApplication::translate("lantern::ComparisonReasoning", "You answered %1.")
                    .arg(T::quoted(indicator.causes.first().participantAnswer)));
        }
        return twoSentences(out,
            QCoreApplication::translate("lantern::ComparisonReasoning", "You recorded %1.")
                .arg(answeredAs(indicator.causes, Side::Participant)));
    case MissReason::NotShown:
        return twoSentences(out,
            QCoreApplication::translate("lantern::ComparisonReasoning",
                "Its question was not shown on your answers, because you recorded %1 (the model answer: %2).")
                .arg(answeredAs(indicator.causes, Side::Participant),
                    indicator.causes.size() == 1 ? indicator.causes.first().modelAnswer
                                                 : answeredAs(indicator.causes, Side::Model)));
    case MissReason::None:
        break;
    }
    return out;
}

QString addedSentence(const IndicatorComparison& indicator)
{
    // %1 the indicator, %2 its strength, %3 the answers it comes from, %4 what the model answer has.
    const QString title = T::quoted(indicator.title);
    const QString strength = T::strengthWords(indicator.strength);
    const QString from = answeredAs(indicator.questions, Side::Participant);
    const bool single = indicator.questions.size() == 1;
    if (indicator.model == Presence::Open) {
        return QCoreApplication::translate("lantern::ComparisonReasoning",
            "You added %1 (%2) from %3; the model answer leaves it open (%4).")
            .arg(title, strength, from,
                single ? indicator.questions.first().modelAnswer : answeredAs(indicator.questions, Side::Model));
    }
    if (single) {
        return QCoreApplication::translate(
            "lantern::ComparisonReasoning", "You added %1 (%2) from %3; the model answer says %4.")
            .arg(title, strength, from, T::quoted(indicator.questions.first().modelAnswer));
    }
    return QCoreApplication::translate(
        "lantern::ComparisonReasoning", "You added %1 (%2) from %3; the model answer has %4.")
        .arg(title, strength, from, answeredAs(indicator.questions, Side::Model));
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
        QString sentence = QCoreApplication::translate("lantern::ComparisonReasoning",
            "With your answers %1 has %2 (the model answer: %3), so it is %4 instead of %5.")
                               .arg(element.title, T::countsWords(participant.lowerCounts),
                                   T::countsWords(model.lowerCounts), statusInWords(participant.status),
                                   statusInWords(model.status));
        if (participant.status == Status::Undetermined && !participant.decidingQuestions.isEmpty()) {
            QStringList questions;
            for (const QString& id : participant.decidingQuestions)
                questions.append(T::quoted(text.questionText(id)));
            sentence = twoSentences(sentence,
                QCoreApplication::translate("lantern::ComparisonReasoning", "Questions you left open could still decide it: %1.")
                    .arg(T::listWords(questions, 3)));
        }
        element.reasoning.append(sentence);
    } else if (element.counts.missed + element.counts.added > 0) {
        element.reasoning.append(
            QCoreApplication::translate("lantern::ComparisonReasoning", "%1 is %2 on both sides all the same.")
                .arg(element.title, statusInWords(element.model)));
    }
}

void explainOutcome(ProfileComparison& profile, const Profile& definition, const ProfileResult& model,
    const ProfileResult& participant, const ExerciseText& text)
{
    if (profile.outcomeMatches()) {
        profile.reasoning.append(
            QCoreApplication::translate("lantern::ComparisonReasoning", "In %1 your result matches the model answer: %2.")
                .arg(profile.title, T::quoted(profile.modelOutcome.title)));
        return;
    }
    const QString yours = T::quoted(profile.participantOutcome.title);
    const QString theirs = T::quoted(profile.modelOutcome.title);
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
                differing.append(
                    QCoreApplication::translate("lantern::ComparisonReasoning", "%1 (yours: %2, model answer: %3)")
                        .arg(element.title, statusInWords(element.participant), statusInWords(element.model)));
            }
        }
        const QString rule = T::quoted(text.text(outcome.title));
        const QString onYours = statusInWords(inParticipant->status);
        const QString onModel = statusInWords(inModel->status);
        sentence = differing.isEmpty()
            ? QCoreApplication::translate("lantern::ComparisonReasoning",
                "In %1 the rule for %2 is %3 on your answers and %4 on the model answer, so your result here is %5 "
                "instead of %6.")
                  .arg(profile.title, rule, onYours, onModel, yours, theirs)
            : QCoreApplication::translate("lantern::ComparisonReasoning",
                "In %1 the rule for %2 reads %3; it is %4 on your answers and %5 on the model answer, so your "
                "result here is %6 instead of %7.")
                  .arg(profile.title, rule, T::listWords(differing), onYours, onModel, yours, theirs);
        break;
    }
    if (sentence.isEmpty()) {
        sentence = QCoreApplication::translate("lantern::ComparisonReasoning",
            "In %1 so your result here is %2 instead of %3.")
                       .arg(profile.title, yours, theirs);
    }
    if (!profile.participantOutcome.possibleTitles.isEmpty()) {
        QStringList titles;
        for (const QString& title : std::as_const(profile.participantOutcome.possibleTitles))
            titles.append(T::quoted(title));
        sentence = twoSentences(sentence,
            QCoreApplication::translate(
                "lantern::ComparisonReasoning", "Depending on the questions you left open, it could still become %1.")
                .arg(T::listWords(titles)));
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
        differing.append(
            QCoreApplication::translate("lantern::ComparisonReasoning", "%1 (model answer: %2; yours: %3)")
                .arg(T::quoted(question.questionText), question.modelAnswer, question.participantAnswer));
    }
    // %1 the profile, %2 and %3 whether it applies on the model answer and on the participant's.
    const QString model = T::applicabilityWords(profile.model);
    const QString yours = T::applicabilityWords(profile.participant);
    QString sentence = differing.isEmpty()
        ? QCoreApplication::translate("lantern::ComparisonReasoning",
            "You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on "
            "yours.")
              .arg(profile.title, model, yours)
        : QCoreApplication::translate("lantern::ComparisonReasoning",
            "You and the model answer disagree on which profiles apply: %1 %2 on the model answer but %3 on "
            "yours, because the answers differ on %4.")
              .arg(profile.title, model, yours, T::listWords(differing));
    if (profile.participant == Applicability::Undetermined) {
        sentence = twoSentences(sentence,
            QCoreApplication::translate("lantern::ComparisonReasoning", "Your answers leave that open, so it was evaluated too."));
    }
    return sentence;
}

QStringList overallSentences(const ExerciseComparison& comparison, const QStringList& applicability)
{
    QStringList out;
    const OutcomeSide& model = comparison.model;
    const OutcomeSide& yours = comparison.participant;
    if (comparison.outcomeMatches()) {
        out.append(
            QCoreApplication::translate("lantern::ComparisonReasoning", "Your screening result matches the model answer: %1.")
                .arg(T::quoted(model.title)));
    } else {
        out.append(QCoreApplication::translate(
            "lantern::ComparisonReasoning", "Your screening result is %1, where the model answer has %2.")
                       .arg(T::quoted(yours.title), T::quoted(model.title)));
    }
    if (yours.conditional != model.conditional) {
        out.append(yours.conditional
                ? QCoreApplication::translate(
                    "lantern::ComparisonReasoning", "Your result is conditional: on your answers no profile surely applies.")
                : QCoreApplication::translate("lantern::ComparisonReasoning",
                    "The model answer's result is conditional: on its answers no profile surely applies."));
    }
    if (!yours.possibleTitles.isEmpty()) {
        QStringList titles;
        for (const QString& title : yours.possibleTitles)
            titles.append(T::quoted(title));
        out.append(QCoreApplication::translate("lantern::ComparisonReasoning",
            "Your result could still become %1, depending on the questions you left open.")
                       .arg(T::listWords(titles)));
    }
    if (comparison.profiles.isEmpty()) {
        out.append(QCoreApplication::translate(
            "lantern::ComparisonReasoning", "No profile applies on either side, so there are no elements to compare."));
        return out;
    }
    out += applicability;
    const VerdictCounts& counts = comparison.counts;
    // n is the number of indicators the model answer records, for languages with plural forms.
    out.append(QCoreApplication::translate("lantern::ComparisonReasoning",
        "Of the %n indicators the model answer records, you found %1 and missed %2; you added %3 that it does "
        "not record.",
        nullptr, counts.found + counts.missed)
                   .arg(QString::number(counts.found), QString::number(counts.missed), QString::number(counts.added)));
    return out;
}

} // namespace lantern::exercise
