// SPDX-License-Identifier: GPL-3.0-or-later
// Budget (docs/DESIGN): a full re-score of a 200-indicator checklist <= 1 ms, since the UI
// re-scores on every answer. BM_Baseline200 is the same-run baseline: the raw cost of building
// the logic data once and evaluating one JsonLogic rule per indicator.
#include "logic/JsonLogic.h"
#include "scoring/Relevance.h"
#include "scoring/Scorer.h"

#include <benchmark/benchmark.h>
#include <QJsonArray>
#include <QJsonObject>
#include <random>

using namespace lantern;
using namespace Qt::StringLiterals;

namespace {

constexpr int kIndicators = 200;
constexpr int kSections = 6;

// The six ILO dimensions; each has a self-reported and an observed element (12 in all).
const char* const kDimensions[kSections] = { "deceptive_recruitment", "coercive_recruitment",
    "vulnerability_recruitment", "exploitation", "coercion_destination", "vulnerability_destination" };
const char* const kProfiles[] = { "adult_labour", "adult_sexual", "child_labour", "child_sexual" };

LocalText text(const QString& english)
{
    return LocalText(QMap<QString, QString> { { u"en"_s, english } });
}

QJsonValue var(const QString& id)
{
    return QJsonObject { { u"var"_s, id } };
}

QJsonValue op(const QString& name, const QJsonArray& operands)
{
    return QJsonObject { { name, operands } };
}

// "The dimension is positive", whichever of its two elements shows it.
QJsonValue dimension(const char* id)
{
    const QString name = QString::fromLatin1(id);
    return op(u"or"_s, { var(name), var(name + u"_observed"_s) });
}

Threshold iloThreshold()
{
    Threshold threshold;
    threshold.alternatives
        = { { { CountKey::Strong, 2 } }, { { CountKey::Strong, 1 }, { CountKey::MediumOrWeak, 1 } },
              { { CountKey::Medium, 3 } }, { { CountKey::Medium, 2 }, { CountKey::Weak, 1 } } };
    return threshold;
}

Outcome outcome(const char* id, int level, QJsonValue rule)
{
    return Outcome { QString::fromLatin1(id), level, text(QString::fromLatin1(id)), text(u"advice"_s),
        std::move(rule) };
}

// 200 yes/no questions in six sections, one indicator per question (every 20th a rule over two
// questions), a quarter of the questions behind a gate question of their section, twelve
// elements with the ILO threshold, four profiles chosen by age and exploitation type.
Checklist generatedChecklist()
{
    Checklist checklist;
    checklist.format = u"lantern-checklist/1"_s;
    checklist.id = u"bench"_s;
    checklist.version = u"1.0.0"_s;
    checklist.languages = { u"en"_s };
    checklist.defaultLanguage = u"en"_s;

    Section about { u"about"_s, text(u"About"_s), {}, {}, {}, {} };
    Question age;
    age.id = u"age_at_exploitation"_s;
    age.sectionId = about.id;
    age.type = QuestionType::Number;
    Question type;
    type.id = u"exploitation_type"_s;
    type.sectionId = about.id;
    type.type = QuestionType::Single;
    type.options = { { u"labour"_s, text(u"labour"_s) }, { u"sexual"_s, text(u"sexual"_s) } };
    about.questions = { age, type };
    checklist.sections.append(about);

    for (int s = 0; s < kSections; ++s) {
        const QString dimensionId = QString::fromLatin1(kDimensions[s]);
        checklist.sections.append(Section { dimensionId, text(dimensionId), {}, {}, {}, {} });
        checklist.elements.append(
            Element { dimensionId, text(dimensionId), {}, u"act"_s, {}, iloThreshold(), {}, {} });
        checklist.elements.append(Element {
            dimensionId + u"_observed"_s, text(dimensionId), {}, u"act"_s, {}, iloThreshold(), {}, {} });
    }
    const Strength strengths[]
        = { Strength::Strong, Strength::Medium, Strength::Medium, Strength::Weak, Strength::Weak };
    for (int i = 0; i < kIndicators; ++i) {
        const int s = i % kSections;
        Section& section = checklist.sections[s + 1];
        Question question;
        question.id = u"q%1"_s.arg(i);
        question.sectionId = section.id;
        if (!section.questions.isEmpty() && i % 4 == 3)
            question.relevant = op(u"=="_s, { var(section.questions.first().id), true });
        section.questions.append(question);

        Indicator indicator;
        indicator.id = u"i%1"_s.arg(i);
        indicator.element = checklist.elements.at(2 * s + (i / kSections) % 2).id;
        indicator.trigger.question = question.id;
        if (i % 20 == 19) {
            indicator.trigger.kind = Trigger::Kind::Rule;
            indicator.trigger.rule = op(u"and"_s, { var(question.id), var(u"q%1"_s.arg(i - 1)) });
        }
        for (int p = 0; p < 4; ++p) {
            if ((i + p) % 10 != 0) // each list leaves out a tenth of the indicators
                indicator.strengthByProfile.insert(QString::fromLatin1(kProfiles[p]), strengths[(i + p) % 5]);
        }
        checklist.indicators.append(indicator);
    }

    const QJsonValue recruitment
        = op(u"or"_s, { dimension(kDimensions[0]), dimension(kDimensions[1]), dimension(kDimensions[2]) });
    const QJsonValue exploitation = dimension(kDimensions[3]);
    const QJsonValue means = op(u"or"_s, { dimension(kDimensions[4]), dimension(kDimensions[5]) });
    for (int p = 0; p < 4; ++p) {
        const bool adult = p < 2;
        const QJsonValue ageRule = op(adult ? u">="_s : u"<"_s, { var(age.id), 18 });
        const QJsonValue typeRule = op(u"=="_s, { var(type.id), p % 2 == 0 ? u"labour"_s : u"sexual"_s });
        Profile profile;
        profile.id = QString::fromLatin1(kProfiles[p]);
        profile.applies = op(u"and"_s, { ageRule, typeRule });
        profile.outcomes = {
            outcome("presumed", 3,
                adult ? op(u"and"_s, { recruitment, exploitation, means })
                      : op(u"and"_s, { recruitment, exploitation })),
            outcome("deception_exploitation", 2, op(u"and"_s, { dimension(kDimensions[0]), exploitation })),
            outcome("exploitation_only", 1, exploitation),
            outcome("none", 0, true),
        };
        checklist.profiles.append(profile);
    }
    checklist.reindex();
    return checklist;
}

// `openPercent` of the questions open (unanswered, unknown or declined, 2:2:1), the rest yes
// and no 4:3 (so 30 gives the realistic 40% yes, 30% no, 30% open); the same every run.
AnswerSet generatedAnswers(bool ageKnown, int openPercent)
{
    std::mt19937 random(20240601);
    std::uniform_int_distribution<int> percent(0, 99);
    AnswerSet answers;
    if (ageKnown)
        answers.set(u"age_at_exploitation"_s, Answer { AnswerState::Answered, 24, {} });
    answers.set(u"exploitation_type"_s, Answer { AnswerState::Answered, u"labour"_s, {} });
    const int yesBelow = (100 - openPercent) * 4 / 7;
    for (int i = 0; i < kIndicators; ++i) {
        const int roll = percent(random);
        const QString id = u"q%1"_s.arg(i);
        if (roll < yesBelow)
            answers.set(id, Answer { AnswerState::Answered, true, {} });
        else if (roll < 100 - openPercent)
            answers.set(id, Answer { AnswerState::Answered, false, {} });
        else if (roll < 100 - openPercent * 3 / 5)
            answers.set(id, Answer { AnswerState::Unknown, {}, {} });
        else if (roll < 100 - openPercent * 2 / 5)
            answers.set(id, Answer { AnswerState::Declined, {}, {} });
        // else: not answered yet
    }
    return answers;
}

void BM_Baseline200(benchmark::State& state)
{
    const Checklist checklist = generatedChecklist();
    const AnswerSet answers = generatedAnswers(true, 30);
    QList<QJsonValue> rules;
    for (const Indicator& indicator : checklist.indicators)
        rules.append(op(u"=="_s, { var(indicator.trigger.question), true }));
    for (auto _ : state) {
        const QJsonValue data(answers.toLogicData());
        int present = 0;
        for (const QJsonValue& rule : std::as_const(rules))
            present += logic::truthy(logic::evaluate(rule, data).value()) ? 1 : 0;
        benchmark::DoNotOptimize(present);
    }
}
BENCHMARK(BM_Baseline200)->Unit(benchmark::kMicrosecond);

void BM_FullRescore200(benchmark::State& state)
{
    const Checklist checklist = generatedChecklist();
    const AnswerSet answers = generatedAnswers(state.range(0) != 0, static_cast<int>(state.range(1)));
    for (auto _ : state) {
        Assessment assessment = Scorer::assess(checklist, answers);
        benchmark::DoNotOptimize(assessment);
    }
    const Assessment assessment = Scorer::assess(checklist, answers);
    if (assessment.profiles.size() != 4 || !assessment.notes.filter(u"could not be evaluated"_s).isEmpty())
        state.SkipWithError("the generated checklist did not score cleanly");
    state.counters["conditional"] = assessment.conditional ? 1 : 0;
}
// Arguments: age known (1: one profile applies; 0: conditional), percentage of open questions
// (30: mid-interview, the realistic mix; 80: early, most elements and outcomes undetermined).
BENCHMARK(BM_FullRescore200)
    ->Args({ 1, 30 })
    ->Args({ 0, 30 })
    ->Args({ 1, 80 })
    ->Unit(benchmark::kMicrosecond);

void BM_Relevance200(benchmark::State& state)
{
    const Checklist checklist = generatedChecklist();
    const AnswerSet answers = generatedAnswers(true, 30);
    for (auto _ : state) {
        Relevance relevance = Relevance::compute(checklist, answers);
        benchmark::DoNotOptimize(relevance);
    }
}
BENCHMARK(BM_Relevance200)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
