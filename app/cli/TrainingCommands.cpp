// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TrainingCommands.h"

#include "checklist/ChecklistRegistry.h"
#include "cli/CliApp.h"
#include "cli/DatabaseAccess.h"
#include "training/CaseStudyLibrary.h"
#include "training/TrainingWorkspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lantern::cli {

namespace {

const QString kEnglish = QStringLiteral("en");

QJsonObject toJson(const CaseStudy& caseStudy, bool bundled)
{
    return QJsonObject {
        { QStringLiteral("id"), caseStudy.id },
        { QStringLiteral("code"), caseStudy.code },
        { QStringLiteral("checklist"),
            QJsonObject { { QStringLiteral("id"), caseStudy.checklistId },
                { QStringLiteral("version"), caseStudy.checklistVersion } } },
        { QStringLiteral("title"), caseStudy.title.text(kEnglish) },
        { QStringLiteral("topic"), caseStudy.topic.text(kEnglish) },
        { QStringLiteral("expected_profiles"), QJsonArray::fromStringList(caseStudy.expectedProfiles) },
        { QStringLiteral("expected_outcome"), caseStudy.expectedOutcome },
        { QStringLiteral("interview_outcome"), caseStudy.interviewOutcome },
        { QStringLiteral("source"), bundled ? QStringLiteral("bundled") : caseStudy.path },
    };
}

bool isBundled(const CaseStudy& caseStudy)
{
    return caseStudy.path.startsWith(CaseStudyLibrary::bundledFolder());
}

} // namespace

CaseStudyLibrary TrainingCommands::library(const QString& folder)
{
    if (folder.isEmpty())
        return CaseStudyLibrary::loadInstalled();
    return CaseStudyLibrary::loadWithChecklists(ChecklistRegistry::defaultUserFolder(), folder);
}

void TrainingCommands::warnAboutProblems(const CaseStudyLibrary& library)
{
    for (const CaseStudyProblem& problem : library.problems()) {
        const QString first
            = problem.diagnostics.isEmpty() ? QString() : problem.diagnostics.constFirst().toString();
        m_err << "lantern-cli: warning: case study not used: " << first << '\n';
    }
}

int TrainingCommands::caseStudies(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("A folder of further case studies."), QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({ dirOption, jsonOption });
    if (!DatabaseAccess::parse(parser, QStringLiteral("case-studies"), arguments, m_err)
        || !parser.positionalArguments().isEmpty()) {
        m_err << "usage: lantern-cli case-studies [--dir DIR] [--json]\n";
        return UsageError;
    }
    if (parser.isSet(dirOption) && !QFileInfo(parser.value(dirOption)).isDir()) {
        m_err << "lantern-cli case-studies: no such folder: " << parser.value(dirOption) << '\n';
        return UserError;
    }
    const CaseStudyLibrary found = library(parser.value(dirOption));
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const CaseStudy& caseStudy : found.caseStudies())
            list.append(toJson(caseStudy, isBundled(caseStudy)));
        m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        for (const CaseStudy& caseStudy : found.caseStudies()) {
            m_out << caseStudy.id << '\t' << caseStudy.code << '\t' << caseStudy.checklistId << ' '
                  << caseStudy.checklistVersion << '\t' << caseStudy.topic.text(kEnglish) << '\t'
                  << caseStudy.expectedOutcome << '\n';
        }
    }
    m_out.flush();
    // Every problem in full, as `validate` prints them, so an author can fix the file.
    for (const CaseStudyProblem& problem : found.problems()) {
        for (const Diagnostic& diagnostic : problem.diagnostics)
            m_err << diagnostic.toString() << '\n';
    }
    m_err.flush();
    return found.problems().isEmpty() ? Success : UserError;
}

int TrainingCommands::resetTraining(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!DatabaseAccess::parse(parser, QStringLiteral("reset-training"), arguments, m_err)
        || parser.positionalArguments().size() != 1) {
        m_err << "usage: lantern-cli reset-training DB\n";
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    const CaseStudyLibrary studies = library();
    warnAboutProblems(studies);
    const Result<std::unique_ptr<CaseStore>> store = TrainingWorkspace::reset(path, studies);
    if (!store)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("reset-training"),
            Error { path + QStringLiteral(": ") + store.errorMessage() });
    m_out << "reset training database " << path << ": " << studies.caseStudies().size()
          << " case studies seeded\n";
    return DatabaseAccess::finish(m_out, m_err, **store);
}

int TrainingCommands::initTraining(const QString& path, bool empty)
{
    if (empty) {
        const Result<std::unique_ptr<CaseStore>> store = CaseStore::createTraining(path);
        if (!store)
            return DatabaseAccess::fail(m_out, m_err, QStringLiteral("init"),
                Error { path + QStringLiteral(": ") + store.errorMessage() });
        m_out << "created training database " << path << " (not encrypted; for fictional cases only)\n";
        return DatabaseAccess::finish(m_out, m_err, **store);
    }
    const CaseStudyLibrary studies = library();
    warnAboutProblems(studies);
    const Result<std::unique_ptr<CaseStore>> store = TrainingWorkspace::create(path, studies);
    if (!store)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("init"),
            Error { path + QStringLiteral(": ") + store.errorMessage() });
    m_out << "created training database " << path << " (not encrypted; for fictional cases only) with "
          << studies.caseStudies().size() << " case studies\n";
    return DatabaseAccess::finish(m_out, m_err, **store);
}

} // namespace lantern::cli
