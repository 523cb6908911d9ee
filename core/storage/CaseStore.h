// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"
#include "cases/AuditEvent.h"
#include "cases/Case.h"
#include "cases/Clock.h"
#include "checklist/AnswerSet.h"
#include "storage/Backups.h"
#include "storage/Connection.h"
#include "storage/OpenCaseAnswers.h"
#include "util/Result.h"
#include "vault/KdfParams.h"
#include "vault/Sealer.h"
#include "vault/SecureBytes.h"
#include "vault/VaultRecord.h"

#include <memory>
#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QHash>
#include <QStringList>

namespace lantern {

/// How a store is opened; the defaults suit the application.
struct StoreOptions
{
    ConnectionOptions connection;
    std::shared_ptr<const Clock> clock; ///< the system clock when null
    bool automaticBackups = true; ///< daily and before-migration backups on open (see Backups)
};

/// A case's answers: the set the scoring engine reads, and the full records behind it.
struct CaseAnswers
{
    AnswerSet answers;
    QList<AnswerRecord> records; ///< ordered by question id
};

/// One case as the case list needs it, read in bulk (CaseStore::caseListRows).
struct CaseListRow
{
    Case info;
    QJsonObject summary; ///< the sealed derived summary (see schema::cases::kSummary); empty when none
};

/// The case database: one SQLite file holding cases, answers, sessions, pinned checklists and the
/// audit trail, case content sealed with the database's Sealer. Every write is one committed
/// transaction (synchronous=FULL), so a call that returns success has reached the disk.
class CaseStore
{
public:
    /// Creates an encrypted database at `path` (nothing may exist there) for the vault `record`,
    /// sealing with `sealer` (from Vault::create). The store is unlocked.
    static Result<std::unique_ptr<CaseStore>> create(
        const QString& path, const VaultRecord& record, Sealer sealer, const StoreOptions& options = {});
    /// Creates an unencrypted training database, marked so in its meta table. The store is unlocked.
    static Result<std::unique_ptr<CaseStore>> createTraining(
        const QString& path, const StoreOptions& options = {});
    /// Opens an existing database (checked, migrated if older); locked until unlock() or openPlain().
    static Result<std::unique_ptr<CaseStore>> open(const QString& path, const StoreOptions& options = {});

    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    /// False for a training database.
    bool isEncrypted() const { return m_encrypted; }
    /// True once unlock() or openPlain() succeeded, until lock().
    bool isUnlocked() const { return m_unlocked; }

    /// Unlocks an encrypted database; "wrong passphrase" when it does not fit. Audited: an unlock
    /// that cannot be recorded (e.g. disk full) fails and leaves the store locked.
    Result<void> unlock(const SecureBytes& passphrase);
    /// Opens a training database's content; refused for an encrypted one.
    Result<void> openPlain();
    /// Records "locked" and wipes the data key; the store must be unlocked again to be used.
    void lock();

    /// Stores a checklist's canonical bytes (ChecklistLoader::canonicalBytes) in the database,
    /// keyed by their SHA-256 (`sha256`, lowercase hex, must match); returns its pin.
    Result<ChecklistPin> pinChecklist(const QByteArray& canonicalBytes, const QString& sha256);
    /// The canonical bytes pinned under `sha256`, for ChecklistLoader::loadBytes.
    Result<QByteArray> pinnedChecklist(const QString& sha256);

    /// Starts a case on a pinned checklist; `code` defaults to the next "YEAR-NNNN". Audited.
    Result<Case> newCase(const ChecklistPin& checklist, const QString& code = {});
    /// One case.
    Result<Case> findCase(const CaseId& caseId);
    /// Every case, oldest first, codes decrypted.
    Result<QList<Case>> cases();
    /// Replaces a case's human code. Audited.
    Result<void> setCode(const CaseId& caseId, const QString& code);
    /// Sets a case's status with the reason for it. Audited from -> to.
    Result<void> setStatus(const CaseId& caseId, CaseStatus status, const QString& reason);

    /// Starts an interview session of a case, now.
    /// `language` is the interview (interviewee's) language, `interfaceLanguage` the caseworker's.
    Result<Session> startSession(const CaseId& caseId, bool interpreterUsed, const QString& language,
                                 const QString& interfaceLanguage = {});
    /// Ends a session now.
    Result<void> endSession(const SessionId& sessionId);
    /// The sessions of a case, in the order they started.
    Result<QList<Session>> sessions(const CaseId& caseId);

    /// Saves one answer durably before returning, stamped now; audited as answered, changed or
    /// note_edited from -> to. Returns the record as stored.
    Result<AnswerRecord> setAnswer(const CaseId& caseId, AnswerRecord record);
    /// A case's current answers.
    Result<CaseAnswers> answers(const CaseId& caseId);

    // Case list (CaseStoreSummary.cpp). A summary is a derived cache for the list (see
    // schema::cases::kSummary): never the truth, recomputable from the pinned checklist and answers.

