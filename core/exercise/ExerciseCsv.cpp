// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseExport.h"

#include "export/CaseTable.h"

namespace lantern {

namespace {

// A comment line must stay one line whatever the labels hold.
QString oneLine(QString text)
{
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

QByteArray exerciseCsv(const ExerciseComparison& comparison, const ExerciseExportInfo& info)
{
    QByteArray out = QByteArrayLiteral("# ") + oneLine(exerciseTrainingMark()).toUtf8() + QByteArrayLiteral(" (")
        + oneLine(comparison.checklistId + u' ' + comparison.checklistVersion).toUtf8() + QByteArrayLiteral(")\r\n");
    out += CaseTable::csvLine({QStringLiteral("profile"), QStringLiteral("element"), QStringLiteral("indicator"),
        QStringLiteral("strength"), QStringLiteral("model_present"), QStringLiteral("participant_present"),
        QStringLiteral("verdict"), QStringLiteral("miss_reason"), QStringLiteral("indicator_title"),
        QStringLiteral("participant"), QStringLiteral("case_study")});
    for (const ProfileComparison& profile : comparison.profiles) {
        for (const ElementComparison& element : profile.elements) {
            for (const IndicatorComparison& indicator : element.indicators) {
                out += CaseTable::csvLine({profile.profileId, element.elementId, indicator.indicatorId,
                    toString(indicator.strength), toString(indicator.model), toString(indicator.participant),
                    toString(indicator.verdict), toString(indicator.missReason), indicator.title,
                    info.participantLabel, info.caseStudyTitle});
            }
        }
    }
    return out;
}

} // namespace lantern
