// SPDX-License-Identifier: GPL-3.0-or-later
// One Lantern process per database: the lock is what the kernel holds, never what a file says. A
// lock file left by a process killed (or a laptop switched off) between creating and filling it
// once kept the database shut for good: "open in another Lantern window or process", with nobody.
#include "storage/DatabaseLock.h"
#include "storage/StorageError.h"
#include "StoreFixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

class DatabaseLockTest : public StoreFixture
{
protected:
    void leaveLockFile(const QString& file, const QByteArray& content)
    {
        QFile lock(path(file + u".lock"_s));
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(lock.write(content), content.size());
    }
    static QString inUseBy(qint64 pid)
    {
        return u"the database is open in another Lantern window or process (process %1)"_s.arg(pid);
    }
};

TEST_F(DatabaseLockTest, AnEmptyLockFileLeftByAKilledProcessDoesNotKeepTheDatabaseShut)
{
    createEncrypted(u"left.lantern"_s).reset();
    leaveLockFile(u"left.lantern"_s, {});

    auto store = reopen(u"left.lantern"_s);
    ASSERT_TRUE(store);
    auto second = CaseStore::open(path(u"left.lantern"_s), options());
    ASSERT_FALSE(second.ok()) << "the lock holds again once taken";
    EXPECT_EQ(second.errorMessage(), inUseBy(QCoreApplication::applicationPid()));
    store.reset();
    EXPECT_FALSE(QFile::exists(path(u"left.lantern.lock"_s))) << "closing removes the lock file";
}

TEST_F(DatabaseLockTest, ALockFileNamingAProcessThatIsGoneDoesNotKeepTheDatabaseShut)
{
    createEncrypted(u"gone.lantern"_s).reset();
    // What an earlier build (QLockFile) or a killed process leaves: a process id, name and host.
    leaveLockFile(u"gone.lantern"_s, "2147483646\nlantern\nfictional-host\n");
    EXPECT_TRUE(reopen(u"gone.lantern"_s));
}

TEST_F(DatabaseLockTest, ARestoreIsNotStoppedByALeftoverLockFile)
{
    QString backupPath;
    {
        auto store = createEncrypted(u"restore.lantern"_s);
        ASSERT_TRUE(store);
        auto taken = store->backup(path(u"copy.lantern"_s));
        ASSERT_TRUE(taken.ok()) << taken.errorMessage().toStdString();
        backupPath = *taken;
    }
    leaveLockFile(u"restore.lantern"_s, {});
    const auto restored = CaseStore::restore(path(u"restore.lantern"_s), backupPath);
    EXPECT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    EXPECT_FALSE(QFile::exists(path(u"restore.lantern.lock"_s)));
}

TEST_F(DatabaseLockTest, AnotherProcessIsNamedWhileItHoldsTheDatabaseAndNotAfterItIsKilled)
{
    CaseId caseId;
    QString backupPath;
    {
        auto store = createTraining(u"shared.lantern"_s);
        ASSERT_TRUE(store);
        caseId = store->newCase(pinMinimal(*store))->id;
        auto taken = store->backup(path(u"copy.lantern"_s));
        ASSERT_TRUE(taken.ok()) << taken.errorMessage().toStdString();
        backupPath = *taken;
    }
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LANTERN_TEST_PASSPHRASE"_s); // a training database
    writer.setProcessEnvironment(env);
    writer.start(QString::fromUtf8(LANTERN_CRASH_WRITER),
        { path(u"shared.lantern"_s), caseId.toString(), u"0"_s, u"0"_s });
    ASSERT_TRUE(writer.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("ready\n") && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(20000);
        out += writer.readAllStandardOutput();
    }
    ASSERT_TRUE(out.contains("ready\n")) << writer.readAllStandardError().toStdString();

    auto refused = CaseStore::open(path(u"shared.lantern"_s), options());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(), inUseBy(writer.processId()));
    EXPECT_TRUE(CaseStore::isInUse(path(u"shared.lantern"_s)));
    const auto restore = CaseStore::restore(path(u"shared.lantern"_s), backupPath);
    EXPECT_EQ(restore.ok() ? QString() : restore.errorMessage(), inUseBy(writer.processId()))
        << "a sound backup, refused only because the database is held";

    writer.kill(); // SIGKILL: no destructor runs, the lock file stays behind
    ASSERT_TRUE(writer.waitForFinished(20000));
    EXPECT_TRUE(QFile::exists(path(u"shared.lantern.lock"_s)));
    EXPECT_FALSE(CaseStore::isInUse(path(u"shared.lantern"_s))) << "a file left behind is not a holder";
    auto store = CaseStore::open(path(u"shared.lantern"_s), options());
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
}

TEST_F(DatabaseLockTest, TwoLocksOfOneDatabaseInOneProcessExcludeEachOther)
{
    const QString db = path(u"plain.lantern"_s);
    EXPECT_FALSE(DatabaseLock::isHeld(db)) << "no lock file yet";
    auto first = DatabaseLock::acquire(db);
    EXPECT_TRUE(DatabaseLock::isHeld(db));
    ASSERT_TRUE(first.ok()) << first.errorMessage().toStdString();
    auto second = DatabaseLock::acquire(db);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.errorMessage(), inUseBy(QCoreApplication::applicationPid()));

    DatabaseLock moved = std::move(first).value();
    EXPECT_FALSE(DatabaseLock::acquire(db).ok()) << "a moved lock is still held";
    auto other = DatabaseLock::acquire(path(u"other.lantern"_s));
    ASSERT_TRUE(other.ok()) << other.errorMessage().toStdString();
    moved = std::move(other).value();
    EXPECT_FALSE(QFile::exists(db + u".lock"_s)) << "assigning over a lock lets the old one go";
    EXPECT_FALSE(DatabaseLock::isHeld(db));
    EXPECT_TRUE(DatabaseLock::acquire(db).ok());
}

} // namespace
} // namespace lantern::test
