// SPDX-License-Identifier: GPL-3.0-or-later
// The second pass of ChecklistReader: resolves every id a checklist uses, checks rules and
// looks for relevance cycles, once the whole file has been read.
#include "checklist/ChecklistReader.h"

#include "logic/JsonLogic.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace lantern {

void ChecklistReader::checkReferences()
{
    for (const IdRef& ref : std::as_const(m_elementRefs)) {
        if (!m_elementIds.contains(ref.id))
            m_sink.error(ref.pointer, QCoreApplication::translate("lantern::ChecklistReferences", "unknown element '%1'").arg(ref.id) + suggestion(ref.id, m_elementIds.keys()));
    }
    for (const IdRef& ref : std::as_const(m_profileRefs)) {
        if (!m_profileIds.contains(ref.id))
            m_sink.errorAtKey(ref.pointer, QCoreApplication::translate("lantern::ChecklistReferences", "unknown profile '%1'").arg(ref.id) + suggestion(ref.id, m_profileIds.keys()));
    }
    for (const IdRef& ref : std::as_const(m_sourceRefs)) {
        if (!m_sourceIds.contains(ref.id))
            m_sink.error(ref.pointer, QCoreApplication::translate("lantern::ChecklistReferences", "unknown source '%1'; list it in provenance.sources").arg(ref.id));
    }
    for (const QuestionRef& ref : std::as_const(m_questionRefs)) {
        if (ref.questionId.isEmpty())
            continue;
        const Question* question = m_checklist.question(ref.questionId);
        if (!question) {
            m_sink.error(ref.pointer, QCoreApplication::translate("lantern::ChecklistReferences", "unknown question '%1'").arg(ref.questionId)
                                          + suggestion(ref.questionId, m_questionIds.keys()));
        } else if (!ref.allowedTypes.contains(question->type) && !m_untypedQuestions.contains(ref.questionId)) {
            m_sink.error(ref.pointer, QCoreApplication::translate("lantern::ChecklistReferences", "question '%1' is a %2 question: %3")
                                          .arg(ref.questionId, toString(question->type), ref.use));
        }
    }
    for (const OptionRef& ref : std::as_const(m_optionRefs)) {
        const Question* question = m_checklist.question(ref.questionId);
        if (!question)
            continue; // already reported above
        if (question->type == QuestionType::Text) {
            if (!ref.value.isString())
                m_sink.error(ref.pointer, QCoreApplication::translate("lantern::ChecklistReferences", "a text answer to match must be a string"));
            continue;
        }
        bool found = false;
        QStringList optionIds;
        for (const Option& option : question->options) {
            optionIds.append(option.id);
            found = found || (ref.value.isString() && option.id == ref.value.toString());
        }
        if (!found && (question->type == QuestionType::Single || question->type == QuestionType::Multi)) {
            m_sink.error(ref.pointer, QCoreApplication::translate("lantern::ChecklistReferences", "'%1' is not an option of question '%2'")
                                          .arg(ref.value.toVariant().toString(), ref.questionId)
                                          + suggestion(ref.value.toString(), optionIds));
        }
    }
    for (const RuleSite& site : std::as_const(m_rules))
        checkRule(site);
    checkRelevanceCycles();
}

void ChecklistReader::checkRule(const RuleSite& site)
{
    const logic::RuleAnalysis analysis = logic::analyse(site.rule);
    for (const logic::RuleProblem& problem : analysis.problems)
        m_sink.error(site.pointer + problem.pointer, problem.message);
    for (const logic::VariableRef& variable : analysis.variables) {
        const QString at = site.pointer + variable.pointer;
        if (site.scope == RuleScope::Questions && !m_questionIds.contains(variable.root)) {
            m_sink.error(at, QCoreApplication::translate("lantern::ChecklistReferences", "rule reads '%1', which is not a question of this checklist").arg(variable.name)
                                 + suggestion(variable.root, m_questionIds.keys()));
        } else if (site.scope == RuleScope::Elements && !m_elementIds.contains(variable.root)) {
            m_sink.error(at, QCoreApplication::translate("lantern::ChecklistReferences", "outcome rule reads '%1', which is not an element of this checklist").arg(variable.name)
                                 + suggestion(variable.root, m_elementIds.keys()));
        }
    }
}

void ChecklistReader::checkRelevanceCycles()
{
    struct Edge
    {
        QString to;
        QString pointer; ///< the relevance rule that creates the dependency
    };
    // A question depends on the questions its own rule reads and those its section's rule reads.
    QHash<QString, QList<Edge>> edges;
    for (const RelevanceSite& site : std::as_const(m_relevance)) {
        const logic::RuleAnalysis analysis = logic::analyse(site.rule);
        QStringList dependants;
        if (!site.questionId.isEmpty()) {
            dependants.append(site.questionId);
        } else if (const Section* section = m_checklist.section(site.sectionId)) {
            for (const Question& question : section->questions)
                dependants.append(question.id);
        }
        for (const QString& dependant : std::as_const(dependants)) {
            for (const logic::VariableRef& variable : analysis.variables) {
                if (m_questionIds.contains(variable.root))
                    edges[dependant].append({variable.root, site.pointer + variable.pointer});
            }
        }
    }

    enum class Mark { Unvisited, OnPath, Done };
    QHash<QString, Mark> marks;
    QStringList path;
    QSet<QString> reported;
    std::function<void(const QString&)> visit = [&](const QString& node) {
        marks[node] = Mark::OnPath;
        path.append(node);
        for (const Edge& edge : edges.value(node)) {
            const Mark mark = marks.value(edge.to, Mark::Unvisited);
            if (mark == Mark::Unvisited) {
                visit(edge.to);
            } else if (mark == Mark::OnPath && !reported.contains(edge.to)) {
                QStringList cycle = path.mid(path.indexOf(edge.to));
                cycle.append(edge.to);
                for (const QString& member : std::as_const(cycle))
                    reported.insert(member);
                if (cycle.size() == 2) {
                    m_sink.error(edge.pointer, QCoreApplication::translate("lantern::ChecklistReferences", "relevance cycle: question '%1' is shown only depending on "
                                                              "its own answer (through its section's or its own rule)")
                                                   .arg(edge.to));
                } else {
                    m_sink.error(edge.pointer, QCoreApplication::translate("lantern::ChecklistReferences", "relevance cycle: %1").arg(cycle.join(QCoreApplication::translate("lantern::ChecklistReferences", " -> "))));
                }
            }
        }
        path.removeLast();
        marks[node] = Mark::Done;
    };
    for (const Section& section : std::as_const(m_checklist.sections)) {
        for (const Question& question : section.questions) {
            if (marks.value(question.id, Mark::Unvisited) == Mark::Unvisited)
                visit(question.id);
        }
    }
}

} // namespace lantern
