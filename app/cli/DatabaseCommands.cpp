// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DatabaseCommands.h"

#include "cli/CliApp.h"
#include "cli/DatabaseAccess.h"
#include "cli/PassphraseSource.h"
#include "cli/TrainingCommands.h"
#include "vault/Vault.h"

#include <chrono>
#include <QFileInfo>
#include <QLocale>

namespace lantern::cli {

namespace {

const QString kPassphraseFile = QStringLiteral("passphrase-file");

} // namespace

std::optional<std::chrono::milliseconds> DatabaseCommands::kdfTarget(
    const QCommandLineParser& parser, const QCommandLineOption& option, const char* command)
{
    if (!parser.isSet(option))
        return std::chrono::milliseconds(500); // the design's "about half a second"
    bool ok = false;
    const int ms = parser.value(option).toInt(&ok);
    if (ok && ms > 0)
        return std::chrono::milliseconds(ms);
    m_err << "lantern-cli " << command << ": --kdf-ms needs a positive number of milliseconds\n";
    return std::nullopt;
}

int DatabaseCommands::init(const QStringList& arguments)
{
    static const char* const kUsage
        = "init DB [--training --no-passphrase [--empty]] [--kdf-ms N] [--passphrase-file FILE]";
    QCommandLineParser parser;
    const QCommandLineOption training(
        QStringLiteral("training"), QStringLiteral("Unencrypted database for fictional cases."));
    const QCommandLineOption noPassphrase(
        QStringLiteral("no-passphrase"), QStringLiteral("Confirms no encryption."));
    const QCommandLineOption kdfMs(
        QStringLiteral("kdf-ms"), QStringLiteral("Unlock cost target in ms."), QStringLiteral("N"));
    const QCommandLineOption empty(
        QStringLiteral("empty"), QStringLiteral("A training database without the case studies."));
    parser.addOptions({ training, noPassphrase, empty, kdfMs, DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("init"), arguments, m_err)
        || parser.positionalArguments().size() != 1) {
        m_err << "usage: lantern-cli " << kUsage << '\n';
        return UsageError;
    }
    const std::optional<std::chrono::milliseconds> ms = kdfTarget(parser, kdfMs, "init");
    if (!ms)
        return UsageError;
    if (parser.isSet(noPassphrase) && !parser.isSet(training)) {
        m_err << "lantern-cli init: --no-passphrase is only allowed with --training: case databases are "
                 "always encrypted\n";
        return UsageError;
    }
    if (parser.isSet(empty) && !parser.isSet(training)) {
        m_err << "lantern-cli init: --empty is only allowed with --training\n";
        return UsageError;
    }
    if (parser.isSet(training) && parser.isSet(kPassphraseFile)) {
        m_err << "lantern-cli init: a --training database is not encrypted and takes no passphrase\n";
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path))
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("init"),
            Error { path + QStringLiteral(": a file already exists at this path") });

    if (parser.isSet(training))
        return TrainingCommands(m_out, m_err).initTraining(path, parser.isSet(empty));

    const Result<SecureBytes> passphrase = PassphraseSource::current(parser.value(kPassphraseFile),
        QStringLiteral("New passphrase for %1: ").arg(QFileInfo(path).fileName()))
                                               .read(true);
    if (!passphrase)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("init"), passphrase.error());
    const KdfParams params = Vault::calibrate(*ms);
    auto vault = Vault::create(*passphrase, params);
    if (!vault)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("init"), vault.error());
    const Result<std::unique_ptr<CaseStore>> store
        = CaseStore::create(path, vault->first, std::move(vault->second));
    if (!store)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("init"),
            Error { path + QStringLiteral(": ") + store.errorMessage() });
    m_out << "created encrypted database " << path << '\n';
    return DatabaseAccess::finish(m_out, m_err, **store);
}

