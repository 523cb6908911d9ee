// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DatabaseSession.h"

#include "casework/CaseFile.h"
#include "casework/CaseSummary.h"
#include "casework/SearchableAnswers.h"
#include "storage/StorageError.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>

namespace lantern {

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent)
    , m_kdfChooser(&DatabaseSession::calibratedKdf)
{
}

DatabaseSession::~DatabaseSession()
{
    close();
}

KdfParams DatabaseSession::calibratedKdf()
{
    return Vault::calibrate(std::chrono::milliseconds(500));
}

Result<void> DatabaseSession::create(const QString& path, const SecureBytes& passphrase)
{
    close();
    const QFileInfo info(path);
    // A first run has no app-data folder yet; create it rather than fail with "cannot open".
    if (!QDir().mkpath(info.absolutePath()))
        return Error { tr("The folder %1 cannot be created; choose another location.").arg(info.absolutePath()) };
    auto vault = Vault::create(passphrase, m_kdfChooser());
    if (!vault)
        return vault.error();
    auto store = CaseStore::create(path, vault->first, std::move(vault->second), m_options);
    if (!store)
        return store.error();
    m_store = std::move(store.value());
    m_path = path;
    if (auto built = buildIndex(); !built)
        return built;
    Q_EMIT unlocked();
    return {};
}

Result<void> DatabaseSession::open(const QString& path)
{
    close();
    auto store = CaseStore::open(path, m_options);
    if (!store)
        return store.error();
    m_store = std::move(store.value());
    m_path = path;
    return {};
}

Result<void> DatabaseSession::unlock(const SecureBytes& passphrase)
{
    if (!m_store)
        return Error { tr("No database is open.") };
    if (!m_store->isUnlocked()) {
        if (auto unlockedStore = m_store->unlock(passphrase); !unlockedStore)
            return unlockedStore;
    }
    if (auto built = buildIndex(); !built) {
        m_store->lock();
        return built;
    }
    Q_EMIT unlocked();
    return {};
}

Result<void> DatabaseSession::unlockTraining()
{
    if (!m_store)
        return Error { tr("No database is open.") };
    if (!m_store->isUnlocked()) {
        if (auto opened = m_store->openPlain(); !opened)
            return opened;
    }
    if (auto built = buildIndex(); !built)
        return built;
    Q_EMIT unlocked();
    return {};
}

Result<void> DatabaseSession::buildIndex()
{
    auto index = CaseIndex::build(*m_store);
    if (!index)
        return index.error();
    m_index = std::move(index.value());
    return {};
}

void DatabaseSession::lock()
{
    const bool wasUnlocked = m_index.has_value() || (m_store && m_store->isUnlocked());
    // Listeners drop open cases (which point into the store) before the key is wiped.
    if (wasUnlocked)
        Q_EMIT locked();
    m_index.reset();
    if (m_store && m_store->isUnlocked())
        m_store->lock();
}

void DatabaseSession::close()
{
    lock();
    m_store.reset();
    m_path.clear();
}

Result<void> DatabaseSession::refreshEntry(const CaseId& caseId, const CaseFile* openCase)
{
    if (!isUnlocked())
        return storage_error::locked();
    auto found = m_store->findCase(caseId);
    if (!found)
        return found.error();
    CaseListEntry entry;
    if (const CaseListEntry* existing = m_index->find(caseId))
        entry = *existing;
    entry.id = found->id;
    entry.code = found->code;
    entry.checklist = found->checklist;
    entry.status = found->status;
    entry.createdAt = found->createdAt;
    entry.updatedAt = found->updatedAt;
    if (openCase) {
        const CaseSummary summary = openCase->summary();
        entry.outcomeLevel = summary.outcomeLevel;
        entry.outcomeTitle = summary.outcomeTitle;
        entry.answeredCount = summary.answered;
        entry.searchText = summary.search;
    }
    m_index->upsert(std::move(entry));
    Q_EMIT indexChanged();
    return {};
}

Result<int> DatabaseSession::setSearchableQuestions(
    const QString& checklistId, const std::optional<QStringList>& questionIds)
{
    if (!isUnlocked())
        return storage_error::locked();
    auto applied = applySearchableQuestions(*m_store, checklistId, questionIds);
    // Rebuilt even after a partial failure: the cases that were re-summarised are found by it.
    if (auto built = buildIndex(); !built)
        return built.error();
    Q_EMIT indexChanged();
    return applied;
}

} // namespace lantern
