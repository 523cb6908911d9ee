// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExportCommands.h"

#include "casework/CaseFile.h"
#include "casework/CaseIndex.h"
#include "cli/CliApp.h"
#include "cli/DatabaseAccess.h"
#include "export/Aggregate.h"
#include "export/BatchExporter.h"
#include "export/SaveFile.h"
#include "export/SummaryExport.h"

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace lantern::cli {

namespace {

const QString kPassphraseFile = QStringLiteral("passphrase-file");

std::atomic<bool> g_interrupted { false };

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

/// Ctrl-C during a batch cancels it cleanly (nothing partial is left) instead of killing it.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        g_interrupted = false;
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

QCommandLineOption valueOption(const char* name, const char* description, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(valueName));
}

/// Progress on stderr when it is a terminal: one line rewritten in place.
BatchProgress terminalProgress(QTextStream& err)
{
    const bool terminal = isatty(STDERR_FILENO) == 1;
    return [&err, terminal](int done, int total) {
        if (terminal) {
            err << "\rexported " << done << " of " << total << (done == total ? "\n" : "");
            err.flush();
        }
        return !g_interrupted.load();
    };
}

/// Every case in the store's list order, optionally only those with one status.
Result<QList<CaseId>> allCases(CaseStore& store, const std::optional<CaseStatus>& status)
{
    auto index = CaseIndex::build(store);
    if (!index)
        return index.error();
    QList<CaseId> ids;
    CaseFilter filter;
    filter.status = status;
    for (qsizetype position : index->match(filter))
        ids.append(index->entries().at(position).id);
    return ids;
}

} // namespace

bool ExportCommands::needsGui(const QStringList& arguments)
{
    if (arguments.isEmpty() || (arguments.first() != u"export" && arguments.first() != u"export-all"))
        return false;
    const qsizetype format = arguments.indexOf(QStringLiteral("--format"));
    return format >= 0 && format + 1 < arguments.size() && arguments.at(format + 1) == u"pdf";
}

int ExportCommands::usage(const char* line)
{
    m_err << "usage: lantern-cli " << line << '\n';
    return UsageError;
}

int ExportCommands::exportCase(const QStringList& arguments)
{
    static const char* const kUsage = "export DB CASE --format pdf|html|json --out FILE [--lang L] [--second-lang L2] "
                                       "[--paper a4|letter] [--no-notes] [--passphrase-file FILE]";
    QCommandLineParser parser;
    const auto format = valueOption("format", "pdf, html or json.", "FORMAT");
    const auto out = valueOption("out", "The file to write.", "FILE");
    const auto lang = valueOption("lang", "Language of the summary.", "L");
    const auto secondLang = valueOption("second-lang", "A second language: a bilingual summary.", "L2");
    const auto paper = valueOption("paper", "a4 (default) or letter.", "SIZE");
    const QCommandLineOption noNotes(QStringLiteral("no-notes"), QStringLiteral("Leave caseworker notes out."));
    parser.addOptions({ format, out, lang, secondLang, paper, noNotes, DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("export"), arguments, m_err) || parser.positionalArguments().size() != 2
        || !parser.isSet(format) || !parser.isSet(out))
        return usage(kUsage);
    const QString kind = parser.value(format);
    const QString paperName = parser.value(paper).isEmpty() ? QStringLiteral("a4") : parser.value(paper);
    if ((kind != u"pdf" && kind != u"html" && kind != u"json") || (paperName != u"a4" && paperName != u"letter"))
        return usage(kUsage);

    const QString command = QStringLiteral("export");
    auto store = DatabaseAccess::open(parser.positionalArguments().at(0), parser.value(kPassphraseFile));
    if (!store)
        return DatabaseAccess::fail(m_out, m_err, command, store.error());
    auto found = DatabaseAccess::findCase(**store, parser.positionalArguments().at(1));
    if (!found)
        return DatabaseAccess::fail(m_out, m_err, command, found.error());
    auto caseFile = CaseFile::open(**store, found->id);
    if (!caseFile)
        return DatabaseAccess::fail(m_out, m_err, command, caseFile.error());
    SummaryRequest request;
    request.kind = kind == u"pdf" ? SummaryKind::Pdf : kind == u"html" ? SummaryKind::Html : SummaryKind::Json;
    request.paper = paperName == u"letter" ? PaperSize::Letter : PaperSize::A4;
    request.includeNotes = !parser.isSet(noNotes);
    request.language = parser.value(lang);
    request.secondLanguage = parser.value(secondLang);
    request.path = parser.value(out);
    if (auto exported = exportSummary(**store, *caseFile, request); !exported)
        return DatabaseAccess::fail(m_out, m_err, command, exported.error());
    m_out << request.path << '\n';
    return DatabaseAccess::finish(m_out, m_err, **store);
}

