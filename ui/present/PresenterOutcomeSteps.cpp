// SPDX-License-Identifier: GPL-3.0-or-later
// PresenterScript: one step per outcome rule, in the order they are tried.
#include "explain/OutcomeReasons.h"
#include "present/PresenterScriptBuilder.h"

namespace lantern {

void PresenterScriptBuilder::addOutcomes()
{
    const ProfileResult* result = profileResult();
    const explain::ExplainLanguage& language = m_words.language();
    const QList<explain::OutcomeExplanation> outcomes = result
        ? explain::explainOutcomes(m_checklist, language, *result)
        : explain::describeOutcomes(m_checklist, language, m_profile);
    const QHash<QString, Status> statuses
        = result ? explain::ChecklistWords::statusesOf(*result) : QHash<QString, Status>();
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const explain::OutcomeExplanation& explanation = outcomes.at(i);
        const Outcome& outcome = m_profile.outcomes.at(i);
        PresenterStep step;
        step.kind = PresenterStep::Kind::Outcome;
        step.outcomeId = outcome.id;
        step.heading = m_words.text(outcome.title);
        step.subheading = tr("Outcome %1 of %2 \u00B7 level %3")
                              .arg(QString::number(i + 1), QString::number(outcomes.size()),
                                  QString::number(outcome.level));
        // The rule without status marks: the marks are on the element list next to it.
        step.blocks.append({ tr("Rule"), { { SlideMark::None, m_words.outcomeRuleText(outcome), {} } } });
        if (!explanation.elements.isEmpty()) {
            SlideBlock needs { tr("Elements it reads"), {} };
            for (const QString& id : explanation.elements) {
                if (!result) {
                    needs.lines.append({ SlideMark::None, elementTitle(id), {} });
                    continue;
                }
                const Status status = statuses.value(id, Status::NotMet);
                needs.lines.append(
                    { statusMark(status), tr("%1: %2").arg(elementTitle(id), statusName(status)), {} });
            }
            step.blocks.append(needs);
            step.sideBySide = true;
            step.columnShares = { 2, 3 }; // element names with their status need the room
        }
        if (result) {
            if (explanation.afterResult) {
                step.verdictMark = SlideMark::Skipped;
                step.verdict = tr("Not needed: an outcome before it was reached. %1").arg(explanation.reason);
            } else if (explanation.isResult) {
                step.verdictMark = SlideMark::Met;
                step.verdict = tr("This is the result. %1").arg(explanation.reason);
            } else {
                step.verdictMark = statusMark(explanation.status);
                step.verdict = explanation.reason;
            }
        }
        step.footer = tr("Outcomes are tried in order; the first one reached is the result.");
        m_script.m_steps.append(step);
    }
}

} // namespace lantern
