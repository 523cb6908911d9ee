// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CaseReportBuilder.h"
#include "export/CaseTable.h"
#include "export/PdfReportWriter.h"
#include "storage/CaseStore.h"

#include <functional>

namespace lantern {

/// Called after each case with how many are done of how many; returning false cancels.
using BatchProgress = std::function<bool(int done, int total)>;

enum class SummaryFormat { Pdf, Html };
enum class TableFormat { Csv, Json };

/// Exports many cases of an unlocked store. Nothing partial ever carries a final name: a batch
/// is written under a temporary name and moved into place only when every case is done, so a
/// cancelled or failed batch leaves nothing behind. Each exported case gets an "exported" audit
/// event once the batch is in place.
class BatchExporter
{
public:
    BatchExporter(CaseStore& store, BatchProgress progress = {});

    /// One summary per case into the new folder `outDir` (which must not exist), named
    /// "<case code>.pdf" or ".html". Returns how many were written.
    Result<int> summaries(const QList<CaseId>& cases, const QString& outDir, SummaryFormat format,
        const ReportOptions& options, PaperSize paper = PaperSize::A4);

    /// One file holding every case: CSV (one row per case) or JSON (an array of rows keyed by
    /// column). All cases must share one checklist.
    Result<int> table(const QList<CaseId>& cases, const QString& outFile, TableFormat format,
        const CaseTableColumns& columns);

private:
    bool report(int done, int total) const;
    Result<void> recordExports(const QList<CaseId>& cases, const QString& format, const QString& detail);

    CaseStore& m_store;
    BatchProgress m_progress;
};

/// A table from a training database starts every row with this column and mark.
QString trainingColumn();
QString trainingMark();

/// "cancelled": the message a cancelled batch returns.
QString batchCancelledMessage();

} // namespace lantern
