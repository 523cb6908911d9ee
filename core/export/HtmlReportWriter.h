// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CaseReport.h"

#include <QString>

namespace lantern {

/// Renders a CaseReport as one self-contained HTML page (no scripts, no external resources),
/// readable on paper in black and white: every status is a word, never a colour alone. The PDF
/// writer lays out the same HTML, so both formats say the same thing.
class HtmlReportWriter
{
public:
    /// The page. `forPrint` leaves out the screen-only footer (the PDF writer draws its own,
    /// with page numbers).
    static QString render(const CaseReport& summary, bool forPrint = false);
};

} // namespace lantern
