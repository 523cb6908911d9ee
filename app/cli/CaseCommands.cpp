// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommands.h"

#include "casework/CaseFile.h"
#include "casework/CaseIndex.h"
#include "casework/SearchableAnswers.h"
#include "checklist/ChecklistRegistry.h"
#include "cli/AssessmentReport.h"
#include "cli/CaseReport.h"
#include "cli/CliApp.h"
#include "cli/DatabaseAccess.h"
#include "scoring/AssessmentJson.h"

#include <QJsonDocument>

namespace lantern::cli {

namespace {

const QString kPassphraseFile = QStringLiteral("passphrase-file");

QCommandLineOption dirOption()
{
    return QCommandLineOption(
        QStringLiteral("dir"), QStringLiteral("User checklist folder."), QStringLiteral("DIR"));
}

} // namespace

int CaseCommands::fail(const QString& command, const Error& error)
{
    return DatabaseAccess::fail(m_out, m_err, command, error);
}

int CaseCommands::usage(const char* line)
{
    m_err << "usage: lantern-cli " << line << '\n';
    return UsageError;
}

int CaseCommands::done(const CaseStore& store)
{
    return DatabaseAccess::finish(m_out, m_err, store);
}

int CaseCommands::newCase(const QStringList& arguments)
{
    static const char* const kUsage
        = "new DB --checklist ID|FILE [--code CODE] [--dir DIR] [--passphrase-file FILE]";
    QCommandLineParser parser;
    const QCommandLineOption checklistOption(
        QStringLiteral("checklist"), QStringLiteral("Checklist id or file."), QStringLiteral("ID"));
    const QCommandLineOption codeOption(
        QStringLiteral("code"), QStringLiteral("Case code."), QStringLiteral("CODE"));
    parser.addOptions({ checklistOption, codeOption, dirOption(), DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("new"), arguments, m_err)
        || parser.positionalArguments().size() != 1 || !parser.isSet(checklistOption))
        return usage(kUsage);
    const QString folder = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                               : ChecklistRegistry::defaultUserFolder();
    // The checklist first: no passphrase prompt for a typo in its name.
    const Result<Checklist> checklist
        = DatabaseAccess::resolveChecklist(parser.value(checklistOption), folder);
    if (!checklist)
        return fail(QStringLiteral("new"), checklist.error());
    auto store
        = DatabaseAccess::open(parser.positionalArguments().constFirst(), parser.value(kPassphraseFile));
    if (!store)
        return fail(QStringLiteral("new"), store.error());
    const QString code = parser.value(codeOption).trimmed();
    if (!code.isEmpty()) {
        // Codes are how people name cases; two cases with one code would make that ambiguous.
        if (DatabaseAccess::findCase(**store, code))
            return fail(QStringLiteral("new"),
                Error { QStringLiteral("a case with the code '%1' already exists").arg(code) });
    }
    const Result<CaseFile> file = CaseFile::create(**store, *checklist, code);
    if (!file)
        return fail(QStringLiteral("new"), file.error());
    m_out << file->info().id.toString() << '\n';
    return done(**store);
}

int CaseCommands::answer(const QStringList& arguments)
{
    static const char* const kUsage
        = "answer DB CASE QUESTION VALUE [--note TEXT] [--source self_report|observed|document|third_party] "
          "[--passphrase-file FILE]";
    QCommandLineParser parser;
    const QCommandLineOption noteOption(
        QStringLiteral("note"), QStringLiteral("Note on the answer."), QStringLiteral("TEXT"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"), QStringLiteral("Where the answer came from."), QStringLiteral("SOURCE"));
    parser.addOptions({ noteOption, sourceOption, DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("answer"), arguments, m_err)
        || parser.positionalArguments().size() != 4)
        return usage(kUsage);
    const std::optional<AnswerSource> source = parser.isSet(sourceOption)
        ? answerSourceFromString(parser.value(sourceOption))
        : AnswerSource::SelfReport;
    if (!source) {
        m_err << "lantern-cli answer: unknown --source '" << parser.value(sourceOption)
              << "' (self_report, observed, document or third_party)\n";
        return UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    auto store = DatabaseAccess::open(positional.at(0), parser.value(kPassphraseFile));
    if (!store)
        return fail(QStringLiteral("answer"), store.error());
    const Result<Case> found = DatabaseAccess::findCase(**store, positional.at(1));
    if (!found)
        return fail(QStringLiteral("answer"), found.error());
    Result<CaseFile> file = CaseFile::open(**store, found->id);
    if (!file)
        return fail(QStringLiteral("answer"), file.error());
    const QString& questionId = positional.at(2);
    const Question* question = file->checklist().question(questionId);
    if (!question)
        return fail(QStringLiteral("answer"),
            Error { QStringLiteral("unknown question '%1' (not in checklist %2 %3)")
                        .arg(questionId, file->checklist().id, file->checklist().version) });
    Result<Answer> parsed = AnswerSet::parseValue(QJsonValue(positional.at(3)), *question);
    if (!parsed)
        return fail(QStringLiteral("answer"), parsed.error());
    Answer given = *parsed;
    if (parser.isSet(noteOption)) {
        given.note = parser.value(noteOption);
    } else if (const Answer* previous = file->answers().answers.find(questionId)) {
        given.note = previous->note; // changing a value must not silently drop the note
    }
    const Result<AnswerRecord> saved = file->setAnswer(questionId, given, *source);
    if (!saved)
        return fail(QStringLiteral("answer"), saved.error());
    m_out << file->info().code << ": " << questionId << " = " << CaseReport::valueText(saved->answer) << '\n';
    return done(**store);
}

int CaseCommands::show(const QStringList& arguments)
{
    static const char* const kUsage = "show DB CASE [--json] [--lang L] [--passphrase-file FILE]";
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Language of texts."), QStringLiteral("L"));
    parser.addOptions({ jsonOption, langOption, DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("show"), arguments, m_err)
        || parser.positionalArguments().size() != 2)
        return usage(kUsage);
    auto store = DatabaseAccess::open(parser.positionalArguments().at(0), parser.value(kPassphraseFile));
    if (!store)
        return fail(QStringLiteral("show"), store.error());
    const Result<Case> found = DatabaseAccess::findCase(**store, parser.positionalArguments().at(1));
    if (!found)
        return fail(QStringLiteral("show"), found.error());
    const Result<CaseFile> file = CaseFile::open(**store, found->id);
    if (!file)
        return fail(QStringLiteral("show"), file.error());
    const Checklist& checklist = file->checklist();
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : checklist.defaultLanguage;
    if (parser.isSet(jsonOption)) {
        const QJsonObject root {
            { QStringLiteral("case"), CaseReport::headerJson(file->info()) },
            { QStringLiteral("assessment"), toJson(file->assessment(), checklist, language) },
            { QStringLiteral("answers"), CaseReport::answersJson(file->answers()) },
        };
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << CaseReport::headerText(file->info()) << '\n'
              << AssessmentReport(checklist, file->answers().answers, language).render(file->assessment())
              << '\n'
              << CaseReport::answersText(file->answers());
    }
    return done(**store);
}

int CaseCommands::cases(const QStringList& arguments)
{
    static const char* const kUsage = "cases DB [--search TEXT] [--status open|assessed|referred|closed] "
                                      "[--json] [--passphrase-file FILE]";
    QCommandLineParser parser;
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QStringLiteral("Text to find."), QStringLiteral("TEXT"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"), QStringLiteral("Only cases with this status."), QStringLiteral("S"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({ searchOption, statusOption, jsonOption, DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("cases"), arguments, m_err)
        || parser.positionalArguments().size() != 1)
        return usage(kUsage);
    CaseFilter filter;
    filter.text = parser.value(searchOption);
    if (parser.isSet(statusOption)) {
        filter.status = caseStatusFromString(parser.value(statusOption));
        if (!filter.status) {
            m_err << "lantern-cli cases: unknown --status '" << parser.value(statusOption)
                  << "' (open, assessed, referred or closed)\n";
            return UsageError;
        }
    }
    auto store
        = DatabaseAccess::open(parser.positionalArguments().constFirst(), parser.value(kPassphraseFile));
    if (!store)
        return fail(QStringLiteral("cases"), store.error());
    const Result<CaseIndex> index = CaseIndex::build(**store);
    if (!index)
        return fail(QStringLiteral("cases"), index.error());
    QList<const CaseListEntry*> shown;
    for (const qsizetype position : index->match(filter))
        shown.append(&index->entries().at(position));
    if (parser.isSet(jsonOption))
        m_out << QJsonDocument(CaseReport::listJson(shown)).toJson(QJsonDocument::Indented);
    else
        m_out << CaseReport::listText(shown);
    return done(**store);
}

int CaseCommands::audit(const QStringList& arguments)
{
    static const char* const kUsage = "audit DB CASE [--json] [--passphrase-file FILE]";
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({ jsonOption, DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("audit"), arguments, m_err)
        || parser.positionalArguments().size() != 2)
        return usage(kUsage);
    auto store = DatabaseAccess::open(parser.positionalArguments().at(0), parser.value(kPassphraseFile));
    if (!store)
        return fail(QStringLiteral("audit"), store.error());
    const Result<Case> found = DatabaseAccess::findCase(**store, parser.positionalArguments().at(1));
    if (!found)
        return fail(QStringLiteral("audit"), found.error());
    const Result<QList<AuditEvent>> events = (*store)->audit(found->id);
    if (!events)
        return fail(QStringLiteral("audit"), events.error());
    if (parser.isSet(jsonOption))
        m_out << QJsonDocument(CaseReport::auditJson(*events)).toJson(QJsonDocument::Indented);
    else
        m_out << CaseReport::auditText(*events);
    return done(**store);
}

int CaseCommands::searchable(const QStringList& arguments)
{
    static const char* const kUsage = "searchable DB --checklist ID [--set QUESTION,... | --default] [--dir DIR] "
                                      "[--passphrase-file FILE]";
    QCommandLineParser parser;
    const QCommandLineOption checklistOption(
        QStringLiteral("checklist"), QStringLiteral("Checklist id."), QStringLiteral("ID"));
    const QCommandLineOption setOption(
        QStringLiteral("set"), QStringLiteral("Question ids, comma-separated."), QStringLiteral("LIST"));
    const QCommandLineOption defaultOption(QStringLiteral("default"), QStringLiteral("Back to the default."));
    parser.addOptions({ checklistOption, setOption, defaultOption, dirOption(), DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("searchable"), arguments, m_err)
        || parser.positionalArguments().size() != 1 || !parser.isSet(checklistOption)
        || (parser.isSet(setOption) && parser.isSet(defaultOption)))
        return usage(kUsage);
    const QString folder = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                               : ChecklistRegistry::defaultUserFolder();
    // The checklist first, to check the questions before any passphrase is asked for.
    const Result<Checklist> checklist = DatabaseAccess::resolveChecklist(parser.value(checklistOption), folder);
    if (!checklist)
        return fail(QStringLiteral("searchable"), checklist.error());
    std::optional<QStringList> chosen;
    if (parser.isSet(setOption)) {
        chosen = parser.value(setOption).split(u',', Qt::SkipEmptyParts);
        for (QString& id : *chosen) {
            id = id.trimmed();
            const Question* question = checklist->question(id);
            if (!question)
                return fail(QStringLiteral("searchable"),
                    Error { QStringLiteral("checklist %1 has no question '%2'").arg(checklist->id, id) });
            if (!CaseSummary::canBeSearchable(*question))
                return fail(QStringLiteral("searchable"),
                    Error { QStringLiteral("question '%1' cannot be searchable: %2").arg(id,
                        question->sensitive ? QStringLiteral("the checklist marks it sensitive")
                                            : QStringLiteral("a yes/no answer holds nothing to search for")) });
        }
    }
    auto store = DatabaseAccess::open(parser.positionalArguments().constFirst(), parser.value(kPassphraseFile));
    if (!store)
        return fail(QStringLiteral("searchable"), store.error());
    if (parser.isSet(setOption) || parser.isSet(defaultOption)) {
        const Result<int> applied = applySearchableQuestions(**store, checklist->id, chosen);
        if (!applied)
            return fail(QStringLiteral("searchable"), applied.error());
        m_out << *applied << (*applied == 1 ? " case" : " cases") << " prepared for the new search\n";
    }
    const Result<std::optional<QStringList>> current = (*store)->searchableQuestions(checklist->id);
    if (!current)
        return fail(QStringLiteral("searchable"), current.error());
    m_out << "searchable answers of " << checklist->id << (current->has_value() ? "" : " (the default)") << ":";
    for (const QString& id : CaseSummary::searchableOf(*checklist, *current))
        m_out << ' ' << id;
    m_out << '\n';
    return done(**store);
}

} // namespace lantern::cli
