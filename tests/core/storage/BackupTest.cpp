// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: taken daily on open and on demand, rotated, sealed like the database; restore brings a
// backup back without losing the file it replaces; a damaged database points at its backup.
#include "storage/Backups.h"
#include "storage/Schema.h"
#include "storage/StorageError.h"
#include "StoreFixture.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <unistd.h>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

class BackupTest : public StoreFixture
{
protected:
    QList<BackupInfo> listed(const QString& file)
    {
        auto backups = CaseStore::backups(path(file));
        EXPECT_TRUE(backups.ok()) << backups.errorMessage().toStdString();
        return backups.ok() ? *backups : QList<BackupInfo> {};
    }
    QList<BackupInfo> listed(const QString& file, BackupReason reason)
    {
        QList<BackupInfo> matching;
        for (const BackupInfo& backup : listed(file)) {
            if (backup.reason == reason)
                matching.append(backup);
        }
        return matching;
    }
    /// Creates a store holding one case whose "deceived" answer is `yes`; returns the case id.
    CaseId createWithAnswer(const QString& file, bool yes)
    {
        auto store = createEncrypted(file);
        EXPECT_TRUE(store);
        if (!store)
            return {};
        auto c = store->newCase(pinMinimal(*store));
        EXPECT_TRUE(c.ok());
        EXPECT_TRUE(
            store->setAnswer(c->id, { u"deceived"_s, answer(AnswerState::Answered, yes), {}, {}, {} }).ok());
        return c->id;
    }
    /// The "deceived" answer of `caseId` in the database `file` (opened by path, not by name).
    std::optional<bool> deceived(const QString& absolutePath, const CaseId& caseId)
    {
        auto store = CaseStore::open(absolutePath, options());
        EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
        if (!store || !(*store)->unlock(passphrase()))
            return std::nullopt;
        auto answers = (*store)->answers(caseId);
        if (!answers || !answers->answers.find(u"deceived"_s))
            return std::nullopt;
        return answers->answers.find(u"deceived"_s)->isYes();
    }
    void writeFile(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
};

TEST_F(BackupTest, DailyBackupIsTakenOncePerDayOnOpen)
{
    createEncrypted(u"daily.lantern"_s).reset();
    EXPECT_TRUE(listed(u"daily.lantern"_s).isEmpty()) << "creating a database takes no backup";

    auto store = reopen(u"daily.lantern"_s);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->warnings().isEmpty());
    store.reset();
    auto backups = listed(u"daily.lantern"_s);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups[0].reason, BackupReason::Daily);
    EXPECT_EQ(backups[0].time, m_clock->now());
    EXPECT_GT(backups[0].size, 0);
    EXPECT_TRUE(Backups::verify(backups[0].path).ok());

    m_clock->advance(10 * 3600 * 1000); // 19:30 the same day
    reopen(u"daily.lantern"_s).reset();
    EXPECT_EQ(listed(u"daily.lantern"_s).size(), 1) << "one daily backup per day";

    m_clock->advance(5 * 3600 * 1000); // 00:30 the next day (UTC)
    reopen(u"daily.lantern"_s).reset();
    backups = listed(u"daily.lantern"_s);
    ASSERT_EQ(backups.size(), 2);
    EXPECT_EQ(backups[0].time, m_clock->now()) << "newest first";

    StoreOptions off = options();
    off.automaticBackups = false;
    m_clock->advance(24 * 3600 * 1000);
    ASSERT_TRUE(CaseStore::open(path(u"daily.lantern"_s), off).ok());
    EXPECT_EQ(listed(u"daily.lantern"_s).size(), 2) << "automatic backups can be turned off";
}

TEST_F(BackupTest, RotationKeepsTheNewestOfEachKind)
{
    createTraining(u"rotate.lantern"_s).reset();
    QList<QDateTime> dailyTimes;
    QList<QDateTime> manualTimes;
    for (int day = 0; day < 10; ++day) {
        m_clock->advance(24 * 3600 * 1000);
        auto store = reopen(u"rotate.lantern"_s);
        ASSERT_TRUE(store);
        dailyTimes.prepend(m_clock->now());
        if (day % 2 == 0) {
            m_clock->advance(60 * 1000);
            auto manual = store->backup();
            ASSERT_TRUE(manual.ok()) << manual.errorMessage().toStdString();
            EXPECT_TRUE(QFileInfo::exists(*manual));
            manualTimes.prepend(m_clock->now());
        }
    }
    QList<QDateTime> keptDaily;
    for (const BackupInfo& backup : listed(u"rotate.lantern"_s, BackupReason::Daily))
        keptDaily.append(backup.time);
    EXPECT_EQ(keptDaily, dailyTimes.mid(0, Backups::kKeepDaily));
    QList<QDateTime> keptManual;
    for (const BackupInfo& backup : listed(u"rotate.lantern"_s, BackupReason::Manual))
        keptManual.append(backup.time);
    EXPECT_EQ(keptManual, manualTimes.mid(0, Backups::kKeepOther));
    EXPECT_EQ(
        QDir(Backups::folderFor(path(u"rotate.lantern"_s))).entryList(QDir::Files | QDir::Hidden).size(),
        Backups::kKeepDaily + Backups::kKeepOther)
        << "no partial or extra files are left in the backup folder";
}

