// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseComparer.h"

#include "exercise/ComparisonReasoning.h"
#include "exercise/ExerciseAnswers.h"
#include "exercise/ExerciseText.h"
#include "scoring/RuleEvaluator.h"
#include "scoring/Scorer.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace lantern {

namespace {

using exercise::ExerciseAnswers;
using exercise::ExerciseText;

enum class Whose { Model, Participant };

Result<void> checkQuestionsKnown(const Checklist& checklist, const AnswerSet& answers, Whose whose)
{
    QStringList ids = answers.all().keys();
    std::sort(ids.begin(), ids.end());
    for (const QString& id : std::as_const(ids)) {
        if (checklist.question(id))
            continue;
        // One whole sentence for each side, so a language can word each its own way.
        const QString message = whose == Whose::Model
            ? QCoreApplication::translate("lantern::ExerciseComparer",
                "The model answer answers question '%1', which checklist '%2' version %3 does not have; were they "
                "given for another checklist?")
            : QCoreApplication::translate("lantern::ExerciseComparer",
                "The participant's answers answers question '%1', which checklist '%2' version %3 does not have; "
                "were they given for another checklist?");
        return Error { message.arg(id, checklist.id, checklist.version) };
    }
    return {};
}

bool mayApply(Applicability applicability)
{
    return applicability != Applicability::DoesNotApply;
}

const IndicatorTrace* findTrace(const ElementResult& element, const QString& indicatorId)
{
    for (const QList<IndicatorTrace>* list : {&element.present, &element.open}) {
        for (const IndicatorTrace& trace : *list) {
            if (trace.indicatorId == indicatorId)
                return &trace;
        }
    }
    return nullptr;
}

Presence presenceOf(const IndicatorTrace* trace)
{
    return trace ? trace->presence : Presence::Absent;
}

// The questions that make an indicator present on the side that has it: its question, or for a
// rule the questions it reads that were answered with yes or a value on that side.
QStringList keyQuestions(const Indicator& indicator, const IndicatorTrace& trace, const AnswerSet& answers)
{
    if (indicator.trigger.kind != Trigger::Kind::Rule)
        return {indicator.trigger.question};
    QStringList out;
    for (const QString& id : trace.questions) {
        if (exercise::answeredWithSomething(answers.find(id)))
            out.append(id);
    }
    return out.isEmpty() ? trace.questions : out;
}

// The questions whose answers decide whether `questionId` is shown at all.
QStringList relevanceReads(const Checklist& checklist, const QString& questionId)
{
    QStringList reads;
    if (const Question* question = checklist.question(questionId)) {
        reads += scoring::RuleEvaluator::readsOf(question->relevant);
        if (const Section* section = checklist.section(question->sectionId))
            reads += scoring::RuleEvaluator::readsOf(section->relevant);
    }
    reads.removeDuplicates();
    return reads;
}

QList<QuestionAnswers> answersFor(const QStringList& ids, const ExerciseAnswers& answers, bool onlyDiffering)
{
    QList<QuestionAnswers> out;
    for (const QString& id : ids) {
        if (!onlyDiffering || !answers.same(id))
            out.append(answers.question(id));
    }
    if (out.isEmpty() && onlyDiffering)
        return answersFor(ids, answers, false);
    return out;
}

class Comparer
{
public:
    Comparer(const Checklist& checklist, const ExerciseText& text, const ExerciseAnswers& answers)
        : m_checklist(checklist), m_text(text), m_answers(answers)
    {
    }

    ProfileComparison profile(const Profile& definition, const ProfileResult& model, const ProfileResult& participant);
    OutcomeSide overall(const Assessment& assessment) const;

    /// Verdicts over distinct indicators, whatever the profile.
    const QHash<QString, IndicatorVerdict>& verdicts() const { return m_verdicts; }

private:
    ElementComparison element(const Profile& profile, const ElementResult& model, const ElementResult& participant);
    IndicatorComparison indicator(const Indicator& definition, Strength strength, const IndicatorTrace* model,
        const IndicatorTrace* participant) const;
    OutcomeSide profileSide(const ProfileResult& result) const;

