// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercise/ExerciseExportChooser.h"

#include <QFileDialog>
#include <QFileInfo>

namespace lantern {

std::optional<ExerciseExportChoice> ExerciseExportFileDialog::choose(QWidget* parent, const QString& suggestedPath)
{
    const QString html = tr("HTML report for the trainer (*.html)");
    const QString csv = tr("CSV table, one row per indicator (*.csv)");
    const QString json = tr("JSON, everything compared (*.json)");
    QString selected = html;
    const QString chosen = QFileDialog::getSaveFileName(parent, tr("Export the comparison for the trainer"),
        suggestedPath, QStringList {html, csv, json}.join(QStringLiteral(";;")), &selected);
    if (chosen.isEmpty())
        return std::nullopt;
    ExerciseExportChoice choice {chosen, ExerciseExportFormat::Html};
    if (const auto bySuffix = exerciseFormatForPath(chosen)) {
        choice.format = *bySuffix;
        return choice;
    }
    choice.format = selected == csv ? ExerciseExportFormat::Csv
        : selected == json          ? ExerciseExportFormat::Json
                                    : ExerciseExportFormat::Html;
    choice.path += exerciseFormatSuffix(choice.format);
    return choice;
}

} // namespace lantern
