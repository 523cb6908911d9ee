// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/BatchExporter.h"

#include "casework/CaseFile.h"
#include "export/HtmlReportWriter.h"
#include "export/SaveFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace lantern {

namespace {

/// A file name from a case code: codes are user-editable, so anything but letters, digits,
/// '-' and '_' becomes '_'.
QString fileNameFor(const QString& code, const QString& suffix)
{
    QString name;
    for (const QChar c : code)
        name += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : QChar(u'_');
    return (name.isEmpty() ? QStringLiteral("case") : name) + suffix;
}

} // namespace

QString trainingColumn()
{
    return QStringLiteral("training");
}

QString trainingMark()
{
    return QStringLiteral("TRAINING — fictional case");
}

QString batchCancelledMessage()
{
    return QStringLiteral("the export was cancelled; nothing was written");
}

BatchExporter::BatchExporter(CaseStore& store, BatchProgress progress)
    : m_store(store)
    , m_progress(std::move(progress))
{
}

bool BatchExporter::report(int done, int total) const
{
    return !m_progress || m_progress(done, total);
}

Result<void> BatchExporter::recordExports(const QList<CaseId>& cases, const QString& format, const QString& detail)
{
    for (const CaseId& caseId : cases) {
        if (auto recorded = m_store.recordExport(caseId, format, detail); !recorded)
            return Error { QStringLiteral("the export was written, but recording it in the audit trail failed: %1")
                               .arg(recorded.errorMessage()) };
    }
    return {};
}

Result<int> BatchExporter::summaries(const QList<CaseId>& cases, const QString& outDir, SummaryFormat format,
    const ReportOptions& options, PaperSize paper)
{
    const QFileInfo target(outDir);
    if (target.exists())
        return Error { QStringLiteral("%1 already exists; choose a new folder for the summaries").arg(outDir) };
    // The temporary folder sits beside the target so the final rename stays on one file system.
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.lantern-export-XXXXXX"));
    if (!staging.isValid())
        return Error { QStringLiteral("cannot write in %1: %2").arg(target.absolutePath(), staging.errorString()) };

    const QString suffix = format == SummaryFormat::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    QSet<QString> used;
    const int total = int(cases.size());
    for (int i = 0; i < total; ++i) {
        auto caseFile = CaseFile::open(m_store, cases.at(i));
        if (!caseFile)
            return caseFile.error();
        auto sessions = m_store.sessions(cases.at(i));
        if (!sessions)
            return sessions.error();
        const CaseReport summary = CaseReportBuilder(caseFile->checklist(), options)
                                       .build(caseFile->info(), caseFile->answers(), *sessions, caseFile->assessment());
        QString name = fileNameFor(summary.caseCode, suffix);
        for (int n = 2; used.contains(name); ++n)
            name = fileNameFor(summary.caseCode + QStringLiteral("-%1").arg(n), suffix);
        used.insert(name);
        const QString path = QDir(staging.path()).filePath(name);
        const Result<void> written = format == SummaryFormat::Pdf
            ? PdfReportWriter::write(summary, path, paper)
            : saveFile(path, HtmlReportWriter::render(summary).toUtf8());
        if (!written)
            return written.error();
        if (!report(i + 1, total))
            return Error { batchCancelledMessage() };
    }
    if (!QDir().rename(staging.path(), outDir))
        return Error { QStringLiteral("cannot move the summaries into %1").arg(outDir) };
    staging.setAutoRemove(false);
    if (auto recorded = recordExports(cases, format == SummaryFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("html"),
            QStringLiteral("batch of %1 summaries").arg(total));
        !recorded)
        return recorded.error();
    return total;
}

Result<int> BatchExporter::table(const QList<CaseId>& cases, const QString& outFile, TableFormat format,
    const CaseTableColumns& columns)
{
    QSaveFile file(outFile);
    if (!file.open(QIODevice::WriteOnly))
        return Error { QStringLiteral("cannot write %1: %2").arg(outFile, file.errorString()) };
    std::optional<CaseTable> table;
    QStringList header;
    QJsonArray rows;
    // A table from a training database is marked on every row: rows get copied out of files.
    const bool training = !m_store.isEncrypted();
    const int total = int(cases.size());
    for (int i = 0; i < total; ++i) {
        auto caseFile = CaseFile::open(m_store, cases.at(i));
        if (!caseFile)
            return caseFile.error();
        if (!table) {
            table.emplace(caseFile->checklist(), columns);
            header = table->header();
            if (training)
                header.prepend(trainingColumn());
            if (format == TableFormat::Csv)
                file.write(CaseTable::csvLine(header));
        }
        auto row = table->row(*caseFile);
        if (!row)
            return row.error();
        if (training)
            row->prepend(trainingMark());
        if (format == TableFormat::Csv) {
            file.write(CaseTable::csvLine(*row));
        } else {
            QJsonObject object;
            for (qsizetype c = 0; c < header.size(); ++c)
                object.insert(header.at(c), row->at(c));
            rows.append(object);
        }
        if (!report(i + 1, total)) {
            file.cancelWriting();
            return Error { batchCancelledMessage() };
        }
    }
    if (format == TableFormat::Json) {
        QJsonObject document { { QStringLiteral("format"), QStringLiteral("lantern-cases") },
            { QStringLiteral("format_version"), 1 }, { QStringLiteral("cases"), rows } };
        if (training)
            document.insert(QStringLiteral("training"), true);
        file.write(QJsonDocument(document).toJson());
    }
    if (!file.commit())
        return Error { QStringLiteral("cannot finish writing %1: %2").arg(outFile, file.errorString()) };
    if (auto recorded = recordExports(cases, format == TableFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json"),
            QStringLiteral("one of %1 cases in a table").arg(total));
        !recorded)
        return recorded.error();
    return total;
}

} // namespace lantern
