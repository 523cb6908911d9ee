// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CaseReport.h"
#include "export/PdfReportWriter.h"
#include "util/Result.h"

#include <QString>

namespace lantern {

class CaseFile;
class CaseStore;

/// The formats one case's summary can be exported in.
enum class SummaryKind { Pdf, Html, Json };

/// What the person chose (in the export dialog or on the command line).
struct SummaryRequest
{
    SummaryKind kind = SummaryKind::Pdf;
    PaperSize paper = PaperSize::A4;
    bool includeNotes = true; ///< PDF and HTML only: the JSON export is full-fidelity
    QString language;         ///< of the checklist's texts; empty: the checklist's default
    QString secondLanguage;   ///< a bilingual summary: every checklist text in this one too; empty: none
    QString path;
};

/// "pdf", "html" or "json": the format name the audit trail records (as lantern-cli does).
QString summaryKindName(SummaryKind kind);
/// ".pdf", ".html" or ".json".
QString summaryKindSuffix(SummaryKind kind);

/// The case's summary as the HTML and PDF writers render it; a training database says so.
Result<CaseReport> buildSummary(CaseStore& store, const CaseFile& caseFile, bool includeNotes,
    const QString& language = {}, const QString& secondLanguage = {});

/// Writes the summary (never a partial file under the final name) and records the export in the
/// case's audit trail. The window's export dialog and `lantern-cli export` both call this. A
/// language the checklist does not declare is refused with an error naming the ones it has.
Result<void> exportSummary(CaseStore& store, const CaseFile& caseFile, const SummaryRequest& request);

} // namespace lantern
