// SPDX-License-Identifier: GPL-3.0-or-later
// Faults a caseworker can meet: foreign, damaged or missing files, read-only places, a second
// window, a full disk. Each gives its clear message and loses nothing.
#include "storage/StorageError.h"
#include "StoreFixture.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <unistd.h>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

class FaultTest : public StoreFixture
{
protected:
    void writeFile(const QString& file, const QByteArray& bytes)
    {
        QFile f(path(file));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QString openError(const QString& file)
    {
        auto store = CaseStore::open(path(file), options());
        EXPECT_FALSE(store.ok());
        return store.ok() ? QString() : store.errorMessage();
    }
};

TEST_F(FaultTest, ForeignFilesAreNotLanternDatabases)
{
    writeFile(u"text.lantern"_s, "Not a database, just fictional notes.\n");
    EXPECT_EQ(openError(u"text.lantern"_s), u"this file is not a Lantern database"_s);

    QByteArray noise(16 * 1024, Qt::Uninitialized);
    for (char& c : noise)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    writeFile(u"noise.lantern"_s, noise);
    EXPECT_EQ(openError(u"noise.lantern"_s), u"this file is not a Lantern database"_s);

    writeFile(u"empty.lantern"_s, {});
    EXPECT_EQ(openError(u"empty.lantern"_s), u"this file is not a Lantern database"_s);

    {
        RawDatabase other(path(u"other-app.sqlite"_s));
        other.exec(u"CREATE TABLE things (x)"_s);
    }
    EXPECT_EQ(openError(u"other-app.sqlite"_s), u"this file is not a Lantern database"_s);
    RawDatabase other(path(u"other-app.sqlite"_s));
    EXPECT_EQ(other.scalar(u"PRAGMA journal_mode"_s).toString(), u"delete"_s)
        << "a foreign file is left as it was";

    EXPECT_EQ(openError(u"missing.lantern"_s), u"there is no database at this path"_s);
    EXPECT_FALSE(QFile::exists(path(u"missing.lantern"_s))) << "opening never creates";
}

TEST_F(FaultTest, TruncatedDatabaseIsReportedDamaged)
{
    {
        auto store = createEncrypted(u"cut.lantern"_s);
        ASSERT_TRUE(store);
        auto c = store->newCase(pinMinimal(*store));
        for (int i = 0; i < 50; ++i)
            (void)store->setAnswer(
                c->id, { u"q%1"_s.arg(i), answer(AnswerState::Unknown, {}, QString(500, u'x')), {}, {}, {} });
    }
    QFile file(path(u"cut.lantern"_s));
    const qint64 size = file.size();
    ASSERT_GT(size, 8 * 4096);
    ASSERT_TRUE(file.resize(size / 2));
    EXPECT_EQ(openError(u"cut.lantern"_s), u"the database file is damaged; restore it from a backup"_s);
}

TEST_F(FaultTest, CreateRefusesAnExistingFile)
{
    writeFile(u"taken.lantern"_s, "fictional");
    auto store = CaseStore::createTraining(path(u"taken.lantern"_s), options());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.errorMessage(), u"a file already exists at this path"_s);
    EXPECT_EQ(readFile(path(u"taken.lantern"_s)), QByteArray("fictional"));
}

TEST_F(FaultTest, SecondOpenerIsToldTheDatabaseIsInUse)
{
    auto first = createEncrypted(u"shared.lantern"_s);
    ASSERT_TRUE(first);
    auto second = CaseStore::open(path(u"shared.lantern"_s), options());
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(
        second.errorMessage().startsWith(u"the database is open in another Lantern window or process"_s))
        << second.errorMessage().toStdString();
    first.reset();
    EXPECT_TRUE(reopen(u"shared.lantern"_s));
}

