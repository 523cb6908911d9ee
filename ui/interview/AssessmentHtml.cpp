// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/AssessmentHtml.h"

#include "scoring/AssessmentText.h"

#include <QCoreApplication>
#include <QStringBuilder>

namespace lantern {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString statusWords(Status status)
{
    switch (status) {
    case Status::Met: return QCoreApplication::translate("lantern::AssessmentHtml", "● met");
    case Status::NotMet: return QCoreApplication::translate("lantern::AssessmentHtml", "○ not met");
    case Status::Undetermined: return QCoreApplication::translate("lantern::AssessmentHtml", "◐ undetermined");
    }
    return {};
}

QString AssessmentHtml::outcomeTitle(const Checklist& checklist, const InterviewText& text, const QString& profileId,
                                     const QString& outcomeId)
{
    const Outcome* outcome = findOutcome(checklist, profileId, outcomeId);
    return outcome ? text.text(outcome->title) : outcomeId;
}

QString AssessmentHtml::outcomeAdvice(const Checklist& checklist, const InterviewText& text, const Assessment& assessment)
{
    const Outcome* outcome = findOutcome(checklist, assessment.outcomeProfileId, assessment.outcomeId);
    return outcome ? text.text(outcome->advice) : QString();
}

QString AssessmentHtml::indicatorTitle(const QString& indicatorId) const
{
    for (const Indicator& indicator : m_checklist.indicators) {
        if (indicator.id == indicatorId)
            return m_text.text(indicator.title);
    }
    return indicatorId;
}

QString AssessmentHtml::questionLink(const QString& questionId) const
{
    const Question* question = m_checklist.question(questionId);
    const QString label = question ? InterviewText::elided(m_text.text(question->text), 70) : questionId;
    return QStringLiteral("<a href=\"lantern-question:%1\">%2</a>").arg(esc(questionId), esc(label));
}

QString AssessmentHtml::answerLine(const Assessment& assessment, const QString& questionId) const
{
    const Answer* answer = assessment.answers.find(questionId);
    return questionLink(questionId) % QStringLiteral(" — <i>")
        % esc(m_text.answerWords(answer, m_checklist.question(questionId))) % QStringLiteral("</i>");
}

QString AssessmentHtml::render(const Assessment& assessment) const
{
    QString out;
    QStringList notApplying;
    for (const ProfileResult& profile : assessment.profiles) {
        if (profile.applicability == Applicability::DoesNotApply) {
            const Profile* model = m_checklist.profile(profile.profileId);
            notApplying.append(model ? m_text.text(model->title) : profile.profileId);
            continue;
        }
        renderProfile(out, assessment, profile);
    }
    if (!notApplying.isEmpty())
        out += QStringLiteral("<p style=\"color:%1\">%2</p>")
                   .arg(m_muted.name(), tr("Does not apply on the answers given: %1.").arg(esc(notApplying.join(QStringLiteral(", ")))));
    // Notes qualify the result; they follow it rather than push it out of sight.
    if (!assessment.notes.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4>").arg(tr("Notes"));
        for (const QString& note : assessment.notes)
            out += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(m_muted.name(), esc(note));
    }
    return out;
}

void AssessmentHtml::renderProfile(QString& out, const Assessment& assessment, const ProfileResult& profile) const
{
    const Profile* model = m_checklist.profile(profile.profileId);
    out += QStringLiteral("<h3 style=\"margin-top:14px\">%1</h3>").arg(esc(model ? m_text.text(model->title) : profile.profileId));
    if (profile.applicability == Applicability::Undetermined) {
        QStringList links;
        for (const QString& id : profile.applicabilityQuestions)
            links.append(questionLink(id));
        out += QStringLiteral("<p>%1</p>").arg(tr("May apply — depends on: %1").arg(links.join(QStringLiteral("; "))));
    }
    out += QStringLiteral("<p>") + tr("Result here: %1").arg(QStringLiteral("<b>%1</b>")
               .arg(profile.outcomeId.isEmpty() ? tr("none reached yet")
                                                : esc(outcomeTitle(m_checklist, m_text, profile.profileId, profile.outcomeId))));
    QStringList possible;
    for (const QString& id : profile.possibleOutcomes)
        possible.append(esc(outcomeTitle(m_checklist, m_text, profile.profileId, id)));
    if (!possible.isEmpty())
        out += QStringLiteral("<br>") + tr("Could still become: %1").arg(possible.join(QStringLiteral("; ")));
    out += QStringLiteral("</p>");
    for (const ElementResult& element : profile.elements)
        renderElement(out, assessment, element);
}

void AssessmentHtml::renderElement(QString& out, const Assessment& assessment, const ElementResult& element) const
{
    const Element* model = m_checklist.element(element.elementId);
    const QColor colour = element.status == Status::Met ? m_met : (element.status == Status::NotMet ? m_muted : QColor());
    const QString style = colour.isValid() ? QStringLiteral(" style=\"color:%1\"").arg(colour.name()) : QString();
    const QString counts = tr("present: %1; with open questions up to %2")
                               .arg(strengthCountsText(element.lowerCounts), strengthCountsText(element.upperCounts));
    out += QStringLiteral("<p style=\"margin-bottom:2px\"><span%1><b>%2</b></span> &nbsp;%3<br>"
                          "<span style=\"color:%4\">%5</span></p>")
               .arg(style, statusWords(element.status), esc(model ? m_text.text(model->title) : element.elementId),
                    m_muted.name(), counts);
    if (model && element.status == Status::Met && !model->advice.isEmpty())
        out += QStringLiteral("<p style=\"margin:0px 0px 2px 0px\"><b>%1</b> %2</p>")
                   .arg(esc(tr("What to do:")), esc(m_text.text(model->advice)));
    if (!element.present.isEmpty()) {
        out += QStringLiteral("<ul style=\"margin-top:0px\">");
        for (const IndicatorTrace& trace : element.present) {
            QStringList answers;
            for (const QString& id : trace.questions)
                answers.append(answerLine(assessment, id));
            out += QStringLiteral("<li>%1 — %2<br>%3</li>")
                       .arg(toString(trace.strength), esc(indicatorTitle(trace.indicatorId)), answers.join(QStringLiteral("<br>")));
        }
        out += QStringLiteral("</ul>");
    }
    if (element.status == Status::Undetermined && !element.decidingQuestions.isEmpty()) {
        out += QStringLiteral("<p style=\"margin-bottom:0px\">%1</p><ul style=\"margin-top:0px\">").arg(tr("Open questions that could decide it:"));
        for (const QString& id : element.decidingQuestions)
            out += QStringLiteral("<li>%1</li>").arg(questionLink(id));
        out += QStringLiteral("</ul>");
    }
}

} // namespace lantern