int ExportCommands::exportAll(const QStringList& arguments)
{
    static const char* const kUsage = "export-all DB --format csv|json|pdf|html --out FILE|FOLDER [--columns LIST] "
                                       "[--status S] [--no-notes] [--passphrase-file FILE]";
    QCommandLineParser parser;
    const auto format = valueOption("format", "csv or json (one file), pdf or html (a folder of summaries).", "FORMAT");
    const auto out = valueOption("out", "The file or new folder to write.", "PATH");
    const auto columns = valueOption("columns", "Column groups: case,outcome,elements,indicators,answers,text.", "LIST");
    const auto status = valueOption("status", "Only cases with this status.", "S");
    const QCommandLineOption noNotes(QStringLiteral("no-notes"), QStringLiteral("Leave caseworker notes out of summaries."));
    parser.addOptions({ format, out, columns, status, noNotes, DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("export-all"), arguments, m_err)
        || parser.positionalArguments().size() != 1 || !parser.isSet(format) || !parser.isSet(out))
        return usage(kUsage);
    const QString kind = parser.value(format);
    if (kind != u"csv" && kind != u"json" && kind != u"pdf" && kind != u"html")
        return usage(kUsage);
    std::optional<CaseStatus> onlyStatus;
    if (parser.isSet(status)) {
        onlyStatus = caseStatusFromString(parser.value(status));
        if (!onlyStatus)
            return usage(kUsage);
    }
    CaseTableColumns tableColumns;
    if (parser.isSet(columns)) {
        auto parsed = CaseTableColumns::parse(parser.value(columns));
        if (!parsed) {
            m_err << "lantern-cli export-all: " << parsed.errorMessage() << '\n';
            return UsageError;
        }
        tableColumns = *parsed;
    }

    const QString command = QStringLiteral("export-all");
    auto store = DatabaseAccess::open(parser.positionalArguments().at(0), parser.value(kPassphraseFile));
    if (!store)
        return DatabaseAccess::fail(m_out, m_err, command, store.error());
    auto ids = allCases(**store, onlyStatus);
    if (!ids)
        return DatabaseAccess::fail(m_out, m_err, command, ids.error());
    InterruptGuard interrupts;
    BatchExporter exporter(**store, terminalProgress(m_err));
    Result<int> written = 0;
    if (kind == u"csv" || kind == u"json") {
        written = exporter.table(*ids, parser.value(out), kind == u"csv" ? TableFormat::Csv : TableFormat::Json, tableColumns);
    } else {
        ReportOptions options;
        options.includeNotes = !parser.isSet(noNotes);
        options.training = !(*store)->isEncrypted();
        written = exporter.summaries(*ids, parser.value(out), kind == u"pdf" ? SummaryFormat::Pdf : SummaryFormat::Html, options);
    }
    if (!written)
        return DatabaseAccess::fail(m_out, m_err, command, written.error());
    m_out << *written << " cases exported to " << parser.value(out) << '\n';
    return DatabaseAccess::finish(m_out, m_err, **store);
}

int ExportCommands::aggregate(const QStringList& arguments)
{
    static const char* const kUsage = "aggregate DB --out FILE.csv [--k K] [--checklist ID] [--passphrase-file FILE]";
    QCommandLineParser parser;
    const auto out = valueOption("out", "The CSV file to write.", "FILE");
    const auto kOption = valueOption("k", "Smallest group published (default 11).", "K");
    const auto checklistOption = valueOption("checklist", "Only cases on this checklist (default: the most used).", "ID");
    parser.addOptions({ out, kOption, checklistOption, DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("aggregate"), arguments, m_err)
        || parser.positionalArguments().size() != 1 || !parser.isSet(out))
        return usage(kUsage);
    int k = Aggregator::kDefaultK;
    if (parser.isSet(kOption)) {
        bool ok = false;
        k = parser.value(kOption).toInt(&ok);
        if (!ok || k < 2)
            return usage(kUsage);
    }

    const QString command = QStringLiteral("aggregate");
    auto store = DatabaseAccess::open(parser.positionalArguments().at(0), parser.value(kPassphraseFile));
    if (!store)
        return DatabaseAccess::fail(m_out, m_err, command, store.error());
    auto index = CaseIndex::build(**store);
    if (!index)
        return DatabaseAccess::fail(m_out, m_err, command, index.error());
    QString checklistId = parser.value(checklistOption);
    if (checklistId.isEmpty()) {
        QHash<QString, int> uses;
        for (const CaseListEntry& entry : index->entries())
            ++uses[entry.checklist.id];
        for (auto it = uses.constBegin(); it != uses.constEnd(); ++it) {
            if (checklistId.isEmpty() || it.value() > uses.value(checklistId))
                checklistId = it.key();
        }
    }
    QList<AggregateCase> cases;
    std::optional<CaseFile> first;
    for (const CaseListEntry& entry : index->entries()) {
        if (entry.checklist.id != checklistId)
            continue;
        auto caseFile = CaseFile::open(**store, entry.id);
        if (!caseFile)
            return DatabaseAccess::fail(m_out, m_err, command, caseFile.error());
        cases.append(toAggregateCase(caseFile->checklist(), caseFile->assessment(), entry.createdAt.date()));
        if (!first)
            first.emplace(std::move(caseFile.value()));
    }
    if (!first)
        return DatabaseAccess::fail(m_out, m_err, command, Error { QStringLiteral("no cases to aggregate") });
    Aggregate aggregate = Aggregator::build(first->checklist(), cases, k);
    aggregate.training = !(*store)->isEncrypted();
    if (auto written = saveFile(parser.value(out), Aggregator::toCsv(aggregate)); !written)
        return DatabaseAccess::fail(m_out, m_err, command, written.error());
    m_out << aggregate.totalCases - aggregate.suppressedCases << " of " << aggregate.totalCases
          << " cases in groups of at least " << aggregate.k << "; " << aggregate.suppressedCases << " suppressed\n";
    return DatabaseAccess::finish(m_out, m_err, **store);
}

} // namespace lantern::cli
