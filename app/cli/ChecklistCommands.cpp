// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ChecklistCommands.h"

#include "checklist/AnswerSet.h"
#include "checklist/ChecklistRegistry.h"
#include "checklist/JsonSource.h"
#include "cli/AssessmentReport.h"
#include "cli/CliApp.h"
#include "scoring/AssessmentJson.h"
#include "scoring/Scorer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace lantern::cli {

namespace {

/// Parses `arguments` (without the command word) or reports a usage error.
bool parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& arguments, QTextStream& err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("lantern-cli ") + command} + arguments)) {
        err << "lantern-cli " << command << ": " << parser.errorText() << '\n';
        return false;
    }
    return true;
}

} // namespace

void ChecklistCommands::printDiagnostics(const QList<Diagnostic>& diagnostics)
{
    for (const Diagnostic& diagnostic : diagnostics)
        m_err << diagnostic.toString() << '\n';
}

int ChecklistCommands::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("User checklist folder."), QStringLiteral("DIR"));
    parser.addOption(dirOption);
    if (!parseArguments(parser, QStringLiteral("checklists"), arguments, m_err) || !parser.positionalArguments().isEmpty()) {
        m_err << "usage: lantern-cli checklists [--dir DIR]\n";
        return UsageError;
    }
    const QString folder = parser.isSet(dirOption) ? parser.value(dirOption) : ChecklistRegistry::defaultUserFolder();
    if (parser.isSet(dirOption) && !QFileInfo(folder).isDir()) {
        m_err << "lantern-cli checklists: no such folder: " << folder << '\n';
        return UserError;
    }
    const QList<ChecklistEntry> entries = ChecklistRegistry::scan(folder);
    int invalid = 0;
    for (const ChecklistEntry& entry : entries) {
        const QString where = entry.bundled ? QStringLiteral("bundled") : entry.path;
        if (!entry.load.ok()) {
            ++invalid;
            m_out << "INVALID\t" << where << "\t(" << entry.load.diagnostics.size()
                  << " problems; run lantern-cli validate)\n";
            continue;
        }
        const Checklist& checklist = *entry.load.checklist;
        m_out << checklist.id << '\t' << checklist.version << '\t' << checklist.title.text(QStringLiteral("en"), checklist.defaultLanguage)
              << '\t' << where << '\n';
    }
    m_out.flush();
    return invalid == 0 ? Success : UserError;
}

int ChecklistCommands::validate(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, QStringLiteral("validate"), arguments, m_err) || parser.positionalArguments().isEmpty()) {
        m_err << "usage: lantern-cli validate FILE...\n";
        return UsageError;
    }
    int failed = 0;
    for (const QString& path : parser.positionalArguments()) {
        const ChecklistLoad load = ChecklistLoader::loadFile(path);
        if (load.ok()) {
            m_out << path << ": ok (" << load.checklist->id << ' ' << load.checklist->version << ")\n";
        } else {
            ++failed;
            printDiagnostics(load.diagnostics);
        }
    }
    m_out.flush();
    m_err.flush();
    return failed == 0 ? Success : UserError;
}

std::optional<Checklist> ChecklistCommands::resolveChecklist(const QString& nameOrPath, const QString& userFolder)
{
    if (QFileInfo::exists(nameOrPath)) {
        ChecklistLoad load = ChecklistLoader::loadFile(nameOrPath);
        if (!load.ok()) {
            printDiagnostics(load.diagnostics);
            return std::nullopt;
        }
        return std::move(*load.checklist);
    }
    const QList<ChecklistEntry> entries = ChecklistRegistry::scan(userFolder);
    if (const ChecklistEntry* entry = ChecklistRegistry::find(entries, nameOrPath))
        return *entry->load.checklist;
    m_err << "lantern-cli score: no checklist file or checklist id '" << nameOrPath << "'\n";
    return std::nullopt;
}

int ChecklistCommands::score(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the whole assessment as JSON."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of texts."), QStringLiteral("L"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("User checklist folder."), QStringLiteral("DIR"));
    parser.addOptions({jsonOption, langOption, dirOption});
    if (!parseArguments(parser, QStringLiteral("score"), arguments, m_err) || parser.positionalArguments().size() != 2) {
        m_err << "usage: lantern-cli score CHECKLIST ANSWERS.json [--json] [--lang L]\n";
        return UsageError;
    }
    const QString folder = parser.isSet(dirOption) ? parser.value(dirOption) : ChecklistRegistry::defaultUserFolder();
    const std::optional<Checklist> checklist = resolveChecklist(parser.positionalArguments().at(0), folder);
    if (!checklist)
        return UserError;

    const QString answersPath = parser.positionalArguments().at(1);
    QFile file(answersPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "lantern-cli score: cannot read " << answersPath << ": " << file.errorString() << '\n';
        return UserError;
    }
    const JsonSource source = JsonSource::parse(file.read(ChecklistLoader::kMaxFileSize));
    if (source.syntaxError || !source.root.isObject()) {
        const SourcePosition at = source.syntaxError ? source.syntaxError->position : SourcePosition{1, 1};
        m_err << answersPath << ':' << at.line << ':' << at.column << ": error: "
              << (source.syntaxError ? source.syntaxError->message : QStringLiteral("expected a JSON object")) << '\n';
        return UserError;
    }
    const Result<AnswerSet> answers = AnswerSet::fromJson(source.root.toObject(), *checklist);
    if (!answers) {
        m_err << answersPath << ": error: " << answers.errorMessage() << '\n';
        return UserError;
    }
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : checklist->defaultLanguage;
    const Assessment assessment = Scorer::assess(*checklist, *answers);
    if (parser.isSet(jsonOption))
        m_out << QJsonDocument(toJson(assessment, *checklist, language)).toJson(QJsonDocument::Indented);
    else
        m_out << AssessmentReport(*checklist, *answers, language).render(assessment);
    m_out.flush();
    return Success;
}

} // namespace lantern::cli