    const Checklist& m_checklist;
    const ExerciseText& m_text;
    const ExerciseAnswers& m_answers;
    QHash<QString, IndicatorVerdict> m_verdicts;
};

IndicatorComparison Comparer::indicator(const Indicator& definition, Strength strength,
    const IndicatorTrace* model, const IndicatorTrace* participant) const
{
    IndicatorComparison out;
    out.indicatorId = definition.id;
    out.title = m_text.indicatorTitle(definition.id);
    out.strength = strength;
    out.model = presenceOf(model);
    out.participant = presenceOf(participant);
    if (out.model == Presence::Present && out.participant == Presence::Present) {
        out.verdict = IndicatorVerdict::Found;
        out.questions = answersFor(keyQuestions(definition, *model, m_answers.model()), m_answers, false);
        return out;
    }
    if (out.participant == Presence::Present) {
        out.verdict = IndicatorVerdict::Added;
        out.questions = answersFor(keyQuestions(definition, *participant, m_answers.participant()), m_answers, false);
        return out;
    }
    out.verdict = IndicatorVerdict::Missed;
    const QStringList keys = keyQuestions(definition, *model, m_answers.model());
    out.questions = answersFor(keys, m_answers, false);
    if (out.participant == Presence::Open) {
        out.missReason = MissReason::LeftOpen;
        out.causes = answersFor(participant->decidingQuestions, m_answers, false);
        return out;
    }
    for (const QuestionAnswers& question : std::as_const(out.questions)) {
        if (question.hiddenForParticipant) {
            out.missReason = MissReason::NotShown;
            out.causes += answersFor(relevanceReads(m_checklist, question.questionId), m_answers, true);
        }
    }
    if (out.missReason == MissReason::None) {
        out.missReason = MissReason::AnsweredDifferently;
        out.causes = answersFor(keys, m_answers, true);
    }
    return out;
}

ElementComparison Comparer::element(const Profile& profile, const ElementResult& model, const ElementResult& participant)
{
    ElementComparison out;
    out.elementId = model.elementId;
    out.title = m_text.elementTitle(model.elementId);
    out.model = model.status;
    out.participant = participant.status;
    out.modelCounts = model.lowerCounts;
    out.participantCounts = participant.lowerCounts;
    for (const Indicator& definition : m_checklist.indicators) {
        const auto strength = definition.strengthByProfile.constFind(profile.id);
        if (definition.element != out.elementId || strength == definition.strengthByProfile.constEnd())
            continue;
        const IndicatorTrace* inModel = findTrace(model, definition.id);
        const IndicatorTrace* inParticipant = findTrace(participant, definition.id);
        if (presenceOf(inModel) != Presence::Present && presenceOf(inParticipant) != Presence::Present)
            continue; // neither side counts it: nothing to compare
        out.indicators.append(indicator(definition, *strength, inModel, inParticipant));
        out.counts.add(out.indicators.last().verdict);
        m_verdicts.insert(definition.id, out.indicators.last().verdict);
    }
    return out;
}

OutcomeSide Comparer::profileSide(const ProfileResult& result) const
{
    OutcomeSide side;
    side.outcomeId = result.outcomeId;
    side.profileId = result.profileId;
    side.profileTitle = m_text.profileTitle(result.profileId);
    side.title = m_text.outcomeTitle(result.profileId, result.outcomeId);
    for (const OutcomeResult& outcome : result.outcomes) {
        if (outcome.outcomeId == result.outcomeId)
            side.level = outcome.level;
    }
    for (const QString& id : result.possibleOutcomes)
        side.possibleTitles.append(m_text.outcomeTitle(result.profileId, id));
    return side;
}

ProfileComparison Comparer::profile(const Profile& definition, const ProfileResult& model, const ProfileResult& participant)
{
    ProfileComparison out;
    out.profileId = definition.id;
    out.title = m_text.profileTitle(definition.id);
    out.model = model.applicability;
    out.participant = participant.applicability;
    out.modelOutcome = profileSide(model);
    out.participantOutcome = profileSide(participant);
    // Both sides list the same elements: which ones depends on the profile, never on answers.
    for (qsizetype i = 0; i < model.elements.size() && i < participant.elements.size(); ++i) {
        ElementComparison compared = element(definition, model.elements.at(i), participant.elements.at(i));
        exercise::explainElement(compared, model.elements.at(i), participant.elements.at(i), m_text);
        out.counts += compared.counts;
        out.elements.append(std::move(compared));
    }
    exercise::explainOutcome(out, definition, model, participant, m_text);
    return out;
}

OutcomeSide Comparer::overall(const Assessment& assessment) const
{
    OutcomeSide side;
    side.outcomeId = assessment.outcomeId;
    side.level = assessment.level;
    side.profileId = assessment.outcomeProfileId;
    side.profileTitle = assessment.outcomeProfileId.isEmpty() ? QString() : m_text.profileTitle(assessment.outcomeProfileId);
    side.title = m_text.outcomeTitle(assessment.outcomeProfileId, assessment.outcomeId);
    side.conditional = assessment.conditional;
    // What the result could still become: graver outcomes left open in the profiles it reads.
    const bool anySure = std::any_of(assessment.profiles.cbegin(), assessment.profiles.cend(),
        [](const ProfileResult& p) { return p.applicability == Applicability::Applies; });
    for (const ProfileResult& profile : assessment.profiles) {
        const Applicability wanted = anySure ? Applicability::Applies : Applicability::Undetermined;
        if (profile.applicability != wanted)
            continue;
        for (const OutcomeResult& outcome : profile.outcomes) {
            if (profile.possibleOutcomes.contains(outcome.outcomeId) && outcome.level > side.level) {
                const QString title = m_text.outcomeTitle(profile.profileId, outcome.outcomeId);
                if (!side.possibleTitles.contains(title))
                    side.possibleTitles.append(title);
            }
        }
    }
    return side;
}

} // namespace

