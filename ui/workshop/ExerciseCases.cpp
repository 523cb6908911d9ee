// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/ExerciseCases.h"

namespace lantern::exercise_cases {

namespace {

const QString kSeparator = QStringLiteral(" · ");

} // namespace

QString code(const CaseStudy& caseStudy, const QString& participant)
{
    return caseStudy.code + kSeparator + participant.simplified();
}

const CaseStudy* caseStudyFor(const CaseStudyLibrary& library, const QString& caseCode)
{
    if (const CaseStudy* seeded = library.findByCode(caseCode))
        return seeded;
    const QString prefix = caseCode.section(kSeparator, 0, 0);
    return prefix.size() < caseCode.size() ? library.findByCode(prefix) : nullptr;
}

QString participant(const CaseStudy& caseStudy, const QString& caseCode)
{
    const QString prefix = caseStudy.code + kSeparator;
    return caseCode.startsWith(prefix, Qt::CaseInsensitive) ? caseCode.mid(prefix.size()) : QString();
}

} // namespace lantern::exercise_cases
