// SPDX-License-Identifier: GPL-3.0-or-later
// The training workspace: seeding one case per case study through the same path the app saves
// answers by, resetting to the seeded state, and refusing to touch anything but a training database.
#include "training/TrainingWorkspace.h"

#include "casework/CaseFile.h"
#include "casework/CaseSummary.h"
#include "storage/Backups.h"
#include "TrainingTestData.h"
#include "vault/Vault.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace lantern::test {
namespace {

/// Everything a participant sees of a seeded case, by code: its answers and its sessions.
using Snapshot = QMap<QString, QStringList>;

/// "question=state/value/note/source"; the value as compact JSON, empty unless answered.
QString describe(const AnswerRecord& record)
{
    const QString value = record.answer.state == AnswerState::Answered
        ? QString::fromUtf8(QJsonDocument(QJsonArray { record.answer.value }).toJson(QJsonDocument::Compact))
        : QString();
    return QStringLiteral("%1=%2/%3/%4/%5")
        .arg(record.questionId, toString(record.answer.state), value, record.answer.note,
            toString(record.source));
}

class TrainingWorkspaceTest : public ::testing::Test
{
protected:
    static const CaseStudyLibrary& library()
    {
        static const CaseStudyLibrary loaded = CaseStudyLibrary::load(bundledChecklists());
        return loaded;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(library().problems().isEmpty());
        ASSERT_FALSE(library().caseStudies().isEmpty());
    }

    QString path(const QString& name = QStringLiteral("training.lantern")) const
    {
        return m_dir.filePath(name);
    }

    static std::unique_ptr<CaseStore> open(const QString& file)
    {
        auto store = CaseStore::open(file);
        EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
        if (!store)
            return nullptr;
        EXPECT_TRUE((*store)->openPlain().ok());
        return std::move(store).value();
    }

    static Snapshot snapshot(CaseStore& store)
    {
        Snapshot result;
        const auto cases = store.cases();
        EXPECT_TRUE(cases.ok());
        if (!cases)
            return result;
        for (const Case& c : *cases) {
            QStringList lines;
            const auto answers = store.answers(c.id);
            EXPECT_TRUE(answers.ok());
            for (const AnswerRecord& record : answers->records)
                lines.append(describe(record));
            const auto sessions = store.sessions(c.id);
            for (const Session& session : *sessions)
                lines.append(
                    QStringLiteral("session %1 %2").arg(session.interpreterUsed).arg(session.language));
            result.insert(c.code, lines);
        }
        return result;
    }

    static std::unique_ptr<CaseStore> createEncrypted(const QString& file)
    {
        auto passphrase = SecureBytes::fromPassphrase(QStringLiteral("fictional training passphrase"));
        auto vault = Vault::create(*passphrase, KdfParams::minimal());
        EXPECT_TRUE(vault.ok());
        auto store = CaseStore::create(file, vault->first, std::move(vault->second));
        EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
        return store ? std::move(store).value() : nullptr;
    }

    QTemporaryDir m_dir;
};

TEST_F(TrainingWorkspaceTest, DefaultPathIsBesideTheCaseDatabase)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    EXPECT_EQ(TrainingWorkspace::defaultPath(), folder + QStringLiteral("/training.lantern"));
    QStandardPaths::setTestModeEnabled(false);
}

TEST_F(TrainingWorkspaceTest, SeedsOneCasePerCaseStudyWithItsInterview)
{
    auto created = TrainingWorkspace::create(path(), library());
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    CaseStore& store = **created;
    EXPECT_FALSE(store.isEncrypted());

    const auto rows = store.caseListRows();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), library().caseStudies().size());
    for (const CaseListRow& row : *rows) {
        const CaseStudy* study = TrainingWorkspace::caseStudyForCode(library(), row.info.code);
        ASSERT_NE(study, nullptr) << row.info.code.toStdString();
        EXPECT_EQ(row.info.checklist.id, study->checklistId);
        EXPECT_EQ(row.info.checklist.version, study->checklistVersion);
        EXPECT_EQ(row.info.status, CaseStatus::Open);

        // The answers as recorded: value or state, note, source, and the session they were given in.
        const auto answers = store.answers(row.info.id);
        ASSERT_TRUE(answers.ok());
        ASSERT_EQ(answers->records.size(), study->interview.size()) << study->id.toStdString();
        const auto sessions = store.sessions(row.info.id);
        ASSERT_TRUE(sessions.ok());
        ASSERT_EQ(sessions->size(), study->sessions.size());
        for (qsizetype i = 0; i < sessions->size(); ++i) {
            EXPECT_EQ(sessions->at(i).interpreterUsed, study->sessions.at(i).interpreter);
            EXPECT_EQ(sessions->at(i).language, study->sessions.at(i).language);
            EXPECT_TRUE(sessions->at(i).end.isValid()) << "seeded sessions are over";
        }
        for (const CaseStudyAnswer& expected : study->interview) {
            const auto record = std::find_if(answers->records.cbegin(), answers->records.cend(),
                [&](const AnswerRecord& r) { return r.questionId == expected.questionId; });
            ASSERT_NE(record, answers->records.cend()) << expected.questionId.toStdString();
            EXPECT_EQ(record->answer.state, expected.answer.state);
            EXPECT_EQ(record->answer.value, expected.answer.value);
            EXPECT_EQ(record->answer.note, expected.answer.note);
            EXPECT_EQ(record->source, expected.source);
            const qsizetype sessionIndex = std::distance(study->sessions.cbegin(),
                std::find_if(study->sessions.cbegin(), study->sessions.cend(),
                    [&](const CaseStudySession& s) { return s.id == expected.sessionId; }));
            ASSERT_LT(sessionIndex, sessions->size());
            EXPECT_EQ(record->sessionId, sessions->at(sessionIndex).id);
        }

        // The case list shows the outcome the interview reaches, as for any case.
        const std::optional<CaseSummary> summary = CaseSummary::fromJson(row.summary);
        ASSERT_TRUE(summary.has_value()) << study->id.toStdString();
        EXPECT_EQ(summary->outcomeId, study->interviewOutcome) << study->id.toStdString();
        const auto file = CaseFile::open(store, row.info.id);
        ASSERT_TRUE(file.ok());
        EXPECT_EQ(file->assessment().outcomeId, study->interviewOutcome);
    }
}

