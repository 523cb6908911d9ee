// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CaseReportBuilder.h"

#include "export/AnswerText.h"
#include "scoring/AssessmentJson.h"
#include "scoring/AssessmentText.h"

#include <QHash>

namespace lantern {

namespace {

QString words(QString name)
{
    return name.replace(u'_', u' ');
}

const AnswerRecord* findRecord(const CaseAnswers& answers, const QString& questionId)
{
    for (const AnswerRecord& record : answers.records) {
        if (record.questionId == questionId)
            return &record;
    }
    return nullptr;
}

} // namespace

CaseReportBuilder::CaseReportBuilder(const Checklist& checklist, const ReportOptions& options)
    : m_checklist(checklist)
    , m_options(options)
    , m_language(options.language.isEmpty() ? checklist.defaultLanguage : options.language)
{
    if (!m_options.exportedAt.isValid())
        m_options.exportedAt = QDateTime::currentDateTimeUtc();
}

QString CaseReportBuilder::text(const LocalText& localText) const
{
    return localText.text(m_language, m_checklist.defaultLanguage);
}

QString CaseReportBuilder::questionText(const QString& questionId) const
{
    const Question* question = m_checklist.question(questionId);
    return question ? text(question->text) : questionId;
}

ReportAnswer CaseReportBuilder::answer(const CaseAnswers& answers, const QString& questionId) const
{
    ReportAnswer out;
    out.questionId = questionId;
    out.question = questionText(questionId);
    const Answer* given = answers.answers.find(questionId);
    out.value = answerValueText(given, m_checklist.question(questionId), m_language, m_checklist.defaultLanguage);
    if (const AnswerRecord* record = findRecord(answers, questionId)) {
        out.source = sourceText(toString(record->source));
        if (m_options.includeNotes)
            out.note = record->answer.note;
    }
    return out;
}

QString CaseReportBuilder::outcomeTitle(const QString& profileId, const QString& outcomeId) const
{
    const Outcome* outcome = findOutcome(m_checklist, profileId, outcomeId);
    return outcome ? text(outcome->title) : outcomeId;
}

QString CaseReportBuilder::outcomeAdvice(const QString& profileId, const QString& outcomeId) const
{
    const Outcome* outcome = findOutcome(m_checklist, profileId, outcomeId);
    return outcome ? text(outcome->advice) : QString();
}

ReportIndicator CaseReportBuilder::indicator(const CaseAnswers& answers, const IndicatorTrace& trace, bool open) const
{
    ReportIndicator out;
    out.id = trace.indicatorId;
    out.title = trace.indicatorId;
    for (const Indicator& model : m_checklist.indicators) {
        if (model.id == trace.indicatorId)
            out.title = text(model.title);
    }
    out.strength = toString(trace.strength);
    for (const QString& questionId : open ? trace.decidingQuestions : trace.questions)
        out.answers.append(answer(answers, questionId));
    return out;
}

ReportElement CaseReportBuilder::element(const CaseAnswers& answers, const ElementResult& result) const
{
    ReportElement out;
    out.id = result.elementId;
    const Element* model = m_checklist.element(result.elementId);
    out.title = model ? text(model->title) : result.elementId;
    out.status = words(toString(result.status));
    out.present = strengthCountsText(result.lowerCounts);
    out.upperBound = strengthCountsText(result.upperCounts);
    if (model && result.status == Status::Met && !model->advice.isEmpty())
        out.advice = text(model->advice);
    for (const IndicatorTrace& trace : result.present)
        out.indicators.append(indicator(answers, trace, false));
    for (const IndicatorTrace& trace : result.open)
        out.openIndicators.append(indicator(answers, trace, true));
    if (result.status == Status::Undetermined) {
        for (const QString& questionId : result.decidingQuestions)
            out.openQuestions.append(answer(answers, questionId));
    }
    return out;
}

ReportProfile CaseReportBuilder::profile(const CaseAnswers& answers, const ProfileResult& result) const
{
    ReportProfile out;
    out.id = result.profileId;
    const Profile* model = m_checklist.profile(result.profileId);
    out.title = model ? text(model->title) : result.profileId;
    out.applicability = words(toString(result.applicability));
    for (const QString& questionId : result.applicabilityQuestions)
        out.dependsOn.append(questionText(questionId));
    if (result.applicability == Applicability::DoesNotApply)
        return out;
    if (!result.outcomeId.isEmpty())
        out.outcome = outcomeTitle(result.profileId, result.outcomeId);
    for (const QString& possible : result.possibleOutcomes)
        out.couldBecome.append(outcomeTitle(result.profileId, possible));
    for (const ElementResult& elementResult : result.elements)
        out.elements.append(element(answers, elementResult));
    return out;
}

QList<ReportSection> CaseReportBuilder::sections(const CaseAnswers& answers, const Assessment& assessment) const
{
    QList<ReportSection> out;
    for (const Section& section : m_checklist.sections) {
        ReportSection summarySection;
        summarySection.title = text(section.title);
        for (const Question& question : section.questions) {
            if (!answers.answers.contains(question.id))
                continue;
            ReportAnswer given = answer(answers, question.id);
            // A kept answer to a question that no longer applies does not count: say so.
            given.notCounted = !assessment.relevance.isShownNow(question.id);
            summarySection.answers.append(std::move(given));
        }
        if (!summarySection.answers.isEmpty())
            out.append(std::move(summarySection));
    }
    return out;
}

CaseReport CaseReportBuilder::build(const Case& caseInfo, const CaseAnswers& answers,
    const QList<Session>& sessions, const Assessment& assessment) const
{
    CaseReport out;
    out.language = m_language;
    out.training = m_options.training;
    out.includesNotes = m_options.includeNotes;
    out.exportedAt = m_options.exportedAt;
    out.caseCode = caseInfo.code;
    out.status = toString(caseInfo.status);
    out.statusReason = caseInfo.statusReason;
    out.createdAt = caseInfo.createdAt;
    out.updatedAt = caseInfo.updatedAt;
    for (const Session& session : sessions)
        out.sessions.append({session.start, session.end, session.interpreterUsed, session.language});
    out.checklistTitle = text(m_checklist.title);
    out.checklistId = m_checklist.id;
    out.checklistVersion = m_checklist.version;
    out.checklistSha256 = QString::fromLatin1(assessment.checklistSha256);
    if (!assessment.outcomeId.isEmpty()) {
        out.outcome = outcomeTitle(assessment.outcomeProfileId, assessment.outcomeId);
        out.outcomeAdvice = outcomeAdvice(assessment.outcomeProfileId, assessment.outcomeId);
    }
    out.level = assessment.level;
    out.conditional = assessment.conditional;
    out.screeningStatement = resultStatement(m_checklist, m_language, assessment.conditional);
    out.notes = assessment.notes;
    for (const ProfileResult& result : assessment.profiles)
        out.profiles.append(profile(answers, result));
    out.sections = sections(answers, assessment);
    return out;
}

} // namespace lantern
