// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "vault/SecureBytes.h"

#include <QString>

namespace lantern::cli {

/// Where lantern-cli takes one passphrase from, in this order: an environment variable, a file
/// (its first line), or a prompt on the terminal with echo off. Never from the command line,
/// where other users of the machine could read it in the process list.
class PassphraseSource
{
public:
    /// The passphrase of a database: LANTERN_PASSPHRASE, `--passphrase-file` (`file`, empty when
    /// not given), or a prompt showing `prompt`.
    static PassphraseSource current(QString file, QString prompt);
    /// The new passphrase for `passwd`: LANTERN_NEW_PASSPHRASE, `--new-passphrase-file`, or a prompt.
    static PassphraseSource replacement(QString file);

    /// Reads the passphrase. With `confirm`, a terminal prompt asks twice and the two must match
    /// (environment and file are used once: a script has nobody to retype it).
    Result<SecureBytes> read(bool confirm) const;

    /// True when standard input is a terminal we can prompt on.
    static bool canPrompt();

private:
    PassphraseSource(bool isNew, QString file, QString prompt)
        : m_isNew(isNew)
        , m_file(std::move(file))
        , m_prompt(std::move(prompt))
    {
    }
    QString environmentVariable() const;
    Result<SecureBytes> fromEnvironment() const;
    Result<SecureBytes> fromFile() const;
    Result<SecureBytes> fromTerminal(bool confirm) const;

    bool m_isNew = false;
    QString m_file;
    QString m_prompt;
};

} // namespace lantern::cli
