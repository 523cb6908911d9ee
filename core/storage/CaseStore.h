// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/AnswerRecord.h"
#include "cases/AuditEvent.h"
#include "cases/Case.h"
#include "cases/Clock.h"
#include "checklist/AnswerSet.h"
#include "storage/Connection.h"
#include "util/Result.h"
#include "vault/Sealer.h"
#include "vault/SecureBytes.h"
#include "vault/VaultRecord.h"

#include <memory>
#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

namespace lantern {

/// How a store is opened; the defaults suit the application.
struct StoreOptions
{
    ConnectionOptions connection;
    std::shared_ptr<const Clock> clock; ///< the system clock when null
};

/// A case's answers: the set the scoring engine reads, and the full records behind it.
struct CaseAnswers
{
    AnswerSet answers;
    QList<AnswerRecord> records; ///< ordered by question id
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
    Result<Session> startSession(const CaseId& caseId, bool interpreterUsed, const QString& language);
    /// Ends a session now.
    Result<void> endSession(const SessionId& sessionId);
    /// The sessions of a case, in the order they started.
    Result<QList<Session>> sessions(const CaseId& caseId);

    /// Saves one answer durably before returning, stamped now; audited as answered, changed or
    /// note_edited from -> to. Returns the record as stored.
    Result<AnswerRecord> setAnswer(const CaseId& caseId, AnswerRecord record);
    /// A case's current answers.
    Result<CaseAnswers> answers(const CaseId& caseId);

    /// A case's audit trail, oldest first.
    Result<QList<AuditEvent>> audit(const CaseId& caseId);
    /// Database-wide audit events (unlocked, locked), oldest first.
    Result<QList<AuditEvent>> databaseAudit();

private:
    CaseStore(std::unique_ptr<Connection> connection, const StoreOptions& options);
    static Result<std::unique_ptr<CaseStore>> createWith(
        const QString& path, const VaultRecord* record, Sealer sealer, const StoreOptions& options);
    Result<void> readMeta();
    Result<void> ready() const;
    Result<Case> requireCase(const CaseId& caseId);
    QDateTime now() const { return m_clock->now(); }

    std::unique_ptr<Connection> m_connection;
    std::shared_ptr<const Clock> m_clock;
    Sealer m_sealer;
    std::optional<VaultRecord> m_vaultRecord;
    bool m_encrypted = true;
    bool m_unlocked = false;
};

} // namespace lantern
