// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DatabaseAccess.h"

#include "checklist/ChecklistLoader.h"
#include "checklist/ChecklistRegistry.h"
#include "cli/CliApp.h"
#include "cli/PassphraseSource.h"

#include <QFileInfo>

namespace lantern::cli {

namespace {

Error about(const QString& path, const Error& error)
{
    return Error { path + QStringLiteral(": ") + error.message };
}

} // namespace

bool DatabaseAccess::parse(
    QCommandLineParser& parser, const QString& command, const QStringList& arguments, QTextStream& err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList { QStringLiteral("lantern-cli ") + command } + arguments)) {
        err << "lantern-cli " << command << ": " << parser.errorText() << '\n';
        return false;
    }
    return true;
}

QCommandLineOption DatabaseAccess::passphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
        QStringLiteral("Read the passphrase from the first line of FILE."), QStringLiteral("FILE"));
}

Result<std::unique_ptr<CaseStore>> DatabaseAccess::open(const QString& path, const QString& passphraseFile)
{
    Result<std::unique_ptr<CaseStore>> store = CaseStore::open(path);
    if (!store)
        return about(path, store.error());
    if (!(*store)->isEncrypted()) {
        if (Result<void> opened = (*store)->openPlain(); !opened)
            return about(path, opened.error());
        return store;
    }
    const QString prompt = QStringLiteral("Passphrase for %1: ").arg(QFileInfo(path).fileName());
    const Result<SecureBytes> passphrase = PassphraseSource::current(passphraseFile, prompt).read(false);
    if (!passphrase)
        return passphrase.error();
    if (Result<void> unlocked = (*store)->unlock(*passphrase); !unlocked)
        return about(path, unlocked.error());
    return store;
}

Result<Case> DatabaseAccess::findCase(CaseStore& store, const QString& idOrCode)
{
    const CaseId id = CaseId::fromString(idOrCode);
    if (!id.isNull()) {
        if (Result<Case> found = store.findCase(id))
            return found;
    }
    const Result<QList<Case>> all = store.cases();
    if (!all)
        return all.error();
    const Case* match = nullptr;
    for (const Case& c : *all) {
        if (c.code.compare(idOrCode.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        if (match)
            return Error { QStringLiteral(
                "several cases have the code '%1'; name the case by its id (see lantern-cli cases)")
                               .arg(idOrCode) };
        match = &c;
    }
    if (!match)
        return Error { QStringLiteral("no case with the id or code '%1'").arg(idOrCode) };
    return *match;
}

Result<Checklist> DatabaseAccess::resolveChecklist(const QString& nameOrPath, const QString& userFolder)
{
    if (QFileInfo::exists(nameOrPath)) {
        ChecklistLoad load = ChecklistLoader::loadFile(nameOrPath);
        if (!load.ok())
            return Error { QStringLiteral(
                "the checklist %1 is not valid (%2 problems); run lantern-cli validate %1")
                               .arg(nameOrPath)
                               .arg(load.diagnostics.size()) };
        return std::move(*load.checklist);
    }
    const QList<ChecklistEntry> entries = ChecklistRegistry::scan(userFolder);
    if (const ChecklistEntry* entry = ChecklistRegistry::find(entries, nameOrPath))
        return *entry->load.checklist;
    return Error {
        QStringLiteral("no checklist file or checklist id '%1' (see lantern-cli checklists)").arg(nameOrPath)
    };
}

int DatabaseAccess::fail(QTextStream& out, QTextStream& err, const QString& command, const Error& error)
{
    out.flush();
    err << "lantern-cli " << command << ": " << error.message << '\n';
    err.flush();
    return UserError;
}

int DatabaseAccess::finish(QTextStream& out, QTextStream& err, const CaseStore& store)
{
    out.flush();
    for (const QString& warning : store.warnings())
        err << "lantern-cli: warning: " << warning << '\n';
    if (!store.isEncrypted())
        err << QStringLiteral("TRAINING database \u2014 fictional cases, not encrypted") << '\n';
    err.flush();
    return Success;
}

} // namespace lantern::cli
