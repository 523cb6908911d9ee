// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <chrono>
#include <optional>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace lantern::cli {

/// The commands on a database as a whole: init, backup, restore, passwd.
class DatabaseCommands
{
public:
    DatabaseCommands(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {
    }

    int init(const QStringList& arguments);
    int backup(const QStringList& arguments);
    int restore(const QStringList& arguments);
    int passwd(const QStringList& arguments);

private:
    int listBackups(const QString& dbPath);
    /// The Argon2id calibration target from --kdf-ms (default 500 ms); nullopt after a complaint.
    std::optional<std::chrono::milliseconds> kdfTarget(
        const QCommandLineParser& parser, const QCommandLineOption& option, const char* command);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace lantern::cli
