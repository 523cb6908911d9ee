// SPDX-License-Identifier: GPL-3.0-or-later
// PresenterScript: the title and result steps, and the order of everything in between.
#include "present/PresenterScript.h"

#include "explain/OutcomeReasons.h"
#include "present/PresenterScriptBuilder.h"
#include "scoring/AssessmentText.h"
#include "scoring/Scorer.h"

#include <QSet>

namespace lantern {

Result<PresenterScript> PresenterScript::build(const Checklist& checklist, const PresentationInput& input)
{
    const Profile* profile = checklist.profile(input.profileId);
    if (!profile) {
        return Error { tr("The checklist \u201C%1\u201D has no profile \u201C%2\u201D to present.")
                           .arg(checklist.id, input.profileId) };
    }
    PresenterScript script;
    PresenterScriptBuilder(checklist, *profile, input, script).build();
    return script;
}

QString PresenterScript::defaultProfile(const Checklist& checklist, const std::optional<AnswerSet>& answers)
{
    if (answers) {
        const Assessment assessment = Scorer::assess(checklist, *answers);
        if (checklist.profile(assessment.outcomeProfileId))
            return assessment.outcomeProfileId;
    }
    return checklist.profiles.isEmpty() ? QString() : checklist.profiles.first().id;
}

PresenterScriptBuilder::PresenterScriptBuilder(const Checklist& checklist, const Profile& profile,
    const PresentationInput& input, PresenterScript& script)
    : m_checklist(checklist)
    , m_profile(profile)
    , m_input(input)
    , m_script(script)
    , m_words(checklist, input.language)
{
    m_words.setHideSensitive(true);
}

void PresenterScriptBuilder::build()
{
    m_script.m_profileId = m_profile.id;
    if (m_input.answers)
        m_script.m_assessment = Scorer::assess(m_checklist, *m_input.answers);
    m_script.m_elementIds = presentedElements();
    addTitle();
    for (const QString& id : std::as_const(m_script.m_elementIds)) {
        const Element* element = m_checklist.element(id);
        addElementPages(*element);
        addReveal(*element);
    }
    addOutcomes();
    if (m_script.m_assessment)
        addResult();
}

QStringList PresenterScriptBuilder::presentedElements() const
{
    // Every element the profile weighs an indicator of, and every element its outcomes read.
    QSet<QString> wanted;
    for (const Indicator& indicator : m_checklist.indicators) {
        if (indicator.strengthByProfile.contains(m_profile.id))
            wanted.insert(indicator.element);
    }
    for (const Outcome& outcome : m_profile.outcomes) {
        for (const QString& id : explain::ruleVariables(outcome.rule))
            wanted.insert(id);
    }
    QStringList ordered;
    for (const Element& element : m_checklist.elements) {
        if (wanted.contains(element.id))
            ordered.append(element.id);
    }
    return ordered;
}

const ProfileResult* PresenterScriptBuilder::profileResult() const
{
    if (!m_script.m_assessment)
        return nullptr;
    for (const ProfileResult& result : m_script.m_assessment->profiles) {
        if (result.profileId == m_profile.id)
            return &result;
    }
    return nullptr;
}

const ElementResult* PresenterScriptBuilder::elementResult(const QString& elementId) const
{
    if (const ProfileResult* result = profileResult()) {
        for (const ElementResult& element : result->elements) {
            if (element.elementId == elementId)
                return &element;
        }
    }
    return nullptr;
}

void PresenterScriptBuilder::addTitle()
{
    PresenterStep step;
    step.kind = PresenterStep::Kind::Title;
    step.heading = m_words.text(m_checklist.title);
    step.subheading = tr("%1 \u00B7 version %2").arg(m_words.text(m_profile.title), m_checklist.version);
    step.sideBySide = true;

    // The author's description reads better on a slide than the rule in words; the rule stands in without
    // one.
    SlideBlock who { tr("Who this profile is for"), {} };
    const QString description = m_words.text(m_profile.description);
    who.lines.append(
        { SlideMark::None, description.isEmpty() ? m_words.appliesText(m_profile) : description, {} });
    step.blocks.append(who);

    SlideBlock weighed { tr("What is weighed, in order"), {} };
    for (const QString& id : std::as_const(m_script.m_elementIds)) {
        const Element* element = m_checklist.element(id);
        // The group (act, means, purpose) is the Palermo logic in one word; the phase is on the element's own
        // slides.
        weighed.lines.append({ SlideMark::None,
            element->group.isEmpty() ? elementTitle(id) : tr("%1 (%2)").arg(elementTitle(id), element->group),
            {} });
    }
    step.blocks.append(weighed);

    if (const ProfileResult* result = profileResult()) {
        const QString example
            = m_input.exampleTitle.isEmpty() ? tr("the example answers") : m_input.exampleTitle;
        switch (result->applicability) {
        case Applicability::Applies:
            step.verdictMark = SlideMark::Met;
            step.verdict = tr("Worked example: %1 \u2014 this profile applies").arg(example);
            break;
        case Applicability::DoesNotApply:
            step.verdictMark = SlideMark::NotMet;
            step.verdict = tr("Worked example: %1 \u2014 this profile does not apply, but is shown with it")
                               .arg(example);
            break;
        case Applicability::Undetermined:
            step.verdictMark = SlideMark::Undetermined;
            step.verdict
                = tr("Worked example: %1 \u2014 this profile may apply (an answer it depends on is open)")
                      .arg(example);
            break;
        }
    }
    step.footer
        = tr("A screening aid, not a verdict: it shows which indicators were found and whether to refer "
             "for formal identification.");
    m_script.m_steps.append(step);
}

void PresenterScriptBuilder::addResult()
{
    const ProfileResult* result = profileResult();
    PresenterStep step;
    step.kind = PresenterStep::Kind::Result;
    step.subheading = m_words.text(m_profile.title);
    const Outcome* outcome = result ? findOutcome(m_checklist, m_profile.id, result->outcomeId) : nullptr;
    if (outcome) {
        step.outcomeId = outcome->id;
        step.heading = tr("Result: %1").arg(m_words.text(outcome->title));
        step.verdictMark = SlideMark::Met;
        step.verdict = tr("Reached: level %1").arg(outcome->level);
        step.blocks.append({ tr("What to do"), { { SlideMark::None, m_words.text(outcome->advice), {} } } });
    } else {
        step.heading = tr("Result: none reached yet");
        step.verdictMark = SlideMark::Undetermined;
        step.verdict = tr("No outcome is reached on the example answers");
    }
    if (result && !result->possibleOutcomes.isEmpty()) {
        SlideBlock possible { tr("Could still become"), {} };
        for (const QString& id : result->possibleOutcomes) {
            const Outcome* other = findOutcome(m_checklist, m_profile.id, id);
            possible.lines.append({ SlideMark::Undetermined, other ? m_words.text(other->title) : id, {} });
        }
        step.blocks.append(possible);
    }
    if (result && result->applicability != Applicability::Applies) {
        step.footer = result->applicability == Applicability::DoesNotApply
            ? tr("This profile does not apply to the example answers; the result shows how its rules would "
                 "read them.")
            : tr("Whether this profile applies depends on an open answer.");
    }
    m_script.m_steps.append(step);
}

QString PresenterScriptBuilder::elementTitle(const QString& elementId) const
{
    const Element* element = m_checklist.element(elementId);
    return element ? m_words.text(element->title) : elementId;
}

QString PresenterScriptBuilder::placeOf(const Element& element)
{
    QStringList parts { element.group, element.phase };
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString PresenterScriptBuilder::indicatorTitle(const QString& indicatorId) const
{
    for (const Indicator& indicator : m_checklist.indicators) {
        if (indicator.id == indicatorId)
            return m_words.text(indicator.title);
    }
    return indicatorId;
}

SlideMark PresenterScriptBuilder::strengthMark(Strength strength)
{
    switch (strength) {
    case Strength::Strong:
        return SlideMark::Strong;
    case Strength::Medium:
        return SlideMark::Medium;
    case Strength::Weak:
        return SlideMark::Weak;
    }
    return SlideMark::None;
}

SlideMark PresenterScriptBuilder::statusMark(Status status)
{
    switch (status) {
    case Status::Met:
        return SlideMark::Met;
    case Status::NotMet:
        return SlideMark::NotMet;
    case Status::Undetermined:
        return SlideMark::Undetermined;
    }
    return SlideMark::None;
}

QString PresenterScriptBuilder::strengthName(Strength strength)
{
    switch (strength) {
    case Strength::Strong:
        return tr("strong");
    case Strength::Medium:
        return tr("medium");
    case Strength::Weak:
        return tr("weak");
    }
    return {};
}

QString PresenterScriptBuilder::statusName(Status status)
{
    switch (status) {
    case Status::Met:
        return tr("met");
    case Status::NotMet:
        return tr("not met");
    case Status::Undetermined:
        return tr("undetermined");
    }
    return {};
}

bool PresenterScript::splitStep(qsizetype index)
{
    if (index < 0 || index >= m_steps.size())
        return false;
    PresenterStep first = m_steps.at(index);
    PresenterStep second = first;
    if (first.blocks.size() >= 2) {
        const qsizetype half = first.blocks.size() / 2;
        first.blocks = first.blocks.mid(0, half);
        second.blocks = second.blocks.mid(half);
        if (first.columnShares.size() == m_steps.at(index).blocks.size()) {
            first.columnShares = m_steps.at(index).columnShares.mid(0, half);
            second.columnShares = m_steps.at(index).columnShares.mid(half);
        }
    } else if (first.blocks.size() == 1 && first.blocks.first().lines.size() >= 2) {
        const qsizetype half = first.blocks.first().lines.size() / 2;
        first.blocks.first().lines = first.blocks.first().lines.mid(0, half);
        second.blocks.first().lines = second.blocks.first().lines.mid(half);
    } else {
        return false;
    }
    first.verdict.clear();
    first.verdictMark = SlideMark::None;
    first.footer.clear();
    second.subheading = second.subheading.isEmpty() ? tr("continued") : tr("%1 \u00B7 continued").arg(second.subheading);
    m_steps[index] = first;
    m_steps.insert(index + 1, second);
    return true;
}

} // namespace lantern