TEST_F(TrainingWorkspaceTest, SeedsNotesAndSourcesOfTheFishingVessel)
{
    auto created = TrainingWorkspace::create(path(), library());
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    const Snapshot seeded = snapshot(**created);
    const QStringList fishing = seeded.value(QStringLiteral("TRAIN-01"));
    EXPECT_TRUE(fishing.contains(QStringLiteral("ctl_documents_kept=answered/[true]/Inspection report: crew "
                                                "papers in a locked drawer in the wheelhouse./document")))
        << fishing.join(u'\n').toStdString();
    EXPECT_TRUE(fishing.contains(QStringLiteral("ctl_physical_violence=declined//Did not want to talk about "
                                                "discipline on board; not pressed./self_report")))
        << fishing.join(u'\n').toStdString();
    EXPECT_EQ(fishing.count(QStringLiteral("session 1 my")), 2);
}

TEST_F(TrainingWorkspaceTest, CreateRefusesAnExistingFile)
{
    QFile existing(path());
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    const auto created = TrainingWorkspace::create(path(), library());
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.errorMessage(), QStringLiteral("a file already exists at this path"));
    EXPECT_EQ(readBytes(path()), QByteArray("keep me"));
}

TEST_F(TrainingWorkspaceTest, AnEmptyLibraryMakesAnEmptyWorkspace)
{
    const CaseStudyLibrary withoutChecklists = CaseStudyLibrary::load({});
    ASSERT_TRUE(withoutChecklists.caseStudies().isEmpty());
    auto empty = TrainingWorkspace::create(path(), withoutChecklists);
    ASSERT_TRUE(empty.ok()) << empty.errorMessage().toStdString();
    EXPECT_TRUE((*empty)->cases()->isEmpty());
    EXPECT_FALSE((*empty)->isEncrypted());
}

TEST_F(TrainingWorkspaceTest, CreatesTheFolderItNeeds)
{
    const QString nested = m_dir.filePath(QStringLiteral("app-data/lantern/training.lantern"));
    auto created = TrainingWorkspace::create(nested, library());
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    EXPECT_TRUE(QFileInfo::exists(nested));
}

TEST_F(TrainingWorkspaceTest, SeedRefusesAnEncryptedDatabase)
{
    auto store = createEncrypted(path(QStringLiteral("cases.lantern")));
    ASSERT_NE(store, nullptr);
    const Result<void> seeded = TrainingWorkspace::seed(*store, library());
    ASSERT_FALSE(seeded.ok());
    EXPECT_TRUE(store->cases()->isEmpty());
}

