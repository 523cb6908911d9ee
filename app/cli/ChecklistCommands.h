// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistLoader.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace lantern::cli {

/// The commands that need no database: checklists, validate, score.
class ChecklistCommands
{
public:
    ChecklistCommands(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) { }

    int list(const QStringList& arguments);
    int validate(const QStringList& arguments);
    int score(const QStringList& arguments);

private:
    /// A checklist named by file path or by id among the bundled and user checklists.
    std::optional<Checklist> resolveChecklist(const QString& nameOrPath, const QString& userFolder);
    void printDiagnostics(const QList<Diagnostic>& diagnostics);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace lantern::cli
