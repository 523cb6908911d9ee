// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Clock.h"
#include "storage/CaseStore.h"
#include "vault/SecureBytes.h"

#include <gtest/gtest.h>
#include <memory>
#include <QSqlDatabase>
#include <QTemporaryDir>

namespace lantern::test {

/// A temporary folder, a fixed clock and the minimal test checklist, plus helpers to create,
/// reopen and poke at case databases. All case data in these tests is fictional.
class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    /// A path in the temporary folder.
    QString path(const QString& name) const { return m_dir.filePath(name); }
    StoreOptions options() const;

    /// The fictional passphrase every encrypted test database uses.
    static SecureBytes passphrase();
    /// A new encrypted store (cheapest KDF settings), unlocked.
    std::unique_ptr<CaseStore> createEncrypted(const QString& file);
    /// A new training store, unlocked.
    std::unique_ptr<CaseStore> createTraining(const QString& file);
    /// Opens and unlocks an existing store; fails the test when it cannot.
    std::unique_ptr<CaseStore> reopen(const QString& file);
    /// Pins tests/data/checklists/minimal.json into `store`.
    ChecklistPin pinMinimal(CaseStore& store);

    /// The canonical bytes of the minimal checklist and their SHA-256.
    QByteArray m_canonical;
    QString m_sha256;
    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
};

/// A second, raw connection to a database file, for tampering; removed when destroyed.
class RawDatabase
{
public:
    explicit RawDatabase(const QString& file);
    ~RawDatabase();
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    /// Runs one statement; fails the test on error. Returns false when it failed.
    bool exec(const QString& sql, const QVariantList& bindings = {});
    /// The first column of the first row.
    QVariant scalar(const QString& sql, const QVariantList& bindings = {});
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// Every byte of a database file and its -wal and -shm companions.
QByteArray databaseBytes(const QString& file);

/// A yes/no answer with a note.
Answer answer(AnswerState state, QJsonValue value = {}, const QString& note = {});

} // namespace lantern::test
