// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

namespace lantern::test {

/// A QString from UTF-8 text; the tests' arguments read like the command lines they are.
/// The bytes of a file, or nothing when it cannot be read.
inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString s(const char* text)
{
    return QString::fromUtf8(text);
}

/// A fresh folder per test with helpers to run lantern-cli's database commands on a database in
/// it. Passphrases are fictional; they are never printed by the tests.
class DatabaseCliTest : public ::testing::Test
{
protected:
    static QString passphrase() { return QStringLiteral("correct horse battery staple"); }

    QString db() const { return m_dir.filePath(QStringLiteral("cases.lantern")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    /// The test checklist (tests/data/checklists/minimal.json).
    static QString checklist();

    /// Runs lantern-cli with LANTERN_PASSPHRASE set to `secret` (unset when null).
    static CliRun run(const QStringList& arguments, const QString& secret = passphrase());
    /// As run(), with further environment variables.
    static CliRun runWith(const QStringList& arguments, const QMap<QString, QString>& environment);

    /// Creates the encrypted test database (cheapest key derivation); fails the test otherwise.
    void initDatabase();
    /// Starts a case on the test checklist and returns its id; fails the test otherwise.
    QString newCase(const QString& code);
    /// Answers one question; fails the test unless it succeeded.
    void answer(const QString& caseRef, const QString& question, const QString& value);
    /// `show DB CASE --json` parsed; fails the test unless it succeeded.
    QJsonObject showJson(const QString& caseRef);
    /// The value shown for `question` in `show --json` (undefined when unanswered).
    QJsonValue answerValue(const QString& caseRef, const QString& question);
    /// Writes `text` to a file in the test folder and returns its path.
    QString writeFile(const QString& name, const QByteArray& text);

    QTemporaryDir m_dir;
};

} // namespace lantern::test