TEST_F(BackupTest, TwoBackupsInTheSameMillisecondBothKeepTheirFiles)
{
    auto store = createTraining(u"same.lantern"_s);
    ASSERT_TRUE(store);
    auto first = store->backup();
    auto second = store->backup();
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_NE(*first, *second);
    const auto backups = listed(u"same.lantern"_s);
    ASSERT_EQ(backups.size(), 2);
    EXPECT_EQ(backups[0].path, *second) << "the later one is listed first";
}

TEST_F(BackupTest, ManualBackupToAFileOpensWithTheSamePassphrase)
{
    const CaseId id = createWithAnswer(u"manual.lantern"_s, true);
    auto store = reopen(u"manual.lantern"_s);
    ASSERT_TRUE(store);
    auto written = store->backup(path(u"copy.lantern"_s));
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    EXPECT_EQ(*written, path(u"copy.lantern"_s));
    auto again = store->backup(path(u"copy.lantern"_s));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.errorMessage(), u"a file already exists at this path"_s);
    store->lock();
    EXPECT_TRUE(store->backup(path(u"locked-copy.lantern"_s)).ok()) << "a locked store can be backed up";
    store.reset();
    EXPECT_EQ(deceived(path(u"copy.lantern"_s), id), std::optional<bool>(true));
}

TEST_F(BackupTest, RestoreBringsBackContentAndKeepsTheReplacedFile)
{
    const CaseId id = createWithAnswer(u"restore.lantern"_s, true);
    QString backupPath;
    {
        auto store = reopen(u"restore.lantern"_s);
        ASSERT_TRUE(store);
        auto taken = store->backup();
        ASSERT_TRUE(taken.ok()) << taken.errorMessage().toStdString();
        backupPath = *taken;
        ASSERT_TRUE(
            store->setAnswer(id, { u"deceived"_s, answer(AnswerState::Answered, false), {}, {}, {} }).ok());
    }
    const auto restored = CaseStore::restore(path(u"restore.lantern"_s), backupPath);
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(u"restore.lantern-wal"_s)));
    EXPECT_EQ(deceived(path(u"restore.lantern"_s), id), std::optional<bool>(true)) << "the backup's content";

    const auto kept = listed(u"restore.lantern"_s, BackupReason::BeforeRestore);
    ASSERT_EQ(kept.size(), 1);
    ASSERT_TRUE(QFile::copy(kept[0].path, path(u"kept.lantern"_s)));
    EXPECT_EQ(deceived(path(u"kept.lantern"_s), id), std::optional<bool>(false))
        << "the replaced database, with its last answer, is kept";
}

TEST_F(BackupTest, RestoreIsRefusedWhileTheDatabaseIsOpen)
{
    const CaseId id = createWithAnswer(u"busy.lantern"_s, true);
    auto store = reopen(u"busy.lantern"_s);
    ASSERT_TRUE(store);
    auto taken = store->backup(path(u"busy-copy.lantern"_s));
    ASSERT_TRUE(taken.ok());
    const auto restored = CaseStore::restore(path(u"busy.lantern"_s), *taken);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.errorMessage().startsWith(storage_error::inUse().message))
        << restored.errorMessage().toStdString();
    EXPECT_TRUE(store->answers(id).ok()) << "the open store is untouched";
}

