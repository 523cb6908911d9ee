// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Clock.h"
#include "checklist/Checklist.h"
#include "storage/CaseStore.h"
#include "vault/SecureBytes.h"

#include <gtest/gtest.h>
#include <memory>
#include <QTemporaryDir>

namespace lantern::test {

/// A temporary folder, a fixed clock, checklists loaded from files and helpers to create and
/// reopen case databases. All case data in these tests is fictional.
class CaseworkFixture : public ::testing::Test
{
public:
    /// Loads a checklist file; fails the test when it does not load.
    static Checklist loadChecklist(const QString& file);
    /// tests/data/checklists/minimal.json.
    static Checklist minimal();
    /// The fictional passphrase of every encrypted test database (and of the fixtures).
    static SecureBytes passphrase();

protected:
    void SetUp() override;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    StoreOptions options() const;

    /// A new training (unencrypted) store, unlocked.
    std::unique_ptr<CaseStore> createTraining(const QString& file);
    /// A new encrypted store with the cheapest KDF settings, unlocked.
    std::unique_ptr<CaseStore> createEncrypted(const QString& file);
    /// Opens and unlocks an existing store; fails the test when it cannot.
    std::unique_ptr<CaseStore> reopen(const QString& file);

    /// A small checklist with every question type, options, bounds and a constraint; written to
    /// the temporary folder and loaded from there.
    Checklist allTypes();

    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
};

/// An answer with `state` and, for Answered, `value`.
Answer makeAnswer(AnswerState state, QJsonValue value = {}, const QString& note = {});
/// Answered with `value`.
inline Answer answered(QJsonValue value)
{
    return makeAnswer(AnswerState::Answered, std::move(value));
}

} // namespace lantern::test
