// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseworkFixture.h"

#include "checklist/ChecklistLoader.h"
#include "TestData.h"
#include "vault/Vault.h"

namespace lantern::test {

void CaseworkFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));
}

StoreOptions CaseworkFixture::options() const
{
    StoreOptions options;
    options.clock = m_clock;
    return options;
}

SecureBytes CaseworkFixture::passphrase()
{
    auto bytes = SecureBytes::fromPassphrase(QStringLiteral("fictional lantern passphrase"));
    EXPECT_TRUE(bytes.ok());
    return bytes.ok() ? std::move(bytes).value() : SecureBytes();
}

std::unique_ptr<CaseStore> CaseworkFixture::createTraining(const QString& file)
{
    auto store = CaseStore::createTraining(path(file), options());
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    return store ? std::move(store).value() : nullptr;
}

std::unique_ptr<CaseStore> CaseworkFixture::createEncrypted(const QString& file)
{
    auto vault = Vault::create(passphrase(), KdfParams::minimal());
    EXPECT_TRUE(vault.ok()) << vault.errorMessage().toStdString();
    if (!vault)
        return nullptr;
    auto store = CaseStore::create(path(file), vault->first, vault->second, options());
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    return store ? std::move(store).value() : nullptr;
}

std::unique_ptr<CaseStore> CaseworkFixture::reopen(const QString& file)
{
    auto store = CaseStore::open(path(file), options());
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    if (!store)
        return nullptr;
    const auto unlocked = (*store)->isEncrypted() ? (*store)->unlock(passphrase()) : (*store)->openPlain();
    EXPECT_TRUE(unlocked.ok()) << unlocked.errorMessage().toStdString();
    return std::move(store).value();
}

Checklist CaseworkFixture::loadChecklist(const QString& file)
{
    ChecklistLoad load = ChecklistLoader::loadFile(file);
    EXPECT_TRUE(load.ok()) << file.toStdString() << " does not load";
    return load.ok() ? std::move(*load.checklist) : Checklist();
}

Checklist CaseworkFixture::minimal()
{
    return loadChecklist(dataPath(QStringLiteral("checklists/minimal.json")));
}

Checklist CaseworkFixture::allTypes()
{
    // Fictional: one question of each type, and a constraint reading two answers.
    return loadChecklist(dataPath(QStringLiteral("checklists/all-types.json")));
}

Answer makeAnswer(AnswerState state, QJsonValue value, const QString& note)
{
    Answer a;
    a.state = state;
    a.value = std::move(value);
    a.note = note;
    return a;
}

} // namespace lantern::test