TEST_F(BackupTest, RestoreRefusesDamagedOrForeignFiles)
{
    const CaseId id = createWithAnswer(u"target.lantern"_s, true);
    {
        auto store = reopen(u"target.lantern"_s);
        ASSERT_TRUE(store);
        for (int i = 0; i < 40; ++i)
            ASSERT_TRUE(
                store
                    ->setAnswer(id,
                        { u"q%1"_s.arg(i), answer(AnswerState::Unknown, {}, QString(400, u'x')), {}, {}, {} })
                    .ok());
        ASSERT_TRUE(store->backup(path(u"cut.lantern"_s)).ok());
    }
    const qsizetype before = listed(u"target.lantern"_s).size();
    QFile cut(path(u"cut.lantern"_s));
    ASSERT_GT(cut.size(), 8 * 4096);
    ASSERT_TRUE(cut.resize(cut.size() / 2));
    auto refused = CaseStore::restore(path(u"target.lantern"_s), path(u"cut.lantern"_s));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(), u"the backup file is damaged; choose another backup"_s);

    writeFile(path(u"notes.txt"_s), "fictional notes, not a database\n");
    refused = CaseStore::restore(path(u"target.lantern"_s), path(u"notes.txt"_s));
    EXPECT_EQ(refused.errorMessage(), u"this file is not a Lantern database"_s);
    {
        RawDatabase other(path(u"other.sqlite"_s));
        other.exec(u"CREATE TABLE fictional (x)"_s);
    }
    refused = CaseStore::restore(path(u"target.lantern"_s), path(u"other.sqlite"_s));
    EXPECT_EQ(refused.errorMessage(), u"this file is not a Lantern database"_s);
    refused = CaseStore::restore(path(u"target.lantern"_s), path(u"missing.lantern"_s));
    EXPECT_EQ(refused.errorMessage(), u"there is no backup at this path"_s);

    EXPECT_EQ(listed(u"target.lantern"_s).size(), before) << "a refused restore writes nothing";
    EXPECT_EQ(deceived(path(u"target.lantern"_s), id), std::optional<bool>(true));
}

TEST_F(BackupTest, BackupOfAnEncryptedDatabaseHoldsNoCaseText)
{
    const QStringList secrets = { u"ZX-FICTIONAL-5512"_s, u"fictional note: met at the Jacaranda bus stop"_s,
        u"fictional reason: referred to shelter Magnolia"_s };
    auto hits = [&](const QByteArray& bytes) {
        int found = 0;
        for (const QString& text : secrets)
            found += bytes.contains(text.toUtf8()) ? 1 : 0;
        return found;
    };
    auto write = [&](CaseStore& store) {
        auto c = store.newCase(pinMinimal(store), secrets[0]);
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE(store
                        .setAnswer(c->id,
                            { u"deceived"_s, answer(AnswerState::Answered, true, secrets[1]), {}, {}, {} })
                        .ok());
        ASSERT_TRUE(store.setStatus(c->id, CaseStatus::Referred, secrets[2]).ok());
    };
    auto sealed = createEncrypted(u"sealed.lantern"_s);
    ASSERT_TRUE(sealed);
    ASSERT_NO_FATAL_FAILURE(write(*sealed));
    auto sealedBackup = sealed->backup();
    ASSERT_TRUE(sealedBackup.ok());
    EXPECT_EQ(hits(readFile(*sealedBackup)), 0);

    // Control: the same search finds the text in a training database's backup.
    auto clear = createTraining(u"clear.lantern"_s);
    ASSERT_TRUE(clear);
    ASSERT_NO_FATAL_FAILURE(write(*clear));
    auto clearBackup = clear->backup();
    ASSERT_TRUE(clearBackup.ok());
    EXPECT_EQ(hits(readFile(*clearBackup)), 3);
    EXPECT_EQ(QFileInfo(*clearBackup).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0)
        << "backups are readable by their owner only";
}

TEST_F(BackupTest, FailedAutomaticBackupIsAWarningNotAFailedOpen)
{
    const CaseId id = createWithAnswer(u"warn.lantern"_s, true);
    // Something in the way of the backup folder: it cannot be created.
    writeFile(Backups::folderFor(path(u"warn.lantern"_s)), "fictional");
    auto opened = CaseStore::open(path(u"warn.lantern"_s), options());
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    auto store = std::move(opened).value();
    ASSERT_EQ(store->warnings().size(), 1);
    EXPECT_TRUE(store->warnings()[0].startsWith(u"the automatic daily backup failed: the backup folder "_s))
        << store->warnings()[0].toStdString();
    ASSERT_TRUE(store->unlock(passphrase()).ok());
    EXPECT_TRUE(store->answers(id).ok());
    ASSERT_TRUE(store->setAnswer(id, { u"paid"_s, answer(AnswerState::Answered, false), {}, {}, {} }).ok())
        << "the database works normally";
}

