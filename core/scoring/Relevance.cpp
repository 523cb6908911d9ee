// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/Relevance.h"

#include "scoring/RuleEvaluator.h"

#include <QCoreApplication>
#include <QSet>

namespace lantern {

// Walks questions depth-first so that every question a rule reads is settled before the rule
// is judged. The loader rejects cycles; one met here anyway is reported, not followed.
class RelevanceBuilder
{
public:
    RelevanceBuilder(const Checklist& checklist, const AnswerSet& answers, Relevance& result)
        : m_checklist(checklist)
        , m_result(result)
        , m_rules(checklist, answers, result.m_questions, result.m_data)
    {
    }

    QuestionVisibility question(const Question& question)
    {
        if (const auto it = m_result.m_questions.constFind(question.id);
            it != m_result.m_questions.constEnd())
            return *it;
        if (m_visiting.contains(question.id))
            return cycle(QCoreApplication::translate("lantern::Relevance", "question '%1'").arg(question.id));
        m_visiting.insert(question.id);

        QuestionVisibility visibility;
        const Section* section = m_checklist.section(question.sectionId);
        const QuestionVisibility inSection = section ? this->section(*section) : QuestionVisibility {};
        if (inSection.visibility == Visibility::Hidden)
            visibility = inSection;
        else
            visibility = combine(inSection, judge(question.relevant, Owner::Question, question.id));

        m_visiting.remove(question.id);
        if (!visibility.shownNow)
            m_result.m_data.remove(question.id); // a question not shown counts as not applicable
        m_result.m_questions.insert(question.id, visibility);
        return visibility;
    }

private:
    QuestionVisibility section(const Section& section)
    {
        if (const auto it = m_result.m_sections.constFind(section.id); it != m_result.m_sections.constEnd())
            return *it;
        const QString key = u'#' + section.id; // sections and questions may share ids
        if (m_visiting.contains(key))
            return cycle(QCoreApplication::translate("lantern::Relevance", "section '%1'").arg(section.id));
        m_visiting.insert(key);
        const QuestionVisibility visibility = judge(section.relevant, Owner::Section, section.id);
        m_visiting.remove(key);
        m_result.m_sections.insert(section.id, visibility);
        return visibility;
    }

    enum class Owner { Question, Section };

    // `kind` and `owner` name the rule's owner in a problem report (built only when there is one).
    QuestionVisibility judge(const QJsonValue& rule, Owner kind, const QString& owner)
    {
        if (rule.isUndefined() || rule.isNull())
            return {};
        const QStringList reads = scoring::RuleEvaluator::readsOf(rule);
        for (const QString& readId : reads) {
            if (const Question* read = m_checklist.question(readId))
                question(*read);
        }
        const scoring::RuleVerdict verdict = m_rules.evaluate(rule, reads, /*wantNow=*/true);
        if (!verdict.error.isEmpty()) {
            // Shown, so the caseworker can still answer it; undetermined, so nothing counts as sure.
            m_result.m_problems.append(kind == Owner::Question
                    ? QCoreApplication::translate("lantern::Relevance",
                          "The relevance rule of question '%1' could not be evaluated (%2); "
                          "it is shown and treated as undetermined.")
                          .arg(owner, verdict.error)
                    : QCoreApplication::translate("lantern::Relevance",
                          "The relevance rule of section '%1' could not be evaluated (%2); "
                          "it is shown and treated as undetermined.")
                          .arg(owner, verdict.error));
            return { Visibility::Undetermined, true, verdict.deciding };
        }
        switch (verdict.truth) {
        case scoring::Truth::True:
            return { Visibility::Shown, true, {} };
        case scoring::Truth::False:
            return { Visibility::Hidden, false, {} };
        case scoring::Truth::Unknown:
            break;
        }
        return { Visibility::Undetermined, verdict.now, verdict.deciding };
    }

    static QuestionVisibility combine(const QuestionVisibility& section, const QuestionVisibility& own)
    {
        if (own.visibility == Visibility::Hidden)
            return own;
        QuestionVisibility result;
        result.shownNow = section.shownNow && own.shownNow;
        result.deciding = section.deciding;
        for (const QString& id : own.deciding) {
            if (!result.deciding.contains(id))
                result.deciding.append(id);
        }
        const bool shown = section.visibility == Visibility::Shown && own.visibility == Visibility::Shown;
        result.visibility = shown ? Visibility::Shown : Visibility::Undetermined;
        return result;
    }

    QuestionVisibility cycle(const QString& what)
    {
        m_result.m_problems.append(
            QCoreApplication::translate("lantern::Relevance", "The relevance of %1 depends on itself; it is shown and treated as undetermined.")
                .arg(what));
        return { Visibility::Undetermined, true, {} };
    }

    const Checklist& m_checklist;
    Relevance& m_result;
    scoring::RuleEvaluator m_rules;
    QSet<QString> m_visiting;
};

Relevance Relevance::compute(const Checklist& checklist, const AnswerSet& answers)
{
    Relevance result;
    result.m_data = answers.toLogicData();
    qsizetype questionCount = 0;
    for (const Section& section : checklist.sections)
        questionCount += section.questions.size();
    result.m_questions.reserve(questionCount);
    RelevanceBuilder builder(checklist, answers, result);
    for (const Section& section : checklist.sections) {
        for (const Question& question : section.questions)
            builder.question(question);
    }
    return result;
}

const QuestionVisibility& Relevance::question(const QString& questionId) const
{
    static const QuestionVisibility shown;
    const auto it = m_questions.constFind(questionId);
    return it == m_questions.constEnd() ? shown : *it;
}

const QuestionVisibility& Relevance::section(const QString& sectionId) const
{
    static const QuestionVisibility shown;
    const auto it = m_sections.constFind(sectionId);
    return it == m_sections.constEnd() ? shown : *it;
}

QString toString(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Shown:
        return QStringLiteral("shown");
    case Visibility::Hidden:
        return QStringLiteral("hidden");
    case Visibility::Undetermined:
        return QStringLiteral("undetermined");
    }
    return {};
}

} // namespace lantern
