// SPDX-License-Identifier: GPL-3.0-or-later
// backup / restore, and how store faults reach the user: one line, exit 1.
#include "DatabaseCliTest.h"
#include "storage/CaseStore.h"

#include <QFile>
#include <QFileInfo>

using lantern::test::CliRun;
using lantern::test::DatabaseCliTest;
using lantern::test::s;

TEST_F(DatabaseCliTest, RestoreBringsBackTheStateOfTheBackup)
{
    initDatabase();
    newCase(s("FICT-201"));
    answer(s("FICT-201"), s("deceived"), s("yes"));
    const QString backupFile = path(s("before-change.lantern"));
    const CliRun backup
        = run({ s("backup"), db(), s("--out"), backupFile }, QString()); // no passphrase needed
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(backupFile));

    answer(s("FICT-201"), s("deceived"), s("no"));
    newCase(s("FICT-202"));
    ASSERT_EQ(answerValue(s("FICT-201"), s("deceived")), QJsonValue(false));

    const CliRun restored = run({ s("restore"), db(), s("--from"), backupFile }, QString());
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_EQ(answerValue(s("FICT-201"), s("deceived")), QJsonValue(true));
    EXPECT_EQ(run({ s("show"), db(), s("FICT-202") }).exitCode, 1) << "the later case is gone";

    // The replaced state was kept as a backup, listed like any other.
    const CliRun listed = run({ s("backup"), db(), s("--list") }, QString());
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(s("before-restore"))) << listed.out.toStdString();
}

TEST_F(DatabaseCliTest, BackupIntoTheBackupFolderByDefault)
{
    initDatabase();
    const CliRun backup = run({ s("backup"), db() }, QString());
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    const QString written = backup.out.trimmed();
    EXPECT_TRUE(QFileInfo::exists(written)) << written.toStdString();
    const CliRun listed = run({ s("backup"), db(), s("--list") }, QString());
    EXPECT_TRUE(listed.out.contains(written));

    const CliRun again = run({ s("backup"), db(), s("--out"), written }, QString());
    EXPECT_EQ(again.exitCode, 1) << "never overwrites a file";
}

TEST_F(DatabaseCliTest, RestoreRefusesAFileThatIsNotALanternDatabase)
{
    initDatabase();
    newCase(s("FICT-203"));
    const QString junk = writeFile(s("junk.lantern"), "this is not a database at all\n");
    const CliRun refused = run({ s("restore"), db(), s("--from"), junk }, QString());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err.count(u'\n'), 1) << refused.err.toStdString();
    EXPECT_EQ(run({ s("show"), db(), s("FICT-203") }).exitCode, 0) << "the database is untouched";
}

TEST_F(DatabaseCliTest, StoreFaultsAreOneLineUserErrors)
{
    const CliRun missing = run({ s("cases"), path(s("absent.lantern")) });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err,
        s("lantern-cli cases: %1: there is no database at this path\n").arg(path(s("absent.lantern"))));

    const QString foreign = writeFile(s("notes.txt"), QByteArray(8192, 'x'));
    const CliRun notLantern = run({ s("show"), foreign, s("C-1") });
    EXPECT_EQ(notLantern.exitCode, 1);
    EXPECT_EQ(notLantern.err.count(u'\n'), 1) << notLantern.err.toStdString();
    EXPECT_TRUE(notLantern.err.contains(s("not a Lantern database"))) << notLantern.err.toStdString();

    const CliRun exists = run({ s("init"), foreign, s("--kdf-ms"), s("1") });
    EXPECT_EQ(exists.exitCode, 1);
    EXPECT_TRUE(exists.err.endsWith(s(": a file already exists at this path\n")));
    EXPECT_EQ(QFileInfo(foreign).size(), 8192);
}

TEST_F(DatabaseCliTest, DatabaseOpenElsewhereIsReported)
{
    initDatabase();
    // This test process holds the database open, as the GUI would.
    auto held = lantern::CaseStore::open(db());
    ASSERT_TRUE(held.ok()) << held.errorMessage().toStdString();
    const CliRun busy = run({ s("cases"), db() });
    EXPECT_EQ(busy.exitCode, 1);
    EXPECT_EQ(busy.err.count(u'\n'), 1) << busy.err.toStdString();
    EXPECT_TRUE(busy.err.contains(s("open in another Lantern window or process"))) << busy.err.toStdString();
}
