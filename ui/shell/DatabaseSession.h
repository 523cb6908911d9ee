// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/CaseIndex.h"
#include "storage/CaseStore.h"
#include "util/Result.h"
#include "vault/KdfParams.h"

#include <functional>
#include <memory>
#include <optional>
#include <QObject>
#include <QString>

namespace lantern {

class CaseFile;
class SecureBytes;

/// The open database behind the window: the store, and while unlocked the decrypted case index
/// and the open case. Locking drops all decrypted state and wipes the store's key.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    /// Chooses Argon2id parameters for a new database; tests inject cheap ones.
    using KdfChooser = std::function<KdfParams()>;

    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    /// The default chooser: Vault::calibrate(500 ms).
    static KdfParams calibratedKdf();
    void setKdfChooser(KdfChooser chooser) { m_kdfChooser = std::move(chooser); }
    void setStoreOptions(const StoreOptions& options) { m_options = options; }

    /// Creates an encrypted database at `path` and leaves it unlocked.
    Result<void> create(const QString& path, const SecureBytes& passphrase);
    /// Opens the database at `path`, locked. Any previously open database is closed first.
    Result<void> open(const QString& path);
    /// Unlocks the open database and builds the case index.
    Result<void> unlock(const SecureBytes& passphrase);
    /// Opens the content of an unencrypted training database (no passphrase) and builds the
    /// index; refused for an encrypted one.
    Result<void> unlockTraining();
    /// Drops the index and the open case, then wipes the store's key. Safe to call when locked.
    void lock();
    /// Closes the database completely.
    void close();

    bool isOpen() const { return m_store != nullptr; }
    bool isUnlocked() const { return m_store && m_store->isUnlocked() && m_index.has_value(); }
    const QString& path() const { return m_path; }
    /// An unencrypted training database (fictional cases) is open.
    bool isTraining() const { return m_store && !m_store->isEncrypted(); }

    /// Valid only while unlocked.
    CaseStore& store() { return *m_store; }
    CaseIndex& index() { return *m_index; }
    const CaseIndex& index() const { return *m_index; }

    /// Re-reads one case's list entry after a change (status, code); with `openCase`, also its
    /// outcome and answer count from the case's current assessment.
    Result<void> refreshEntry(const CaseId& caseId, const CaseFile* openCase = nullptr);
    /// Makes the case list search the answers to `questionIds` for cases on checklist
    /// `checklistId` (nullopt: the default), re-summarising those cases, then rebuilds the list.
    /// Returns how many cases were re-summarised.
    Result<int> setSearchableQuestions(const QString& checklistId, const std::optional<QStringList>& questionIds);

Q_SIGNALS:
    /// The database was unlocked (after create or unlock).
    void unlocked();
    /// Decrypted state is gone; the UI must drop anything it showed.
    void locked();
    /// The case list changed (a case added or a list entry refreshed).
    void indexChanged();

private:
    Result<void> buildIndex();

    QString m_path;
    std::unique_ptr<CaseStore> m_store;
    std::optional<CaseIndex> m_index;
    KdfChooser m_kdfChooser;
    StoreOptions m_options;
};

} // namespace lantern
