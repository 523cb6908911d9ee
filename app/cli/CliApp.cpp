// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"

#include "cli/ChecklistCommands.h"

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
        "Exit status: 0 success, 1 a problem with the input, 2 bad usage.\n");
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
    m_err << "lantern-cli: unknown command '" << command << "'\n\n" << usage();
    return UsageError;
}

} // namespace lantern::cli
