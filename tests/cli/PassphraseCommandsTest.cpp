// SPDX-License-Identifier: GPL-3.0-or-later
// Where passphrases come from, what a wrong or missing one does, passwd, and training databases.
#include "DatabaseCliTest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using lantern::test::CliRun;
using lantern::test::DatabaseCliTest;
using lantern::test::s;

TEST_F(DatabaseCliTest, WrongPassphraseIsRefusedAndChangesNothing)
{
    initDatabase();
    newCase(s("FICT-101"));
    answer(s("FICT-101"), s("deceived"), s("yes"));
    const CliRun auditBefore = run({ s("audit"), db(), s("FICT-101"), s("--json") });

    const CliRun refused
        = run({ s("answer"), db(), s("FICT-101"), s("deceived"), s("no") }, s("not the passphrase"));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err, s("lantern-cli answer: %1: wrong passphrase\n").arg(db()));
    EXPECT_TRUE(refused.out.isEmpty());

    EXPECT_EQ(answerValue(s("FICT-101"), s("deceived")), QJsonValue(true));
    const CliRun auditAfter = run({ s("audit"), db(), s("FICT-101"), s("--json") });
    EXPECT_EQ(auditAfter.out, auditBefore.out);
}

TEST_F(DatabaseCliTest, PassphraseFromAFileIsItsFirstLine)
{
    const QString secretFile = writeFile(s("secret.txt"), "from a file\nsecond line is ignored\n");
    const CliRun init
        = run({ s("init"), db(), s("--kdf-ms"), s("1"), s("--passphrase-file"), secretFile }, QString());
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();

    // The same passphrase through the environment opens it: only the first line was used.
    const CliRun viaEnvironment = run({ s("cases"), db() }, s("from a file"));
    EXPECT_EQ(viaEnvironment.exitCode, 0) << viaEnvironment.err.toStdString();
    const QString crlfFile = writeFile(s("crlf.txt"), "from a file\r\n");
    EXPECT_EQ(run({ s("cases"), db(), s("--passphrase-file"), crlfFile }, QString()).exitCode, 0);

    const QString wrongFile = writeFile(s("wrong.txt"), "from another file\n");
    const CliRun wrong = run({ s("cases"), db(), s("--passphrase-file"), wrongFile }, QString());
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.endsWith(s(": wrong passphrase\n"))) << wrong.err.toStdString();

    const CliRun missing
        = run({ s("cases"), db(), s("--passphrase-file"), path(s("nowhere.txt")) }, QString());
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.startsWith(s("lantern-cli cases: cannot read the passphrase file")))
        << missing.err.toStdString();
}

TEST_F(DatabaseCliTest, NoPassphraseAndNoTerminalIsAClearError)
{
    initDatabase();
    const CliRun refused = run({ s("cases"), db() }, QString());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err,
        s("lantern-cli cases: no passphrase: set LANTERN_PASSPHRASE, use --passphrase-file, or run in a "
          "terminal\n"));

    const CliRun init = run({ s("init"), path(s("second.lantern")) }, QString());
    EXPECT_EQ(init.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(path(s("second.lantern"))));
    const CliRun empty = run({ s("init"), path(s("third.lantern")) }, s(""));
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_EQ(empty.err, s("lantern-cli init: LANTERN_PASSPHRASE is set but the passphrase is empty\n"));
    EXPECT_FALSE(QFileInfo::exists(path(s("third.lantern"))));
}

TEST_F(DatabaseCliTest, PasswdReplacesThePassphrase)
{
    initDatabase();
    newCase(s("FICT-102"));
    answer(s("FICT-102"), s("age"), s("44"));
    const QString newSecret = s("a different fictional phrase");
    const CliRun changed = runWith({ s("passwd"), db(), s("--kdf-ms"), s("1") },
        { { s("LANTERN_PASSPHRASE"), passphrase() }, { s("LANTERN_NEW_PASSPHRASE"), newSecret } });
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();

    const CliRun old = run({ s("show"), db(), s("FICT-102") });
    EXPECT_EQ(old.exitCode, 1);
    EXPECT_TRUE(old.err.endsWith(s(": wrong passphrase\n"))) << old.err.toStdString();
    const CliRun current = run({ s("show"), db(), s("FICT-102"), s("--json") }, newSecret);
    ASSERT_EQ(current.exitCode, 0) << current.err.toStdString();
    EXPECT_TRUE(current.out.contains(s("\"value\": 44"))) << "the case content survived the change";

    // A wrong current passphrase changes nothing, and no new one is read.
    const CliRun refused = runWith({ s("passwd"), db(), s("--kdf-ms"), s("1") },
        { { s("LANTERN_PASSPHRASE"), s("wrong") }, { s("LANTERN_NEW_PASSPHRASE"), s("x") } });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(run({ s("cases"), db() }, newSecret).exitCode, 0);
    const CliRun noNew = run({ s("passwd"), db() }, newSecret);
    EXPECT_EQ(noNew.exitCode, 1);
    EXPECT_EQ(noNew.err,
        s("lantern-cli passwd: no new passphrase: set LANTERN_NEW_PASSPHRASE, use --new-passphrase-file, or "
          "run in a terminal\n"));
}

TEST_F(DatabaseCliTest, NoPassphraseIsOnlyForTrainingDatabases)
{
    const CliRun refused = run({ s("init"), db(), s("--no-passphrase") });
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(s("--no-passphrase is only allowed with --training")))
        << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(db()));
}

TEST_F(DatabaseCliTest, TrainingDatabaseOpensWithoutPassphraseAndSaysSo)
{
    const CliRun init = run({ s("init"), db(), s("--training"), s("--no-passphrase") }, QString());
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.err.contains(s("TRAINING database")));

    const CliRun created
        = run({ s("new"), db(), s("--checklist"), checklist(), s("--code"), s("DEMO-1") }, QString());
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(run({ s("answer"), db(), s("DEMO-1"), s("deceived"), s("yes") }, QString()).exitCode, 0);
    const CliRun shown = run({ s("show"), db(), s("DEMO-1"), s("--json") }, QString());
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.err.startsWith(s("TRAINING database"))) << "stderr says so, stdout stays clean JSON";
    EXPECT_TRUE(QJsonDocument::fromJson(shown.out.toUtf8()).isObject());

    const CliRun passwd = run({ s("passwd"), db() }, QString());
    EXPECT_EQ(passwd.exitCode, 1);
    EXPECT_TRUE(passwd.err.contains(s("training database is not encrypted"))) << passwd.err.toStdString();
}

TEST_F(DatabaseCliTest, EncryptedDatabaseHoldsNoCaseTextInClear)
{
    initDatabase();
    newCase(s("FICT-103"));
    ASSERT_EQ(run({ s("answer"), db(), s("FICT-103"), s("deceived"), s("yes"), s("--note"),
                      s("Zebracrossing Harbour") })
                  .exitCode,
        0);
    QByteArray bytes;
    for (const QString& suffix : { QString(), s("-wal") }) {
        QFile file(db() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    EXPECT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains("Zebracrossing")) << "note text in clear";
    EXPECT_FALSE(bytes.contains("FICT-103")) << "case code in clear";
    EXPECT_FALSE(bytes.contains(passphrase().toUtf8())) << "passphrase in the file";
}
