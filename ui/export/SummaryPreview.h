// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CaseReport.h"

#include <memory>

class QTextDocument;
class QWidget;

namespace lantern {

/// The print preview of a case summary: the same HTML the PDF writer lays out, in a
/// QTextDocument shown by QPrintPreviewDialog.
class SummaryPreview
{
public:
    SummaryPreview() = delete;

    /// The document that would be printed (the print form of the HTML summary).
    static std::unique_ptr<QTextDocument> document(const CaseReport& report);
    /// Opens a print preview of `report` (window-modal, deletes itself when closed).
    static void show(const CaseReport& report, QWidget* parent);
};

} // namespace lantern
