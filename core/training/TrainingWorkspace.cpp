// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingWorkspace.h"

#include "casework/CaseFile.h"
#include "storage/Backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace lantern {

namespace {

/// Every SQLite 3 database file starts with these 16 bytes.
const QByteArray kSqliteHeader = QByteArrayLiteral("SQLite format 3\0");

Error about(const CaseStudy& caseStudy, const Error& error)
{
    return Error { QStringLiteral("case study '%1': %2").arg(caseStudy.id, error.message) };
}

Result<void> saveAnswer(CaseFile& file, const CaseStudyAnswer& answer, const SessionId& session)
{
    Result<AnswerRecord> saved = file.setAnswer(answer.questionId, answer.answer, answer.source, session);
    if (!saved)
        return saved.error();
    return {};
}

Result<void> seedCaseStudy(CaseStore& store, const CaseStudy& caseStudy, const Checklist& checklist)
{
    Result<CaseFile> created = CaseFile::create(store, checklist, caseStudy.code);
    if (!created)
        return created.error();
    CaseFile& file = created.value();
    // Session by session, as the interview was recorded; the interview is ordered that way.
    for (const CaseStudySession& session : caseStudy.sessions) {
        Result<Session> started = store.startSession(file.info().id, session.interpreter, session.language);
        if (!started)
            return started.error();
        for (const CaseStudyAnswer& answer : caseStudy.interview) {
            if (answer.sessionId != session.id)
                continue;
            if (Result<void> saved = saveAnswer(file, answer, started->id); !saved)
                return saved;
        }
        if (Result<void> ended = store.endSession(started->id); !ended)
            return ended;
    }
    for (const CaseStudyAnswer& answer : caseStudy.interview) {
        if (!answer.sessionId.isEmpty())
            continue;
        if (Result<void> saved = saveAnswer(file, answer, SessionId()); !saved)
            return saved;
    }
    return {};
}

/// Removes a database file, its SQLite side files and its backup folder; false if any remains.
bool removeDatabase(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    QDir backups(Backups::folderFor(path));
    if (backups.exists())
        backups.removeRecursively();
    return !QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral("-wal"))
        && !QFileInfo::exists(Backups::folderFor(path));
}

} // namespace

QString TrainingWorkspace::defaultPath()
{
    // The same folder as the default case database (ui/shell ShellOptions::defaultDatabasePath).
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/training.lantern");
}

Result<std::unique_ptr<CaseStore>> TrainingWorkspace::create(
    const QString& path, const CaseStudyLibrary& library, const StoreOptions& options)
{
    if (QFileInfo::exists(path))
        return Error { QStringLiteral("a file already exists at this path") };
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error {
            QStringLiteral("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder))
        };
    Result<std::unique_ptr<CaseStore>> store = CaseStore::createTraining(path, options);
    if (!store)
        return store.error();
    if (Result<void> seeded = seed(**store, library); !seeded) {
        store.value().reset();
        removeDatabase(path);
        return Error { QStringLiteral("the training database could not be seeded, so it was not created: %1")
                           .arg(seeded.errorMessage()) };
    }
    return store;
}

Result<void> TrainingWorkspace::seed(CaseStore& store, const CaseStudyLibrary& library)
{
    if (store.isEncrypted())
        return Error { QStringLiteral("case studies are fictional and go only into a training database") };
    for (const CaseStudy& caseStudy : library.caseStudies()) {
        const Checklist* checklist = library.checklistFor(caseStudy);
        if (!checklist)
            return about(caseStudy, Error { QStringLiteral("its checklist is not available") });
        if (Result<void> seeded = seedCaseStudy(store, caseStudy, *checklist); !seeded)
            return about(caseStudy, seeded.error());
    }
    return {};
}

Result<void> TrainingWorkspace::checkResettable(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { QStringLiteral("there is no file at this path") };
    if (!info.isFile())
        return Error { QStringLiteral("this is not a file") };
    // A foreign file is refused before SQLite is asked to open it.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("the file cannot be read: %1").arg(file.errorString()) };
    if (file.read(kSqliteHeader.size()) != kSqliteHeader)
        return Error { QStringLiteral("this is not a Lantern database; it was left as it is") };
    file.close();
    StoreOptions inspect;
    inspect.automaticBackups = false; // looking must not add backups to a real case database
    Result<std::unique_ptr<CaseStore>> store = CaseStore::open(path, inspect);
    if (!store)
        return Error { QStringLiteral(
            "it cannot be opened as a Lantern training database (%1); it was left as it is")
                           .arg(store.errorMessage()) };
    if ((*store)->isEncrypted())
        return Error { QStringLiteral("this is an encrypted case database, not a training database; it was "
                                      "left as it is") };
    return {};
}

Result<std::unique_ptr<CaseStore>> TrainingWorkspace::reset(
    const QString& path, const CaseStudyLibrary& library, const StoreOptions& options)
{
    if (Result<void> resettable = checkResettable(path); !resettable)
        return resettable.error();
    if (!removeDatabase(path))
        return Error { QStringLiteral(
            "the old training database could not be deleted (check that its folder is "
            "writable)") };
    return create(path, library, options);
}

} // namespace lantern
