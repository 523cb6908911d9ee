// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/RuleEvaluator.h"

#include "logic/JsonLogic.h"

#include <QJsonArray>

namespace lantern::scoring {

namespace {

// Enough for three open yes/no questions (3^3 = 27) with room to spare; beyond it the rule is
// judged from its parts, or Unknown, which is always sound.
constexpr qsizetype kMaxCombinations = 64;

void appendUnique(QStringList& list, const QString& id)
{
    if (!list.contains(id))
        list.append(id);
}

} // namespace

RuleEvaluator::RuleEvaluator(const Checklist& checklist, const AnswerSet& answers,
    const QHash<QString, QuestionVisibility>& visibility, QJsonObject& data)
    : m_checklist(checklist)
    , m_answers(answers)
    , m_visibility(visibility)
    , m_data(data)
{
}

QStringList RuleEvaluator::readsOf(const QJsonValue& rule)
{
    QStringList reads;
    if (!rule.isObject() && !rule.isArray())
        return reads;
    const logic::RuleAnalysis analysis = logic::analyse(rule);
    for (const logic::VariableRef& variable : analysis.variables)
        appendUnique(reads, variable.root);
    return reads;
}

// Returns true when the question is open for this rule, filling its possible values and the
// questions that could decide it. Hidden questions and closed answers are fixed in the data.
bool RuleEvaluator::classify(const QString& questionId, OpenQuestion& open, QStringList& deciding) const
{
    const Question* question = m_checklist.question(questionId);
    if (!question)
        return false; // not a question: nobody can answer it, it stays absent
    const auto visibilityIt = m_visibility.constFind(questionId);
    const Visibility visibility
        = visibilityIt == m_visibility.constEnd() ? Visibility::Shown : visibilityIt->visibility;
    if (visibility == Visibility::Hidden)
        return false;
    const Answer* answer = m_answers.find(questionId);
    const bool isOpen = m_answers.isOpen(questionId);
    if (visibility == Visibility::Shown && !isOpen)
        return false;
    if (answer && answer->state == AnswerState::NotApplicable)
        return false; // absent whether or not it ends up shown

    open.id = questionId;
    open.candidates = { QJsonValue(QJsonValue::Undefined) };
    if (visibility == Visibility::Undetermined) {
        for (const QString& id : visibilityIt->deciding)
            appendUnique(deciding, id);
    }
    if (!isOpen) {
        // Answered, but whether the answer counts depends on its own relevance.
        open.candidates.append(answer->value);
        return true;
    }
    appendUnique(deciding, questionId);
    switch (question->type) {
    case QuestionType::YesNo:
        open.candidates.append(QJsonValue(true));
        open.candidates.append(QJsonValue(false));
        break;
    case QuestionType::Single:
        for (const Option& option : question->options)
            open.candidates.append(QJsonValue(option.id));
        break;
    default:
        open.enumerable = false;
        break;
    }
    return true;
}

bool RuleEvaluator::evaluateOnData(const QJsonValue& rule, QString& error) const
{
    // The temporary QJsonValue shares m_data and is gone before the next mutation, so the
    // enumeration never deep-copies the answers.
    const Result<QJsonValue> result = logic::evaluate(rule, QJsonValue(m_data));
    if (!result) {
        error = result.errorMessage();
        return false;
    }
    return logic::truthy(*result);
}

void RuleEvaluator::setValue(const QString& questionId, const QJsonValue& value)
{
    if (value.isUndefined())
        m_data.remove(questionId);
    else
        m_data.insert(questionId, value);
}

RuleEvaluator::OpenSet RuleEvaluator::openQuestions(const QStringList& reads) const
{
    OpenSet open;
    for (const QString& id : reads) {
        OpenQuestion question;
        if (!classify(id, question, open.deciding))
            continue;
        if (open.enumerable) { // stop multiplying once past the cap, so the product never overflows
            open.combinations *= question.candidates.size();
            open.enumerable = question.enumerable && open.combinations <= kMaxCombinations;
        }
        open.questions.append(std::move(question));
    }
    return open;
}

// Tries every combination of the open questions' possible values; definitive when all agree.
RuleEvaluator::Judgement RuleEvaluator::enumerate(const QJsonValue& rule, const OpenSet& open, QString& error)
{
    const QList<OpenQuestion>& questions = open.questions;
    QList<QJsonValue> saved;
    saved.reserve(questions.size());
    for (const OpenQuestion& question : questions)
        saved.append(m_data.value(question.id));

    // Mixed-radix counter over the candidate values of the open questions.
    QList<qsizetype> digits(questions.size(), 0);
    bool sawTrue = false;
    bool sawFalse = false;
    for (qsizetype step = 0; step < open.combinations && !(sawTrue && sawFalse) && error.isEmpty(); ++step) {
        for (qsizetype i = 0; i < questions.size(); ++i)
            setValue(questions.at(i).id, questions.at(i).candidates.at(digits.at(i)));
        (evaluateOnData(rule, error) ? sawTrue : sawFalse) = true;
        for (qsizetype i = 0; i < questions.size(); ++i) {
            if (++digits[i] < questions.at(i).candidates.size())
                break;
            digits[i] = 0;
        }
    }
    for (qsizetype i = 0; i < questions.size(); ++i)
        setValue(questions.at(i).id, saved.at(i));

    if (error.isEmpty() && sawTrue != sawFalse)
        return { sawTrue ? Truth::True : Truth::False, {} };
    return { Truth::Unknown, open.deciding };
}

// Kleene logic over `and`, `or`, `!` and `!!`, whose truthiness depends only on their operands'
// truthiness; every other sub-rule is a leaf, settled on the data or by enumeration.
RuleEvaluator::Judgement RuleEvaluator::judgeParts(const QJsonValue& rule, int depth, QString& error)
{
    constexpr int kMaxDepth = 32;
    const QJsonObject object = rule.toObject();
    if (rule.isObject() && object.size() == 1 && depth < kMaxDepth) {
        const QString op = object.constBegin().key();
        const QJsonValue operands = object.constBegin().value();
        const bool isAnd = op == u"and";
        if ((isAnd || op == u"or") && operands.isArray() && !operands.toArray().isEmpty()) {
            // "and" is False as soon as one operand is, True when all are; "or" the other way round.
            const Truth decisive = isAnd ? Truth::False : Truth::True;
            Judgement result { isAnd ? Truth::True : Truth::False, {} };
            const QJsonArray parts = operands.toArray();
            for (const QJsonValue& part : parts) {
                Judgement judgement = judgeParts(part, depth + 1, error);
                if (judgement.truth == decisive)
                    return { decisive, {} };
                if (judgement.truth == Truth::Unknown) {
                    result.truth = Truth::Unknown;
                    for (const QString& id : std::as_const(judgement.deciding))
                        appendUnique(result.deciding, id);
                }
            }
            return result;
        }
        const bool hasOperand = !operands.isArray() || !operands.toArray().isEmpty();
        if ((op == u"!" || op == u"!!") && hasOperand) {
            const QJsonValue operand = operands.isArray() ? operands.toArray().first() : operands;
            Judgement judgement = judgeParts(operand, depth + 1, error);
            if (op == u"!" && judgement.truth != Truth::Unknown)
                judgement.truth = judgement.truth == Truth::True ? Truth::False : Truth::True;
            return judgement;
        }
    }
    const OpenSet open = openQuestions(readsOf(rule));
    if (open.questions.isEmpty())
        return { evaluateOnData(rule, error) ? Truth::True : Truth::False, {} };
    if (open.enumerable)
        return enumerate(rule, open, error);
    return { Truth::Unknown, open.deciding };
}

RuleVerdict RuleEvaluator::evaluate(const QJsonValue& rule, const QStringList& reads, bool wantNow)
{
    RuleVerdict verdict;
    verdict.reads = reads;
    const OpenSet open = openQuestions(reads);
    if (wantNow || open.questions.isEmpty())
        verdict.now = evaluateOnData(rule, verdict.error);
    if (open.questions.isEmpty() && verdict.error.isEmpty()) {
        verdict.truth = verdict.now ? Truth::True : Truth::False;
        return verdict;
    }
    if (verdict.error.isEmpty()) {
        // Trying the whole rule is exact; taking it apart is the fallback when values are free-form.
        const Judgement judgement
            = open.enumerable ? enumerate(rule, open, verdict.error) : judgeParts(rule, 0, verdict.error);
        verdict.truth = judgement.truth;
        verdict.deciding = judgement.deciding;
    }
    if (!verdict.error.isEmpty()) {
        verdict.truth = Truth::Unknown;
        verdict.deciding = open.deciding;
    }
    return verdict;
}

} // namespace lantern::scoring
