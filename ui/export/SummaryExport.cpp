// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SummaryExport.h"

#include "casework/CaseFile.h"
#include "export/CaseJsonExport.h"
#include "export/CaseReportBuilder.h"
#include "export/HtmlReportWriter.h"
#include "storage/CaseStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace lantern {

namespace {

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error { QCoreApplication::translate("lantern::SummaryExport", "cannot write %1: %2")
                           .arg(path, file.errorString()) };
    return {};
}

} // namespace

QString summaryKindName(SummaryKind kind)
{
    switch (kind) {
    case SummaryKind::Pdf:
        return QStringLiteral("pdf");
    case SummaryKind::Html:
        return QStringLiteral("html");
    case SummaryKind::Json:
        break;
    }
    return QStringLiteral("json");
}

QString summaryKindSuffix(SummaryKind kind)
{
    return QLatin1Char('.') + summaryKindName(kind);
}

Result<CaseReport> buildSummary(CaseStore& store, const CaseFile& caseFile, bool includeNotes)
{
    auto sessions = store.sessions(caseFile.info().id);
    if (!sessions)
        return sessions.error();
    ReportOptions options;
    options.includeNotes = includeNotes;
    options.training = !store.isEncrypted();
    return CaseReportBuilder(caseFile.checklist(), options)
        .build(caseFile.info(), caseFile.answers(), *sessions, caseFile.assessment());
}

Result<void> exportSummary(CaseStore& store, const CaseFile& caseFile, const SummaryRequest& request)
{
    const CaseId id = caseFile.info().id;
    Result<void> written;
    if (request.kind == SummaryKind::Json) {
        auto sessions = store.sessions(id);
        if (!sessions)
            return sessions.error();
        auto audit = store.audit(id);
        if (!audit)
            return audit.error();
        const CaseRecordSet records { caseFile.info(), caseFile.answers(), *sessions, *audit };
        const QJsonObject json = caseToJson(records, caseFile.checklist(), caseFile.assessment(),
            caseFile.checklist().defaultLanguage, !store.isEncrypted(), QDateTime::currentDateTimeUtc());
        written = writeFile(request.path, QJsonDocument(json).toJson());
    } else {
        auto report = buildSummary(store, caseFile, request.includeNotes);
        if (!report)
            return report.error();
        written = request.kind == SummaryKind::Pdf
            ? PdfReportWriter::write(*report, request.path, request.paper)
            : writeFile(request.path, HtmlReportWriter::render(*report).toUtf8());
    }
    if (!written)
        return written;
    const bool notesApply = request.kind != SummaryKind::Json;
    return store.recordExport(id, summaryKindName(request.kind),
        notesApply && !request.includeNotes ? QStringLiteral("without notes") : QString());
}

} // namespace lantern