// Makes a file or folder read-only for this process. Permission bits do not stop root, so as root
// it sets the immutable attribute instead, or skips when that is unavailable.
class ReadOnly
{
public:
    explicit ReadOnly(QString target)
        : m_target(std::move(target))
    {
        if (::geteuid() != 0) {
            m_ok = QFile::setPermissions(m_target, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            return;
        }
        m_immutable = QProcess::execute(u"chattr"_s, { u"+i"_s, m_target }) == 0;
        m_ok = m_immutable;
    }
    ~ReadOnly()
    {
        if (m_immutable)
            QProcess::execute(u"chattr"_s, { u"-i"_s, m_target });
        else
            QFile::setPermissions(
                m_target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    bool ok() const { return m_ok; }

private:
    QString m_target;
    bool m_immutable = false;
    bool m_ok = false;
};

TEST_F(FaultTest, ReadOnlyFileOrFolderIsReportedAsSuch)
{
    createEncrypted(u"ro.lantern"_s).reset();
    {
        ReadOnly guard(path(u"ro.lantern"_s));
        if (!guard.ok())
            GTEST_SKIP() << "cannot make a file read-only here (root without chattr)";
        EXPECT_EQ(openError(u"ro.lantern"_s), u"the database is in a read-only location"_s);
    }
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(u"locked-folder"_s));
    {
        ReadOnly guard(path(u"locked-folder"_s));
        ASSERT_TRUE(guard.ok());
        auto store = CaseStore::createTraining(path(u"locked-folder/new.lantern"_s), options());
        ASSERT_FALSE(store.ok());
        EXPECT_EQ(store.errorMessage(), u"the database is in a read-only location"_s);
    }
    EXPECT_TRUE(reopen(u"ro.lantern"_s)) << "nothing was harmed";
}

TEST_F(FaultTest, FullDiskRefusesTheAnswerAndKeepsEarlierOnes)
{
    CaseId id;
    {
        auto store = createEncrypted(u"full.lantern"_s);
        ASSERT_TRUE(store);
        id = store->newCase(pinMinimal(*store))->id;
        ASSERT_TRUE(
            store->setAnswer(id, { u"deceived"_s, answer(AnswerState::Answered, true), {}, {}, {} }).ok());
    }
    qint64 pages = 0;
    {
        RawDatabase raw(path(u"full.lantern"_s));
        pages = raw.scalar(u"PRAGMA page_count"_s).toLongLong();
    }
    StoreOptions capped = options();
    capped.connection.maxPageCount = pages + 4;
    auto opened = CaseStore::open(path(u"full.lantern"_s), capped);
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    auto store = std::move(opened).value();
    ASSERT_TRUE(store->unlock(passphrase()).ok());
    QString failure;
    int saved = 0;
    for (int i = 0; i < 200 && failure.isEmpty(); ++i) {
        auto result = store->setAnswer(
            id, { u"q%1"_s.arg(i), answer(AnswerState::Unknown, {}, QString(2000, u'n')), {}, {}, {} });
        if (result)
            ++saved;
        else
            failure = result.errorMessage();
    }
    EXPECT_EQ(failure, u"the disk is full: the answer was not saved"_s);
    store.reset();

    auto reopened = reopen(u"full.lantern"_s);
    ASSERT_TRUE(reopened);
    auto answers = reopened->answers(id);
    ASSERT_TRUE(answers.ok());
    EXPECT_EQ(answers->records.size(), saved + 1)
        << "every acknowledged answer is there, the refused one is not";
    EXPECT_TRUE(answers->answers.find(u"deceived"_s)->isYes());
}

struct Mapping
{
    const char* nativeCode;
    const char* message;
};

class SqlErrorMapping : public ::testing::TestWithParam<Mapping>
{
};

TEST_P(SqlErrorMapping, NamesACauseTheUserCanActOn)
{
    const QSqlError error(u"driver text"_s, u"SELECT secret FROM fictional"_s, QSqlError::StatementError,
        QString::fromLatin1(GetParam().nativeCode));
    EXPECT_EQ(sqlError(error, u"the answer was not saved"_s).message, QString::fromUtf8(GetParam().message));
}

INSTANTIATE_TEST_SUITE_P(Codes, SqlErrorMapping,
    ::testing::Values(Mapping { "13", "the disk is full: the answer was not saved" },
        Mapping { "8", "the database is in a read-only location: the answer was not saved" },
        Mapping {
            "1032", "the database is in a read-only location: the answer was not saved" }, // READONLY_DBMOVED
        Mapping { "26", "this file is not a Lantern database" },
        Mapping {
            "5", "the database is open in another Lantern window or process: the answer was not saved" },
        Mapping { "11", "the database file is damaged; restore it from a backup" },
        Mapping { "3338", "the disk could not be read or written: the answer was not saved" }, // IOERR_WRITE
        Mapping { "1", "the database reported an unexpected problem (code 1): the answer was not saved" }));

} // namespace
} // namespace lantern::test
