// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CaseTable.h"

#include "checklist/AnswerText.h"
#include "scoring/AssessmentText.h"

namespace lantern {

namespace {

QString dateText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

Result<CaseTableColumns> CaseTableColumns::parse(const QString& list)
{
    CaseTableColumns columns;
    columns.caseFields = columns.outcome = columns.elements = columns.indicators = false;
    for (const QString& raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        if (name == u"case")
            columns.caseFields = true;
        else if (name == u"outcome")
            columns.outcome = true;
        else if (name == u"elements")
            columns.elements = true;
        else if (name == u"indicators")
            columns.indicators = true;
        else if (name == u"answers")
            columns.answers = true;
        else if (name == u"text")
            columns.freeText = true;
        else
            return Error { QStringLiteral("unknown column group '%1' (use case, outcome, elements, indicators, answers, text)").arg(name) };
    }
    return columns;
}

CaseTable::CaseTable(const Checklist& checklist, const CaseTableColumns& columns)
    : m_checklistId(checklist.id)
    , m_columns(columns)
{
    for (const Element& element : checklist.elements)
        m_elementIds.append(element.id);
    for (const Indicator& indicator : checklist.indicators)
        m_indicatorIds.append(indicator.id);
    for (const Section& section : checklist.sections) {
        for (const Question& question : section.questions) {
            const bool text = question.type == QuestionType::Text;
            if ((text && columns.freeText) || (!text && columns.answers))
                m_questionIds.append(question.id);
        }
    }
}

QStringList CaseTable::header() const
{
    QStringList out;
    if (m_columns.caseFields)
        out << QStringLiteral("code") << QStringLiteral("status") << QStringLiteral("checklist_id")
            << QStringLiteral("checklist_version") << QStringLiteral("started") << QStringLiteral("last_change");
    if (m_columns.outcome)
        out << QStringLiteral("outcome") << QStringLiteral("level") << QStringLiteral("conditional");
    if (m_columns.elements) {
        for (const QString& id : m_elementIds)
            out << QStringLiteral("element:") + id;
    }
    if (m_columns.indicators) {
        for (const QString& id : m_indicatorIds)
            out << QStringLiteral("indicator:") + id;
    }
    for (const QString& id : m_questionIds)
        out << QStringLiteral("answer:") + id;
    if (m_columns.freeText)
        out << QStringLiteral("notes");
    return out;
}

Result<QStringList> CaseTable::row(const CaseFile& caseFile) const
{
    const Case& info = caseFile.info();
    if (info.checklist.id != m_checklistId)
        return Error { QStringLiteral("case %1 uses checklist %2, not %3; export each checklist's cases separately")
                           .arg(info.code, info.checklist.id, m_checklistId) };
    const Assessment& assessment = caseFile.assessment();
    QStringList out;
    if (m_columns.caseFields)
        out << info.code << toString(info.status) << info.checklist.id << info.checklist.version
            << dateText(info.createdAt) << dateText(info.updatedAt);
    if (m_columns.outcome)
        out << assessment.outcomeId << QString::number(assessment.level)
            << (assessment.conditional ? QStringLiteral("yes") : QStringLiteral("no"));
    const ProfileResult* profile = outcomeProfile(assessment);
    if (m_columns.elements) {
        for (const QString& id : m_elementIds) {
            QString status = QStringLiteral("not weighed");
            if (profile) {
                for (const ElementResult& element : profile->elements) {
                    if (element.elementId == id)
                        status = toString(element.status);
                }
            }
            out << status;
        }
    }
    if (m_columns.indicators) {
        for (const QString& id : m_indicatorIds) {
            QString presence = QStringLiteral("absent");
            if (profile) {
                for (const ElementResult& element : profile->elements) {
                    for (const IndicatorTrace& trace : element.present) {
                        if (trace.indicatorId == id)
                            presence = QStringLiteral("present");
                    }
                    for (const IndicatorTrace& trace : element.open) {
                        if (trace.indicatorId == id && presence != u"present")
                            presence = QStringLiteral("open");
                    }
                }
            }
            out << presence;
        }
    }
    const AnswerSet& answers = caseFile.answers().answers;
    const QString language = caseFile.checklist().defaultLanguage;
    for (const QString& id : m_questionIds)
        out << answerValueText(answers.find(id), caseFile.checklist().question(id), language, language);
    if (m_columns.freeText) {
        QStringList notes;
        for (const AnswerRecord& record : caseFile.answers().records) {
            if (!record.answer.note.isEmpty())
                notes << record.questionId + QStringLiteral(": ") + record.answer.note;
        }
        out << notes.join(QStringLiteral(" | "));
    }
    return out;
}

QByteArray CaseTable::csvLine(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        QByteArray field = fields.at(i).toUtf8();
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        if (!field.isEmpty() && QByteArrayView("=+-@").contains(field.front()))
            field.prepend('\'');
        if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
            field.replace("\"", "\"\"");
            field = '"' + field + '"';
        }
        line += field;
    }
    return line + "\r\n";
}

} // namespace lantern