    /// As setAnswer() above, and stores `summary` (the case's list summary after this answer) in
    /// the same transaction. The plain setAnswer() clears the summary instead, so the list never
    /// shows an outcome older than the answers.
    Result<AnswerRecord> setAnswer(const CaseId& caseId, AnswerRecord record, const QJsonObject& summary);
    /// As setStatus() above, and stores `summary` in the same transaction.
    Result<void> setStatus(
        const CaseId& caseId, CaseStatus status, const QString& reason, const QJsonObject& summary);
    /// Stores a recomputed summary of an unchanged case (e.g. one migrated without one). Not audited:
    /// it records nothing the answers do not already say.
    Result<void> setSummary(const CaseId& caseId, const QJsonObject& summary);
    /// A case's stored summary; empty when it has none.
    Result<QJsonObject> summary(const CaseId& caseId);
    /// Every case with its summary, oldest first, decrypted: one query, for the case list.
    Result<QList<CaseListRow>> caseListRows();
    /// The questions of checklist `checklistId` whose answers the user chose to make searchable in
    /// the case list; nullopt while no choice was made (the list then uses its default).
    Result<std::optional<QStringList>> searchableQuestions(const QString& checklistId);
    /// Records that choice (nullopt: back to the default). Summaries already stored are not
    /// recomputed here: see applySearchableQuestions() in casework.
    Result<void> setSearchableQuestions(const QString& checklistId, const std::optional<QStringList>& questionIds);

    /// A case's audit trail, oldest first.
    Result<QList<AuditEvent>> audit(const CaseId& caseId);
    /// Database-wide audit events (unlocked, locked), oldest first.
    Result<QList<AuditEvent>> databaseAudit();

    // Maintenance (CaseStoreMaintenance.cpp): backups, restore, passphrase change, export audit.

    /// Problems that did not stop open() (e.g. an automatic backup that could not be written), for
    /// the caller to show; empty when all went well.
    const QStringList& warnings() const { return m_warnings; }
    /// Writes a backup now: into the backup folder (rotated) when `outPath` is empty, else to
    /// `outPath`, which must not exist. Works locked too: the copy is sealed. Returns its path.
    Result<QString> backup(const QString& outPath = {});
    /// The backups in the backup folder of the database at `dbPath`, newest first.
    static Result<QList<BackupInfo>> backups(const QString& dbPath);
    /// Replaces the database at `dbPath` by `backupPath` after checking it is a sound Lantern
    /// database; refused while the database is open. The current file is kept as a
    /// "before-restore" backup first.
    static Result<void> restore(const QString& dbPath, const QString& backupPath);
    /// The newest backup of `dbPath` that passes the integrity and format checks.
    static std::optional<QString> latestGoodBackup(const QString& dbPath);
    /// Whether another window or process has the database at `dbPath` open now (so trying again
    /// once it is closed will do).
    static bool isInUse(const QString& dbPath);
    /// Re-wraps the data key for `newPassphrase` (content is not re-encrypted). "wrong passphrase"
    /// and nothing changed when `oldPassphrase` does not fit; refused for a training database.
    /// Backups taken before keep opening with the old passphrase.
    Result<void> changePassphrase(
        const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase, const KdfParams& params);
    /// Records that a case was exported (`format` e.g. "pdf"; `detail` e.g. the options). Audited.
    Result<void> recordExport(const CaseId& caseId, const QString& format, const QString& detail);

private:
    CaseStore(std::unique_ptr<Connection> connection, const StoreOptions& options);
    static Result<std::unique_ptr<CaseStore>> createWith(
        const QString& path, const VaultRecord* record, Sealer sealer, const StoreOptions& options);
    Result<void> readMeta();
    Result<void> ready() const;
    Result<Case> requireCase(const CaseId& caseId);
    static Error noSuchCase();
    Result<AnswerRecord> saveAnswer(const CaseId& caseId, AnswerRecord record, const QJsonObject* summary);
    Result<void> saveStatus(
        const CaseId& caseId, CaseStatus status, const QString& reason, const QJsonObject* summary);
    QDateTime now() const { return m_clock->now(); }
    void backupBeforeMigration();
    void backupDaily();
    static Error withBackupHint(const QString& path, const Error& error);

    std::unique_ptr<Connection> m_connection;
    std::shared_ptr<const Clock> m_clock;
    Sealer m_sealer;
    std::optional<VaultRecord> m_vaultRecord;
    bool m_encrypted = true;
    bool m_unlocked = false;
    bool m_automaticBackups = true;
    QStringList m_warnings;
    /// searchableQuestions() already read, by checklist id: asked on every save, read once.
    QHash<QString, std::optional<QStringList>> m_searchable;
    OpenCaseAnswers m_openCase; ///< what the open case's answers say in the audit trail
};

} // namespace lantern
