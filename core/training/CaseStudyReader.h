// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistRegistry.h"
#include "checklist/FieldReader.h"
#include "training/CaseStudy.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace lantern {

/// Turns a parsed case-study document into a CaseStudy, checking it against the checklist it
/// names, and reports every problem to the sink. Internal to CaseStudyLoader.
class CaseStudyReader
{
public:
    CaseStudyReader(DiagnosticSink& sink, const QList<ChecklistEntry>& checklists)
        : m_sink(sink)
        , m_checklists(checklists)
    {
    }

    /// Reads the whole document; the result is complete only when the sink holds no errors.
    /// `expectedId`, when given, is the file's base name, which the id must equal.
    CaseStudy read(const QJsonValue& root, const QString& expectedId);

    /// The checklist the case study was checked against; null when it named none that is installed.
    const Checklist* checklist() const { return m_checklist; }

private:
    void readHeader(FieldReader& top, const QString& expectedId);
    void findChecklist(const QJsonValue& value, const QString& pointer);
    void readSessions(const QJsonArray& array, const QString& pointer);
    void readExpected(const QJsonValue& value, const QString& pointer);
    /// Reads an outcome id and checks that one of the expected profiles has it.
    QString readOutcomeId(FieldReader& fields, const QString& key);

    // CaseStudyAnswerReader.cpp: the recorded interview and the model answers.
    void readInterview(const QJsonValue& value, const QString& pointer);
    std::optional<CaseStudyAnswer> readInterviewAnswer(
        const QString& questionId, const QJsonValue& value, const QString& pointer);
    void readModelAnswers(const QJsonValue& value, const QString& pointer);
    /// The question `questionId` of the checklist; reports an unknown one at `pointer`'s key.
    const Question* questionAt(const QString& questionId, const QString& pointer);
    /// Orders the interview as it is seeded (see CaseStudy::interview).
    void orderInterview();

    DiagnosticSink& m_sink;
    const QList<ChecklistEntry>& m_checklists;
    const Checklist* m_checklist = nullptr;
    CaseStudy m_caseStudy;
};

/// The format name every case-study file declares.
inline QString caseStudyFormat()
{
    return QStringLiteral("lantern-case-study/1");
}

/// Whether `id` is a valid case-study id: lower-case letters, digits and '-', at most 64 characters.
bool isValidCaseStudyId(const QString& id);

} // namespace lantern
