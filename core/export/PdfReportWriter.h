// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CaseReport.h"
#include "util/Result.h"

#include <QString>

namespace lantern {

enum class PaperSize { A4, Letter };

/// Lays out a case summary (the HTML summary's content) on A4 or Letter pages, with the case code,
/// the export time and "page N of M" at the foot of every page, and writes it as PDF. Needs a
/// QGuiApplication (fonts); the offscreen platform is enough.
class PdfReportWriter
{
public:
    /// Writes to `path` through a temporary file: a failed or interrupted export never leaves a
    /// partial file under the final name.
    static Result<void> write(const CaseReport& summary, const QString& path, PaperSize paper = PaperSize::A4);
};

} // namespace lantern