TEST_F(TrainingWorkspaceTest, ResetRestoresTheSeededState)
{
    Snapshot fresh;
    {
        auto created = TrainingWorkspace::create(path(), library());
        ASSERT_TRUE(created.ok());
        fresh = snapshot(**created);
        CaseStore& store = **created;
        // A workshop group changes a seeded answer, adds a case and takes a backup.
        const CaseStudy* fishing = library().find(QStringLiteral("fishing-vessel"));
        ASSERT_NE(fishing, nullptr);
        QString fishingId;
        const auto cases = store.cases();
        ASSERT_TRUE(cases.ok());
        for (const Case& c : *cases) {
            if (c.code == fishing->code)
                fishingId = c.id.toString();
        }
        auto file = CaseFile::open(store, CaseId::fromString(fishingId));
        ASSERT_TRUE(file.ok());
        Answer no;
        no.state = AnswerState::Answered;
        no.value = false;
        ASSERT_TRUE(file->setAnswer(QStringLiteral("work_long_hours"), no).ok());
        auto added = CaseFile::create(store, *library().checklistFor(*fishing), QStringLiteral("GROUP-A"));
        ASSERT_TRUE(added.ok());
        ASSERT_TRUE(store.backup().ok());
        EXPECT_NE(snapshot(store), fresh);
    }
    ASSERT_TRUE(QDir(Backups::folderFor(path())).exists());

    auto reset = TrainingWorkspace::reset(path(), library());
    ASSERT_TRUE(reset.ok()) << reset.errorMessage().toStdString();
    EXPECT_EQ(snapshot(**reset), fresh);
    EXPECT_FALSE(QDir(Backups::folderFor(path())).exists()) << "the old backups went with the old database";
    reset.value().reset();

    auto reopened = open(path());
    ASSERT_NE(reopened, nullptr);
    EXPECT_FALSE(reopened->isEncrypted());
    EXPECT_EQ(snapshot(*reopened), fresh);
}

TEST_F(TrainingWorkspaceTest, ResetRefusesAnEncryptedDatabaseAndLeavesItUntouched)
{
    const QString real = path(QStringLiteral("cases.lantern"));
    {
        auto store = createEncrypted(real);
        ASSERT_NE(store, nullptr);
        ASSERT_TRUE(CaseFile::create(
            *store, *library().checklistFor(library().caseStudies().first()), QStringLiteral("REAL-1"))
                        .ok());
    }
    const QByteArray before = readBytes(real);
    ASSERT_FALSE(before.isEmpty());

    const auto reset = TrainingWorkspace::reset(real, library());
    ASSERT_FALSE(reset.ok());
    EXPECT_EQ(reset.errorMessage(),
        QStringLiteral("this is an encrypted case database, not a training database; it was left as it is"));
    EXPECT_EQ(readBytes(real), before);
    EXPECT_FALSE(QFileInfo::exists(Backups::folderFor(real))) << "looking added no backup";

    auto store = CaseStore::open(real);
    ASSERT_TRUE(store.ok());
    auto passphrase = SecureBytes::fromPassphrase(QStringLiteral("fictional training passphrase"));
    ASSERT_TRUE((*store)->unlock(*passphrase).ok());
    ASSERT_EQ((*store)->cases()->size(), 1);
    EXPECT_EQ((*store)->cases()->first().code, QStringLiteral("REAL-1"));
}

TEST_F(TrainingWorkspaceTest, ResetRefusesAForeignFileAndLeavesItUntouched)
{
    const QString foreign = path(QStringLiteral("notes.lantern"));
    QFile file(foreign);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Shopping list: rice, tea, batteries.\n");
    file.close();
    const auto reset = TrainingWorkspace::reset(foreign, library());
    ASSERT_FALSE(reset.ok());
    EXPECT_EQ(reset.errorMessage(), QStringLiteral("this is not a Lantern database; it was left as it is"));
    EXPECT_EQ(readBytes(foreign), QByteArray("Shopping list: rice, tea, batteries.\n"));
}

TEST_F(TrainingWorkspaceTest, ResetRefusesAnotherSqliteDatabaseAndLeavesItUntouched)
{
    const QString other = path(QStringLiteral("inventory.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(other);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE items (name TEXT)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO items VALUES ('lantern')")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = readBytes(other);
    const auto reset = TrainingWorkspace::reset(other, library());
    ASSERT_FALSE(reset.ok());
    EXPECT_EQ(reset.errorMessage(),
        QStringLiteral(
            "it cannot be opened as a Lantern training database (this file is not a Lantern database); it "
            "was left as it is"));
    EXPECT_EQ(readBytes(other), before);
}

TEST_F(TrainingWorkspaceTest, ResetRefusesADatabaseThatIsOpen)
{
    auto created = TrainingWorkspace::create(path(), library());
    ASSERT_TRUE(created.ok());
    const Snapshot before = snapshot(**created);
    const auto reset = TrainingWorkspace::reset(path(), library());
    ASSERT_FALSE(reset.ok());
    EXPECT_TRUE(
        reset.errorMessage().startsWith(QStringLiteral("it cannot be opened as a Lantern training database")))
        << reset.errorMessage().toStdString();
    EXPECT_EQ(snapshot(**created), before) << "the open database is still there and usable";
}

TEST_F(TrainingWorkspaceTest, ResetRefusesAMissingFile)
{
    const auto reset = TrainingWorkspace::reset(path(QStringLiteral("never-created.lantern")), library());
    ASSERT_FALSE(reset.ok());
    EXPECT_EQ(reset.errorMessage(), QStringLiteral("there is no file at this path"));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("never-created.lantern"))));
}

} // namespace
} // namespace lantern::test
