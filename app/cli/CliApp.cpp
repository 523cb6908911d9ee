// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"

#include "cli/CaseCommands.h"
#include "cli/ChecklistCommands.h"
#include "cli/DatabaseCommands.h"
#include "cli/ExportCommands.h"
#include "cli/TrainingCommands.h"

namespace lantern::cli {

QString CliApp::usage()
{
    return QStringLiteral(
        "usage: lantern-cli COMMAND [ARGS]\n"
        "\n"
        "  checklists [--dir DIR]                    list bundled and user checklists\n"
        "  validate FILE...                          check checklist files; FILE:LINE:COL: error: ... per problem\n"
        "  score CHECKLIST ANSWERS.json [--json] [--lang L]\n"
        "                                            assess an answer set (CHECKLIST: a file or a checklist id)\n"
        "\n"
        "Case databases (DB is a file; CASE is a case id or code):\n"
        "  init DB [--kdf-ms N]                      create an encrypted database\n"
        "  init DB --training --no-passphrase [--empty]\n"
        "                                            create an unencrypted training database seeded with the\n"
        "                                            case studies (fictional cases only; --empty: no cases)\n"
        "  reset-training DB                         delete a training database and seed it again (never a real one)\n"
        "  case-studies [--dir DIR] [--json]         list the training case studies\n"
        "  new DB --checklist ID|FILE [--code CODE]  start a case; prints its id\n"
        "  answer DB CASE QUESTION VALUE [--note TEXT] [--source self_report|observed|document|third_party]\n"
        "                                            VALUE: yes|no|unknown|declined|not_asked|not_applicable or a value\n"
        "  show DB CASE [--json] [--lang L]          a case, its assessment and its answers\n"
        "  cases DB [--search TEXT] [--status S] [--json]\n"
        "                                            list cases (S: open|assessed|referred|closed)\n"
        "  audit DB CASE [--json]                    a case's audit trail\n"
        "  searchable DB --checklist ID [--set QUESTION,... | --default]\n"
        "                                            which answers `cases --search` finds cases by\n"
        "  backup DB [--out FILE]                    back up a database (default: into DB.backups/)\n"
        "  backup DB --list                          list its backups, newest first\n"
        "  restore DB --from FILE                    replace a database by a backup (the current one is backed up first)\n"
        "  passwd DB [--new-passphrase-file FILE] [--kdf-ms N]\n"
        "                                            change the passphrase\n"
        "  export DB CASE --format pdf|html|json --out FILE [--lang L] [--second-lang L2] [--paper a4|letter]\n"
        "         [--no-notes]                       one case's summary, or the whole case as JSON; with --second-lang\n"
        "                                            every checklist text in both languages (L: a checklist language)\n"
        "  export-all DB --format csv|json|pdf|html --out FILE|FOLDER [--columns LIST] [--status S]\n"
        "                                            many cases: one table (CSV/JSON) or a folder of summaries\n"
        "  aggregate DB --out FILE.csv [--k 11] [--checklist ID]\n"
        "                                            anonymised counts; groups smaller than k suppressed\n"
        "\n"
        "The passphrase comes from LANTERN_PASSPHRASE, --passphrase-file FILE (its first line) or a\n"
        "prompt on the terminal; never from the command line.\n"
        "\n"
        "Exit status: 0 success, 1 a problem with the input or the database, 2 bad usage.\n");
}

int CliApp::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        m_err << usage();
        return UsageError;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        m_out << usage();
        return Success;
    }
    if (command == u"--version") {
        m_out << "lantern-cli " << QStringLiteral(LANTERN_VERSION) << '\n';
        return Success;
    }
    ChecklistCommands checklists(m_out, m_err);
    if (command == u"checklists")
        return checklists.list(rest);
    if (command == u"validate")
        return checklists.validate(rest);
    if (command == u"score")
        return checklists.score(rest);
    DatabaseCommands database(m_out, m_err);
    if (command == u"init")
        return database.init(rest);
    if (command == u"backup")
        return database.backup(rest);
    if (command == u"restore")
        return database.restore(rest);
    if (command == u"passwd")
        return database.passwd(rest);
    TrainingCommands training(m_out, m_err);
    if (command == u"reset-training")
        return training.resetTraining(rest);
    if (command == u"case-studies")
        return training.caseStudies(rest);
    ExportCommands exports(m_out, m_err);
    if (command == u"export")
        return exports.exportCase(rest);
    if (command == u"export-all")
        return exports.exportAll(rest);
    if (command == u"aggregate")
        return exports.aggregate(rest);
    CaseCommands cases(m_out, m_err);
    if (command == u"new")
        return cases.newCase(rest);
    if (command == u"answer")
        return cases.answer(rest);
    if (command == u"show")
        return cases.show(rest);
    if (command == u"cases")
        return cases.cases(rest);
    if (command == u"audit")
        return cases.audit(rest);
    if (command == u"searchable")
        return cases.searchable(rest);
    m_err << "lantern-cli: unknown command '" << command << "'\n\n" << usage();
    return UsageError;
}

} // namespace lantern::cli
