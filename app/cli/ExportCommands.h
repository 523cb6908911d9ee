// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CaseStore.h"

#include <QStringList>
#include <QTextStream>

namespace lantern::cli {

/// export, export-all and aggregate: what leaves the machine. Each opens the database, writes
/// its file(s) through a temporary name, records the export in each case's audit trail, and
/// closes the database. PDF needs a QGuiApplication (main() makes one for these commands).
class ExportCommands
{
public:
    ExportCommands(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {
    }

    int exportCase(const QStringList& arguments);
    int exportAll(const QStringList& arguments);
    int aggregate(const QStringList& arguments);

    /// True for the commands that lay out PDF pages (and so need a QGuiApplication).
    static bool needsGui(const QStringList& arguments);

private:
    int usage(const char* line);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace lantern::cli
