// SPDX-License-Identifier: GPL-3.0-or-later
// PresenterScript: the steps of one element — its indicators by strength, then the reveal.
#include "explain/ElementProgress.h"
#include "explain/OutcomeReasons.h"
#include "explain/ThresholdWords.h"
#include "present/PresenterScriptBuilder.h"

#include <algorithm>

namespace lantern {

namespace {

constexpr int kOpenTitlesShown = 4;

QString quoted(const QString& text)
{
    return QChar(0x201C) + text + QChar(0x201D);
}

} // namespace

QString PresenterScriptBuilder::askedWith(const Indicator& indicator) const
{
    const Trigger& trigger = indicator.trigger;
    if (trigger.kind != Trigger::Kind::Rule) {
        const Question* question = m_checklist.question(trigger.question);
        if (!question || question->sensitive)
            return tr("Asked with a sensitive question, not shown here");
        if (trigger.kind == Trigger::Kind::Yes)
            return quoted(m_words.text(question->text));
        return m_words.triggerText(indicator);
    }
    QStringList shown;
    int hidden = 0;
    for (const QString& id : explain::ruleVariables(trigger.rule)) {
        const Question* question = m_checklist.question(id);
        if (!question)
            continue;
        if (question->sensitive)
            ++hidden;
        else
            shown.append(quoted(m_words.text(question->text)));
    }
    QString text = shown.join(QStringLiteral(" \u00B7 "));
    if (hidden > 0) {
        const QString note = (hidden == 1 ? tr("1 sensitive question, not shown here")
                                          : tr("%1 sensitive questions, not shown here").arg(hidden));
        text = text.isEmpty() ? note : text + QStringLiteral(" \u00B7 ") + note;
    }
    return text;
}

SlideLine PresenterScriptBuilder::indicatorLine(const Indicator& indicator, Strength strength) const
{
    return { strengthMark(strength), m_words.text(indicator.title), askedWith(indicator) };
}

void PresenterScriptBuilder::addElementPages(const Element& element)
{
    QList<QPair<const Indicator*, Strength>> weighed;
    for (const Indicator& indicator : m_checklist.indicators) {
        const auto strength = indicator.strengthByProfile.constFind(m_profile.id);
        if (indicator.element == element.id && strength != indicator.strengthByProfile.constEnd())
            weighed.append({ &indicator, *strength });
    }
    std::stable_sort(
        weighed.begin(), weighed.end(), [](const auto& a, const auto& b) { return a.second < b.second; });

    const QString where = placeOf(element);
    const qsizetype count = weighed.size();
    const qsizetype pages = std::max<qsizetype>(
        1, (count + PresenterScript::kIndicatorsPerPage - 1) / PresenterScript::kIndicatorsPerPage);
    const qsizetype perPage = std::max<qsizetype>(1, (count + pages - 1) / pages); // balanced pages
    for (qsizetype page = 0; page < pages; ++page) {
        PresenterStep step;
        step.kind = PresenterStep::Kind::Element;
        step.elementId = element.id;
        step.heading = m_words.text(element.title);
        const qsizetype from = page * perPage;
        const qsizetype to = std::min(count, from + perPage);
        step.subheading = pages == 1
            ? (count == 1 ? tr("1 indicator in this profile")
                          : tr("%1 indicators in this profile").arg(count))
            : tr("indicators %1\u2013%2 of %3")
                  .arg(QString::number(from + 1), QString::number(to), QString::number(count));
        if (!where.isEmpty())
            step.subheading = where + QStringLiteral(" \u00B7 ") + step.subheading;
        for (qsizetype i = from; i < to; ++i) {
            const auto& [indicator, strength] = weighed.at(i);
            const QString caption = strength == Strength::Strong ? tr("Strong indicators")
                : strength == Strength::Medium                   ? tr("Medium indicators")
                                                                 : tr("Weak indicators");
            if (step.blocks.isEmpty() || step.blocks.last().caption != caption)
                step.blocks.append({ caption, {} });
            step.blocks.last().lines.append(indicatorLine(*indicator, strength));
        }
        if (weighed.isEmpty())
            step.blocks.append(
                { {}, { { SlideMark::None, tr("None of its indicators counts in this profile."), {} } } });
        step.footer = m_words.thresholdText(element);
        m_script.m_steps.append(step);
    }
}

QList<SlideLine> PresenterScriptBuilder::foundLines(const QList<IndicatorTrace>& traces) const
{
    QList<SlideLine> lines;
    for (Strength strength : { Strength::Strong, Strength::Medium, Strength::Weak }) {
        QStringList titles;
        for (const IndicatorTrace& trace : traces) {
            if (trace.strength == strength)
                titles.append(indicatorTitle(trace.indicatorId));
        }
        if (!titles.isEmpty()) {
            lines.append({ strengthMark(strength),
                tr("%1 %2: %3")
                    .arg(QString::number(titles.size()), strengthName(strength),
                        titles.join(QStringLiteral("; "))),
                {} });
        }
    }
    return lines;
}

void PresenterScriptBuilder::addReveal(const Element& element)
{
    PresenterStep step;
    step.kind = PresenterStep::Kind::Reveal;
    step.elementId = element.id;
    step.heading = m_words.text(element.title);
    step.footer = m_words.thresholdText(element);
    const ElementResult* result = elementResult(element.id);
    if (!result) {
        step.subheading = tr("How it is decided");
        SlideBlock rule { tr("Met when any one of these is found"), {} };
        if (element.threshold.kind == Threshold::Kind::Weighted) {
            rule.lines.append({ SlideMark::None, m_words.thresholdText(element), {} });
        } else {
            for (const QMap<CountKey, int>& alternative : element.threshold.alternatives)
                rule.lines.append({ SlideMark::None, explain::alternativeWords(alternative, true), {} });
        }
        step.blocks.append(rule);
        step.footer = tr("No example answers: this step shows the rule only.");
        m_script.m_steps.append(step);
        return;
    }

    const QString example = m_input.exampleTitle.isEmpty() ? tr("the example answers") : m_input.exampleTitle;
    step.subheading = tr("With %1").arg(example);
    step.sideBySide = true;
    SlideBlock found { tr("Indicators found"), foundLines(result->present) };
    if (found.lines.isEmpty())
        found.lines.append({ SlideMark::None, tr("None found"), {} });
    if (!result->open.isEmpty()) {
        QStringList titles;
        for (const IndicatorTrace& trace : result->open.mid(0, kOpenTitlesShown))
            titles.append(indicatorTitle(trace.indicatorId));
        QString text
            = tr("%n still open: ", "", int(result->open.size())) + titles.join(QStringLiteral("; "));
        if (result->open.size() > kOpenTitlesShown)
            text += tr("; and %n more", "", int(result->open.size() - kOpenTitlesShown));
        found.lines.append({ SlideMark::Open, text, {} });
    }
    step.blocks.append(found);

    const explain::ElementProgress progress = explain::elementProgress(m_checklist, m_profile.id, *result);
    SlideBlock threshold { tr("Against the threshold"), {} };
    threshold.lines.append({ SlideMark::None,
        tr("Found: %1 strong, %2 medium, %3 weak")
            .arg(progress.present.value(Strength::Strong))
            .arg(progress.present.value(Strength::Medium))
            .arg(progress.present.value(Strength::Weak)),
        {} });
    if (!progress.weighed) {
        threshold.lines.append({ SlideMark::None, tr("This profile weighs none of its indicators."), {} });
    } else if (progress.weighted) {
        threshold.lines.append({ progress.score >= progress.minScore ? SlideMark::Present : SlideMark::Fails,
            tr("Score %1 of the %2 needed")
                .arg(explain::numberWords(progress.score), explain::numberWords(progress.minScore)),
            {} });
    } else {
        for (const explain::AlternativeProgress& alternative : progress.alternatives) {
            threshold.lines.append(alternative.holds
                    ? SlideLine { SlideMark::Present, tr("%1 \u2014 reached").arg(alternative.words), {} }
                    : SlideLine { SlideMark::Fails,
                        tr("%1 \u2014 needs %2").arg(alternative.words, alternative.missingWords), {} });
        }
    }
    step.blocks.append(threshold);

    step.verdictMark = statusMark(result->status);
    step.verdict = result->status == Status::Undetermined
        ? tr("%1: undetermined \u2014 open questions could still decide it").arg(step.heading)
        : tr("%1: %2").arg(step.heading, statusName(result->status));
    m_script.m_steps.append(step);
}

} // namespace lantern
