// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AssessmentReport.h"

#include "scoring/AssessmentText.h"

#include <QJsonArray>
#include <QStringBuilder>

namespace lantern::cli {

namespace {

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Met: return QStringLiteral("[met]         ");
    case Status::NotMet: return QStringLiteral("[not met]     ");
    case Status::Undetermined: return QStringLiteral("[undetermined]");
    }
    return {};
}

} // namespace

QString AssessmentReport::text(const LocalText& localText) const
{
    return localText.text(m_language, m_checklist.defaultLanguage);
}

QString AssessmentReport::outcomeTitle(const QString& profileId, const QString& outcomeId) const
{
    const Outcome* outcome = findOutcome(m_checklist, profileId, outcomeId);
    return outcome ? text(outcome->title) : outcomeId;
}

QString AssessmentReport::indicatorTitle(const QString& indicatorId) const
{
    for (const Indicator& indicator : m_checklist.indicators) {
        if (indicator.id == indicatorId)
            return text(indicator.title);
    }
    return indicatorId;
}

QString AssessmentReport::answerText(const QString& questionId) const
{
    const Answer* answer = m_answers.find(questionId);
    if (!answer)
        return questionId + QStringLiteral(" unanswered");
    if (answer->state != AnswerState::Answered)
        return questionId + QStringLiteral(" = ") + toString(answer->state);
    const QJsonValue& value = answer->value;
    QString shown;
    if (value.isBool())
        shown = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    else if (value.isArray())
        shown = value.toVariant().toStringList().join(QStringLiteral(", "));
    else
        shown = value.toVariant().toString();
    return questionId + QStringLiteral(" = ") + shown;
}

QString AssessmentReport::render(const Assessment& assessment) const
{
    QString out;
    out += QStringLiteral("Checklist: %1 (%2 %3, sha256 %4)\n")
               .arg(text(m_checklist.title), m_checklist.id, m_checklist.version,
                    QString::fromLatin1(m_checklist.sha256().left(16)));
    if (assessment.outcomeId.isEmpty()) {
        out += QStringLiteral("Screening result: none reached yet\n");
    } else {
        out += QStringLiteral("Screening result: %1 (level %2, profile %3)%4\n")
                   .arg(outcomeTitle(assessment.outcomeProfileId, assessment.outcomeId))
                   .arg(assessment.level)
                   .arg(assessment.outcomeProfileId,
                        assessment.conditional ? QStringLiteral(" - conditional: see notes") : QString());
        const Outcome* outcome = findOutcome(m_checklist, assessment.outcomeProfileId, assessment.outcomeId);
        if (outcome && !outcome->advice.isEmpty())
            out += QStringLiteral("Advice: ") + text(outcome->advice) + u'\n';
    }
    out += QStringLiteral("This is a screening result, not a legal identification.\n");
    for (const QString& note : assessment.notes)
        out += QStringLiteral("Note: ") + note + u'\n';
    for (const ProfileResult& profile : assessment.profiles)
        renderProfile(out, profile);
    return out;
}

void AssessmentReport::renderProfile(QString& out, const ProfileResult& profile) const
{
    const Profile* model = m_checklist.profile(profile.profileId);
    out += QStringLiteral("\nProfile %1 - %2: %3").arg(profile.profileId, model ? text(model->title) : QString(),
                                                       toString(profile.applicability).replace(u'_', u' '));
    if (profile.applicability == Applicability::Undetermined)
        out += QStringLiteral(" (depends on %1)").arg(profile.applicabilityQuestions.join(QStringLiteral(", ")));
    out += u'\n';
    if (profile.applicability == Applicability::DoesNotApply)
        return;
    out += QStringLiteral("  Result: %1\n")
               .arg(profile.outcomeId.isEmpty() ? QStringLiteral("none") : outcomeTitle(profile.profileId, profile.outcomeId));
    for (const QString& possible : profile.possibleOutcomes)
        out += QStringLiteral("  Could become: %1\n").arg(outcomeTitle(profile.profileId, possible));
    for (const ElementResult& element : profile.elements)
        renderElement(out, element);
}

void AssessmentReport::renderElement(QString& out, const ElementResult& element) const
{
    const Element* model = m_checklist.element(element.elementId);
    out += QStringLiteral("  %1 %2 (%3): present %4; with open questions up to %5\n")
               .arg(statusLabel(element.status), model ? text(model->title) : element.elementId, element.elementId,
                    strengthCountsText(element.lowerCounts), strengthCountsText(element.upperCounts));
    if (model && element.status == Status::Met && !model->advice.isEmpty())
        out += QStringLiteral("      Advice: ") + text(model->advice) + u'\n'; // e.g. the referral a need calls for
    const auto renderTrace = [&](const IndicatorTrace& trace, QChar mark, const QStringList& questions, const QString& lead) {
        QStringList answers;
        for (const QString& question : questions)
            answers.append(answerText(question));
        out += QStringLiteral("      %1 %2  %3 <- %4%5\n")
                   .arg(mark)
                   .arg(toString(trace.strength).leftJustified(6), indicatorTitle(trace.indicatorId), lead,
                        answers.join(QStringLiteral("; ")));
    };
    for (const IndicatorTrace& trace : element.present)
        renderTrace(trace, u'+', trace.questions, QString());
    for (const IndicatorTrace& trace : element.open)
        renderTrace(trace, u'?', trace.decidingQuestions, QStringLiteral("open: "));
    if (element.status == Status::Undetermined)
        out += QStringLiteral("      Could be decided by: %1\n").arg(element.decidingQuestions.join(QStringLiteral(", ")));
}

} // namespace lantern::cli
