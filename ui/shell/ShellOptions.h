// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Clock.h"
#include "util/Result.h"
#include "vault/KdfParams.h"

#include <functional>
#include <memory>
#include <QString>
#include <QStringList>

namespace lantern {

/// How the window starts: from the command line and environment, or set directly by tests.
struct ShellOptions
{
    QString databasePath;           ///< --database PATH; else the last one used, else the start page
    bool training = false;          ///< --training: open the training workspace (fictional cases)
    bool exitWhenShown = false;     ///< LANTERN_EXIT_WHEN_SHOWN=1: quit once the window is exposed (benchmark)
    QString settingsPath;           ///< empty: Settings::defaultPath()
    QString trainingPath;           ///< empty: TrainingWorkspace::defaultPath()
    std::shared_ptr<const Clock> clock; ///< null: the system clock (inactivity lock)
    std::function<KdfParams()> kdfChooser; ///< null: Vault::calibrate(500 ms)

    /// Parses `lantern [--database PATH | --training]`; an error names the bad argument (exit status 2).
    static Result<ShellOptions> fromArguments(const QStringList& arguments);
    /// The usage line for --help and errors.
    static QString usage();
    /// Where a first database goes by default: cases.lantern in the per-user app-data folder.
    static QString defaultDatabasePath();
};

} // namespace lantern
