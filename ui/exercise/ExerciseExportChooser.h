// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercise/ExerciseExport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace lantern {

/// Where and how to save a comparison for the trainer.
struct ExerciseExportChoice
{
    QString path;
    ExerciseExportFormat format = ExerciseExportFormat::Html;
};

/// Asks where to save an export, starting from `suggestedPath`; nullopt when the person cancels.
/// The seam ExerciseComparisonView calls, so tests (and the app) can answer without a dialog.
using ExerciseExportChooser = std::function<std::optional<ExerciseExportChoice>(QWidget* parent, const QString& suggestedPath)>;

/// The real chooser: a save-file dialog offering HTML, CSV and JSON.
class ExerciseExportFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseExportFileDialog)

public:
    ExerciseExportFileDialog() = delete;

    /// Asks for the file; the format follows the suffix typed, else the filter chosen (whose
    /// suffix is then added).
    static std::optional<ExerciseExportChoice> choose(QWidget* parent, const QString& suggestedPath);
};

} // namespace lantern
