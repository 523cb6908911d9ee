// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercise/ExerciseComparison.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lantern {

// Exports of an exercise comparison for the trainer. Every export carries the training mark:
// a banner in HTML, a first-line comment in CSV, "training": true in JSON.

/// Who worked which case study; shown at the top of every export.
struct ExerciseExportInfo
{
    QString participantLabel; ///< a name or label the trainer recognises, e.g. "Group 3"
    QString caseStudyTitle;
    QDateTime exportedAt;     ///< left out when invalid
};

enum class ExerciseExportFormat { Html, Csv, Json };

/// The mark every export carries: "TRAINING — fictional case study".
QString exerciseTrainingMark();

/// One self-contained HTML page (no scripts, no external resources), every text escaped: the
/// outcome match first, then each element's found, missed and added indicators, then the
/// reasoning and the answers that differ.
QString exerciseHtml(const ExerciseComparison& comparison, const ExerciseExportInfo& info);

/// RFC 4180 CSV after a first-line "# TRAINING" comment: one row per found, missed or added
/// indicator per profile (columns: profile, element, indicator, strength, model_present,
/// participant_present, verdict, miss_reason, indicator_title, participant, case_study).
QByteArray exerciseCsv(const ExerciseComparison& comparison, const ExerciseExportInfo& info);

/// {"format": "lantern-exercise-comparison", "format_version": 1, "training": true, ...}.
QJsonObject exerciseJson(const ExerciseComparison& comparison, const ExerciseExportInfo& info);

/// The format named by a file's suffix (.html/.htm, .csv, .json), if any.
std::optional<ExerciseExportFormat> exerciseFormatForPath(const QString& path);
/// ".html", ".csv" or ".json".
QString exerciseFormatSuffix(ExerciseExportFormat format);

/// Writes the comparison to `path` atomically (saveFile): a failed write leaves no file.
Result<void> exportExercise(const QString& path, ExerciseExportFormat format, const ExerciseComparison& comparison,
    const ExerciseExportInfo& info);

inline constexpr int kExerciseJsonFormatVersion = 1;

} // namespace lantern
