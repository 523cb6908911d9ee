// SPDX-License-Identifier: GPL-3.0-or-later
// A backup or a restore that runs out of space fails with a message, leaves no partial file under
// a backup's name and never harms the database. "Out of space" is simulated with the process's
// file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored): a write past the limit fails as it would on a
// full disk, without a small filesystem to mount.
#include "StoreFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/resource.h>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

/// Limits the size any file this process writes may grow to, for its lifetime.
class ScopedFileSizeLimit
{
public:
    explicit ScopedFileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_active = ::getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        m_active = m_active && ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~ScopedFileSizeLimit()
    {
        if (m_active)
            ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    ScopedFileSizeLimit(const ScopedFileSizeLimit&) = delete;
    ScopedFileSizeLimit& operator=(const ScopedFileSizeLimit&) = delete;

    bool isActive() const { return m_active; }

private:
    rlimit m_previous {};
    bool m_active = false;
    void (*m_previousHandler)(int) = nullptr;
};

class FullDiskBackupTest : public StoreFixture
{
protected:
    /// A database of a few hundred kB: one case with many long (fictional) answers.
    CaseId fill(CaseStore& store)
    {
        const CaseId id = store.newCase(pinMinimal(store))->id;
        for (int i = 0; i < 80; ++i) {
            EXPECT_TRUE(
                store.setAnswer(id, { u"q%1"_s.arg(i), answer(AnswerState::Unknown, {}, QString(3000, u'x')), {}, {}, {} })
                    .ok());
        }
        return id;
    }

    static qint64 sizeOf(const QString& file) { return QFileInfo(file).size(); }

    /// The files in the backup folder of `db`.
    QStringList backupFolder(const QString& db) const
    {
        return QDir(path(db) + u".backups"_s).entryList(QDir::Files | QDir::Hidden);
    }
};

TEST_F(FullDiskBackupTest, ABackupThatRunsOutOfSpaceLeavesNothingAndHarmsNothing)
{
    auto store = createEncrypted(u"full-backup.lantern"_s);
    ASSERT_TRUE(store);
    const CaseId id = fill(*store);
    const QStringList before = backupFolder(u"full-backup.lantern"_s);
    const QString manual = path(u"manual-copy.lantern"_s);
    Result<QString> intoFolder = QString();
    Result<QString> toFile = QString();
    {
        const ScopedFileSizeLimit full(64 * 1024); // far less than the database
        ASSERT_TRUE(full.isActive());
        intoFolder = store->backup();
        toFile = store->backup(manual);
    }
    ASSERT_FALSE(intoFolder.ok()) << "a backup cannot fit";
    EXPECT_TRUE(intoFolder.errorMessage().contains(u"the backup was not written"_s)) << intoFolder.errorMessage().toStdString();
    ASSERT_FALSE(toFile.ok());
    EXPECT_TRUE(toFile.errorMessage().contains(u"the backup was not written"_s)) << toFile.errorMessage().toStdString();
    EXPECT_EQ(backupFolder(u"full-backup.lantern"_s), before) << "no partial backup is left in the folder";
    EXPECT_FALSE(QFileInfo::exists(manual));
    EXPECT_FALSE(QFileInfo::exists(manual + u".partial"_s));

    // The database goes on: a new answer is saved, and everything reads back after reopening.
    ASSERT_TRUE(store->setAnswer(id, { u"deceived"_s, answer(AnswerState::Answered, true), {}, {}, {} }).ok());
    store.reset();
    auto reopened = reopen(u"full-backup.lantern"_s);
    ASSERT_TRUE(reopened);
    auto answers = reopened->answers(id);
    ASSERT_TRUE(answers.ok());
    EXPECT_EQ(answers->records.size(), 81);
    // And once there is room, the backup is written.
    EXPECT_TRUE(reopened->backup().ok());
}

TEST_F(FullDiskBackupTest, ARestoreThatRunsOutOfSpaceKeepsTheCurrentDatabase)
{
    CaseId id;
    QString backupFile;
    {
        auto store = createEncrypted(u"full-restore.lantern"_s);
        ASSERT_TRUE(store);
        id = fill(*store);
        auto taken = store->backup(path(u"good-backup.lantern"_s));
        ASSERT_TRUE(taken.ok()) << taken.errorMessage().toStdString();
        backupFile = *taken;
        // One more answer, so the current database differs from the backup.
        ASSERT_TRUE(store->setAnswer(id, { u"deceived"_s, answer(AnswerState::Answered, true), {}, {}, {} }).ok());
    }
    const qint64 currentSize = sizeOf(path(u"full-restore.lantern"_s));
    Result<void> restored;
    {
        const ScopedFileSizeLimit full(64 * 1024);
        ASSERT_TRUE(full.isActive());
        restored = CaseStore::restore(path(u"full-restore.lantern"_s), backupFile);
    }
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.errorMessage().contains(u"nothing was restored"_s)) << restored.errorMessage().toStdString();
    EXPECT_TRUE(restored.errorMessage().contains(u"is the disk full?"_s)) << restored.errorMessage().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(u"full-restore.lantern.restoring"_s)));
    EXPECT_EQ(sizeOf(path(u"full-restore.lantern"_s)), currentSize);

    auto reopened = reopen(u"full-restore.lantern"_s);
    ASSERT_TRUE(reopened);
    auto answers = reopened->answers(id);
    ASSERT_TRUE(answers.ok());
    ASSERT_NE(answers->answers.find(u"deceived"_s), nullptr) << "still the current database, not the backup";
    EXPECT_TRUE(answers->answers.find(u"deceived"_s)->isYes());
    reopened.reset();
    // With room again, the same restore goes through.
    EXPECT_TRUE(CaseStore::restore(path(u"full-restore.lantern"_s), backupFile).ok());
}

} // namespace
} // namespace lantern::test