TEST_F(BackupTest, ReadOnlyBackupFolderIsAWarningNotAFailedOpen)
{
    createWithAnswer(u"ro.lantern"_s, true);
    const QString folder = Backups::folderFor(path(u"ro.lantern"_s));
    ASSERT_TRUE(QDir().mkpath(folder));
    // Permission bits do not stop root; there the immutable attribute does.
    const bool root = ::geteuid() == 0;
    const bool locked = root ? QProcess::execute(u"chattr"_s, { u"+i"_s, folder }) == 0
                             : QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (!locked)
        GTEST_SKIP() << "cannot make a folder read-only here";
    auto opened = CaseStore::open(path(u"ro.lantern"_s), options());
    if (root)
        QProcess::execute(u"chattr"_s, { u"-i"_s, folder });
    else
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    ASSERT_EQ((*opened)->warnings().size(), 1);
    EXPECT_TRUE((*opened)->warnings()[0].contains(u"is read-only"_s))
        << (*opened)->warnings()[0].toStdString();
    EXPECT_TRUE(listed(u"ro.lantern"_s).isEmpty());
}

TEST_F(BackupTest, DamagedDatabaseNamesItsNewestGoodBackup)
{
    const CaseId id = createWithAnswer(u"hurt.lantern"_s, true);
    {
        auto store = reopen(u"hurt.lantern"_s); // takes the daily backup at 09:30
        ASSERT_TRUE(store);
        for (int i = 0; i < 40; ++i)
            ASSERT_TRUE(
                store
                    ->setAnswer(id,
                        { u"q%1"_s.arg(i), answer(AnswerState::Unknown, {}, QString(400, u'x')), {}, {}, {} })
                    .ok());
        m_clock->advance(3600 * 1000);
        ASSERT_TRUE(store->backup().ok()); // 10:30, then damaged below
    }
    auto backups = listed(u"hurt.lantern"_s);
    ASSERT_EQ(backups.size(), 2);
    writeFile(backups[0].path, "fictional damage");
    EXPECT_EQ(CaseStore::latestGoodBackup(path(u"hurt.lantern"_s)), std::optional<QString>(backups[1].path))
        << "a damaged backup is passed over";

    QFile file(path(u"hurt.lantern"_s));
    ASSERT_TRUE(file.resize(file.size() / 2));
    auto opened = CaseStore::open(path(u"hurt.lantern"_s), options());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.errorMessage(),
        u"the database file is damaged; restore it from a backup (a good backup from 2026-03-14 09:30 UTC "
        "can be restored)"_s);

    ASSERT_TRUE(CaseStore::restore(path(u"hurt.lantern"_s), backups[1].path).ok());
    EXPECT_EQ(deceived(path(u"hurt.lantern"_s), id), std::optional<bool>(true));
    EXPECT_EQ(listed(u"hurt.lantern"_s, BackupReason::BeforeRestore).size(), 1)
        << "even the damaged file is kept before it is replaced";
}

TEST_F(BackupTest, OlderSchemaIsBackedUpBeforeItIsMigrated)
{
    // Needs a database of an older schema from tests/data/databases (copied: the originals stay as
    // they are); there is none while the first schema is the current one.
    const QDir fixtures(dataPath(u"databases"_s));
    QString older;
    int index = 0;
    for (const QString& name : fixtures.entryList({ u"*.lantern"_s }, QDir::Files)) {
        const QString copy = path(u"fixture-%1.lantern"_s.arg(index++));
        ASSERT_TRUE(QFile::copy(fixtures.filePath(name), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        RawDatabase raw(copy);
        if (older.isEmpty() && raw.scalar(u"PRAGMA user_version"_s).toInt() < schema::kCurrentVersion)
            older = copy;
    }
    if (older.isEmpty())
        GTEST_SKIP() << "no database of an older schema in tests/data/databases";
    auto store = CaseStore::open(older, options());
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    EXPECT_TRUE((*store)->warnings().isEmpty());
    auto backups = CaseStore::backups(older);
    ASSERT_TRUE(backups.ok());
    const auto migration = std::find_if(backups->cbegin(), backups->cend(),
        [](const BackupInfo& backup) { return backup.reason == BackupReason::Migration; });
    ASSERT_NE(migration, backups->cend()) << "a backup is taken before the upgrade";
    RawDatabase backup(migration->path);
    EXPECT_LT(backup.scalar(u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion)
        << "the backup keeps the old schema";
}

} // namespace
} // namespace lantern::test