int DatabaseCommands::backup(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Write the backup to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("List the backups of DB."));
    parser.addOptions({ outOption, listOption });
    if (!DatabaseAccess::parse(parser, QStringLiteral("backup"), arguments, m_err)
        || parser.positionalArguments().size() != 1
        || (parser.isSet(listOption) && parser.isSet(outOption))) {
        m_err << "usage: lantern-cli backup DB [--out FILE] | lantern-cli backup DB --list\n";
        return UsageError;
    }
    const QString dbPath = parser.positionalArguments().constFirst();
    if (parser.isSet(listOption))
        return listBackups(dbPath);
    // The copy is as sealed as the database, so no passphrase is needed to take it.
    auto store = CaseStore::open(dbPath);
    if (!store)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("backup"),
            Error { dbPath + QStringLiteral(": ") + store.errorMessage() });
    const Result<QString> written = (*store)->backup(parser.value(outOption));
    if (!written)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("backup"), written.error());
    m_out << *written << '\n';
    return DatabaseAccess::finish(m_out, m_err, **store);
}

int DatabaseCommands::listBackups(const QString& dbPath)
{
    const Result<QList<BackupInfo>> backups = CaseStore::backups(dbPath);
    if (!backups)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("backup"), backups.error());
    for (const BackupInfo& info : *backups) {
        m_out << info.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t'
              << toString(info.reason) << '\t' << QLocale::c().formattedDataSize(info.size) << '\t'
              << info.path << '\n';
    }
    m_out.flush();
    return Success;
}

int DatabaseCommands::restore(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(
        QStringLiteral("from"), QStringLiteral("The backup file."), QStringLiteral("FILE"));
    parser.addOption(fromOption);
    if (!DatabaseAccess::parse(parser, QStringLiteral("restore"), arguments, m_err)
        || parser.positionalArguments().size() != 1 || !parser.isSet(fromOption)) {
        m_err << "usage: lantern-cli restore DB --from FILE\n";
        return UsageError;
    }
    const QString dbPath = parser.positionalArguments().constFirst();
    const Result<void> restored = CaseStore::restore(dbPath, parser.value(fromOption));
    if (!restored)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("restore"), restored.error());
    m_out << "restored " << dbPath << " from " << parser.value(fromOption) << '\n';
    m_out.flush();
    return Success;
}

int DatabaseCommands::passwd(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption newFileOption(QStringLiteral("new-passphrase-file"),
        QStringLiteral("Read the new passphrase from the first line of FILE."), QStringLiteral("FILE"));
    const QCommandLineOption kdfMs(
        QStringLiteral("kdf-ms"), QStringLiteral("Unlock cost target in ms."), QStringLiteral("N"));
    parser.addOptions({ newFileOption, kdfMs, DatabaseAccess::passphraseFileOption() });
    if (!DatabaseAccess::parse(parser, QStringLiteral("passwd"), arguments, m_err)
        || parser.positionalArguments().size() != 1) {
        m_err << "usage: lantern-cli passwd DB [--passphrase-file FILE] [--new-passphrase-file FILE] "
                 "[--kdf-ms N]\n";
        return UsageError;
    }
    const std::optional<std::chrono::milliseconds> ms = kdfTarget(parser, kdfMs, "passwd");
    if (!ms)
        return UsageError;
    const QString dbPath = parser.positionalArguments().constFirst();
    Result<std::unique_ptr<CaseStore>> store = CaseStore::open(dbPath);
    if (!store)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("passwd"),
            Error { dbPath + QStringLiteral(": ") + store.errorMessage() });
    if (!(*store)->isEncrypted())
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("passwd"),
            Error {
                dbPath + QStringLiteral(": a training database is not encrypted and has no passphrase") });
    // The current passphrase is checked before the new one is asked for.
    const Result<SecureBytes> current
        = PassphraseSource::current(parser.value(kPassphraseFile), QStringLiteral("Current passphrase: "))
              .read(false);
    if (!current)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("passwd"), current.error());
    if (Result<void> unlocked = (*store)->unlock(*current); !unlocked)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("passwd"),
            Error { dbPath + QStringLiteral(": ") + unlocked.errorMessage() });
    const Result<SecureBytes> replacement
        = PassphraseSource::replacement(parser.value(newFileOption)).read(true);
    if (!replacement)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("passwd"), replacement.error());
    const KdfParams params = Vault::calibrate(*ms);
    if (Result<void> changed = (*store)->changePassphrase(*current, *replacement, params); !changed)
        return DatabaseAccess::fail(m_out, m_err, QStringLiteral("passwd"), changed.error());
    m_out << "changed the passphrase of " << dbPath << '\n';
    m_out.flush();
    return Success;
}

} // namespace lantern::cli
