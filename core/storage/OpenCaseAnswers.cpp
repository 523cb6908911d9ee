// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/OpenCaseAnswers.h"

namespace lantern {

OpenCaseAnswers::Known OpenCaseAnswers::find(const CaseId& caseId, const QString& questionId, qint64 dataVersion)
{
    if (dataVersion != m_dataVersion) {
        clear();
        return {};
    }
    if (caseId != m_caseId)
        return {};
    const auto found = m_answers.constFind(questionId);
    if (found != m_answers.cend())
        return { true, *found };
    if (m_complete)
        return { true, std::nullopt };
    return {};
}

void OpenCaseAnswers::fill(const CaseId& caseId, QHash<QString, Stored> answers, qint64 dataVersion)
{
    m_caseId = caseId;
    m_dataVersion = dataVersion;
    m_answers = std::move(answers);
    m_complete = true;
}

void OpenCaseAnswers::remember(const CaseId& caseId, const QString& questionId, Stored stored, qint64 dataVersion)
{
    keepOnly(caseId, dataVersion);
    m_answers.insert(questionId, std::move(stored));
}

void OpenCaseAnswers::clear()
{
    m_caseId = CaseId();
    m_dataVersion = -1;
    m_complete = false;
    m_answers.clear();
}

void OpenCaseAnswers::keepOnly(const CaseId& caseId, qint64 dataVersion)
{
    if (caseId == m_caseId && dataVersion == m_dataVersion)
        return;
    clear();
    m_caseId = caseId;
    m_dataVersion = dataVersion;
}

} // namespace lantern
