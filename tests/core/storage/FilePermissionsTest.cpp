// SPDX-License-Identifier: GPL-3.0-or-later
// A case database, its companions and its backups are readable by their owner only, whatever the
// umask: on a shared computer another account must not even copy the sealed bytes away.
#include "StoreFixture.h"

#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

/// The mode bits of `file` for group and others (0 when private).
unsigned sharedBits(const QString& file)
{
    struct stat info { };
    if (::stat(QFile::encodeName(file).constData(), &info) != 0)
        return 07777; // a missing file must not pass as private
    return info.st_mode & (S_IRWXG | S_IRWXO);
}

class FilePermissionsTest : public StoreFixture
{
protected:
    // The usual desktop umask lets everybody read new files; that is what the store must not inherit.
    void SetUp() override
    {
        StoreFixture::SetUp();
        m_umask = ::umask(022);
    }
    void TearDown() override { ::umask(m_umask); }

    mode_t m_umask = 0;
};

TEST_F(FilePermissionsTest, TheDatabaseItsCompanionsAndItsBackupsAreOwnerOnly)
{
    createEncrypted(u"private.lantern"_s).reset();
    m_clock->advance(24LL * 60 * 60 * 1000); // a new day: opening takes the daily backup
    auto store = reopen(u"private.lantern"_s);
    ASSERT_TRUE(store);
    auto c = store->newCase(pinMinimal(*store));
    ASSERT_TRUE(c.ok());
    ASSERT_TRUE(store->setAnswer(c->id, { u"paid"_s, answer(AnswerState::Answered, true), {}, {}, {} }).ok());

    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s }) {
        EXPECT_EQ(sharedBits(path(u"private.lantern"_s + suffix)), 0u) << suffix.toStdString();
    }
    auto backups = CaseStore::backups(path(u"private.lantern"_s));
    ASSERT_TRUE(backups.ok());
    ASSERT_FALSE(backups->isEmpty());
    EXPECT_EQ(sharedBits(QFileInfo(backups->first().path).absolutePath()), 0u) << "the backup folder";
    for (const BackupInfo& backup : std::as_const(*backups)) {
        EXPECT_EQ(sharedBits(backup.path), 0u) << backup.path.toStdString();
    }
}

TEST_F(FilePermissionsTest, ADatabaseReadableByOthersIsNarrowedWhenOpened)
{
    createTraining(u"shared.lantern"_s).reset();
    ASSERT_TRUE(QFile::setPermissions(path(u"shared.lantern"_s),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_NE(sharedBits(path(u"shared.lantern"_s)), 0u);

    auto store = reopen(u"shared.lantern"_s);
    ASSERT_TRUE(store);
    EXPECT_EQ(sharedBits(path(u"shared.lantern"_s)), 0u);
    EXPECT_TRUE(QFileInfo(path(u"shared.lantern"_s)).isWritable()) << "the owner keeps reading and writing";
}

} // namespace
} // namespace lantern::test
