// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseExport.h"

#include "export/SaveFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace lantern {

QString exerciseTrainingMark()
{
    // In the interface language when the window has installed a translator, like every export text.
    return QCoreApplication::translate("lantern::ExerciseExport", "TRAINING \u2014 fictional case study");
}

std::optional<ExerciseExportFormat> exerciseFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return ExerciseExportFormat::Html;
    if (suffix == u"csv")
        return ExerciseExportFormat::Csv;
    if (suffix == u"json")
        return ExerciseExportFormat::Json;
    return std::nullopt;
}

QString exerciseFormatSuffix(ExerciseExportFormat format)
{
    switch (format) {
    case ExerciseExportFormat::Html:
        return QStringLiteral(".html");
    case ExerciseExportFormat::Csv:
        return QStringLiteral(".csv");
    case ExerciseExportFormat::Json:
        return QStringLiteral(".json");
    }
    return {};
}

Result<void> exportExercise(const QString& path, ExerciseExportFormat format, const ExerciseComparison& comparison,
    const ExerciseExportInfo& info)
{
    if (path.trimmed().isEmpty())
        return Error {QCoreApplication::translate("lantern::ExerciseExport", "Choose a file to export the comparison to.")};
    QByteArray bytes;
    switch (format) {
    case ExerciseExportFormat::Html:
        bytes = exerciseHtml(comparison, info).toUtf8();
        break;
    case ExerciseExportFormat::Csv:
        bytes = exerciseCsv(comparison, info);
        break;
    case ExerciseExportFormat::Json:
        bytes = QJsonDocument(exerciseJson(comparison, info)).toJson(QJsonDocument::Indented);
        break;
    }
    return saveFile(path, bytes);
}

} // namespace lantern
