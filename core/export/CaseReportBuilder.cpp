// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CaseReportBuilder.h"

#include "checklist/AnswerText.h"
#include "export/ReportLanguage.h"
#include "scoring/AssessmentJson.h"
#include "scoring/AssessmentText.h"

#include <QHash>

namespace lantern {

namespace {

const AnswerRecord* findRecord(const CaseAnswers& answers, const QString& questionId)
{
    for (const AnswerRecord& record : answers.records) {
        if (record.questionId == questionId)
            return &record;
    }
    return nullptr;
}

/// Labels joined as answerValueText() joins them, marked as a fallback when any of them is.
ReportText joined(const QList<ReportText>& labels)
{
    ReportText out;
    QStringList texts;
    for (const ReportText& label : labels) {
        texts.append(label.text);
        if (label.fallback && !out.fallback) {
            out.fallback = true;
            out.language = label.language;
        } else if (!out.fallback && out.language.isEmpty()) {
            out.language = label.language;
        }
    }
    out.text = texts.join(QStringLiteral("; "));
    return out;
}

} // namespace

CaseReportBuilder::CaseReportBuilder(const Checklist& checklist, const ReportOptions& options)
    : m_checklist(checklist)
    , m_options(options)
    , m_language(options.language.isEmpty() ? checklist.defaultLanguage : options.language)
    , m_second(options.secondLanguage == m_language ? QString() : options.secondLanguage)
    , m_words(m_language)
{
    if (!m_options.exportedAt.isValid())
        m_options.exportedAt = QDateTime::currentDateTimeUtc();
}

QString CaseReportBuilder::text(const LocalText& localText) const
{
    QString ignored;
    return text(localText, ignored);
}

QString CaseReportBuilder::text(const LocalText& localText, QString& fallback) const
{
    const ReportText resolved = reportText(localText, m_language, m_checklist.defaultLanguage);
    if (resolved.fallback && !localText.isEmpty()) {
        fallback = resolved.language.isEmpty() ? m_checklist.defaultLanguage : resolved.language;
        ++m_fallbacks;
    }
    return resolved.text;
}

ReportText CaseReportBuilder::second(const LocalText& localText) const
{
    if (!bilingual() || localText.isEmpty())
        return {};
    ReportText resolved = reportText(localText, m_second, m_checklist.defaultLanguage);
    if (resolved.fallback) {
        if (resolved.language.isEmpty())
            resolved.language = m_checklist.defaultLanguage;
        ++m_fallbacks;
    }
    return resolved;
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
    const Question* question = m_checklist.question(questionId);
    out.question = question ? text(question->text, out.questionFallback) : questionId;
    if (question)
        out.secondQuestion = second(question->text);
    const Answer* given = answers.answers.find(questionId);
    out.value = answerValueText(given, question, m_language, m_checklist.defaultLanguage, m_words);
    const QList<ReportText> labels = optionLabels(given, question, m_language, m_checklist.defaultLanguage);
    if (const ReportText first = joined(labels); first.fallback) {
        out.valueFallback = first.language;
        ++m_fallbacks;
    }
    if (bilingual() && !labels.isEmpty()) {
        out.secondValue = joined(optionLabels(given, question, m_second, m_checklist.defaultLanguage));
        m_fallbacks += out.secondValue.fallback ? 1 : 0;
    }
    if (const AnswerRecord* record = findRecord(answers, questionId)) {
        out.source = sourceText(toString(record->source), m_words);
        if (m_options.includeNotes)
            out.note = record->answer.note;
    }
    return out;
}

const Outcome* CaseReportBuilder::outcome(const QString& profileId, const QString& outcomeId) const
{
    return findOutcome(m_checklist, profileId, outcomeId);
}

ReportIndicator CaseReportBuilder::indicator(const CaseAnswers& answers, const IndicatorTrace& trace, bool open) const
{
    ReportIndicator out;
    out.id = trace.indicatorId;
    out.title = trace.indicatorId;
    for (const Indicator& model : m_checklist.indicators) {
        if (model.id == trace.indicatorId) {
            out.title = text(model.title, out.titleFallback);
            out.secondTitle = second(model.title);
        }
    }
    out.strength = strengthInWords(trace.strength, m_words);
    for (const QString& questionId : open ? trace.decidingQuestions : trace.questions)
        out.answers.append(answer(answers, questionId));
    return out;
}

ReportElement CaseReportBuilder::element(const CaseAnswers& answers, const ElementResult& result) const
{
    ReportElement out;
    out.id = result.elementId;
    const Element* model = m_checklist.element(result.elementId);
    out.title = model ? text(model->title, out.titleFallback) : result.elementId;
    if (model)
        out.secondTitle = second(model->title);
    out.status = statusInWords(result.status, m_words);
    out.present = strengthCountsText(result.lowerCounts, m_words);
    out.upperBound = strengthCountsText(result.upperCounts, m_words);
    if (model && result.status == Status::Met && !model->advice.isEmpty()) {
        out.advice = text(model->advice, out.adviceFallback);
        out.secondAdvice = second(model->advice);
    }
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
    out.title = model ? text(model->title, out.titleFallback) : result.profileId;
    if (model)
        out.secondTitle = second(model->title);
    out.applicability = applicabilityInWords(result.applicability, m_words);
    out.applies = result.applicability != Applicability::DoesNotApply;
    for (const QString& questionId : result.applicabilityQuestions) {
        const ReportAnswer question = answer(answers, questionId);
        out.dependsOn.append(question.question);
        out.dependsOnFallback.append(question.questionFallback);
        out.secondDependsOn.append(question.secondQuestion);
    }
    if (result.applicability == Applicability::DoesNotApply)
        return out;
    if (const Outcome* reached = outcome(result.profileId, result.outcomeId)) {
        out.outcome = text(reached->title, out.outcomeFallback);
        out.secondOutcome = second(reached->title);
    } else if (!result.outcomeId.isEmpty()) {
        out.outcome = result.outcomeId;
    }
    for (const QString& possible : result.possibleOutcomes) {
        const Outcome* could = outcome(result.profileId, possible);
        QString fallback;
        out.couldBecome.append(could ? text(could->title, fallback) : possible);
        out.couldBecomeFallback.append(fallback);
        out.secondCouldBecome.append(could ? second(could->title) : ReportText());
    }
    for (const ElementResult& elementResult : result.elements)
        out.elements.append(element(answers, elementResult));
    return out;
}

QList<ReportSection> CaseReportBuilder::sections(const CaseAnswers& answers, const Assessment& assessment) const
{
    QList<ReportSection> out;
    for (const Section& section : m_checklist.sections) {
        ReportSection summarySection;
        for (const Question& question : section.questions) {
            if (!answers.answers.contains(question.id))
                continue;
            ReportAnswer given = answer(answers, question.id);
            // A kept answer to a question that no longer applies does not count: say so.
            given.notCounted = !assessment.relevance.isShownNow(question.id);
            summarySection.answers.append(std::move(given));
        }
        if (summarySection.answers.isEmpty())
            continue;
        summarySection.title = text(section.title, summarySection.titleFallback);
        summarySection.secondTitle = second(section.title);
        out.append(std::move(summarySection));
    }
    return out;
}

CaseReport CaseReportBuilder::build(const Case& caseInfo, const CaseAnswers& answers,
    const QList<Session>& sessions, const Assessment& assessment) const
{
    m_fallbacks = 0;
    CaseReport out;
    out.language = m_language;
    out.secondLanguage = m_second;
    out.defaultLanguage = m_checklist.defaultLanguage;
    out.languageReviewed = m_checklist.provenance.isReviewed(m_language, m_checklist.defaultLanguage);
    out.secondLanguageReviewed = !bilingual() || m_checklist.provenance.isReviewed(m_second, m_checklist.defaultLanguage);
    out.training = m_options.training;
    out.includesNotes = m_options.includeNotes;
    out.exportedAt = m_options.exportedAt;
    out.caseCode = caseInfo.code;
    out.status = caseStatusInWords(caseInfo.status, m_words);
    out.statusReason = caseInfo.statusReason;
    out.createdAt = caseInfo.createdAt;
    out.updatedAt = caseInfo.updatedAt;
    for (const Session& session : sessions)
        out.sessions.append({session.start, session.end, session.interpreterUsed, session.language, session.interfaceLanguage});
    out.checklistTitle = text(m_checklist.title, out.checklistTitleFallback);
    out.secondChecklistTitle = second(m_checklist.title);
    out.checklistId = m_checklist.id;
    out.checklistVersion = m_checklist.version;
    out.checklistSha256 = QString::fromLatin1(assessment.checklistSha256);
    if (const Outcome* reached = outcome(assessment.outcomeProfileId, assessment.outcomeId)) {
        out.outcome = text(reached->title, out.outcomeFallback);
        out.secondOutcome = second(reached->title);
        out.outcomeAdvice = text(reached->advice, out.outcomeAdviceFallback);
        out.secondOutcomeAdvice = second(reached->advice);
    } else if (!assessment.outcomeId.isEmpty()) {
        out.outcome = assessment.outcomeId;
    }
    out.level = assessment.level;
    out.conditional = assessment.conditional;
    out.screeningStatement = resultStatement(m_checklist, m_language, assessment.conditional, m_words);
    out.notes = assessment.notes;
    for (const ProfileResult& result : assessment.profiles)
        out.profiles.append(profile(answers, result));
    out.sections = sections(answers, assessment);
    out.untranslatedTexts = m_fallbacks;
    return out;
}

} // namespace lantern