Result<ExerciseComparison> compareExercise(const Checklist& checklist, const AnswerSet& modelAnswers,
    const AnswerSet& participantAnswers, const QString& language)
{
    if (auto known = checkQuestionsKnown(checklist, modelAnswers, Whose::Model); !known)
        return known.error();
    if (auto known = checkQuestionsKnown(checklist, participantAnswers, Whose::Participant); !known)
        return known.error();

    const Assessment model = Scorer::assess(checklist, modelAnswers);
    const Assessment participant = Scorer::assess(checklist, participantAnswers);
    const ExerciseText text(checklist, language);
    const ExerciseAnswers answers(modelAnswers, participantAnswers, participant.relevance, text);
    Comparer comparer(checklist, text, answers);

    ExerciseComparison out;
    out.checklistId = checklist.id;
    out.checklistVersion = checklist.version;
    out.checklistTitle = text.text(checklist.title);
    out.language = text.language();
    out.model = comparer.overall(model);
    out.participant = comparer.overall(participant);

    QStringList applicability;
    for (qsizetype i = 0; i < checklist.profiles.size(); ++i) {
        const Profile& definition = checklist.profiles.at(i);
        const ProfileResult& inModel = model.profiles.at(i);
        const ProfileResult& inParticipant = participant.profiles.at(i);
        if (!mayApply(inModel.applicability) && !mayApply(inParticipant.applicability))
            continue;
        out.profiles.append(comparer.profile(definition, inModel, inParticipant));
        const QString sentence
            = exercise::applicabilitySentence(out.profiles.last(), definition, answers);
        if (!sentence.isEmpty())
            applicability.append(sentence);
    }
    for (const IndicatorVerdict verdict : comparer.verdicts())
        out.counts.add(verdict);
    out.differences = answers.differences(checklist);
    out.summary = exercise::overallSentences(out, applicability);
    return out;
}

} // namespace lantern
