// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SummaryExport.h"

#include "casework/CaseFile.h"
#include "export/CaseJsonExport.h"
#include "export/CaseReportBuilder.h"
#include "export/HtmlReportWriter.h"
#include "export/ReportLanguage.h"
#include "export/SaveFile.h"
#include "storage/CaseStore.h"

#include <QJsonDocument>

namespace lantern {

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

Result<CaseReport> buildSummary(CaseStore& store, const CaseFile& caseFile, bool includeNotes, const QString& language,
    const QString& secondLanguage)
{
    auto sessions = store.sessions(caseFile.info().id);
    if (!sessions)
        return sessions.error();
    ReportOptions options;
    options.includeNotes = includeNotes;
    options.language = language;
    options.secondLanguage = secondLanguage;
    options.training = !store.isEncrypted();
    return CaseReportBuilder(caseFile.checklist(), options)
        .build(caseFile.info(), caseFile.answers(), *sessions, caseFile.assessment());
}

Result<void> exportSummary(CaseStore& store, const CaseFile& caseFile, const SummaryRequest& request)
{
    const CaseId id = caseFile.info().id;
    if (auto languages = checkReportLanguages(caseFile.checklist(), request.language, request.secondLanguage); !languages)
        return languages;
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
            request.language.isEmpty() ? caseFile.checklist().defaultLanguage : request.language, !store.isEncrypted(),
            QDateTime::currentDateTimeUtc(), request.secondLanguage);
        written = saveFile(request.path, QJsonDocument(json).toJson());
    } else {
        auto report = buildSummary(store, caseFile, request.includeNotes, request.language, request.secondLanguage);
        if (!report)
            return report.error();
        written = request.kind == SummaryKind::Pdf
            ? PdfReportWriter::write(*report, request.path, request.paper)
            : saveFile(request.path, HtmlReportWriter::render(*report).toUtf8());
    }
    if (!written)
        return written;
    const bool notesApply = request.kind != SummaryKind::Json;
    return store.recordExport(id, summaryKindName(request.kind),
        notesApply && !request.includeNotes ? QStringLiteral("without notes") : QString());
}

} // namespace lantern
